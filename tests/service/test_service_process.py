"""``vigil serve`` as a real process on loopback, called over HTTP as a platform would: the
README's flow (a user, a token, a verdict, a lookup, /login) on SQLite, and several workers
on PostgreSQL; SIGTERM stops it cleanly."""

from __future__ import annotations

import hashlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from service_helpers import PASSWORD, csrf_from

from vigil.signals.banks import NewEntry, add_entries, create_bank
from vigil.store import open_store

VIGIL = [sys.executable, "-m", "vigil"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def vigil(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([*VIGIL, *args], input=stdin, capture_output=True, text=True, timeout=120)


@pytest.fixture
def served(db_url: str, tmp_path: Path) -> Iterator[tuple[str, str, subprocess.Popen[str]]]:
    workers = "1" if db_url.startswith("sqlite") else "2"
    port = _free_port()
    log = open(tmp_path / "serve.log", "w+")  # noqa: SIM115
    args = ["serve", "--db", db_url, "--port", str(port), "--workers", workers, "--log-level", "warning"]
    proc = subprocess.Popen(
        [*VIGIL, *args],
        stdout=log, stderr=subprocess.STDOUT, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{base}/api/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, (tmp_path / "serve.log").read_text()
            assert time.monotonic() < deadline, "vigil serve did not answer in time"
            time.sleep(0.3)
        yield db_url, base, proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        log.close()


def test_the_readme_flow_against_a_real_server(served: tuple[str, str, subprocess.Popen[str]]) -> None:
    db, base, proc = served
    data = b"the bytes of a listed image"
    with open_store(db) as store:
        create_bank(store, "demo")
        add_entries(store, "demo", [NewEntry("sha256", hashlib.sha256(data).hexdigest())])
    assert (
        vigil("users", "add", "alice", "--role", "admin", "--db", db, stdin=PASSWORD + "\n").returncode == 0
    )
    out = vigil("tokens", "create", "my-platform", "--scope", "submit", "--scope", "lookup", "--db", db)
    assert out.returncode == 0, out.stderr
    secret = out.stdout.split()[-1]  # the token is the last word printed
    auth = {"Authorization": f"Bearer {secret}"}

    with httpx.Client(base_url=base, timeout=60) as http:
        r = http.post(
            "/api/v1/text",
            headers=auth,
            json={"text": "Doctors, the hospitals of the Islamic State need you"},
        )
        assert r.status_code == 200, r.text
        assert r.json()["verdict"] in ("queue", "remove", "allow") and "score" in r.json()
        deadline = time.monotonic() + 30  # the bank was made before start: the first lookup sees it
        found = []
        while not found and time.monotonic() < deadline:
            r = http.get(
                "/api/v1/lookup",
                headers=auth,
                params={"signal_type": "sha256", "signal": hashlib.sha256(data).hexdigest()},
            )
            found = r.json()["matches"]
        assert found and found[0]["bank"] == "demo"
        assert http.get("/api/v1/items", headers=auth).status_code == 403  # no items:read scope
        assert http.get("/api/v1/items").status_code == 401

        form = http.get("/login")
        r = http.post(
            "/login", data={"username": "alice", "password": PASSWORD, "csrf_token": csrf_from(form.text)}
        )
        assert r.status_code == 303
        me = http.get("/api/v1/me")
        assert me.status_code == 200 and me.json()["role"] == "admin"

    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 0
    assert vigil("audit", "verify", "--db", db).returncode == 0


def test_several_workers_need_postgresql(tmp_path: Path) -> None:
    r = vigil("serve", "--db", f"sqlite:///{tmp_path / 'x.db'}", "--workers", "2")
    assert r.returncode == 2 and "PostgreSQL" in r.stderr and "Traceback" not in r.stderr
    assert re.search(r"^vigil: error: ", r.stderr)
