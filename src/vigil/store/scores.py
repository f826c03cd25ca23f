"""Scores: every verdict a model gave an item — the detector's output history.

One row per (item, model): scoring an item again with the same model adds nothing (the
first verdict stands); a new model adds a row. Rows are never changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from vigil.store.clock import now_iso_micro
from vigil.store.rows import chunked, dumps, loads
from vigil.store.schema import scores as t

if TYPE_CHECKING:
    from vigil.store.base import Store


@dataclass(frozen=True)
class Score:
    item_uid: str
    model: str
    score: float
    flagged: bool
    themes: dict[str, float] = field(default_factory=dict)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    run_id: int | None = None
    scored_at: str | None = None  # set by the store when None
    id: int | None = None  # set by the store


def _row(s: Score, stamp: str) -> dict[str, Any]:
    return {
        "item_uid": s.item_uid, "model": s.model, "score": float(s.score), "flagged": int(bool(s.flagged)),
        "themes": dumps(s.themes, sort_keys=True), "evidence": dumps(s.evidence),
        "scored_at": s.scored_at or stamp, "run_id": s.run_id,
    }  # fmt: skip


def _score(row: Any) -> Score:
    return Score(
        id=int(row["id"]), item_uid=row["item_uid"], model=row["model"], score=float(row["score"]),
        flagged=bool(row["flagged"]), themes=loads(row["themes"], {}), evidence=loads(row["evidence"], []),
        run_id=row["run_id"], scored_at=row["scored_at"],
    )  # fmt: skip


class Scores:
    """``store.scores``: add verdicts (inside the caller's unit of work, if any) and read them back."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, scores: Iterable[Score]) -> None:
        """Record verdicts; one for an (item, model) recorded already is left out."""
        stamp = now_iso_micro()
        rows = {(s.item_uid, s.model): _row(s, stamp) for s in reversed(list(scores))}
        if rows:
            with self._store.writing() as conn:
                self._store.insert_ignore(conn, t, [rows[k] for k in sorted(rows)])

    def history(self, item_uid: str) -> list[Score]:
        """Every verdict of one item, oldest first."""
        with self._store.reading() as conn:
            rows = conn.execute(select(t).where(t.c.item_uid == item_uid).order_by(t.c.id)).mappings()
            return [_score(r) for r in rows]

    def latest(self, item_uids: Sequence[str], model: str | None = None) -> dict[str, Score]:
        """The latest verdict of each item (of ``model``, if given); items never scored are absent."""
        out: dict[str, Score] = {}
        with self._store.reading() as conn:
            for chunk in chunked(sorted(set(item_uids))):
                stmt = select(t).where(t.c.item_uid.in_(chunk))
                if model is not None:
                    stmt = stmt.where(t.c.model == model)
                for r in conn.execute(stmt.order_by(t.c.id)).mappings():
                    out[r["item_uid"]] = _score(r)
        return out


__all__ = ["Score", "Scores"]
