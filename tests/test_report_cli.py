"""``vigil report`` through the real command line: JSON, HTML, filters and pseudonyms."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from vigil.cli import main
from vigil.reports import SECTIONS, build_report
from vigil.reports.pseudonym import ENV_KEY, Pseudonymizer, database_key
from vigil.reports.synthetic import synthetic_items
from vigil.store import Store, open_store


@pytest.fixture
def url(db_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.delenv(ENV_KEY, raising=False)
    with open_store(db_url) as store:
        store.items.add_judged(synthetic_items(400, seed=5, accounts=40))
    return db_url


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["report", *args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_names_the_violent_and_utopia_shares(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, "--db", url)
    for key in ("violent_share", "utopia_share"):
        assert {"value", "ci_low", "ci_high", "k", "n", "cluster_ci"} <= set(data[key])
        assert data[key]["ci_low"] <= data[key]["value"] <= data[key]["ci_high"]
    assert set(SECTIONS) <= set(data)
    with open_store(url) as store:
        assert data["overview"]["items"] == store.count_items() == 400
        assert data["overview"]["flagged"] == store.count_items(flagged=True)


def test_json_filters(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, "--db", url, "--lang", "ar", "--since", "2015-06-01", "--until", "2015-09-01")
    with open_store(url) as store:
        expected = store.count_items(lang="ar", since="2015-06-01", until="2015-09-01")
    assert data["overview"]["items"] == expected > 0
    assert data["filters"] == {"since": "2015-06-01", "until": "2015-09-01", "lang": "ar", "sources": []}
    assert _json(capsys, "--db", url, "--source", "nope.csv")["overview"]["items"] == 0


def test_html_is_one_self_contained_file(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r" / "report.html"
    assert main(["report", "--db", url, "--out", str(out)]) == 0
    assert "violent share" in capsys.readouterr().out
    html = out.read_text(encoding="utf-8")
    for section in SECTIONS:
        assert f'<section id="{section}">' in html
    assert html.count('src="data:image/png;base64,') >= 8
    # nothing is fetched: no external scripts, styles, fonts or images
    assert not re.search(r'<(script|link|img|iframe)[^>]+(src|href)="(https?:)?//', html)
    assert "@import" not in html and "url(http" not in html


def test_html_needs_out(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--db", url]) == 2
    assert "--out" in capsys.readouterr().err


def test_accounts_are_pseudonymised_by_default(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, "--db", url)
    blob = json.dumps(data)
    assert "user00" not in blob  # no author or mentioned name leaks, in tables, network or example texts
    accounts = [a["account"] for a in data["spread"]["top_accounts"]]
    assert accounts and all(re.fullmatch(r"acct_[0-9a-f]{10}", a) for a in accounts)
    assert data["spread"]["pseudonymised"] is True and data["spread"]["key_source"] == "database"
    # the database key is created once and kept: the same pseudonyms next time
    assert [a["account"] for a in _json(capsys, "--db", url)["spread"]["top_accounts"]] == accounts


def test_keys_and_reveal(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    default = [a["account"] for a in _json(capsys, "--db", url)["spread"]["top_accounts"]]
    with_key = [a["account"] for a in _json(capsys, "--db", url, "--key", "secret")["spread"]["top_accounts"]]
    assert with_key != default
    assert with_key == [
        a["account"] for a in _json(capsys, "--db", url, "--key", "secret")["spread"]["top_accounts"]
    ]
    monkeypatch.setenv(ENV_KEY, "secret")
    env = _json(capsys, "--db", url)["spread"]
    assert env["key_source"] == "environment" and [a["account"] for a in env["top_accounts"]] == with_key
    revealed = _json(capsys, "--db", url, "--reveal-accounts")
    names = [a["account"] for a in revealed["spread"]["top_accounts"]]
    assert all(re.fullmatch(r"user\d{4}", n) for n in names)
    assert Pseudonymizer(b"secret")(names[0]) == with_key[0]
    assert revealed["spread"]["pseudonymised"] is False


def test_database_key_is_stable_and_per_database(store: Store, tmp_path: Path) -> None:
    key = database_key(store)
    assert len(key) == 32 and database_key(store) == key
    with open_store(f"sqlite:///{tmp_path / 'other.db'}") as other:
        assert database_key(other) != key
    report = build_report(store)
    assert report.spread["key_source"] == "database"
