"""The review desk in a real headless Chromium against a real ``vigil serve`` process.

After a scan of the demo corpus and ``vigil users add`` (password on standard input), a
reviewer logs in through ``/login``, reviews with the media shielded until revealed,
decides by keyboard, and records a complaint; the original reviewer is refused the
appeal and a second reviewer answers it. On PostgreSQL, two browser sessions claiming at
the same moment never get the same item. axe-core (shipped in the
``axe-playwright-python`` package, injected into the page) finds no serious or critical
violation on the pages; the screenshots in ``docs/screenshots/`` are regenerated and
compared with the running UI.

Needs the ``playwright`` package (its driver ships in the wheel; no browser download)
and Chromium at ``/usr/bin/chromium``.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from vigil.store import open_store

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "demo" / "corpus"
SHOTS = REPO / "docs" / "screenshots"
CHROMIUM = os.environ.get("VIGIL_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--force-color-profile=srgb"]  # fmt: skip
PASSWORD = "a long enough password"
PG_URL = os.environ.get("VIGIL_TEST_PG_URL", "postgresql://127.0.0.1:5432/test")
#: the screenshots: name → viewport (a desktop and a 1280×800 laptop)
VIEWPORTS = {"desktop": {"width": 1600, "height": 1000}, "laptop": {"width": 1280, "height": 800}}


def vigil(*args: str, stdin: str | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "vigil", *args], input=stdin, capture_output=True, text=True, timeout=600,
        cwd=REPO,
    )  # fmt: skip
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done.stdout


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Desk:
    """A scanned demo database with users, and a ``vigil serve`` process over it."""

    def __init__(self, db: str, workers: int = 1) -> None:
        self.db = db
        vigil("scan", str(DEMO), "--db", db, "--no-progress")
        for name, role in (("ann", "reviewer"), ("bob", "reviewer"), ("root", "admin")):
            vigil("users", "add", name, "--role", role, "--db", db, stdin=PASSWORD + "\n")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "vigil", "serve", "--db", db, "--port", str(self.port),
             "--workers", str(workers), "--log-level", "warning"],
            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(self.base + "/api/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise AssertionError(
                    f"vigil serve did not start: {self.process.stderr.read() if self.process.stderr else ''}"
                )
            time.sleep(0.3)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _needs_browser() -> Any:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}")
    return sync_api


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    d = Desk(f"sqlite:///{tmp_path / 'desk.db'}")
    yield d
    d.stop()


@pytest.fixture
def pg_desk() -> Iterator[Desk]:
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    d = Desk(f"{PG_URL}?schema={schema}", workers=2)
    yield d
    d.stop()
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")  # type: ignore[arg-type]


def log_in(page: Any, base: str, name: str) -> None:
    page.goto(base + "/login")
    page.fill("#username", name)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(base + "/")


def filter_of(page: Any, selector: str) -> str:
    return str(page.eval_on_selector(selector, "e => getComputedStyle(e).filter"))


def axe(page: Any) -> list[dict[str, Any]]:
    """axe-core's serious and critical violations on the page."""
    import axe_playwright_python

    script = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text("utf-8")
    page.add_script_tag(content=script)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_a_reviewer_reviews_decides_by_keyboard_and_appeals(desk: Desk) -> None:
    sync_api = _needs_browser()
    with open_store(desk.db) as store:
        [with_image] = [t for t in store.review.tasks(limit=1000) if store.get_item(t.item_uid).media]  # type: ignore[union-attr]
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            ann = browser.new_context(viewport=VIEWPORTS["laptop"]).new_page()
            log_in(ann, desk.base, "ann")
            assert ann.locator("#queue-counts tr[data-queue=review]").count() == 1
            assert axe(ann) == []
            # the item with an image: claimed from its page, the image shielded until revealed
            ann.goto(f"{desk.base}/items/{with_image.item_uid}")
            ann.click("text=Claim it")
            ann.wait_for_url(f"**/items/{with_image.item_uid}?task=*")
            image = "figure.media img"
            ann.wait_for_function("() => document.querySelector('figure.media img').complete")
            assert "blur" in filter_of(ann, image) and "grayscale" in filter_of(ann, image)
            assert axe(ann) == []
            ann.keyboard.press("v")
            assert filter_of(ann, image) == "none"
            ann.keyboard.press("h")
            assert "blur" in filter_of(ann, image)
            ann.click("figure.media button.reveal")
            assert filter_of(ann, image) == "none"
            # decided by keyboard: remove, then on to the next item (decide-and-next is on)
            ann.keyboard.press("r")
            ann.wait_for_url(lambda url: with_image.item_uid not in url and "/items/" in url)
            with open_store(desk.db) as store:
                current = store.decisions.current([with_image.item_uid])[with_image.item_uid]
            assert (current.actor_kind, current.actor, current.verdict) == ("human", "ann", "remove")
            next_uid = ann.url.split("/items/")[1].split("?")[0]
            ann.keyboard.press("c")  # focus the note, type, leave it, allow by keyboard
            ann.keyboard.type("a charity appeal, not propaganda")
            ann.keyboard.press("Escape")
            ann.locator("body").focus()
            ann.evaluate("() => document.activeElement.blur()")
            ann.keyboard.press("n")  # decide-and-next off: stay on the item after deciding
            ann.keyboard.press("a")
            ann.wait_for_url(f"**/items/{next_uid}")
            with open_store(desk.db) as store:
                allowed = store.decisions.current([next_uid])[next_uid]
            assert (allowed.verdict, allowed.actor, allowed.note) == (
                "allow",
                "ann",
                "a charity appeal, not propaganda",
            )
            # the user complains about the removal: recorded on the page
            ann.goto(f"{desk.base}/items/{with_image.item_uid}/appeal")
            assert axe(ann) == []
            ann.fill("#complainant", "user-42")
            ann.fill("#reason", "The picture is from a news report about the war.")
            ann.click("text=Record the complaint")
            ann.wait_for_url(desk.base + "/appeals")
            assert ann.locator("text=The picture is from a news report").count() == 1
            assert axe(ann) == []
            # ann made the decision: the appeals queue has nothing for her
            ann.goto(desk.base + "/review/next?queue=appeals")
            assert ann.url.endswith("/?empty=appeals")
            # bob answers it, by keyboard
            bob = browser.new_context(viewport=VIEWPORTS["desktop"]).new_page()
            log_in(bob, desk.base, "bob")
            bob.goto(desk.base + "/review/next?queue=appeals")
            assert f"/items/{with_image.item_uid}" in bob.url
            assert "blur" in filter_of(bob, image)
            bob.keyboard.press("i")
            bob.wait_for_url(desk.base + "/appeals")
            assert bob.locator("text=reinstated").count() >= 1
            with open_store(desk.db) as store:
                outcome = store.decisions.current([with_image.item_uid])[with_image.item_uid]
                [appeal] = store.review.appeals(item_uid=with_image.item_uid)
            assert (outcome.verdict, outcome.reason_code, outcome.actor) == (
                "allow",
                "appeal_reinstated",
                "bob",
            )
            assert (appeal.status, appeal.outcome, appeal.original_actor) == ("answered", "reinstated", "ann")
        finally:
            browser.close()


def test_two_reviewers_at_once_never_get_the_same_item(pg_desk: Desk) -> None:
    _needs_browser()
    from playwright.async_api import async_playwright

    async def run() -> list[tuple[str, str]]:
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            pages = []
            for name in ("ann", "bob"):
                page = await (await browser.new_context()).new_page()
                await page.goto(pg_desk.base + "/login")
                await page.fill("#username", name)
                await page.fill("#password", PASSWORD)
                await page.click("button[type=submit]")
                await page.wait_for_url(pg_desk.base + "/")
                pages.append(page)

            async def decide_and_next(page: Any) -> None:
                async with page.expect_navigation(url="**/items/**"):
                    await page.keyboard.press("a")  # allow, then claim the next (decide-and-next)

            rounds = []
            await asyncio.gather(*(page.goto(pg_desk.base + "/review/next") for page in pages))
            for _ in range(6):
                uids = [page.url.split("/items/")[1].split("?")[0] for page in pages]
                rounds.append((uids[0], uids[1]))
                # both decide at the same moment, by keyboard, and are handed their next items
                await asyncio.gather(*(decide_and_next(page) for page in pages))
            await browser.close()
            return rounds

    rounds = asyncio.run(run())
    claimed = [uid for pair in rounds for uid in pair]
    assert all(a != b for a, b in rounds), rounds
    assert len(set(claimed)) == len(claimed), rounds  # nobody was ever handed an item twice
    with open_store(pg_desk.db) as store:
        humans = [d for uid in claimed for d in store.decisions.history(uid) if d.actor_kind == "human"]
    assert sorted(d.item_uid for d in humans) == sorted(claimed)


def _difference(a: Path, b: Path) -> float:
    """Mean absolute difference of two screenshots (0..1), after scaling both down."""
    from PIL import Image, ImageChops

    one, two = Image.open(a).convert("L"), Image.open(b).convert("L")
    if one.size != two.size:
        return 1.0
    size = (one.size[0] // 8, one.size[1] // 8)
    diff = ImageChops.difference(one.resize(size), two.resize(size))
    return sum(i * n for i, n in enumerate(diff.histogram())) / (255 * size[0] * size[1])


def test_screenshots_in_docs_match_the_running_ui(desk: Desk, tmp_path: Path) -> None:
    """Takes the queue and item pages at both sizes; ``VIGIL_UPDATE_SCREENSHOTS=1`` writes them
    into docs/screenshots, otherwise each must match the committed one (text that moves with
    the clock, such as ages, is a small part of the picture)."""
    sync_api = _needs_browser()
    with open_store(desk.db) as store:
        first = store.review.tasks(limit=1)[0]
    taken: list[Path] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            for size, viewport in VIEWPORTS.items():
                page = browser.new_context(viewport=viewport).new_page()
                log_in(page, desk.base, "ann")
                page.screenshot(path=str(tmp_path / f"desk-queues-{size}.png"))
                page.goto(desk.base + "/review/next")
                assert f"/items/{first.item_uid}" in page.url
                page.screenshot(path=str(tmp_path / f"desk-item-{size}.png"))
                page.click("text=Release")
                taken += [tmp_path / f"desk-queues-{size}.png", tmp_path / f"desk-item-{size}.png"]
        finally:
            browser.close()
    if os.environ.get("VIGIL_UPDATE_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        for shot in taken:
            shutil.copyfile(shot, SHOTS / shot.name)
    for shot in taken:
        committed = SHOTS / shot.name
        assert committed.exists(), f"{committed} is missing: run with VIGIL_UPDATE_SCREENSHOTS=1"
        assert _difference(shot, committed) < 0.015, f"{committed.name} no longer matches the UI"
