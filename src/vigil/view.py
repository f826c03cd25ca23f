"""Items as a person reads them: one line each (``vigil items --format text``) or in full
(``vigil show UID``: text with the detector's phrases highlighted, verdict, decisions,
evidence).

The JSONL and CSV exports are for programs; this is for the analyst at a terminal who
wants to see what was flagged and why without reading model internals.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from typing import Any

from vigil.evidence import (
    BankMatch,
    LanguageCue,
    MediaText,
    Neighbour,
    Phrase,
    RuleFired,
    evidence_from_dict,
)
from vigil.items import Item
from vigil.store import Decision

#: how a highlighted phrase is marked: on a terminal (reverse video) and in plain text
TERMINAL_MARK = ("\x1b[7m", "\x1b[0m")
PLAIN_MARK = ("[", "]")


def _typed(evidence: Sequence[Any]) -> list[Any]:
    out = []
    for e in evidence:
        try:
            out.append(evidence_from_dict(e) if isinstance(e, dict) else e)
        except ValueError:
            continue  # shown raw by the JSONL export; here only what can be read
    return out


def highlight(text: str, phrases: Sequence[str], mark: tuple[str, str] = PLAIN_MARK) -> str:
    """``text`` with every whole-word occurrence of each phrase (any case) marked."""
    words = sorted({p for p in phrases if p.strip()}, key=len, reverse=True)
    if not words:
        return text
    # whole words only: a phrase "ht" is not marked inside "http"
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)
    return pattern.sub(lambda m: f"{mark[0]}{m.group(0)}{mark[1]}", text)


def verdict_of(item: Item, decisions: Sequence[Decision]) -> str:
    """The current verdict (``-`` when never decided), with its queue."""
    live = [d for d in decisions if not d.shadow]
    if not live:
        return "-"
    d = live[-1]
    return f"{d.verdict}:{d.queue}" if d.queue else d.verdict


def item_line(item: Item, decisions: Sequence[Decision], width: int = 80) -> str:
    """One line: uid prefix, verdict, score, language, time, author, and the start of the text."""
    score = "  -  " if item.score is None else f"{item.score:.3f}"
    text = " ".join(item.text.split()) or f"({item.kind})"
    head = (
        f"{item.uid[:12]}  {verdict_of(item, decisions):<13} {score}  {item.lang or '-':<3} "
        f"{(item.time or '-')[:10]:<10}  "
    )
    return head + textwrap.shorten(text, max(20, width - len(head)), placeholder="…")


def item_page(item: Item, decisions: Sequence[Decision], *, mark: tuple[str, str] = PLAIN_MARK) -> str:
    """Everything about one item: where it came from, its text with the detector's phrases
    marked, its verdict and assessment, the evidence, and every decision, oldest first."""
    evidence = _typed(item.evidence)
    phrases = [e.text for e in evidence if isinstance(e, Phrase)]
    lines = [
        f"item     {item.uid}",
        f"source   {item.source} ({item.locator})" + (f", id {item.source_id}" if item.source_id else ""),
        f"posted   {item.time or '-'} by {item.author or '-'} on {item.platform or '-'}; "
        f"language {item.lang or '-'}; kind {item.kind}",
        f"verdict  {verdict_of(item, decisions)}"
        + (f"   score {item.score:.3f} (model {item.model or '-'})" if item.score is not None else ""),
    ]
    themes = sorted(((v, k) for k, v in item.themes.items() if v >= 0.5), reverse=True)
    if themes:
        lines.append("themes   " + ", ".join(f"{k} {v:.2f}" for v, k in themes))
    lines += ["", textwrap.indent(highlight(item.text, phrases, mark) or f"({item.kind}, no text)", "  "), ""]
    if evidence:
        lines.append("evidence")
        lines += [f"  - {_evidence_line(e)}" for e in evidence]
    if item.urls:
        lines.append("links    " + " ".join(item.urls))
    lines.append(f"decisions ({len(decisions)})")
    for d in decisions:
        rule = d.rule_id or "(default)" if d.rules_version else "-"
        fired = [e for e in _typed(d.evidence) if isinstance(e, RuleFired)]
        shadow = [e.rule_id for e in fired if e.shadow]
        verdict = f"{d.verdict}{':' + d.queue if d.queue else ''}{' (shadow)' if d.shadow else ''}"
        lines.append(
            f"  {d.decided_at}  {verdict}  by {d.actor_kind} {d.actor}  rule {rule}  reason {d.reason_code}"
            + (f"  shadow rules fired: {', '.join(shadow)}" if shadow else "")
            + (f"  note: {d.note}" if d.note else "")
        )
    return "\n".join(lines)


def _evidence_line(e: Any) -> str:
    if isinstance(e, BankMatch):
        where = f" (media {e.media[:12]})" if e.media else ""
        labels = ", ".join(f"{k}={v}" for k, v in sorted(e.labels.items()))
        return (
            f"bank match: {e.bank} {e.signal_type} entry {e.entry} distance {e.distance:g}{where}"
            + (f" [{labels}]" if labels else "")
            + (f" from {e.source}" if e.source else "")
        )
    if isinstance(e, Phrase):
        return f"phrase: {e.text!r}" + (f" weight {e.weight:.2f}" if e.weight is not None else "")
    if isinstance(e, LanguageCue):
        return f"language cue: {e.text!r} weight {e.weight:.2f}"
    if isinstance(e, Neighbour):
        sim = f" similarity {e.similarity:.2f}" if e.similarity is not None else ""
        return f"like a labelled {e.label} example ({e.family}){sim}: {textwrap.shorten(e.text, 70)!r}"
    if isinstance(e, MediaText):
        where = f" frame {e.frame}" if e.frame is not None else ""
        where += f" at {e.t:.1f}s" if e.t is not None else ""
        return (
            f"{e.source} text of media {e.media[:12]}{where}: score {e.score:.3f}: "
            f"{textwrap.shorten(' '.join(e.text.split()), 70)!r}"
        )
    return f"{e.kind}: " + ", ".join(f"{k}={v}" for k, v in e.to_dict().items() if k != "kind")


__all__ = ["PLAIN_MARK", "TERMINAL_MARK", "highlight", "item_line", "item_page", "verdict_of"]
