"""Export stored items as JSONL or CSV (``vigil items``).

Each item comes with its current ``verdict`` and its ``decisions``, oldest first: who or
what decided, when, which rule and rules version, the effect, and the rules that fired
(shadow ones marked) — the history its verdict is derived from.

Evidence is read as :mod:`vigil.evidence` values and written back their one way, so an
export only ever holds evidence that vigil can read again; a stored evidence value that
cannot be read stops the export with the item's uid and the reason.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from vigil.errors import EvidenceError
from vigil.evidence import evidence_list
from vigil.items import Item
from vigil.store import Decision, Store

EXPORT_FIELDS = (
    "id", "uid", "source", "locator", "platform", "author", "time", "kind", "lang", "text",
    "score", "flagged", "verdict", "themes", "evidence", "model", "urls", "hashtags", "mentions",
    "decisions",
)  # fmt: skip
#: items read before their decisions are fetched together
_BATCH = 500


def decision_row(d: Decision) -> dict[str, Any]:
    """One decision as exported: everything but its evidence, plus the rules that fired."""
    fired = [
        {"rule_id": e["rule_id"], "verdict": e.get("verdict"), "shadow": bool(e.get("shadow"))}
        for e in d.evidence
        if isinstance(e, dict) and e.get("kind") == "rule"
    ]
    return {
        "id": d.id, "decided_at": d.decided_at, "actor_kind": d.actor_kind, "actor": d.actor,
        "verdict": d.verdict, "queue": d.queue, "priority": d.priority, "reason_code": d.reason_code,
        "rule_id": d.rule_id, "rules_version": d.rules_version, "model": d.model, "shadow": d.shadow,
        "score": None if d.score is None else round(d.score, 6), "note": d.note, "rules_fired": fired,
    }  # fmt: skip


def current_verdict(decisions: Sequence[Decision]) -> str | None:
    """The verdict of the latest non-shadow decision (``None``: never decided)."""
    live = [d for d in decisions if not d.shadow]
    return live[-1].verdict if live else None


def export_row(item: Item, decisions: Sequence[Decision] = ()) -> dict[str, Any]:
    """The exported form of an item and its decisions: ``id`` is the id its source gave it."""
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
        "verdict": current_verdict(decisions),
        "themes": {k: round(v, 4) for k, v in item.themes.items()},
        "evidence": evidence,
        "model": item.model,
        "urls": item.urls,
        "hashtags": item.hashtags,
        "mentions": item.mentions,
        "decisions": [decision_row(d) for d in decisions],
    }


def export_items(store: Store, out: TextIO, fmt: str = "jsonl", **filters: Any) -> int:
    """Write the items matching ``filters`` (see ``store.items.iter``) to ``out``; return the count."""
    count = 0
    writer: Any = None
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS, lineterminator="\n")
        writer.writeheader()
    for item, decisions in items_with_decisions(store, **filters):
        count += 1
        _write(out, writer, export_row(item, decisions))
    return count


def items_with_decisions(store: Store, **filters: Any) -> Iterator[tuple[Item, list[Decision]]]:
    """The items ``filters`` select (see ``store.items.iter``), each with its decisions, oldest
    first (read a page of items at a time)."""
    batch: list[Item] = []
    for item in store.items.iter(**filters):
        batch.append(item)
        if len(batch) >= _BATCH:
            yield from _with_decisions(store, batch)
            batch = []
    yield from _with_decisions(store, batch)


def _with_decisions(store: Store, items: list[Item]) -> Iterator[tuple[Item, list[Decision]]]:
    histories = store.decisions.histories([i.uid for i in items]) if items else {}
    for item in items:
        yield item, histories.get(item.uid, [])


def _write(out: TextIO, writer: Any, row: dict[str, Any]) -> None:
    if writer is not None:
        writer.writerow(
            {
                k: json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v
                for k, v in row.items()
            }
        )
    else:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


__all__ = [
    "EXPORT_FIELDS",
    "current_verdict",
    "decision_row",
    "export_items",
    "export_row",
    "items_with_decisions",
]
