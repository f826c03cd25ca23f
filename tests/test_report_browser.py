"""The HTML report in a real headless Chromium: every section is there and every plot loaded.

Opens the file from a ``file://`` URL with networking features disabled, as a reader
offline would. Needs the ``playwright`` package (its driver ships in the wheel; no browser
download) and Chromium at ``/usr/bin/chromium``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vigil.items import MediaRef, sha256_file
from vigil.reports import SECTIONS, build_report, render_html, write_report
from vigil.reports.synthetic import synthetic_items
from vigil.store import open_store

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("VIGIL_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture(params=["synthetic", "shipped-model"])
def report_file(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """A report of synthetic items; with ``shipped-model`` they carry the shipped detector's
    version, so the report also draws its calibrated theme shares."""
    from PIL import Image

    from vigil.reports.sources import detector_info

    picture = tmp_path / "poster.png"
    Image.new("RGB", (240, 160), (200, 30, 30)).save(picture)
    items = synthetic_items(1500, seed=11, accounts=120)
    if request.param == "shipped-model":
        info = detector_info()
        if not info["available"]:
            pytest.skip("no packaged detector model")
        for item in items:
            item.model = info["version"]
    for item in items[:3]:  # one image re-uploaded three times: it gets a (blurred) thumbnail
        item.media = [sha256_file(str(picture))]
    media = MediaRef(
        path=str(picture), sha256=sha256_file(str(picture)), kind="image", bytes=1, mime="image/png"
    )
    with open_store(f"sqlite:///{tmp_path / 'vigil.db'}") as store:
        store.items.add_judged(items)
        for item in items[:3]:
            store.add_media(item.uid, [media])
        report = build_report(store, key="browser-test")
    path = tmp_path / f"report-{request.param}.html"
    write_report(render_html(report), str(path))
    return path


def test_every_section_and_plot_loads(report_file: Path, tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}")
    requests: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.on("request", lambda r: requests.append(r.url))
            page.goto(report_file.as_uri(), wait_until="load")
            for section in SECTIONS:
                heading = page.locator(f"section#{section} h2")
                assert heading.count() == 1, f"section {section} missing"
                assert heading.inner_text().strip()
            plots = page.evaluate(
                """() => Array.from(document.querySelectorAll('figure.plot')).map(f => {
                    const img = f.querySelector('img');
                    return {name: f.dataset.plot, complete: img.complete,
                            w: img.naturalWidth, h: img.naturalHeight,
                            shown: img.getBoundingClientRect().width};
                })"""
            )
            names = {p["name"] for p in plots}
            expected = {"volume", "languages", "scores", "themes", "winter", "narr_time", "narr_lang",
                        "audiences",
                        "calls", "hashtags", "domains", "network"}  # fmt: skip
            assert expected <= names, f"missing plots: {expected - names}"
            for plot in plots:
                assert plot["complete"] and plot["w"] > 0 and plot["h"] > 0 and plot["shown"] > 0, plot
            # media thumbnails are blurred until clicked
            thumb = page.locator("figure.graphic img").first
            assert thumb.evaluate("i => i.naturalWidth") > 0
            assert "blur" in thumb.evaluate("i => getComputedStyle(i).filter")
            thumb.click()
            assert thumb.evaluate("i => getComputedStyle(i).filter") == "none"
            # every section says something: the headline cards show the two shares
            assert "violent share" in page.locator("#headline").inner_text()
            # the detector's measured figures are folded away until asked for
            metrics = page.locator("#detector-metrics")  # the packaged model has a manifest
            assert metrics.count() == 1
            assert not metrics.locator("table").first.is_visible()
            metrics.locator("summary").click()
            assert metrics.locator("table").first.is_visible()
            estimate = page.locator("#headline .card.violent").get_attribute("data-estimate")
            note = page.locator("#calibrated-note").inner_text()
            if report_file.name == "report-shipped-model.html":
                assert estimate == "calibrated" and "calibrated" in note
            else:
                assert estimate == "counted" and note.startswith("No calibrated shares")
            page.screenshot(path=str(tmp_path / "report.png"), full_page=False)
        finally:
            browser.close()
    # nothing but the file itself (and inline data: URIs) was requested
    assert all(u.startswith(("file://", "data:")) for u in requests), requests
