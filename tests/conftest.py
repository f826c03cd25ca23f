"""Shared fixtures: a real store on SQLite and on PostgreSQL.

Every test that takes ``store`` or ``db_url`` runs twice: once on a fresh SQLite file
and once on the PostgreSQL server (``VIGIL_TEST_PG_URL``, default the local ``test``
database), each in a schema of its own that is dropped afterwards. Deselect the
PostgreSQL half with ``-m 'not postgres'`` where no server runs.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from vigil.store import Store, open_store

PG_URL = os.environ.get("VIGIL_TEST_PG_URL", "postgresql://127.0.0.1:5432/test")
REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


def _drop_schema(schema: str) -> None:
    import psycopg

    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'vigil.db'}"
        return
    schema = "t_" + uuid.uuid4().hex[:12]
    yield f"{PG_URL}?schema={schema}"
    _drop_schema(schema)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = open_store(db_url)
    yield s
    s.close()


@pytest.fixture
def shared_data() -> Path:
    if not (SHARED_DATA / "train.csv").exists():
        pytest.skip(f"shared training data not found at {SHARED_DATA}")
    return SHARED_DATA


def _load_devset_script(relative: str) -> ModuleType:
    path = REPO / "devsets" / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # before running it, so its dataclasses find their module
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def devset_script() -> Callable[[str], ModuleType]:
    """Imports a builder script under ``devsets/`` (not a package), e.g.
    ``devset_script("magazine/build_magazine.py")``."""
    return _load_devset_script
