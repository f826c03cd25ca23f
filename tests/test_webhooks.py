"""Webhooks for decisions on SQLite and PostgreSQL: the outbox commits with the decision, the
worker delivers to a real HTTP server on loopback, signatures verify with the reference
Standard Webhooks library, failures retry with backoff, and every attempt is logged."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from cryptography.fernet import Fernet
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from vigil.cli import main
from vigil.errors import UsageError
from vigil.jobs import Backoff, Worker
from vigil.store import Decision, Store
from vigil.webhooks import add_endpoint
from vigil.webhooks.delivery import WebhookJob
from vigil.webhooks.keys import ENV_FILE, ENV_KEY, SecretBox


class Receiver:
    """A real HTTP server on 127.0.0.1 that records each request and answers with the next
    status of ``statuses`` (the last one repeats)."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = list(statuses)
        self.requests: list[tuple[dict[str, str], bytes]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                receiver.requests.append(({k.lower(): v for k, v in self.headers.items()}, body))
                status = receiver.statuses.pop(0) if len(receiver.statuses) > 1 else receiver.statuses[0]
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/vigil"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def key(monkeypatch: pytest.MonkeyPatch) -> bytes:
    k = Fernet.generate_key()
    monkeypatch.setenv(ENV_KEY, k.decode())
    return k


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver([200])
    yield r
    r.close()


def _worker(store: Store) -> Worker:
    return Worker(store, [WebhookJob()], backoff=Backoff(base=0.05), poll=0.02, log=io.StringIO())


def _decide(store: Store, uid: str = "item-1", **kw: Any) -> Decision:
    [d] = store.decisions.append(Decision(item_uid=uid, verdict="queue", queue="review", priority=3, **kw))
    return d


def test_a_decision_is_delivered_signed_and_logged(store: Store, key: bytes, receiver: Receiver) -> None:
    endpoint, secret = add_endpoint(store, receiver.url, description="trust and safety")
    decision = _decide(store, rule_id="bank-match")
    [event] = store.webhooks.events()
    assert (event["endpoint_id"], event["subject"], event["job_status"]) == (endpoint.id, "item-1", "queued")
    assert _worker(store).run(until_settled=True)["done"] == 1
    [(headers, body)] = receiver.requests
    payload = Webhook(secret).verify(body, headers)  # the reference implementation checks the signature
    assert payload["type"] == "decision.created"
    assert payload["data"]["id"] == decision.id and payload["data"]["rule_id"] == "bank-match"
    assert (payload["data"]["verdict"], payload["data"]["queue"]) == ("queue", "review")
    assert headers["webhook-id"] == event["msg_id"] and headers["content-type"] == "application/json"
    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify(body.replace(b"review", b"allow_"), headers)
    [delivery] = store.webhooks.deliveries()
    assert (delivery["ok"], delivery["status_code"], delivery["attempt"]) == (True, 200, 1)
    delivered = store.webhooks.event(event["id"])
    assert delivered is not None and delivered.delivered_at is not None
    assert store.webhooks.events()[0]["job_status"] == "done"


def test_a_failing_endpoint_is_retried_with_backoff_until_it_answers(store: Store, key: bytes) -> None:
    flaky = Receiver([500, 503, 200])
    try:
        _endpoint, secret = add_endpoint(store, flaky.url)
        _decide(store)
        counts = _worker(store).run(until_settled=True)
    finally:
        flaky.close()
    assert counts == {"done": 1, "retried": 2, "dead": 0, "lost": 0}
    assert len(flaky.requests) == 3
    assert len({h["webhook-id"] for h, _ in flaky.requests}) == 1  # one message, three attempts
    assert len({b for _, b in flaky.requests}) == 1
    for headers, body in flaky.requests:
        Webhook(secret).verify(body, headers)
    log = store.webhooks.deliveries()
    assert [(d["attempt"], d["status_code"], d["ok"]) for d in log] == [
        (3, 200, True), (2, 503, False), (1, 500, False),
    ]  # fmt: skip
    assert log[1]["error"] == "HTTP 503"
    [event] = store.webhooks.events()
    assert (event["job_status"], event["attempts"]) == ("done", 3)


def test_an_unreachable_endpoint_is_logged_and_retried(store: Store, key: bytes) -> None:
    gone = Receiver([200])
    url = gone.url
    gone.close()  # nothing listens on that port any more
    add_endpoint(store, url)
    _decide(store)
    worker = _worker(store)
    assert worker.run(max_jobs=1)["retried"] == 1
    [delivery] = store.webhooks.deliveries()
    assert delivery["ok"] is False and delivery["status_code"] is None and "ConnectError" in delivery["error"]
    [event] = store.webhooks.events()
    assert event["job_status"] == "queued" and "ConnectError" in event["last_error"]


def test_410_gone_disables_the_endpoint(store: Store, key: bytes) -> None:
    gone = Receiver([410])
    try:
        endpoint, _ = add_endpoint(store, gone.url)
        _decide(store)
        assert _worker(store).run(until_settled=True)["dead"] == 1
    finally:
        gone.close()
    found = store.webhooks.endpoint(endpoint.id)
    assert found is not None and not found.enabled
    _decide(store, "item-2")
    assert len(store.webhooks.events()) == 1  # a disabled endpoint gets no new events


def test_the_event_commits_with_the_decision_or_not_at_all(
    store: Store, key: bytes, receiver: Receiver
) -> None:
    add_endpoint(store, receiver.url)
    with pytest.raises(RuntimeError), store.transaction():
        _decide(store, "rolled-back")
        raise RuntimeError("the unit of work fails after the decision was appended")
    assert store.decisions.history("rolled-back") == []
    assert store.webhooks.events() == [] and store.jobs.counts()["queued"] == 0
    _decide(store, "shadowed", shadow=True)
    assert store.webhooks.events() == []  # a shadow decision acts on nothing, webhooks included
    with store.transaction():
        _decide(store, "kept")
    [event] = store.webhooks.events()
    assert event["subject"] == "kept"
    assert store.jobs.counts()["queued"] == 1


def test_every_enabled_endpoint_gets_its_own_event(store: Store, key: bytes) -> None:
    a, b = Receiver([200]), Receiver([200])
    try:
        ea, secret_a = add_endpoint(store, a.url)
        eb, secret_b = add_endpoint(store, b.url)
        assert secret_a != secret_b
        removed, _ = add_endpoint(store, b.url + "/old")
        assert store.webhooks.remove_endpoint(removed.id)
        store.decisions.append([Decision(item_uid=f"i{n}", verdict="allow") for n in range(3)])
        assert _worker(store).run(until_settled=True)["done"] == 6
    finally:
        a.close()
        b.close()
    assert len(a.requests) == 3 and len(b.requests) == 3
    for h, body in a.requests:
        Webhook(secret_a).verify(body, h)
        with pytest.raises(WebhookVerificationError):
            Webhook(secret_b).verify(body, h)
    assert {e["endpoint_id"] for e in store.webhooks.events()} == {ea.id, eb.id}


def test_a_removed_endpoint_is_not_sent_its_pending_events(
    store: Store, key: bytes, receiver: Receiver
) -> None:
    endpoint, _ = add_endpoint(store, receiver.url)
    _decide(store)
    store.webhooks.remove_endpoint(endpoint.id)
    assert _worker(store).run(until_settled=True)["dead"] == 1
    assert receiver.requests == []
    assert "was removed" in store.webhooks.events()[0]["last_error"]


def test_secrets_are_stored_encrypted_under_a_key_outside_the_database(store: Store, key: bytes) -> None:
    endpoint, secret = add_endpoint(store, "https://example.org/hook")
    rows = store.query("SELECT secret_encrypted FROM webhook_endpoints")
    assert secret not in json.dumps(rows) and secret.removeprefix("whsec_") not in json.dumps(rows)
    assert SecretBox(key).decrypt(endpoint.secret_encrypted) == secret
    with pytest.raises(UsageError, match="does not decrypt"):
        SecretBox(Fernet.generate_key()).decrypt(endpoint.secret_encrypted)
    assert "secret" not in json.dumps(endpoint.to_dict())


def test_a_key_file_is_made_once_with_owner_only_access(
    store: Store, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_KEY, raising=False)
    monkeypatch.setenv(ENV_FILE, str(tmp_path / "conf" / "secret.key"))
    with pytest.raises(UsageError, match="no secret key"):
        SecretBox().encrypt("x")
    endpoint, secret = add_endpoint(store, "http://127.0.0.1:9/hook")
    path = tmp_path / "conf" / "secret.key"
    assert path.stat().st_mode & 0o777 == 0o600
    assert SecretBox().decrypt(endpoint.secret_encrypted) == secret
    add_endpoint(store, "http://127.0.0.1:9/other")
    assert SecretBox(path.read_bytes().strip()).decrypt(endpoint.secret_encrypted) == secret


def test_bad_endpoints_are_refused(store: Store, key: bytes) -> None:
    with pytest.raises(UsageError, match="invalid webhook URL"):
        add_endpoint(store, "ftp://example.org/x")
    with pytest.raises(UsageError, match=r"unknown event type item\.deleted"):
        add_endpoint(store, "https://example.org/x", event_types=["item.deleted"])
    assert store.webhooks.endpoints() == []


def test_cli_add_list_remove_deliveries(
    store: Store, key: bytes, receiver: Receiver, capsys: pytest.CaptureFixture[str]
) -> None:
    url = store.url
    assert main(["webhooks", "add", receiver.url, "--db", url, "--description", "platform"]) == 0
    out = capsys.readouterr().out
    secret = out.split()[-1]
    assert secret.startswith("whsec_") and "endpoint 1:" in out
    _decide(store)
    _worker(store).run(until_settled=True)
    Webhook(secret).verify(receiver.requests[0][1], receiver.requests[0][0])
    assert main(["webhooks", "list", "--db", url]) == 0
    assert f"1\t{receiver.url}\tenabled\tdecision.created\tplatform" in capsys.readouterr().out
    assert main(["webhooks", "deliveries", "--db", url]) == 0
    line = capsys.readouterr().out
    assert "endpoint 1" in line and "attempt 1\t200\tok" in line
    assert main(["webhooks", "remove", "1", "--db", url]) == 0
    capsys.readouterr()
    assert main(["webhooks", "list", "--db", url]) == 0
    assert capsys.readouterr().out == ""
    assert main(["webhooks", "list", "--all", "--format", "jsonl", "--db", url]) == 0
    assert json.loads(capsys.readouterr().out)["removed_at"]
    assert main(["webhooks", "remove", "7", "--db", url]) == 2
    assert "no webhook endpoint with id 7" in capsys.readouterr().err
