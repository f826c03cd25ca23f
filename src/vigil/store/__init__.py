"""One storage interface, two real backends.

``open_store(url)`` returns a :class:`Store` for ``sqlite:///path.db`` (the embedded
default; ``sqlite://`` alone is in-memory) or ``postgresql://host/db`` (for several
workers). Both speak the same methods; SQL written for the store uses ``?``
placeholders and the PostgreSQL backend translates them. A ``?schema=NAME`` query on a
PostgreSQL URL keeps vigil's tables in their own schema (the tests use one per test).

Migrations are the ordered ``NNNN_name.sql`` files in ``store/migrations``; each one
that has been applied is recorded in ``schema_migrations``.
"""

from vigil.store.base import Store, open_store

__all__ = ["Store", "open_store"]
