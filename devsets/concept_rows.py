"""Write the held-out CSVs: :func:`write_rows` for any (``evalb``, ``evalc``), and
:func:`write_concepts` for concepts written in six languages (``evald``, ``evale``).

A row source is a list of ``(concept, group, label, themes, {lang: text})``. Each concept
becomes one row per language, in :data:`LANGS` order, with columns
``text,label,group,lang,concept``. A repeated concept or text, a missing or empty
language, or a label or family the set does not expect stops the build with the concept
named.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path

LANGS = ("en", "ar", "fr", "de", "ru", "tr")

ConceptRow = tuple[str, str, int, str, dict[str, str]]


def write_rows(
    out: Path,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    name: Callable[[Sequence[object]], str] | None = None,
) -> int:
    """Write ``rows`` (text first) under ``header`` to ``out``; return their number. A text
    that repeats stops the build before anything is written, named by ``name(row)`` if
    given."""
    seen: set[object] = set()
    for row in rows:
        if row[0] in seen:
            where = f"{name(row)}: " if name else ""
            raise ValueError(f"{where}duplicate text: {str(row[0])[:60]!r}")
        seen.add(row[0])
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    return len(rows)


def write_concepts(
    out: Path, rows: Iterable[ConceptRow], groups: Collection[str], labels: Collection[int] = (0,)
) -> int:
    """Write ``rows`` to ``out``, one row per concept and language; return the number of
    texts written."""
    concepts: set[str] = set()
    flat: list[list[object]] = []
    for concept, group, label, _themes, texts in rows:
        if concept in concepts:
            raise ValueError(f"duplicate concept: {concept}")
        concepts.add(concept)
        if group not in groups or label not in labels:
            raise ValueError(f"{concept}: unexpected family or label {group!r} {label}")
        for lang in LANGS:
            text = texts.get(lang, "")
            if not text.strip():
                raise ValueError(f"{concept}: no {lang} text")
            flat.append([text, label, group, lang, concept])
    return write_rows(out, ["text", "label", "group", "lang", "concept"], flat, name=lambda r: str(r[4]))
