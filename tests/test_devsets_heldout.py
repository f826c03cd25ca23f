"""The held-out sets written as concepts in six languages (``evald``, ``evale``): their
builders reproduce the committed CSVs byte for byte, and the shared writer refuses rows
that would make a set lie about itself."""

from __future__ import annotations

import csv
import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

DEVSETS = Path(__file__).resolve().parents[1] / "devsets"
SETS = {"evald": {"counter_speech"}, "evale": {"humanitarian_appeal", "faith_practice", "research_terror"}}


def _builder(name: str) -> ModuleType:
    path = DEVSETS / name / f"build_{name}.py"
    spec = importlib.util.spec_from_file_location(f"build_{name}", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("name", sorted(SETS))
def test_builder_reproduces_the_committed_csv(name: str, tmp_path: Path) -> None:
    out = tmp_path / f"{name}.csv"
    n = _builder(name).build(out)
    committed = DEVSETS / f"{name}.csv"
    assert out.read_bytes() == committed.read_bytes()
    with open(committed, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == n
    assert {r["group"] for r in rows} <= SETS[name]
    assert {r["label"] for r in rows} == {"0"}
    per_concept = Counter(r["concept"] for r in rows)
    assert set(per_concept.values()) == {6}
    assert Counter(r["lang"] for r in rows) == {
        lang: len(per_concept) for lang in ("en", "ar", "fr", "de", "ru", "tr")
    }


def _concept_rows() -> ModuleType:
    sys.path.insert(0, str(DEVSETS))
    try:
        import concept_rows
    finally:
        sys.path.remove(str(DEVSETS))
    return concept_rows


def _row(concept: str, **texts: str) -> tuple[str, str, int, str, dict[str, str]]:
    full = {lang: f"{concept} in {lang}" for lang in ("en", "ar", "fr", "de", "ru", "tr")}
    full.update(texts)
    return (concept, "counter_speech", 0, "", full)


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([_row("a"), _row("a", en="other")], "duplicate concept: a"),
        ([_row("a"), _row("b", fr="a in fr")], "b: duplicate text"),
        ([_row("a", tr=" ")], "a: no tr text"),
        ([("a", "propaganda", 1, "", _row("a")[4])], "a: unexpected family or label"),
    ],
)
def test_writer_names_the_concept_it_refuses(rows: list, message: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=message):
        _concept_rows().write_concepts(tmp_path / "x.csv", rows, groups={"counter_speech"})
