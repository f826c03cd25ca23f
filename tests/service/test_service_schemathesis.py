"""Schemathesis against ``/openapi.json``: generated requests to every documented operation,
with a token holding every scope, never get a 5xx (a bounded number of examples each), and
every 4xx carries the machine-readable error body."""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from service_helpers import token

from vigil.service import create_app
from vigil.service.accounts import SCOPES
from vigil.store import Store

EXAMPLES = 25


def test_no_server_errors(store: Store) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(store))
    headers = {"Authorization": f"Bearer {token(store, *SCOPES)}"}
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 6
    seen: dict[str, set[int]] = {}
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
            database=None,
            derandomize=True,  # the same examples every run: CI sees what the author saw
        )
        def run(case: Any) -> None:
            response = case.call(headers=headers)
            seen.setdefault(f"{case.method} {case.operation.path}", set()).add(response.status_code)
            assert response.status_code < 500, (
                case.method,
                case.path,
                response.status_code,
                response.text[:500],
            )
            if response.status_code >= 400:
                assert response.json()["error"]["code"], response.text[:300]

        run()
    # the token was accepted: generated requests got through to the routes
    assert 200 in seen["POST /api/v1/text"] and 200 in seen["GET /api/v1/items"], seen
