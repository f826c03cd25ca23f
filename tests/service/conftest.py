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


@pytest.fixture
def app(store: Store) -> FastAPI:
    return create_app(store)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, base_url=BASE, follow_redirects=False) as c:
        yield c
