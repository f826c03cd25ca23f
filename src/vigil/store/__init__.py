"""The store: the one seam between vigil and its database, SQLite or PostgreSQL.

``open_store(url)`` opens ``sqlite:///path.db`` (the embedded default; ``sqlite://``
alone is in-memory) or ``postgresql://host/db`` (several workers; a ``?schema=NAME``
query keeps vigil's tables in their own schema) and, by default, migrates it.

Everything vigil keeps is reached through one interface per concept, all on the
:class:`Store`::

    store.items           add, get, existing, iter, count   (verdicts derived from decisions)
    store.quarantine      add, list, by_reason
    store.runs            start, finish, list (also: store.runs())
    store.banks           create, get, list, set_enabled, add_entries, find, get_entry, set_entry_state,
                          remove_entry, exclude, exclusions, entries, entry_page, fingerprint
    store.media           add, pending, record, get, result, hashes, texts, matches, items_of, requeue, ...
    store.reports         key, item_rows, any_scored, has_table, columns, tables
    store.scores          add, history, latest
    store.item_matches    add, of_item
    store.decisions       append, history, histories, current, by_current   (append-only)
    store.review          feed, counts, tasks, claim_next, claim, release, decide, file_appeal,
                          answer_appeal, appeals, prefs, set_prefs, quality, requeue_golden
    store.jobs            enqueue, claim, heartbeat, complete, fail, retry, get, by_key, list, counts
    store.webhooks        add_endpoint, endpoints, remove_endpoint, emit (the outbox), events, deliveries
    store.access          users, tokens, sessions, login failures, secrets (digests of secrets only)
    store.audit           append, iter, of_target, verify   (append-only, hash-chained)

No code outside ``vigil/store`` writes SQL or holds a connection (``tests/test_store_seam.py``
checks). ``with store.transaction():`` is a unit of work on a pooled connection of its
own: calls inside it join it and it commits whole; calls outside one use a pooled
connection briefly. A Store is safe to share between threads, and several processes may
use one database (SQLite: WAL, one writer at a time; PostgreSQL: a pool per process).

The queries are SQLAlchemy Core over :mod:`vigil.store.schema`, shared by both
backends; :mod:`vigil.store.sqlite` and :mod:`vigil.store.postgres` hold what differs.
Migrations are Alembic revisions shipped in ``store/migrations`` and applied by
:func:`open_store` and ``vigil migrate`` (see :mod:`vigil.store.migrate`).
"""

from vigil.store.banks import Bank, BankEntry, NewEntry
from vigil.store.base import DEFAULT_URL, Store, open_store
from vigil.store.decisions import Decision, DecisionPage
from vigil.store.matches import ItemMatch
from vigil.store.scores import Score

__all__ = [
    "DEFAULT_URL",
    "Bank",
    "BankEntry",
    "Decision",
    "DecisionPage",
    "ItemMatch",
    "NewEntry",
    "Score",
    "Store",
    "open_store",
]
