"""Media, jobs, banks and webhook endpoints over the API, on SQLite and PostgreSQL, through real
HTTP requests to the app: uploads matched at once and judged by a worker, refusals that keep
nothing, every bank operation the CLI has (each with its audit row), webhook endpoints."""

from __future__ import annotations

import io
import json
import struct
import zlib
from collections.abc import Sequence
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from service_helpers import bearer, png_bytes, token
from standardwebhooks.webhooks import Webhook

from vigil.classify import Verdict
from vigil.items import sha256_file
from vigil.jobs import MediaJob, Worker
from vigil.jobs.uploads import ENV_MEDIA_DIR
from vigil.media.process import Options
from vigil.service import app as service_app
from vigil.store import Store
from vigil.webhooks.keys import SecretBox


class Quiet:
    """The ``Detector`` seam: every text scores low (the bank match decides)."""

    version = "quiet"
    threshold = 0.5

    def score(self, texts: Sequence[str], langs: Sequence[str] | None = None) -> list[Verdict]:
        return [Verdict(0.01, False) for _ in texts]


def bomb() -> bytes:
    """A 1 KB PNG that declares 40000 × 40000 pixels."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    head = chunk(b"IHDR", struct.pack(">IIBBBBB", 40000, 40000, 8, 0, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + head + chunk(b"IDAT", zlib.compress(b"\x00" * 40001)) + chunk(b"IEND", b"")


def _actions(store: Store, target: str) -> list[str]:
    return [a.action for a in store.audit.of_target(target)]


def _upload(client: TestClient, secret: str, data: bytes, name: str = "upload.bin", **form: str) -> object:
    return client.post(
        "/api/v1/media",
        headers=bearer(secret),
        files={"file": (name, data, "application/octet-stream")},
        data=form,
    )


def test_an_upload_is_matched_now_and_judged_by_a_worker(
    store: Store, client: TestClient, tmp_path: Path
) -> None:
    data = png_bytes(5)
    (tmp_path / "known.png").write_bytes(data)
    banks = bearer(token(store, "banks:write", name="banks"))
    assert (
        client.post(
            "/api/v1/banks", json={"name": "known", "labels": {"theme": "utopia"}}, headers=banks
        ).status_code
        == 201
    )
    from vigil.signals.banks import add_entries, hash_file_entries

    add_entries(store, "known", hash_file_entries(tmp_path / "known.png"))
    submit = token(store, "submit", name="platform")
    r = _upload(client, submit, data, author="acct-9", platform="example")
    assert r.status_code == 202, r.text  # type: ignore[attr-defined]
    body = r.json()  # type: ignore[attr-defined]
    sha = sha256_file(str(tmp_path / "known.png"))
    assert (body["sha256"], body["kind"], body["mime"]) == (sha, "image", "image/png")
    assert {m["signal_type"] for m in body["matches"]} >= {"sha256", "md5", "pdq"}
    assert all(m["labels"]["theme"] == "utopia" for m in body["matches"])
    job = body["job"]
    assert job["status"] == "queued" and r.headers["location"] == job["url"]  # type: ignore[attr-defined]
    assert client.get(job["url"], headers=bearer(submit)).json()["status"] == "queued"
    Worker(store, [MediaJob(Options(ocr=False), detector=Quiet())], log=io.StringIO()).run(until_idle=True)
    done = client.get(job["url"], headers=bearer(submit)).json()
    assert done["status"] == "done" and done["result"]["matches"] >= 3 and done["attempts"] == 1
    reader = bearer(token(store, "items:read", name="reader"))
    item = client.get(f"/api/v1/items/{body['item_uid']}", headers=reader).json()
    assert item["author"] == "acct-9" and item["source"] == "api" and item["media"] == [sha]
    assert [d["verdict"] for d in item["decisions"]] in (
        ["queue"],
        ["remove"],
    )  # a bank match: before a person
    assert client.get("/api/v1/jobs/999999", headers=bearer(submit)).json()["error"]["code"] == "unknown_job"


@pytest.mark.parametrize(
    ("data", "status", "code"),
    [
        (bomb(), 422, "decompression_bomb"),
        (b"<html><body>a page, not a picture</body></html>", 415, "unsupported_type"),
        (b"", 400, "empty_file"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 64, 422, "not_an_image"),
    ],
    ids=["bomb", "html", "empty", "broken jpeg"],
)
def test_what_cannot_be_processed_is_refused_and_nothing_kept(
    store: Store, client: TestClient, data: bytes, status: int, code: str
) -> None:
    import os

    r = _upload(client, token(store, "submit"), data, name="photo.jpg")
    assert r.status_code == status, r.text  # type: ignore[attr-defined]
    error = r.json()["error"]  # type: ignore[attr-defined]
    assert error["code"] == code and "photo.jpg" in error["message"]
    assert store.count_items() == 0 and store.jobs.counts()["queued"] == 0
    folder = Path(os.environ[ENV_MEDIA_DIR])
    assert [p for p in folder.rglob("*") if p.is_file()] == []


def test_bad_requests_to_the_media_route(
    store: Store, client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    submit = bearer(token(store, "submit"))
    r = client.post("/api/v1/media", headers=submit, json={"file": "x"})
    assert r.status_code == 415 and r.json()["error"]["code"] == "unsupported_media_type"
    r = client.post("/api/v1/media", headers=submit, files={"other": ("a.png", png_bytes(), "image/png")})
    assert r.status_code == 422 and any("file" in d["loc"] for d in r.json()["error"]["detail"])
    monkeypatch.setitem(service_app.BODY_LIMITS, "/api/v1/media", 4096)  # a small limit: a 20 KB upload
    r = client.post("/api/v1/media", headers=submit, files={"file": ("a.png", png_bytes(), "image/png")})
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"
    assert store.count_items() == 0


def test_banks_over_the_api_as_the_cli_has_them(store: Store, client: TestClient, tmp_path: Path) -> None:
    w = bearer(token(store, "banks:write", name="writer"))
    rd = bearer(token(store, "banks:read", name="reader"))
    lookup = bearer(token(store, "lookup", name="lookup"))
    r = client.post(
        "/api/v1/banks",
        headers=w,
        json={"name": "tcap", "source": "TCAP", "labels": {"ideology": "jihadist"}},
    )
    assert r.status_code == 201 and r.json()["name"] == "tcap"
    assert (
        client.post("/api/v1/banks", headers=w, json={"name": "tcap"}).json()["error"]["code"]
        == "bank_exists"
    )
    assert client.post("/api/v1/banks", headers=w, json={"name": "has space"}).status_code == 422
    md5 = "0123456789abcdef0123456789abcdef"
    r = client.post(
        "/api/v1/banks/tcap/entries",
        headers=w,
        json={"signal_type": "md5", "signal": md5.upper(), "note": "x"},
    )
    assert r.status_code == 201 and r.json()["entry"]["signal"] == md5
    entry_id = r.json()["entry"]["id"]
    r = client.post("/api/v1/banks/tcap/entries", headers=w, json={"signal_type": "md5", "signal": md5})
    assert r.status_code == 200 and r.json() == {"added": False, "entry": r.json()["entry"]}
    r = client.post("/api/v1/banks/tcap/entries", headers=w, json={"signal_type": "md5", "signal": "xyz"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_signal"
    te_csv = "signal_type,signal,tags\nsha256," + "ab" * 32 + ",theme:war\nmd5,nothex,\n"
    r = client.post(
        "/api/v1/banks/tcap/import",
        params={"format": "te-csv"},
        headers={**w, "content-type": "text/csv"},
        content=te_csv,
    )
    assert r.status_code == 200 and (r.json()["added"], len(r.json()["invalid"])) == (1, 1)
    tcap = json.dumps([{"hash": "cd" * 32, "hash_type": "sha256", "group": "g1"}])
    r = client.post("/api/v1/banks/tcap/import", params={"format": "tcap-json"}, headers=w, content=tcap)
    assert r.json()["added"] == 1
    page = client.get("/api/v1/banks/tcap/entries", params={"limit": 2}, headers=rd).json()
    assert len(page["entries"]) == 2 and page["next_after"] is not None
    rest = client.get("/api/v1/banks/tcap/entries", params={"after": page["next_after"]}, headers=rd).json()
    assert len(rest["entries"]) == 1 and rest["next_after"] is None
    assert client.get("/api/v1/banks/tcap", headers=rd).json()["entries"] == 3
    found = client.get("/api/v1/lookup", params={"signal_type": "md5", "signal": md5}, headers=lookup).json()
    assert [m["entry"] for m in found["matches"]] == [entry_id]
    r = client.patch(
        f"/api/v1/banks/tcap/entries/{entry_id}", headers=w, json={"enabled": False, "note": "reviewed"}
    )
    assert r.status_code == 200 and r.json()["enabled"] is False and r.json()["note"] == "reviewed"
    assert (
        client.get("/api/v1/lookup", params={"signal_type": "md5", "signal": md5}, headers=lookup).json()[
            "matches"
        ]
        == []
    )
    exported = client.get("/api/v1/banks/tcap/export", params={"format": "te-csv"}, headers=rd)
    assert exported.headers["content-type"].startswith("text/csv")
    assert "ab" * 32 in exported.text and md5 not in exported.text  # disabled entries stay home
    assert client.patch("/api/v1/banks/tcap", headers=w, json={"enabled": False}).json()["enabled"] is False
    assert client.delete(f"/api/v1/banks/tcap/entries/{entry_id}", headers=w).status_code == 204
    assert (
        client.delete(f"/api/v1/banks/tcap/entries/{entry_id}", headers=w).json()["error"]["code"]
        == "unknown_entry"
    )
    assert client.get("/api/v1/banks/nope/entries", headers=rd).json()["error"]["code"] == "unknown_bank"
    assert _actions(store, "bank:tcap") == [
        "bank.create",
        "bank.entry.add",
        "bank.import",
        "bank.import",
        "bank.entry.state",
        "bank.disable",
        "bank.entry.remove",
    ]
    assert store.audit.verify().ok


def test_a_match_marked_false_positive_stops_matching_that_upload(
    store: Store, client: TestClient, tmp_path: Path
) -> None:
    data = png_bytes(5)
    (tmp_path / "known.png").write_bytes(data)
    from vigil.signals.banks import add_entries, create_bank, hash_file_entries

    create_bank(store, "known")
    add_entries(store, "known", hash_file_entries(tmp_path / "known.png"))
    submit = token(store, "submit")
    first = _upload(client, submit, data).json()  # type: ignore[attr-defined]
    assert first["matches"]
    w = bearer(token(store, "banks:write", name="writer"))
    for m in first["matches"]:
        r = client.post(
            f"/api/v1/banks/known/entries/{m['entry']}/exclusions",
            headers=w,
            json={"content_sha256": first["sha256"].upper(), "note": "our own photo"},
        )
        assert r.status_code == 201 and r.json()["new"] is True
    again = _upload(client, submit, data, author="someone else").json()  # type: ignore[attr-defined]
    assert again["sha256"] == first["sha256"] and again["matches"] == []
    assert _actions(store, "bank:known").count("bank.match.false_positive") == len(first["matches"])


def test_webhook_endpoints_over_the_api(store: Store, client: TestClient) -> None:
    hooks = bearer(token(store, "webhooks:write"))
    r = client.post(
        "/api/v1/webhooks", headers=hooks, json={"url": "https://platform.example/hook", "description": "T&S"}
    )
    assert r.status_code == 201
    endpoint = r.json()
    assert endpoint["secret"].startswith("whsec_") and endpoint["event_types"] == ["decision.created"]
    box = SecretBox()
    stored = store.webhooks.endpoint(endpoint["id"])
    assert stored is not None and box.decrypt(stored.secret_encrypted) == endpoint["secret"]
    Webhook(endpoint["secret"])  # a secret the reference library takes
    listed = client.get("/api/v1/webhooks", headers=hooks).json()["endpoints"]
    assert [e["id"] for e in listed] == [endpoint["id"]] and "secret" not in listed[0]
    assert client.get(f"/api/v1/webhooks/{endpoint['id']}/deliveries", headers=hooks).json() == {
        "deliveries": []
    }
    bad = client.post("/api/v1/webhooks", headers=hooks, json={"url": "ftp://x.example/"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "invalid_endpoint"
    assert (
        client.post(
            "/api/v1/webhooks", headers=hooks, json={"url": "https://x.example/", "event_types": []}
        ).status_code
        == 422
    )
    assert client.delete(f"/api/v1/webhooks/{endpoint['id']}", headers=hooks).status_code == 204
    assert client.delete(f"/api/v1/webhooks/{endpoint['id']}", headers=hooks).status_code == 404
    assert client.get("/api/v1/webhooks", headers=hooks).json()["endpoints"] == []
    target = f"webhook:{endpoint['id']}"
    assert _actions(store, target) == ["webhook.add", "webhook.remove"]
    assert endpoint["secret"] not in json.dumps([a.detail for a in store.audit.of_target(target)])
