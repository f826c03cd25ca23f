"""Reading items as a person or a client sees them: the item, its decisions, scores and matches.

:func:`item_view` is what every face (the API, the review pages) calls to show one
item: when the item's current decision is ``remove``, the view itself is recorded in the
audit log, in the same unit of work as the read, so no one sees removed content without
a trace.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from vigil.items import Item
from vigil.store import Decision, Store
from vigil.store.audit import AuditEvent


@dataclass(frozen=True)
class ItemView:
    item: Item
    decisions: list[Decision]
    current: Decision | None
    scores: list[dict[str, Any]]
    matches: list[dict[str, Any]]
    audited: bool

    def as_dict(self) -> dict[str, Any]:
        out = self.item.to_dict()
        out["decisions"] = [asdict(d) for d in self.decisions]
        out["current_decision"] = asdict(self.current) if self.current is not None else None
        out["verdict"] = self.current.verdict if self.current is not None else None
        out["scores"] = self.scores
        out["matches"] = self.matches
        return out


def item_view(store: Store, uid: str, *, actor: str, via: str) -> ItemView | None:
    """The item ``uid`` with its history, or ``None``; a view of removed content is audited."""
    with store.transaction():
        item = store.items.get(uid)
        if item is None:
            return None
        history = store.decisions.history(uid)
        current = store.decisions.current([uid]).get(uid)
        scores = [asdict(s) for s in store.scores.history(uid)]
        matches = [asdict(m) for m in store.item_matches.of_item(uid)]
        audited = current is not None and current.verdict == "remove"
        if current is not None and audited:
            store.audit.append(AuditEvent(actor, "view.removed", uid, {"via": via, "decision": current.id}))
    return ItemView(item, history, current, scores, matches, audited)


__all__ = ["ItemView", "item_view"]
