"""Write a held-out CSV from concepts written in six languages (``evald``, ``evale``).

A row source is a list of ``(concept, group, label, themes, {lang: text})``. Each concept
becomes one row per language, in :data:`LANGS` order, with columns
``text,label,group,lang,concept``. A repeated concept or text, a missing or empty
language, or a label or family the set does not expect stops the build with the concept
named.
"""

from __future__ import annotations

import csv
from collections.abc import Collection, Iterable
from pathlib import Path

LANGS = ("en", "ar", "fr", "de", "ru", "tr")

ConceptRow = tuple[str, str, int, str, dict[str, str]]


def write_concepts(
    out: Path, rows: Iterable[ConceptRow], groups: Collection[str], labels: Collection[int] = (0,)
) -> int:
    """Write ``rows`` to ``out``; return the number of texts written."""
    seen: set[str] = set()
    concepts: set[str] = set()
    n = 0
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["text", "label", "group", "lang", "concept"])
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
                if text in seen:
                    raise ValueError(f"{concept}: duplicate text: {text[:60]!r}")
                seen.add(text)
                w.writerow([text, label, group, lang, concept])
                n += 1
    return n
