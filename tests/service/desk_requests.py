"""Requests that succeed on the review desk's routes, for the authorisation walk
(``test_service_authz.ACCESS``): each builds the store state a route needs and returns
the request's path values and form fields. Work is claimed for ``reviewer1``, the name
the walk logs a reviewer in as."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from service_helpers import seed_item

from vigil.items import Item, MediaRef, sha256_file, sha256_text
from vigil.store import Store

REVIEWER = "reviewer1"


def queued(store: Store) -> dict[str, Any]:
    return {"path": {"uid": seed_item(store, "a post for the review desk")}}


def queue_name(store: Store) -> dict[str, Any]:
    seed_item(store, "a post in the default queue")
    return {"path": {"queue": "default"}}


def open_task(store: Store) -> dict[str, Any]:
    seed_item(store, "a post to claim")
    [task] = store.review.tasks()
    return {"path": {"task_id": str(task.id)}}


def held_task(store: Store) -> dict[str, Any]:
    uid = seed_item(store, "a post held by the reviewer")
    task = store.review.claim_next(REVIEWER)
    assert task is not None
    return {
        "path": {"task_id": str(task.id), "uid": uid},
        "data": {"task_id": str(task.id), "action": "allow"},
    }


def removed(store: Store) -> dict[str, Any]:
    uid = seed_item(store, "a removed post", verdict="remove")
    return {"path": {"uid": uid}, "data": {"reason": "it was news", "complainant": "u-1"}}


def appeal_held(store: Store) -> dict[str, Any]:
    uid = seed_item(store, "a removed post under appeal", verdict="remove")
    store.review.file_appeal(uid, "it was news", recorded_by="platform")
    task = store.review.claim_next(REVIEWER, "appeals")
    assert task is not None
    return {"path": {"uid": uid}, "data": {"task_id": str(task.id), "outcome": "upheld"}}


def media(store: Store) -> dict[str, Any]:
    from PIL import Image

    picture = Path(tempfile.mkdtemp()) / "picture.png"
    Image.new("RGB", (20, 20), (10, 120, 10)).save(picture)
    sha = sha256_file(str(picture))
    text = f"a post with a picture {sha}"
    item = Item(uid=sha256_text(text), content_sha256=sha256_text(text), kind="text", source="t", locator="1",
                text=text, media=[sha])  # fmt: skip
    store.add_items([item])
    store.add_media(
        item.uid, [MediaRef(path=str(picture), sha256=sha, kind="image", bytes=1, mime="image/png")]
    )
    return {"path": {"uid": item.uid, "sha": sha}}


def forwarded_appeal(store: Store) -> dict[str, Any]:
    uid = seed_item(store, "a removed post a platform forwards a complaint about", verdict="remove")
    return {"json": {"item_uid": uid, "reason": "my post was satire", "complainant": "user-1"}}


def appeal_id(store: Store) -> dict[str, Any]:
    uid = seed_item(store, "a removed post with an appeal", verdict="remove")
    appeal = store.review.file_appeal(uid, "it was news", recorded_by="platform", channel="api")
    return {"path": {"appeal_id": str(appeal.id)}}
