"""The whole path as a platform meets it, in real processes: ``vigil serve`` takes an upload over
HTTP and answers its bank matches, ``vigil worker`` runs the media stage, the decision it makes
is POSTed, signed, to a webhook receiver on loopback — on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest
from cryptography.fernet import Fernet
from standardwebhooks.webhooks import Webhook

from vigil.media.synth import photo

VIGIL = [sys.executable, "-m", "vigil"]


class Inbox(BaseHTTPRequestHandler):
    received: ClassVar[list[tuple[dict[str, str], bytes]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        Inbox.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def inbox() -> Iterator[str]:
    Inbox.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Inbox)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hooks"
    server.shutdown()
    server.server_close()


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _until(what: str, check: Any, proc: subprocess.Popen[str], seconds: float = 180) -> Any:
    deadline = time.monotonic() + seconds
    while not (found := check()):
        assert proc.poll() is None, f"{proc.args[3]} exited while waiting for {what}"
        assert time.monotonic() < deadline, f"no {what} within {seconds} s"
        time.sleep(0.2)
    return found


def _stop(proc: subprocess.Popen[str]) -> int:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return int(proc.returncode)


def test_upload_worker_decision_webhook(db_url: str, tmp_path: Path, inbox: str) -> None:
    env = {
        **os.environ,
        "VIGIL_MEDIA_DIR": str(tmp_path / "media"),
        "VIGIL_SECRET_KEY": Fernet.generate_key().decode(),
        "PYTHONUNBUFFERED": "1",
    }

    def vigil(*args: str) -> str:
        done = subprocess.run(
            [*VIGIL, *args, "--db", db_url], capture_output=True, text=True, env=env, timeout=300
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    photo(7).save(tmp_path / "listed.png")
    vigil("bank", "create", "listed")
    vigil("bank", "add", "listed", str(tmp_path / "listed.png"), "--label", "theme=utopia")
    secret = vigil("webhooks", "add", inbox).split()[-1]
    token = vigil("tokens", "create", "platform", "--scope", "submit").split()[-1]
    port = _port()
    log = (tmp_path / "serve.log").open("w")
    serve = subprocess.Popen(
        [*VIGIL, "serve", "--db", db_url, "--port", str(port), "--log-level", "warning"],
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    worker = subprocess.Popen(
        [*VIGIL, "worker", "--db", db_url, "--no-asr", "--poll", "0.2"],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    base, auth = f"http://127.0.0.1:{port}", {"Authorization": f"Bearer {token}"}
    try:

        def up() -> bool:
            try:
                return httpx.get(f"{base}/api/v1/health", timeout=2).status_code == 200
            except httpx.TransportError:
                return False

        _until("answer from vigil serve", up, serve)
        data = (tmp_path / "listed.png").read_bytes()
        r = httpx.post(
            f"{base}/api/v1/media",
            headers=auth,
            files={"file": ("x.bin", data)},
            data={"author": "acct-1", "platform": "example"},
            timeout=120,
        )
        assert r.status_code == 202, r.text
        upload = r.json()
        assert {m["bank"] for m in upload["matches"]} == {"listed"}
        job_url = base + upload["job"]["url"]

        def done() -> dict[str, Any] | None:
            job = httpx.get(job_url, headers=auth, timeout=10).json()
            return job if job["status"] in ("done", "dead") else None

        job = _until("finished media job", done, worker)
        assert job["status"] == "done", job
        headers, body = _until("webhook delivery", lambda: Inbox.received[:1], worker)[0]
        event = Webhook(secret).verify(body, headers)
        assert event["type"] == "decision.created"
        assert event["data"]["item_uid"] == upload["item_uid"] and event["data"]["verdict"] in (
            "queue",
            "remove",
        )
    finally:
        worker_rc = _stop(worker)
        _stop(serve)
        log.close()
    assert worker_rc == 0
    assert worker.stderr is not None and "stopped:" in worker.stderr.read()
    deliveries = vigil("webhooks", "deliveries", "--format", "jsonl")
    assert [json.loads(line)["ok"] for line in deliveries.splitlines()] == [True]
