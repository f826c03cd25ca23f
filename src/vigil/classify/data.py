"""Labelled CSV files for training and evaluation (``text,label,group[,lang][,themes]``)."""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from vigil.classify.themes import parse_themes

COLUMNS = ("texts", "labels", "groups", "langs", "themes", "cv_group", "weights", "concepts")


@dataclass
class Labelled:
    """Rows of one labelled CSV. ``cv_group`` keeps related rows in one fold when
    training (an account's tweets; one concept's translations)."""

    texts: list[str] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    langs: list[str] = field(default_factory=list)
    themes: list[set[str] | None] = field(default_factory=list)  # None: no theme label
    cv_group: list[str] = field(default_factory=list)
    weights: list[float | None] = field(default_factory=list)  # None: the trainer's default
    # One id shared by a text's translations (``concept`` column); None where absent.
    concepts: list[str | None] = field(default_factory=list)
    source: str = ""

    def __len__(self) -> int:
        return len(self.texts)

    def subset(self, index: list[int]) -> Labelled:
        out = Labelled(source=self.source)
        for name in COLUMNS:
            setattr(out, name, [getattr(self, name)[i] for i in index])
        return out

    def capped(self, caps: dict[str, int]) -> Labelled:
        """The first ``caps[group]`` rows (file order) of each capped group; others whole."""
        seen: dict[str, int] = {}
        keep = []
        for i, g in enumerate(self.groups):
            seen[g] = seen.get(g, 0) + 1
            if g not in caps or seen[g] <= caps[g]:
                keep.append(i)
        return self.subset(keep)


def file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_labelled(path: str | Path, limit: int | None = None) -> Labelled:
    """Read a labelled CSV. Required columns: ``text``, ``label``; ``group`` defaults to
    ``all``, ``lang`` to ``und``; a ``themes`` column (``;``-separated) and a ``weight``
    column (a training weight that overrides the trainer's default for the row) are optional,
    and so is a ``concept`` column (one id shared by the translations of one text)."""
    out = Labelled(source=str(path))
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        cols = set(reader.fieldnames or [])
        missing = {"text", "label"} - cols
        if missing:
            raise ValueError(f"{path}: missing column(s) {sorted(missing)}")
        for n, row in enumerate(reader):
            if limit is not None and n >= limit:
                break
            text = row["text"] or ""
            out.texts.append(text)
            out.labels.append(int(float(row["label"])))
            out.groups.append(row.get("group") or "all")
            out.langs.append(row.get("lang") or "und")
            out.themes.append(parse_themes(row["themes"]) if "themes" in cols and row.get("themes") else None)
            weight = row.get("weight")
            try:
                out.weights.append(float(weight) if weight else None)
            except ValueError:
                raise ValueError(f"{path}: row {n + 2}: weight {weight!r} is not a number") from None
            key = row.get("account") or row.get("concept") or hashlib.sha256(text.encode()).hexdigest()[:12]
            out.concepts.append(row.get("concept") or None)
            out.cv_group.append(key)
    return out


__all__ = ["COLUMNS", "Labelled", "file_sha256", "read_labelled"]
