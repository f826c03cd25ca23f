"""Export stored items as JSONL or CSV (``vigil items``).

Evidence is read as :mod:`vigil.evidence` values and written back their one way, so an
export only ever holds evidence that vigil can read again; a stored evidence value that
cannot be read stops the export with the item's uid and the reason.
"""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from vigil.errors import EvidenceError
from vigil.evidence import evidence_list
from vigil.items import Item
from vigil.store import Store

EXPORT_FIELDS = (
    "id", "uid", "source", "locator", "platform", "author", "time", "kind", "lang", "text",
    "score", "flagged", "themes", "evidence", "model", "urls", "hashtags", "mentions",
)  # fmt: skip


def export_row(item: Item) -> dict[str, Any]:
    """The exported form of an item: ``id`` is the id its source gave it."""
    try:
        evidence = [e.to_dict() for e in evidence_list(item.evidence)]
    except EvidenceError as exc:
        raise EvidenceError(f"item {item.uid}: {exc}") from None
    return {
        "id": item.source_id,
        "uid": item.uid,
        "source": item.source,
        "locator": item.locator,
        "platform": item.platform,
        "author": item.author,
        "time": item.time,
        "kind": item.kind,
        "lang": item.lang,
        "text": item.text,
        "score": None if item.score is None else round(item.score, 6),
        "flagged": item.flagged,
        "themes": {k: round(v, 4) for k, v in item.themes.items()},
        "evidence": evidence,
        "model": item.model,
        "urls": item.urls,
        "hashtags": item.hashtags,
        "mentions": item.mentions,
    }


def export_items(store: Store, out: TextIO, fmt: str = "jsonl", **filters: Any) -> int:
    """Write the items matching ``filters`` (see ``store.items.iter``) to ``out``; return the count."""
    count = 0
    writer: Any = None
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS, lineterminator="\n")
        writer.writeheader()
    for item in store.items.iter(**filters):
        row = export_row(item)
        if writer is not None:
            writer.writerow(
                {
                    k: json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v
                    for k, v in row.items()
                }
            )
        else:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


__all__ = ["EXPORT_FIELDS", "export_items", "export_row"]
