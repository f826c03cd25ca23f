"""Fixtures for the web service: the app over a real store (SQLite and PostgreSQL, from the
root ``db_url``/``store`` fixtures) and a client that talks HTTP to it in-process."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from service_helpers import BASE

from vigil.service import create_app
from vigil.store import Store


@pytest.fixture(autouse=True)
def service_env(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Uploaded media go to a temporary folder; webhook secrets are encrypted with a test key."""
    from cryptography.fernet import Fernet

    monkeypatch.setenv("VIGIL_MEDIA_DIR", str(tmp_path_factory.mktemp("media")))
    monkeypatch.setenv("VIGIL_SECRET_KEY", Fernet.generate_key().decode())


@pytest.fixture
def app(store: Store) -> FastAPI:
    return create_app(store)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, base_url=BASE, follow_redirects=False) as c:
        yield c
