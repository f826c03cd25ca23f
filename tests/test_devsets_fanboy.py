"""Tests of devsets/fanboy/build_fanboy.py (need the training pack in ../shared/data)."""

from __future__ import annotations

import csv
import re
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from vigil.classify.data import read_labelled

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
LABELS = SHARED / "labels-isis-fanboy-tweets"
NEEDED = [
    "dev.csv",
    "train.csv",
    "labels-isis-fanboy-tweets/ambervoong_EXTREME_labels.csv",
    "labels-isis-fanboy-tweets/chowjiahui_intent_labels_NPO.csv",
]

pytestmark = pytest.mark.skipif(
    not all((SHARED / n).exists() for n in NEEDED),
    reason=f"the training pack and its fanboy label files are not at {SHARED}",
)


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def built(
    tmp_path_factory: pytest.TempPathFactory, devset_script: Callable[[str], ModuleType]
) -> tuple[ModuleType, Path]:
    mod = devset_script("fanboy/build_fanboy.py")
    out = tmp_path_factory.mktemp("fanboy") / "a" / "fanboy-dev.csv"
    assert mod.main(["--shared", str(SHARED), "--out", str(out)]) == 0
    return mod, out


def test_output_is_deterministic(built: tuple[ModuleType, Path], tmp_path: Path) -> None:
    mod, out = built
    again = tmp_path / "fanboy-dev.csv"
    mod.build(SHARED, again)
    assert again.read_bytes() == out.read_bytes()


def test_output_texts_are_dev_isis_tweets_only(built: tuple[ModuleType, Path]) -> None:
    _, out = built
    rows = _rows(out)
    assert rows and list(rows[0]) == ["text", "label", "group", "lang", "source_row"]
    dev = {r["text"]: r for r in _rows(SHARED / "dev.csv")}
    train = {_norm(r["text"]) for r in _rows(SHARED / "train.csv")}
    for r in rows:
        assert r["text"] in dev and dev[r["text"]]["group"] == "isis_tweets"
        assert r["lang"] == dev[r["text"]]["lang"]
        assert _norm(r["text"]) not in train
        assert r["label"] == "1" and r["source_row"].isdigit()
    per_source = Counter((r["group"].startswith("chow_"), r["text"]) for r in rows)
    assert max(per_source.values()) == 1, "a text appears at most once per label source"
    data = read_labelled(out)  # the evaluator's reader accepts the extra source_row column
    assert len(data) == len(rows) and set(data.labels) == {1}


def _key(text: str) -> str:
    """The loose join key, written out again: no links, &amp; unescaped, no trailing dots, lower case."""
    links = ("http://", "https://", "www.")
    words = [w for w in text.replace("&amp;", "&").split() if not w.startswith(links)]
    core = " ".join(words)
    while core.endswith(("...", "…")):
        core = core[:-3].rstrip() if core.endswith("...") else core[:-1].rstrip()
    return core.lower()


def test_group_counts_match_a_direct_recount(built: tuple[ModuleType, Path]) -> None:
    _, out = built
    dev_rows = [_norm(r["text"]) for r in _rows(SHARED / "dev.csv") if r["group"] == "isis_tweets"]
    dev = set(dev_rows)
    train_rows = [_norm(r["text"]) for r in _rows(SHARED / "train.csv")]
    train, train_keys = set(train_rows), {_key(t) for t in train_rows}
    dev_by_key: dict[str, set[str]] = {}
    for t in dev_rows:
        dev_by_key.setdefault(_key(t), set()).add(t)
    expected: Counter[str] = Counter()
    amber = {
        "1": "extreme",
        "0": "not_extreme",
        "?": "extreme_unsure",
        "??": "extreme_unsure",
        "m": "extreme_m",
    }
    chow = {"N": "chow_news", "P": "chow_propaganda", "O": "chow_opinion"}
    for name, column, groups in [
        ("ambervoong_EXTREME_labels.csv", "EXTREME", amber),
        ("chowjiahui_intent_labels_NPO.csv", "label", chow),
    ]:
        labels: dict[str, set[str]] = {}
        for r in _rows(LABELS / name):
            text = _norm(r["tweets"])
            if r[column].strip() not in groups:
                continue
            if text not in dev:
                hits = dev_by_key.get(_key(text), set())
                if text in train or _key(text) in train_keys or len(hits) != 1:
                    continue
                text = next(iter(hits))
            labels.setdefault(text, set()).add(groups[r[column].strip()])
        for found in labels.values():
            if len(found) == 1:  # a text with conflicting labels in one source is left out
                expected[found.pop()] += 1
    assert Counter(r["group"] for r in _rows(out)) == expected
    assert expected["extreme"] > 0 and expected["not_extreme"] > 0


@pytest.mark.parametrize("name", ["ambervoong_EXTREME_labels.csv", "chowjiahui_intent_labels_NPO.csv"])
def test_refuses_a_changed_label_file(
    name: str, tmp_path: Path, devset_script: Callable[[str], ModuleType]
) -> None:
    mod = devset_script("fanboy/build_fanboy.py")
    for n in NEEDED:
        (tmp_path / n).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SHARED / n, tmp_path / n)
    changed = tmp_path / "labels-isis-fanboy-tweets" / name
    data = bytearray(changed.read_bytes())
    data[-2] = ord("x") if data[-2] != ord("x") else ord("y")
    changed.write_bytes(bytes(data))
    out = tmp_path / "out" / "fanboy-dev.csv"
    with pytest.raises(ValueError, match=rf"{re.escape(name)}: sha256 .* is not the expected"):
        mod.build(tmp_path, out)
    assert not out.exists()


def test_refuses_to_write_into_devsets(devset_script: Callable[[str], ModuleType]) -> None:
    mod = devset_script("fanboy/build_fanboy.py")
    with pytest.raises(ValueError, match="inside devsets"):
        mod.build(SHARED, REPO / "devsets" / "fanboy" / "fanboy-dev.csv")
