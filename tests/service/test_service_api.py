"""The content API over real HTTP (in-process) on SQLite and PostgreSQL: text verdicts, hash
lookups, items with their history; bad input answered with a 4xx and a machine-readable body,
nothing half-written."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from fastapi.testclient import TestClient
from service_helpers import bearer, person, seed_item, token

from vigil.signals.banks import NewEntry, add_entries, create_bank
from vigil.store import Decision, Store

PITCH = (
    "Brothers and sisters in medicine: the hospitals of the Islamic State need doctors and nurses. "
    "Make hijrah to the Khilafah and serve the Muslims."
)
JSON = {"content-type": "application/json"}
ORDINARY = "The bakery on the corner has fresh bread again; we had it with soup tonight."


def _counts(store: Store) -> dict[str, int]:
    return {
        t: store.query(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"]
        for t in ("items", "decisions", "scores", "audit_log")
    }


def test_text_verdict_is_stored_with_its_decision_and_audit_row(store: Store, client: TestClient) -> None:
    auth = bearer(token(store, "submit", "items:read"))
    r = client.post(
        "/api/v1/text", json={"text": PITCH, "platform": "example", "source_id": "p1"}, headers=auth
    )
    assert r.status_code == 200, r.text
    v = r.json()
    assert 0.0 <= v["score"] <= 1.0 and v["score"] >= v["threshold"]
    assert v["flagged"] is True and v["verdict"] == "queue"
    assert v["decision"]["rule_id"] == "detector-flag" and v["decision"]["effect"]["queue"] == "review"
    assert v["themes"]["recruitment"] > 0.5 and v["evidence"] and v["stored"] is True
    item = client.get(f"/api/v1/items/{v['item']}", headers=auth).json()
    assert item["text"] == PITCH and item["source"] == "api" and item["platform"] == "example"
    assert [d["id"] for d in item["decisions"]] == [v["decision"]["id"]]
    assert item["decisions"][0]["note"].startswith("submitted by token:")
    audit = store.audit.of_target(v["item"])
    assert [(a.action, a.detail["decision"]) for a in audit] == [("decision", v["decision"]["id"])]
    # the same text again: the same item and decision, nothing new written
    before = _counts(store)
    again = client.post(
        "/api/v1/text", json={"text": PITCH, "platform": "example", "source_id": "p1"}, headers=auth
    )
    assert again.json()["decision"]["id"] == v["decision"]["id"] and _counts(store) == before


def test_an_ordinary_text_is_allowed_and_store_false_writes_nothing(store: Store, client: TestClient) -> None:
    auth = bearer(token(store, "submit"))
    before = _counts(store)
    r = client.post("/api/v1/text", json={"text": ORDINARY, "store": False}, headers=auth)
    assert r.status_code == 200
    v = r.json()
    assert v["verdict"] == "allow" and v["flagged"] is False and v["score"] < v["threshold"]
    assert v["stored"] is False and v["decision"]["id"] is None
    assert _counts(store) == {**before, "audit_log": before["audit_log"]}


def test_bad_input_is_a_clear_4xx_and_writes_nothing(store: Store, client: TestClient) -> None:
    auth = bearer(token(store, "submit"))
    before = _counts(store)
    cases: list[tuple[dict[str, Any], int, str]] = [
        ({"content": b'{"text": "unterminated', "headers": JSON}, 400, "malformed_json"),
        ({"json": {"text": 42}}, 422, "invalid"),
        ({"json": {"text": ""}}, 422, "invalid"),
        ({"json": {"txt": "typo"}}, 422, "invalid"),
        ({"json": {"text": "ok", "store": "maybe"}}, 422, "invalid"),
        ({"json": ["not", "an", "object"]}, 422, "invalid"),
        ({"json": {"text": "x" * 20_001}}, 422, "invalid"),
        ({"content": b"text=hello", "headers": {"content-type": "application/x-www-form-urlencoded"}}, 415,
         "unsupported_media_type"),
        ({"content": json.dumps({"text": "x" * (2 * 2**20)}).encode(), "headers": JSON}, 413, "too_large"),
    ]  # fmt: skip
    for kwargs, status, code in cases:
        headers = {**auth, **kwargs.pop("headers", {})}
        r = client.post("/api/v1/text", headers=headers, **kwargs)
        assert r.status_code == status, (kwargs, r.status_code, r.text[:200])
        body = r.json()["error"]
        assert body["status"] == status and body["code"] == code and body["message"], body
    wrong = client.post("/api/v1/text", json={"text": 42}, headers=auth).json()["error"]
    assert wrong["detail"][0]["loc"] == ["body", "text"]
    assert _counts(store) == before


def test_unknown_routes_ids_and_methods(store: Store, client: TestClient) -> None:
    auth = bearer(token(store, "items:read"))
    r = client.get("/api/v1/items/" + "0" * 64, headers=auth)
    assert r.status_code == 404 and r.json()["error"]["code"] == "unknown_item"
    assert client.get("/api/v1/nope", headers=auth).json()["error"]["code"] == "not_found"
    r = client.delete("/api/v1/items", headers=auth)
    assert r.status_code == 405 and r.json()["error"]["code"] == "method_not_allowed"
    r = client.get("/api/v1/items", params={"cursor": "garbage!"}, headers=auth)
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_cursor"
    r = client.get("/api/v1/items", params={"limit": 0}, headers=auth)
    assert r.status_code == 422


def _flip(hex_hash: str, bits: int) -> str:
    n = int(hex_hash, 16)
    for b in range(bits):
        n ^= 1 << (b * 7)
    return f"{n:064x}"


def test_lookup_against_the_banks(store: Store, client: TestClient) -> None:
    data = b"a known propaganda video"
    sha = hashlib.sha256(data).hexdigest()
    pdq = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"
    create_bank(store, "tcap", source="TCAP", labels={"list": "tcap"})
    add_entries(store, "tcap", [
        NewEntry("sha256", sha, source_id="t-1"), NewEntry("pdq", pdq, quality=100, source_id="t-2"),
    ])  # fmt: skip
    auth = bearer(token(store, "lookup"))

    r = client.get("/api/v1/lookup", params={"signal_type": "sha256", "signal": sha.upper()}, headers=auth)
    assert r.status_code == 200
    [m] = r.json()["matches"]
    assert (
        m["bank"] == "tcap"
        and m["distance"] == 0
        and m["source_id"] == "t-1"
        and m["labels"]["list"] == "tcap"
    )

    near = _flip(pdq, 10)
    [m] = client.get("/api/v1/lookup", params={"signal_type": "pdq", "signal": near}, headers=auth).json()[
        "matches"
    ]
    assert m["source_id"] == "t-2" and m["distance"] == 10
    far = _flip(pdq, 36)
    assert (
        client.get("/api/v1/lookup", params={"signal_type": "pdq", "signal": far}, headers=auth).json()[
            "matches"
        ]
        == []
    )
    other = hashlib.md5(b"something else").hexdigest()
    assert (
        client.get("/api/v1/lookup", params={"signal_type": "md5", "signal": other}, headers=auth).json()[
            "matches"
        ]
        == []
    )

    r = client.get("/api/v1/lookup", params={"signal_type": "pdq", "signal": "xyz"}, headers=auth)
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_signal"
    r = client.get("/api/v1/lookup", params={"signal_type": "crc32", "signal": "00"}, headers=auth)
    assert r.status_code == 422


def test_a_bank_added_after_start_is_seen_by_lookups_and_verdicts(store: Store, client: TestClient) -> None:
    auth = bearer(token(store, "lookup", "submit"))
    text = "Read the new issue at https://propaganda.example/issue-9 today"
    assert (
        client.post("/api/v1/text", json={"text": text, "store": False}, headers=auth).json()["verdict"]
        == "allow"
    )
    create_bank(store, "domains")
    add_entries(store, "domains", [NewEntry("domain", "propaganda.example")])
    client.app.state.judge.get().invalidate()  # type: ignore[attr-defined]
    v = client.post("/api/v1/text", json={"text": text, "store": False}, headers=auth).json()
    assert v["verdict"] == "queue" and v["decision"]["rule_id"] == "bank-match"
    assert any(e["kind"] == "match" and e["bank"] == "domains" for e in v["evidence"])


def test_items_are_listed_with_filters_and_a_cursor(store: Store, client: TestClient) -> None:
    uids = {seed_item(store, f"post number {n} about gardening", "allow") for n in range(7)}
    removed = seed_item(store, "post to remove", "remove")
    undecided = seed_item(store, "post without a decision", None)
    auth = bearer(token(store, "items:read"))

    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        params: dict[str, Any] = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/v1/items", params=params, headers=auth).json()
        seen += [i["uid"] for i in body["items"]]
        pages += 1
        if added := (pages == 1):
            seed_item(store, "a post that arrives between two pages", "queue")
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert added is False and pages >= 3
    assert len(seen) == len(set(seen)) and uids | {removed, undecided} <= set(seen)

    body = client.get("/api/v1/items", params={"verdict": "remove"}, headers=auth).json()
    assert [i["uid"] for i in body["items"]] == [removed] and body["items"][0]["verdict"] == "remove"
    assert body["next_cursor"] is None
    allowed = client.get("/api/v1/items", params={"verdict": "allow", "limit": 500}, headers=auth).json()
    assert {i["uid"] for i in allowed["items"]} == uids
    assert client.get("/api/v1/items", params={"source": "elsewhere.csv"}, headers=auth).json()["items"] == []


def test_viewing_removed_content_is_audited(store: Store, client: TestClient) -> None:
    removed = seed_item(store, "content that was taken down", "remove")
    kept = seed_item(store, "content that stays", "allow")
    session = person(store, client, "analyst")
    assert client.get(f"/api/v1/items/{kept}").status_code == 200
    assert [a.action for a in store.audit.of_target(kept)] == ["decision"]
    item = client.get(f"/api/v1/items/{removed}").json()
    assert item["verdict"] == "remove" and item["text"] == "content that was taken down"
    views = [a for a in store.audit.of_target(removed) if a.action == "view.removed"]
    assert len(views) == 1 and views[0].actor == f"user:{session.name}" and views[0].detail["via"] == "api"
    # reinstated: no longer removed content, so no longer audited on view
    store.decisions.append(
        Decision(removed, "allow", actor_kind="human", actor="reviewer1", reason_code="appeal")
    )
    client.get(f"/api/v1/items/{removed}")
    assert len([a for a in store.audit.of_target(removed) if a.action == "view.removed"]) == 1
    assert store.audit.verify().ok


def test_openapi_and_docs_are_served(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/v1/text", "/api/v1/lookup", "/api/v1/items", "/api/v1/items/{uid}"} <= set(spec["paths"])
    assert client.get("/docs").status_code == 200
    r = client.get("/api/v1/health")
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "DENY"
