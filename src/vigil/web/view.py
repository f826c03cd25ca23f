"""What the item page shows, gathered from the store in one place (the route only renders it).

:func:`item_view` reads the item, its decisions, its open review work, its media with the
text read from them, its other copies and the evidence, and groups the evidence the way
a reviewer reads it: bank matches with their bank, labels and provenance; the score
against the threshold; themes; the nearest labelled examples; text read from images or
heard in videos with frame and time; the rules that fired. :func:`highlight` marks the
phrases that drove the score in the text (HTML-escaped around them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from vigil.evidence import (
    BankMatch,
    Evidence,
    MediaText,
    Neighbour,
    Phrase,
    RuleFired,
    evidence_list,
)
from vigil.items import Item
from vigil.store import Decision, Store
from vigil.store.review import Appeal, Task


def highlight(text: str, phrases: list[str]) -> Markup:
    """``text`` HTML-escaped, every (case-insensitive, whole-word) occurrence of a phrase in ``<mark>``."""
    spans: list[tuple[int, int]] = []
    for phrase in {p.strip() for p in phrases if p and p.strip()}:
        spans += [
            (m.start(), m.end())
            for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, flags=re.IGNORECASE)
        ]
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, at = [], 0
    for start, end in merged:
        out.append(escape(text[at:start]))
        out.append(Markup("<mark>") + escape(text[start:end]) + Markup("</mark>"))
        at = end
    out.append(escape(text[at:]))
    return Markup("").join(out)


@dataclass
class MediaView:
    sha256: str
    kind: str  # image | video | audio | document
    mime: str
    texts: list[dict[str, Any]] = field(default_factory=list)  # OCR/ASR with frame and time
    available: bool = True


@dataclass
class ItemView:
    item: Item
    text: Markup
    current: Decision | None
    history: list[Decision]
    tasks: list[Task]
    mine: Task | None  # the open task this reviewer holds on the item
    media: list[MediaView]
    matches: list[BankMatch]
    phrases: list[Phrase]
    neighbours: list[Neighbour]
    media_texts: list[MediaText]
    rules: list[RuleFired]
    copies: dict[str, tuple[int, list[str]]]
    appeals: list[Appeal]
    threshold: float | None
    themes: list[tuple[str, float]]
    blind: bool  # a golden-set check: earlier decisions are hidden

    @property
    def removed(self) -> bool:
        return self.current is not None and self.current.verdict == "remove"


def _evidence(values: list[Any]) -> list[Evidence]:
    try:
        return evidence_list(values)
    except ValueError:  # an unreadable stored value: shown as nothing rather than a broken page
        return []


def item_view(store: Store, item: Item, reviewer: str, *, threshold: float | None, now: str) -> ItemView:
    history = store.decisions.history(item.uid)
    current = store.decisions.current([item.uid]).get(item.uid)
    tasks = store.review.tasks_of(item.uid)
    mine = next((t for t in tasks if t.claimed_by == reviewer and (t.claim_expires_at or "") > now), None)
    evidence = _evidence(item.evidence)
    for d in history:
        evidence += _evidence(d.evidence)
    media: list[MediaView] = []
    for sha in item.media:
        info = store.media.get(sha)
        if info is None:
            media.append(MediaView(sha, "document", "", available=False))
            continue
        media.append(MediaView(sha, info["kind"], info.get("mime") or "", store.media.texts(sha)))
    matches = _unique([e for e in evidence if isinstance(e, BankMatch)])
    return ItemView(
        item=item,
        text=highlight(item.text, [e.text for e in evidence if isinstance(e, Phrase)]),
        current=current,
        history=history,
        tasks=tasks,
        mine=mine,
        media=media,
        matches=matches,
        phrases=_unique([e for e in evidence if isinstance(e, Phrase)]),
        neighbours=_unique([e for e in evidence if isinstance(e, Neighbour)]),
        media_texts=_unique([e for e in evidence if isinstance(e, MediaText)]),
        rules=_unique([e for e in evidence if isinstance(e, RuleFired)]),
        copies=store.review.copies(item.uid),
        appeals=store.review.appeals(item_uid=item.uid),
        threshold=threshold,
        themes=sorted(item.themes.items(), key=lambda kv: -kv[1]),
        blind=mine is not None and mine.blind,
    )


def _unique(values: list[Any]) -> list[Any]:
    seen: list[Any] = []
    for v in values:
        if v not in seen:
            seen.append(v)
    return seen


__all__ = ["ItemView", "MediaView", "highlight", "item_view"]
