"""The review desk: queues of work for people, exclusive claims, human decisions, appeals.

**Queues are fed by the policy's effects.** A decision whose verdict is ``queue`` (the
rules', or a reviewer's "escalate" or "needs a second look") opens one review task in its
queue with its priority; :meth:`Review.feed` finds such decisions that have no task yet
and opens theirs, and marks open tasks whose decision has been superseded. Every call that
reads or claims work feeds first, so no other code has to remember to.

**Order.** Urgent tasks first — the item's evidence carries threat or intent (the
``threat`` theme at or above its cut), or a bank match whose labels put it in a high
threat-to-life tier (``tier: 1`` or ``threat_to_life: high``) — then higher priority, then
the oldest. Urgent tasks say why (``urgent_reason``).

**Claims are exclusive and expire.** Claiming sets the task row's ``claimed_by`` and
``claim_expires_at`` in one ``UPDATE … WHERE id = (SELECT … LIMIT 1 FOR UPDATE SKIP
LOCKED)``: on PostgreSQL concurrent reviewers skip each other's locked rows and the
update re-checks the row it locked, on SQLite the unit of work holds the one write lock.
Either way two reviewers never hold the same task; a claim past its expiry is free again.

**A human decision is one unit of work**: the decision row (append-only history), the
task closed, the allow-list entry if asked for, and the audit row, together or not at all.

**Appeals**: a complaint about a removal reopens the item in the ``appeals`` queue, which
the reviewer who made the decision cannot claim; each appeal has a two-week answer clock;
its outcome (``upheld`` or ``reinstated``) is itself a decision. **Quality**: a reviewer's
decisions that a later appeal, second look or golden-set check disagreed with are counted
per reviewer and per reason code. **Golden set**: a random sample of decided items
re-queued blind (the page hides earlier decisions) for someone other than who decided;
those checks are recorded as shadow decisions, so they measure without acting.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, bindparam, case, exists, func, insert, or_, select, text, update

from vigil.errors import VigilError
from vigil.store.audit import AuditEvent
from vigil.store.clock import now_iso_micro
from vigil.store.decisions import Decision
from vigil.store.items import item_column, item_source
from vigil.store.rows import chunked, loads
from vigil.store.schema import allow_list as al
from vigil.store.schema import appeals as ap
from vigil.store.schema import bank_entries as be
from vigil.store.schema import banks as bk
from vigil.store.schema import decisions as d
from vigil.store.schema import item_matches as im
from vigil.store.schema import item_media as im_media
from vigil.store.schema import items as it
from vigil.store.schema import media_matches as mm
from vigil.store.schema import review_prefs as rp
from vigil.store.schema import review_tasks as t

if TYPE_CHECKING:
    from vigil.store.base import Store

#: how long a claim lasts unless the caller says otherwise
CLAIM_MINUTES = 15
#: the answer clock of an appeal (EU TCO Regulation Art. 10, DSA Art. 20: "without undue delay")
APPEAL_DAYS = 14
APPEALS_QUEUE = "appeals"
ESCALATION_QUEUE = "escalation"
SECOND_LOOK_QUEUE = "second_look"
GOLDEN_QUEUE = "golden"
#: what an escalation adds to the priority of the task it came from
ESCALATE_BOOST = 10
#: a stored theme score at or above this is the theme's cut (the detector's themes are
#: calibrated so that 0.5 is each theme's F1-best cut)
THREAT_CUT = 0.5
#: bank labels that put a match in a high threat-to-life tier
URGENT_LABELS: dict[str, frozenset[str]] = {
    "tier": frozenset({"1"}),
    "threat_to_life": frozenset({"high", "1", "true", "yes"}),
}
OUTCOMES = ("upheld", "reinstated")


class ReviewError(VigilError):
    """A review action that cannot be done: no such task, a claim not held or expired, an
    appeal of something that cannot be appealed... the message says which and why."""


@dataclass(frozen=True)
class Action:
    """One decision a reviewer can take: its verdict, reason code, queue and keyboard key."""

    name: str
    verdict: str
    reason_code: str
    key: str
    label: str
    help: str
    queue: str | None = None


#: the decisions of the desk, in the order the page shows them
ACTIONS: tuple[Action, ...] = (
    Action("remove", "remove", "terrorist_content", "r", "Remove",
           "Terrorist content: remove it."),
    Action("allow", "allow", "false_positive", "a", "Allow",
           "Not terrorist content (a false positive); optionally add it to the allow list."),
    Action("escalate", "queue", "escalated", "e", "Escalate",
           "Needs a senior reviewer or legal: moves to the escalation queue, higher priority.",
           ESCALATION_QUEUE),
    Action("second_look", "queue", "second_look", "s", "Second look",
           "Unsure: someone else looks at it (not you).", SECOND_LOOK_QUEUE),
)  # fmt: skip
ACTIONS_BY_NAME = {a.name: a for a in ACTIONS}


@dataclass(frozen=True)
class Task:
    """One piece of review work on one item (a row of ``review_tasks``)."""

    id: int
    item_uid: str
    kind: str  # review | second_look | appeal | golden
    queue: str
    priority: int
    urgent: bool
    urgent_reason: str
    decision_id: int | None
    appeal_id: int | None
    exclude_actor: str | None
    blind: bool
    queued_at: str
    status: str
    claimed_by: str | None
    claimed_at: str | None
    claim_expires_at: str | None
    closed_at: str | None
    closed_decision_id: int | None

    def claimed_by_other(self, reviewer: str, now: str) -> bool:
        return bool(self.claimed_by and self.claimed_by != reviewer and (self.claim_expires_at or "") > now)


@dataclass(frozen=True)
class QueueCount:
    """What the front page shows of one queue."""

    queue: str
    open: int
    urgent: int
    claimed: int
    oldest: str | None  # queued_at of the oldest open task


@dataclass(frozen=True)
class Appeal:
    """A complaint about a decision, its answer clock and its outcome (a row of ``appeals``)."""

    id: int
    item_uid: str
    decision_id: int
    original_actor: str
    complainant: str
    channel: str
    reason: str
    received_at: str
    due_at: str
    recorded_by: str
    status: str
    outcome: str | None
    answered_by: str | None
    answered_at: str | None
    outcome_decision_id: int | None

    def overdue(self, now: str | None = None) -> bool:
        """Still open past its answer date."""
        return self.status == "open" and (now or now_iso_micro()) > self.due_at


@dataclass(frozen=True)
class Prefs:
    """A reviewer's own settings: ``reveal_media`` shows images unblurred and in colour by default."""

    username: str
    reveal_media: bool = False


@dataclass
class QualityRow:
    """Decisions checked later (by an appeal, a second look or a golden-set check) and overturned."""

    checked: int = 0
    overturned: int = 0

    @property
    def rate(self) -> float:
        return self.overturned / self.checked if self.checked else 0.0


@dataclass
class Quality:
    """Per reviewer, and per reviewer and reason code, how many of their decisions were checked
    later and how many of those the check disagreed with."""

    by_reviewer: dict[str, QualityRow] = field(default_factory=dict)
    by_reason: dict[tuple[str, str], QualityRow] = field(default_factory=dict)
    decided: dict[str, int] = field(default_factory=dict)


def _task(row: Any) -> Task:
    values = dict(row)
    del values["source_key"]
    values["urgent"] = bool(values["urgent"])
    values["blind"] = bool(values["blind"])
    return Task(**values)


def _appeal(row: Any) -> Appeal:
    return Appeal(**dict(row))


def _stamp(now: str | None) -> str:
    return now or now_iso_micro()


def _later(stamp: str, **delta: float) -> str:
    when = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return (when + timedelta(**delta)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


_LATER_D = d.alias("later_d")
_LATER_T = d.alias("later_t")


def _current_decision() -> ColumnElement[bool]:
    later = _LATER_D
    superseded = exists().where(later.c.item_uid == d.c.item_uid, later.c.shadow == 0, later.c.id > d.c.id)
    return and_(d.c.shadow == 0, ~superseded)


def _superseded() -> ColumnElement[bool]:
    """The task's decision is no longer its item's current one (a later non-shadow decision exists)."""
    later = _LATER_T
    return exists().where(later.c.item_uid == t.c.item_uid, later.c.shadow == 0, later.c.id > t.c.decision_id)


def _feed_statements(of_items: bool) -> tuple[Any, Any]:
    """The feed's two statements (built once: building them costs more than running them)."""
    mine_t = [t.c.item_uid.in_(bindparam("uids", expanding=True))] if of_items else []
    mine_d = [d.c.item_uid.in_(bindparam("uids", expanding=True))] if of_items else []
    supersede = (
        update(t)
        .where(t.c.status == "open", t.c.kind.in_(("review", "second_look")), _superseded(), *mine_t)
        .values(status="superseded", closed_at=bindparam("stamp"))
    )
    has_task = exists().where(t.c.decision_id == d.c.id, t.c.kind.in_(("review", "second_look")))
    queued = select(d).where(_current_decision(), d.c.verdict == "queue", ~has_task, *mine_d).order_by(d.c.id)
    return supersede, queued


def _order() -> list[Any]:
    return [t.c.urgent.desc(), t.c.priority.desc(), t.c.queued_at, t.c.id]


def _urgent_labels(labels: dict[str, Any]) -> str:
    for key, values in URGENT_LABELS.items():
        value = labels.get(key)
        if value is not None and str(value).lower() in values:
            return f"{key} {value}"
    return ""


def urgency(
    themes: dict[str, Any], evidence: Iterable[dict[str, Any]], labels: Iterable[tuple[str, dict]]
) -> str:
    """Why an item must be seen first (empty: it need not): threat or intent in its themes,
    or a bank match (from its evidence, or ``(bank, labels)`` of its stored matches) in a
    high threat-to-life tier."""
    threat = themes.get("threat")
    if isinstance(threat, int | float) and threat >= THREAT_CUT:
        return f"threat/intent (theme score {threat:.2f})"
    for ev in evidence:
        if isinstance(ev, dict) and ev.get("kind") == "match":
            why = _urgent_labels(dict(ev.get("labels") or {}))
            if why:
                return f"bank match in {ev.get('bank', '?')}: {why}"
    for bank, lab in labels:
        why = _urgent_labels(lab)
        if why:
            return f"bank match in {bank}: {why}"
    return ""


_FEED = {of_items: _feed_statements(of_items) for of_items in (False, True)}


class Review:
    """``store.review``: feed, list and claim review work; record human decisions and appeals."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- feeding the queues from the decisions ------------------------------------------------------
    def feed(self, item_uids: Sequence[str] | None = None) -> int:
        """Open a task for every current ``queue`` decision without one; mark open tasks whose
        decision was superseded. Returns how many tasks were opened.

        ``store.decisions.append`` calls it for the items it appended decisions about, in
        the same unit of work, so a queue decision and its task commit together; without
        ``item_uids`` it looks at every item (the front page does, which also picks up
        decisions made before this table existed)."""
        if item_uids is not None and not item_uids:
            return 0
        with self._store.writing() as conn:
            if item_uids is None and self._store.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(730301)"))  # one full feed at a time
            stamp = now_iso_micro()
            found: list[dict[str, Any]] = []
            for chunk in [None] if item_uids is None else list(chunked(sorted(set(item_uids)))):
                supersede, queued = _FEED[chunk is not None]
                params = {"uids": chunk} if chunk is not None else {}
                conn.execute(supersede, {"stamp": stamp, **params})
                found += [dict(r) for r in conn.execute(queued, params).mappings()]
            if not found:
                return 0
            allowed = self._allow_listed(conn, [r["item_uid"] for r in found])
            reasons = self._urgency(conn, found)
            rows, allow = [], []
            for r in found:
                if r["item_uid"] in allowed:
                    allow.append(r)
                    continue
                rows.append({
                    "item_uid": r["item_uid"],
                    "kind": "second_look" if r["queue"] == SECOND_LOOK_QUEUE else "review",
                    "source_key": f"d:{r['id']}",
                    "queue": r["queue"] or "default",
                    "priority": int(r["priority"] or 0),
                    "urgent": int(bool(reasons[r["id"]])),
                    "urgent_reason": reasons[r["id"]],
                    "decision_id": int(r["id"]),
                    "appeal_id": None,
                    "exclude_actor": r["actor"] if r["actor_kind"] == "human" else None,
                    "blind": 0,
                    "queued_at": r["decided_at"],
                    "status": "open",
                })  # fmt: skip
            if rows:
                self._store.insert_ignore(conn, t, sorted(rows, key=lambda x: x["source_key"]))
            if allow:
                self._store.decisions.append(
                    Decision(r["item_uid"], "allow", actor="vigil.review", reason_code="allow_listed",
                             note="its content is on the allow list", evidence=loads(r["evidence"], []))
                    for r in allow
                )  # fmt: skip
            return len(rows)

    def _allow_listed(self, conn: Any, item_uids: Sequence[str]) -> set[str]:
        out: set[str] = set()
        for chunk in chunked(sorted(set(item_uids))):
            stmt = (
                select(it.c.uid)
                .select_from(it.join(al, al.c.content_sha256 == it.c.content_sha256))
                .where(it.c.uid.in_(chunk))
            )
            out.update(conn.execute(stmt).scalars())
        return out

    def _urgency(self, conn: Any, decisions: Sequence[dict[str, Any]]) -> dict[int, str]:
        uids = sorted({r["item_uid"] for r in decisions})
        themes: dict[str, dict[str, Any]] = {}
        evidence: dict[str, list[Any]] = defaultdict(list)
        labels: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
        for chunk in chunked(uids):
            assessed = select(it.c.uid, item_column("themes"), item_column("evidence")).select_from(
                item_source()
            )
            for row in conn.execute(assessed.where(it.c.uid.in_(chunk))):  # the item's themes and evidence
                themes[row.uid] = loads(row.themes, {})
                evidence[row.uid].extend(loads(row.evidence, []))
            stmt = (
                select(im.c.item_uid, im.c.bank, be.c.labels, bk.c.labels.label("bank_labels"))
                .select_from(im.join(be, be.c.id == im.c.entry_id).join(bk, bk.c.name == be.c.bank))
                .where(im.c.item_uid.in_(chunk))
            )
            for row in conn.execute(stmt):
                labels[row.item_uid].append(
                    (row.bank, {**loads(row.bank_labels, {}), **loads(row.labels, {})})
                )
        return {
            r["id"]: urgency(
                loads(r.get("themes"), {}) or themes.get(r["item_uid"], {}),
                [*loads(r["evidence"], []), *evidence[r["item_uid"]]],
                labels[r["item_uid"]],
            )
            for r in decisions
        }

    # -- reading the queues ---------------------------------------------------------------------------
    def counts(self, now: str | None = None, *, feed: bool = True) -> list[QueueCount]:
        """Open tasks per queue: how many, how many urgent, how many claimed now, the oldest.

        ``feed`` first runs the full feed (it picks up decisions written other than by
        ``decisions.append``, such as those a migration made from older databases)."""
        if feed:
            self.feed()
        stamp = _stamp(now)
        claimed = and_(t.c.claimed_by.is_not(None), t.c.claim_expires_at > stamp)
        stmt = (
            select(
                t.c.queue,
                func.count().label("open"),
                func.sum(t.c.urgent).label("urgent"),
                func.sum(case((claimed, 1), else_=0)).label("claimed"),
                func.min(t.c.queued_at).label("oldest"),
            )
            .where(t.c.status == "open")
            .group_by(t.c.queue)
            .order_by(t.c.queue)
        )
        with self._store.reading() as conn:
            return [
                QueueCount(r.queue, int(r.open), int(r.urgent or 0), int(r.claimed or 0), r.oldest)
                for r in conn.execute(stmt)
            ]

    def tasks(self, queue: str | None = None, *, limit: int = 50) -> list[Task]:
        """Open tasks in the order they will be handed out."""
        stmt = select(t).where(t.c.status == "open")
        if queue is not None:
            stmt = stmt.where(t.c.queue == queue)
        with self._store.reading() as conn:
            return [_task(r) for r in conn.execute(stmt.order_by(*_order()).limit(limit)).mappings()]

    def task(self, task_id: int) -> Task | None:
        with self._store.reading() as conn:
            row = conn.execute(select(t).where(t.c.id == task_id)).mappings().first()
        return _task(row) if row is not None else None

    def tasks_of(self, item_uid: str, *, open_only: bool = True) -> list[Task]:
        stmt = select(t).where(t.c.item_uid == item_uid)
        if open_only:
            stmt = stmt.where(t.c.status == "open")
        with self._store.reading() as conn:
            return [_task(r) for r in conn.execute(stmt.order_by(t.c.id)).mappings()]

    # -- claims ---------------------------------------------------------------------------------------
    def claim_next(
        self,
        reviewer: str,
        queue: str | None = None,
        *,
        minutes: float = CLAIM_MINUTES,
        now: str | None = None,
    ) -> Task | None:
        """Claim the next task (of ``queue``, or of any) for ``reviewer`` for ``minutes``.

        A reviewer who already holds a live claim (in that queue) gets it back, renewed, so
        asking twice never hoards work. ``None`` when nothing is left that they may claim."""
        if not reviewer:
            raise ReviewError("a claim needs a reviewer")
        stamp = _stamp(now)
        expires = _later(stamp, minutes=minutes)
        in_queue = [t.c.queue == queue] if queue is not None else []
        with self._store.writing() as conn:
            held = conn.execute(
                select(t.c.id)
                .where(
                    t.c.claimed_by == reviewer, t.c.status == "open", t.c.claim_expires_at > stamp, *in_queue
                )
                .order_by(t.c.id)
                .limit(1)
            ).scalar()
            mine = None
            if held is not None:
                mine = conn.execute(
                    update(t).where(t.c.id == held).values(claim_expires_at=expires).returning(*t.c)
                ).mappings().first()  # fmt: skip
            if mine is not None:
                return _task(mine)
            free = or_(t.c.claimed_by.is_(None), t.c.claim_expires_at <= stamp)
            allowed = or_(t.c.exclude_actor.is_(None), t.c.exclude_actor != reviewer)
            live = or_(t.c.kind.in_(("appeal", "golden")), ~_superseded())  # the feed marks them soon
            pick = (
                select(t.c.id)
                .where(t.c.status == "open", free, allowed, live, *in_queue)
                .order_by(*_order())
                .limit(1)
                .with_for_update(skip_locked=True)
                .scalar_subquery()
            )
            row = conn.execute(
                update(t)
                .where(t.c.id == pick)  # the pick locked the row and re-checked it (PostgreSQL)
                .values(claimed_by=reviewer, claimed_at=stamp, claim_expires_at=expires)
                .returning(*t.c)
            ).mappings().first()  # fmt: skip
        return _task(row) if row is not None else None

    def claim(
        self, task_id: int, reviewer: str, *, minutes: float = CLAIM_MINUTES, now: str | None = None
    ) -> Task:
        """Claim one given task (e.g. from the queue listing); refused if someone else holds it
        or the reviewer may not take it."""
        stamp = _stamp(now)
        with self._store.writing() as conn:
            task = self._open_task(conn, task_id)
            if task.exclude_actor == reviewer:
                raise ReviewError(
                    f"task {task_id}: {reviewer} made the decision it reviews; someone else must"
                )
            if task.claimed_by_other(reviewer, stamp):
                raise ReviewError(
                    f"task {task_id} is claimed by {task.claimed_by} until {task.claim_expires_at}"
                )
            row = conn.execute(
                update(t).where(t.c.id == task_id)
                .values(claimed_by=reviewer, claimed_at=stamp,
                        claim_expires_at=_later(stamp, minutes=minutes))
                .returning(*t.c)
            ).mappings().one()  # fmt: skip
        return _task(row)

    def release(self, task_id: int, reviewer: str) -> bool:
        """Give a claimed task back to its queue; ``False`` when ``reviewer`` did not hold it."""
        with self._store.writing() as conn:
            result = conn.execute(
                update(t)
                .where(t.c.id == task_id, t.c.claimed_by == reviewer, t.c.status == "open")
                .values(claimed_by=None, claimed_at=None, claim_expires_at=None)
            )
            return bool(result.rowcount)

    def _open_task(self, conn: Any, task_id: int) -> Task:
        row = conn.execute(select(t).where(t.c.id == task_id)).mappings().first()
        if row is None:
            raise ReviewError(f"no review task {task_id}")
        task = _task(row)
        if task.status != "open":
            raise ReviewError(f"task {task_id} is {task.status} already")
        return task

    def _held(self, conn: Any, task_id: int, reviewer: str, stamp: str) -> Task:
        task = self._open_task(conn, task_id)
        if task.claimed_by != reviewer:
            who = f"claimed by {task.claimed_by}" if task.claimed_by else "not claimed"
            raise ReviewError(f"task {task_id} is {who}: claim it before deciding")
        if (task.claim_expires_at or "") <= stamp:
            raise ReviewError(
                f"task {task_id}: your claim expired at {task.claim_expires_at}; claim it again"
            )
        return task

    def _close(self, conn: Any, task: Task, decision: Decision, stamp: str) -> None:
        conn.execute(
            update(t)
            .where(t.c.id == task.id)
            .values(status="done", closed_at=stamp, closed_decision_id=decision.id)
        )

    def _audit(self, actor: str, action: str, target: str, details: dict[str, Any]) -> None:
        """An audit row in the unit of work in progress (appended last: see :mod:`vigil.store.audit`)."""
        self._store.audit.append(AuditEvent(actor=actor, action=action, target=target, detail=details))

    # -- decisions ------------------------------------------------------------------------------------
    def decide(
        self,
        task_id: int,
        reviewer: str,
        action: str,
        *,
        note: str = "",
        allow_list: bool = False,
        now: str | None = None,
    ) -> Decision:
        """Record ``reviewer``'s decision (one of :data:`ACTIONS`) on the task they hold.

        One unit of work: the decision row, the task closed, the allow-list entry (``allow``
        with ``allow_list=True``: the content stops opening review work) and the audit row."""
        chosen = ACTIONS_BY_NAME.get(action)
        if chosen is None:
            raise ReviewError(f"unknown action {action!r} (expected {', '.join(ACTIONS_BY_NAME)})")
        if allow_list and chosen.name != "allow":
            raise ReviewError("only an allow decision can add content to the allow list")
        stamp = _stamp(now)
        with self._store.writing() as conn:
            task = self._held(conn, task_id, reviewer, stamp)
            if task.kind == "appeal":
                raise ReviewError(f"task {task_id} is an appeal: answer it upheld or reinstated")
            priority = task.priority + (ESCALATE_BOOST if chosen.name == "escalate" else 0)
            [decision] = self._store.decisions.append(
                Decision(
                    task.item_uid, chosen.verdict, actor_kind="human", actor=reviewer,
                    queue=chosen.queue, priority=priority if chosen.queue else 0,
                    reason_code=chosen.reason_code, note=note, shadow=task.kind == "golden",
                    decided_at=stamp,
                )
            )  # fmt: skip
            self._close(conn, task, decision, stamp)
            if allow_list:
                sha = conn.execute(select(it.c.content_sha256).where(it.c.uid == task.item_uid)).scalar()
                if sha is not None:
                    self._store.insert_ignore(conn, al, [{
                        "content_sha256": sha, "item_uid": task.item_uid, "added_by": reviewer,
                        "decision_id": decision.id, "added_at": stamp,
                    }])  # fmt: skip
                    self._exclude_matches(conn, task.item_uid, sha, reviewer, decision)
            self._audit(reviewer, "review.decide", task.item_uid, {
                "decision_id": decision.id, "task_id": task.id, "task_kind": task.kind, "action": chosen.name,
                "verdict": decision.verdict, "reason_code": decision.reason_code, "note": note,
                "allow_list": allow_list, "shadow": decision.shadow,
            })  # fmt: skip
        return decision

    def _exclude_matches(self, conn: Any, item_uid: str, sha: str, reviewer: str, decision: Decision) -> None:
        """The bank entries the item (its text, or one of its media files) matched stop matching
        that content: the same false positive is not matched again."""
        texts = conn.execute(select(im.c.entry_id).where(im.c.item_uid == item_uid)).scalars()
        media = conn.execute(
            select(mm.c.entry_id, mm.c.media_sha256).where(
                mm.c.media_sha256.in_(select(im_media.c.media_sha256).where(im_media.c.item_uid == item_uid))
            )
        ).all()  # fmt: skip
        note = f"allowed with the allow list by {reviewer} (decision {decision.id})"
        for entry_id, content in sorted({*((int(e), sha) for e in texts), *((int(e), m) for e, m in media)}):
            self._store.banks.exclude(entry_id, content, note=note, by=reviewer)

    def history(self, item_uid: str) -> list[Decision]:
        """The item's decisions, oldest first (shadow ones included)."""
        return self._store.decisions.history(item_uid)

    # -- appeals --------------------------------------------------------------------------------------
    def file_appeal(
        self,
        item_uid: str,
        reason: str,
        *,
        recorded_by: str,
        complainant: str = "",
        channel: str = "page",
        decision_id: int | None = None,
        now: str | None = None,
    ) -> Appeal:
        """Record a complaint about a removal and open its task in the appeals queue.

        ``decision_id`` names the decision complained about (default: the item's current
        one); it must be a removal and not already under appeal."""
        if not reason.strip():
            raise ReviewError(f"appeal of item {item_uid!r}: say what the complaint is")
        if channel not in ("page", "api"):
            raise ReviewError(f"appeal of item {item_uid!r}: channel {channel!r} is not page or api")
        stamp = _stamp(now)
        with self._store.writing() as conn:
            if decision_id is None:
                row = conn.execute(
                    select(d).where(d.c.item_uid == item_uid, _current_decision())
                ).mappings().first()  # fmt: skip
            else:
                row = conn.execute(select(d).where(d.c.id == decision_id)).mappings().first()
                if row is not None and row["item_uid"] != item_uid:
                    raise ReviewError(f"decision {decision_id} is not about item {item_uid!r}")
            if row is None:
                raise ReviewError(f"appeal of item {item_uid!r}: no decision to appeal")
            if row["verdict"] != "remove" or row["shadow"]:
                raise ReviewError(
                    f"appeal of item {item_uid!r}: decision {row['id']} is {row['verdict']!r}; "
                    "only a removal can be appealed"
                )
            pending = conn.execute(
                select(ap.c.id).where(ap.c.decision_id == row["id"], ap.c.status == "open")
            ).scalar()  # fmt: skip
            if pending is not None:
                raise ReviewError(
                    f"decision {row['id']} on item {item_uid!r} is under appeal already (#{pending})"
                )
            original = row["actor"] if row["actor_kind"] == "human" else ""
            appeal_id = conn.execute(
                insert(ap).values(
                    item_uid=item_uid, decision_id=row["id"], original_actor=original,
                    complainant=complainant, channel=channel, reason=reason.strip(), received_at=stamp,
                    due_at=_later(stamp, days=APPEAL_DAYS), recorded_by=recorded_by, status="open",
                ).returning(ap.c.id)
            ).scalar_one()  # fmt: skip
            conn.execute(
                insert(t).values(
                    item_uid=item_uid, kind="appeal", source_key=f"a:{appeal_id}", queue=APPEALS_QUEUE,
                    priority=0, urgent=0, urgent_reason="", decision_id=row["id"], appeal_id=appeal_id,
                    exclude_actor=original or None, blind=0, queued_at=stamp, status="open",
                )
            )  # fmt: skip
            self._audit(recorded_by, "appeal.file", item_uid, {
                "appeal_id": appeal_id, "decision_id": row["id"], "channel": channel,
                "complainant": complainant,
            })  # fmt: skip
            return _appeal(conn.execute(select(ap).where(ap.c.id == appeal_id)).mappings().one())

    def answer_appeal(
        self, task_id: int, reviewer: str, outcome: str, *, note: str = "", now: str | None = None
    ) -> Decision:
        """Answer the appeal of the task ``reviewer`` holds: ``upheld`` (the removal stands, a
        decision saying so) or ``reinstated`` (an ``allow`` decision)."""
        if outcome not in OUTCOMES:
            raise ReviewError(f"appeal outcome {outcome!r} is not one of {', '.join(OUTCOMES)}")
        stamp = _stamp(now)
        with self._store.writing() as conn:
            task = self._held(conn, task_id, reviewer, stamp)
            if task.kind != "appeal" or task.appeal_id is None:
                raise ReviewError(f"task {task_id} is not an appeal")
            appeal = _appeal(conn.execute(select(ap).where(ap.c.id == task.appeal_id)).mappings().one())
            if appeal.original_actor and appeal.original_actor == reviewer:
                raise ReviewError(
                    f"appeal {appeal.id}: {reviewer} made the decision appealed; someone else must"
                )
            verdict = "remove" if outcome == "upheld" else "allow"
            [decision] = self._store.decisions.append(
                Decision(task.item_uid, verdict, actor_kind="human", actor=reviewer,
                         reason_code=f"appeal_{outcome}", note=note, decided_at=stamp)
            )  # fmt: skip
            self._close(conn, task, decision, stamp)
            conn.execute(
                update(ap).where(ap.c.id == appeal.id).values(
                    status="answered", outcome=outcome, answered_by=reviewer, answered_at=stamp,
                    outcome_decision_id=decision.id,
                )
            )  # fmt: skip
            self._audit(reviewer, "appeal.answer", task.item_uid, {
                "appeal_id": appeal.id, "outcome": outcome, "decision_id": decision.id, "note": note,
            })  # fmt: skip
        return decision

    def appeals(self, *, status: str | None = None, item_uid: str | None = None) -> list[Appeal]:
        """Appeals, the soonest due first."""
        stmt = select(ap)
        if status is not None:
            stmt = stmt.where(ap.c.status == status)
        if item_uid is not None:
            stmt = stmt.where(ap.c.item_uid == item_uid)
        with self._store.reading() as conn:
            return [_appeal(r) for r in conn.execute(stmt.order_by(ap.c.due_at, ap.c.id)).mappings()]

    def appeal(self, appeal_id: int) -> Appeal | None:
        with self._store.reading() as conn:
            row = conn.execute(select(ap).where(ap.c.id == appeal_id)).mappings().first()
        return _appeal(row) if row is not None else None

    # -- reviewer preferences and the allow list -----------------------------------------------------
    def prefs(self, username: str) -> Prefs:
        with self._store.reading() as conn:
            row = conn.execute(select(rp).where(rp.c.username == username)).mappings().first()
        return Prefs(username, bool(row["reveal_media"])) if row is not None else Prefs(username)

    def set_prefs(self, username: str, *, reveal_media: bool) -> Prefs:
        stamp = now_iso_micro()
        with self._store.writing() as conn:
            done = conn.execute(
                update(rp).where(rp.c.username == username)
                .values(reveal_media=int(reveal_media), updated_at=stamp)
            ).rowcount  # fmt: skip
            if not done:
                conn.execute(
                    insert(rp).values(username=username, reveal_media=int(reveal_media), updated_at=stamp)
                )
        return Prefs(username, reveal_media)

    def allow_listed(self, content_sha256: str) -> bool:
        with self._store.reading() as conn:
            return (
                conn.execute(select(al.c.content_sha256).where(al.c.content_sha256 == content_sha256)).first()
                is not None
            )

    # -- other copies of an item's content ------------------------------------------------------------
    def copies(self, item_uid: str, *, limit: int = 20) -> dict[str, tuple[int, list[str]]]:
        """Other items carrying the same content, by how they are the same: ``exact`` (same
        content hash), ``media`` (the same media file), ``bank_entry`` (matched the same bank
        entry: a PDQ, vPDQ or near-duplicate text match of the same listed content). Each is
        ``(count, the first uids)``."""
        mine_media = select(im_media.c.media_sha256).where(im_media.c.item_uid == item_uid)
        mine_entries = (
            select(im.c.entry_id)
            .where(im.c.item_uid == item_uid)
            .union(select(mm.c.entry_id).where(mm.c.media_sha256.in_(mine_media)))
        )
        sha = select(it.c.content_sha256).where(it.c.uid == item_uid).scalar_subquery()
        queries = {
            "exact": select(it.c.uid.label("uid")).where(it.c.content_sha256 == sha),
            "media": select(im_media.c.item_uid.label("uid")).where(im_media.c.media_sha256.in_(mine_media)),
            "bank_entry": select(im.c.item_uid.label("uid")).where(im.c.entry_id.in_(mine_entries)).union(
                select(im_media.c.item_uid.label("uid")).select_from(
                    im_media.join(mm, mm.c.media_sha256 == im_media.c.media_sha256)
                ).where(mm.c.entry_id.in_(mine_entries))
            ),
        }  # fmt: skip
        out: dict[str, tuple[int, list[str]]] = {}
        with self._store.reading() as conn:
            for name, query in queries.items():
                sub = query.subquery()
                others = select(sub.c.uid).where(sub.c.uid != item_uid).distinct()
                count = int(conn.execute(select(func.count()).select_from(others.subquery())).scalar_one())
                first = list(conn.execute(others.order_by(sub.c.uid).limit(limit)).scalars())
                out[name] = (count, first)
        return out

    # -- quality --------------------------------------------------------------------------------------
    def quality(self) -> Quality:
        """Each reviewer's decisions (remove or allow) that a later check — an appeal's answer,
        a second look or a golden-set check by someone else — looked at again, and how many of
        those the check overturned; per reviewer and per reviewer and reason code."""
        checks = select(t.c.closed_decision_id).where(
            t.c.kind.in_(("appeal", "second_look", "golden")), t.c.closed_decision_id.is_not(None)
        )
        stmt = select(d.c.id, d.c.item_uid, d.c.actor, d.c.verdict, d.c.reason_code, d.c.shadow).where(
            d.c.actor_kind == "human", d.c.verdict.in_(("remove", "allow"))
        )
        with self._store.reading() as conn:
            check_ids = set(conn.execute(checks).scalars())
            rows = list(conn.execute(stmt.order_by(d.c.item_uid, d.c.id)).mappings())
        out = Quality()
        by_item: dict[str, list[Any]] = defaultdict(list)
        for r in rows:
            by_item[r["item_uid"]].append(r)
        for history in by_item.values():
            for i, first in enumerate(history):
                if first["shadow"]:  # a golden-set check measures; it is not itself judged
                    continue
                out.decided[first["actor"]] = out.decided.get(first["actor"], 0) + 1
                check = next(
                    (c for c in history[i + 1 :] if c["id"] in check_ids and c["actor"] != first["actor"]),
                    None,
                )
                if check is None:
                    continue
                for row in (
                    out.by_reviewer.setdefault(first["actor"], QualityRow()),
                    out.by_reason.setdefault((first["actor"], first["reason_code"]), QualityRow()),
                ):
                    row.checked += 1
                    row.overturned += int(check["verdict"] != first["verdict"])
        return out

    # -- the golden set -------------------------------------------------------------------------------
    def requeue_golden(
        self, sample: int, *, actor: str, seed: int | None = None, now: str | None = None
    ) -> list[Task]:
        """Re-queue a random ``sample`` of items whose current decision is a person's remove or
        allow, blind, in the ``golden`` queue, for anyone but who decided."""
        if sample < 1:
            raise ReviewError(f"a golden-set sample needs at least one item, not {sample}")
        stamp = _stamp(now)
        busy = exists().where(t.c.item_uid == d.c.item_uid, t.c.status == "open")
        stmt = select(d.c.id, d.c.item_uid, d.c.actor).where(
            _current_decision(), d.c.actor_kind == "human", d.c.verdict.in_(("remove", "allow")), ~busy
        )
        with self._store.writing() as conn:
            pool = [dict(r) for r in conn.execute(stmt.order_by(d.c.id)).mappings()]
            chosen = random.Random(seed).sample(pool, min(sample, len(pool)))
            rows = [{
                "item_uid": r["item_uid"], "kind": "golden", "source_key": f"g:{r['id']}:{stamp}",
                "queue": GOLDEN_QUEUE, "priority": 0, "urgent": 0, "urgent_reason": "",
                "decision_id": r["id"], "appeal_id": None, "exclude_actor": r["actor"], "blind": 1,
                "queued_at": stamp, "status": "open",
            } for r in sorted(chosen, key=lambda r: r["id"])]  # fmt: skip
            if rows:
                conn.execute(insert(t), rows)
            self._audit(actor, "review.golden", GOLDEN_QUEUE, {"sample": len(rows), "asked": sample})
            keys = [r["source_key"] for r in rows]
            if not keys:
                return []
            found = conn.execute(select(t).where(t.c.source_key.in_(keys)).order_by(t.c.id)).mappings()
            return [_task(r) for r in found]


__all__ = [
    "ACTIONS",
    "ACTIONS_BY_NAME",
    "APPEALS_QUEUE",
    "APPEAL_DAYS",
    "CLAIM_MINUTES",
    "ESCALATION_QUEUE",
    "GOLDEN_QUEUE",
    "OUTCOMES",
    "SECOND_LOOK_QUEUE",
    "Action",
    "Appeal",
    "Prefs",
    "Quality",
    "QualityRow",
    "QueueCount",
    "Review",
    "ReviewError",
    "Task",
    "urgency",
]
