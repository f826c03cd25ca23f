"""Banks over the API, ``/api/v1/banks``: everything ``vigil bank`` does, for API clients.

Create a bank; list banks and page through entries; add one entry or import a list in
any format ``vigil bank import`` reads (``te-csv``, ``tcap-json``, ``tcap-csv``, sent as
the request body); disable or re-enable an entry or a bank; mark an entry a false
positive — everywhere, or for one piece of content (``.../exclusions``); remove an
entry; export the active entries in a format. Reading needs the ``banks:read`` scope (or
a logged-in admin, reviewer or analyst); changing needs ``banks:write`` (or an admin; a
reviewer may mark a match a false positive). Every change writes an audit row in the
same transaction. The work is :mod:`vigil.signals.banks`; this module only speaks HTTP.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field, field_validator

from vigil.errors import UsageError
from vigil.items import printable
from vigil.service.api import READERS, json_body
from vigil.service.app import BODY_LIMITS
from vigil.service.auth import Principal, get_store, require_scope
from vigil.service.errors import ApiError
from vigil.signals import banks as lib
from vigil.signals.formats import FORMATS, dumps, read_entries
from vigil.store import Store
from vigil.store.audit import AuditEvent

router = APIRouter(prefix="/api/v1/banks", tags=["banks"])

#: the largest hash list one import takes (the request body limit of the bank routes)
MAX_IMPORT = 32 * 2**20
BODY_LIMITS["/api/v1/banks"] = MAX_IMPORT
FORMAT_TYPES = {"te-csv": "text/csv", "tcap-json": "application/json", "tcap-csv": "text/csv"}
Format = Literal["te-csv", "tcap-json", "tcap-csv"]
Name = Annotated[str, Field(min_length=1, max_length=128, pattern=r"^[^\s\x00]+$")]
#: ids as the database keeps them (64-bit)
Id = Annotated[int, Path(ge=1, le=2**63 - 1)]
Labels = Annotated[
    dict[Annotated[str, Field(max_length=64)], Annotated[str, Field(max_length=256)]], Field(max_length=32)
]

read = require_scope("banks:read", *READERS)
write = require_scope("banks:write", "admin")


class Strict(BaseModel):
    """A request body: no unknown fields, no NUL characters in any text (422)."""

    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul(cls, value: Any) -> Any:
        texts = (
            [value]
            if isinstance(value, str)
            else [*value, *value.values()]
            if isinstance(value, dict)
            else []
        )
        if any(isinstance(t, str) and "\x00" in t for t in texts):
            raise ValueError("NUL characters are not allowed")
        return value


class BankIn(Strict):
    name: Name = Field(description="a name without spaces")
    description: str = Field("", max_length=2000)
    source: str = Field("", max_length=500, description="where the list comes from")
    source_date: str = Field("", max_length=64, description="the list's date (ISO 8601)")
    labels: Labels = Field(
        default_factory=dict, description="labels every entry inherits (ideology, theme...)"
    )


class BankPatch(Strict):
    enabled: bool = Field(description="false: no entry of the bank matches until it is enabled again")


class EntryIn(Strict):
    signal_type: str = Field(
        min_length=1, max_length=32, description="sha256, md5, pdq, vpdq, url, domain, raw_text..."
    )
    signal: str = Field(min_length=1, max_length=200_000)
    quality: int | None = Field(None, ge=0, le=100, description="PDQ quality, when known")
    labels: Labels = Field(default_factory=dict)
    source: str = Field("", max_length=500)
    source_id: str = Field("", max_length=256, description="the entry's id in its source list")
    note: str = Field("", max_length=2000)


class EntryPatch(Strict):
    enabled: bool | None = Field(None, description="false: the entry stops matching")
    false_positive: bool | None = Field(
        None, description="true: the entry matches nothing (kept, not re-imported)"
    )
    note: str | None = Field(None, max_length=2000, description="why")


class ExclusionIn(Strict):
    content_sha256: str = Field(
        min_length=64,
        max_length=64,
        pattern=r"^[0-9a-fA-F]{64}$",
        description="the sha256 of the media file, or of the post's text, the entry must stop matching",
    )
    note: str = Field("", max_length=2000, description="why it is a false positive")


def _printable(entries: Iterable[lib.NewEntry]) -> Iterator[lib.NewEntry]:
    """Entries of an uploaded list with their text made storable (NUL and lone surrogates escaped)."""
    for e in entries:
        e.signal, e.source, e.source_id, e.note = map(printable, (e.signal, e.source, e.source_id, e.note))
        e.labels = {printable(k): printable(v) for k, v in e.labels.items()}
        yield e


def _bank(store: Store, name: str) -> lib.Bank:
    bank = lib.get_bank(store, name) if "\x00" not in name and len(name) <= 128 else None
    if bank is None:
        raise ApiError(404, "unknown_bank", f"no bank {name[:128]!r}")
    return bank


def _entry(store: Store, bank: str, entry_id: int) -> lib.BankEntry:
    _bank(store, bank)
    entry = store.banks.get_entry(entry_id)
    if entry is None or entry.bank != bank:
        raise ApiError(404, "unknown_entry", f"no entry {entry_id} in bank {bank!r}")
    return entry


def _audit(store: Store, who: Principal, action: str, target: str, detail: dict[str, Any]) -> None:
    store.audit.append(AuditEvent(who.actor, action, target, detail))


def banks_changed(request: Request) -> None:
    """After a change: this process's verdicts and lookups rebuild their bank indexes at once
    (other processes see it within ``BANK_CHECK_SECONDS``)."""
    judge = request.app.state.judge.peek()
    if judge is not None:
        judge.invalidate()


@router.get("", summary="Banks, with how many entries each holds and how many are active")
def list_banks(request: Request, who: Annotated[Principal, Depends(read)]) -> dict[str, Any]:
    return {"banks": [asdict(b) for b in lib.list_banks(get_store(request))]}


@router.post("", status_code=201, summary="Create a bank", dependencies=[Depends(json_body)])
def create_bank(body: BankIn, request: Request, who: Annotated[Principal, Depends(write)]) -> dict[str, Any]:
    store = get_store(request)
    if lib.get_bank(store, body.name) is not None:
        raise ApiError(409, "bank_exists", f"bank {body.name!r} exists already")
    with store.transaction():
        bank = lib.create_bank(
            store,
            body.name,
            description=body.description,
            source=body.source,
            source_date=body.source_date,
            labels=body.labels,
        )
        _audit(store, who, "bank.create", f"bank:{body.name}", body.model_dump())
    banks_changed(request)
    return asdict(bank)


@router.get("/{name}", summary="One bank")
def get_bank(name: str, request: Request, who: Annotated[Principal, Depends(read)]) -> dict[str, Any]:
    return asdict(_bank(get_store(request), name))


@router.patch("/{name}", summary="Disable or enable a whole bank", dependencies=[Depends(json_body)])
def patch_bank(
    name: str, body: BankPatch, request: Request, who: Annotated[Principal, Depends(write)]
) -> dict[str, Any]:
    store = get_store(request)
    _bank(store, name)
    with store.transaction():
        lib.set_bank_enabled(store, name, body.enabled)
        _audit(store, who, "bank.enable" if body.enabled else "bank.disable", f"bank:{name}", {})
    banks_changed(request)
    return asdict(_bank(store, name))


@router.get("/{name}/entries", summary="A bank's entries in any state, by id, one page at a time")
def list_entries(
    name: str,
    request: Request,
    who: Annotated[Principal, Depends(read)],
    after: Annotated[int, Query(ge=0, le=2**63 - 1, description="the last id of the previous page")] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> dict[str, Any]:
    store = get_store(request)
    _bank(store, name)
    page = store.banks.entry_page(name, after=after, limit=limit)
    return {
        "entries": [asdict(e) for e in page],
        "next_after": page[-1].id if len(page) == limit else None,
    }


@router.post(
    "/{name}/entries",
    status_code=201,
    summary="Add one entry (200 if the bank held it already)",
    dependencies=[Depends(json_body)],
)
def add_entry(
    name: str, body: EntryIn, request: Request, response: Response, who: Annotated[Principal, Depends(write)]
) -> dict[str, Any]:
    store = get_store(request)
    _bank(store, name)
    with store.transaction():
        try:
            found, added = lib.add_entry(store, name, lib.NewEntry(**body.model_dump()))
        except UsageError as exc:
            raise ApiError(400, "invalid_signal", f"entry for bank {name!r}: {exc}") from None
        if added:
            _audit(
                store,
                who,
                "bank.entry.add",
                f"bank:{name}",
                {"entry": found.id, "signal_type": found.signal_type, "signal": found.signal[:200]},
            )
    if not added:
        response.status_code = 200  # the bank held it already: nothing was created
    banks_changed(request)
    return {"added": added, "entry": asdict(found)}


@router.post("/{name}/import", summary="Import a hash list (the request body) in one of vigil bank's formats")
async def import_entries(
    name: str,
    request: Request,
    who: Annotated[Principal, Depends(write)],
    format: Annotated[Format, Query(description="te-csv, tcap-json or tcap-csv")],
) -> dict[str, Any]:
    from starlette.concurrency import run_in_threadpool

    raw = await request.body()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ApiError(400, "not_utf8", f"the {format} list is not UTF-8 text: {exc}") from None
    result = await run_in_threadpool(_import, get_store(request), who, name, text, format)
    banks_changed(request)
    return result


def _import(store: Store, who: Principal, name: str, text: str, fmt: str) -> dict[str, Any]:
    _bank(store, name)
    with store.transaction():
        try:
            result = lib.add_entries(
                store, name, _printable(read_entries(io.StringIO(text, newline=None), fmt))
            )
        except (UsageError, ValueError, csv.Error) as exc:
            raise ApiError(400, "invalid_list", f"the {fmt} list for bank {name!r}: {exc}") from None
        _audit(
            store,
            who,
            "bank.import",
            f"bank:{name}",
            {
                "format": fmt,
                "added": result.added,
                "existing": result.existing,
                "invalid": len(result.invalid),
            },
        )
    return {"added": result.added, "existing": result.existing, "invalid": result.invalid[:100]}


@router.patch(
    "/{name}/entries/{entry_id}",
    summary="Disable or enable an entry, mark or clear it as a false positive",
    dependencies=[Depends(json_body)],
)
def patch_entry(
    name: str, entry_id: Id, body: EntryPatch, request: Request, who: Annotated[Principal, Depends(write)]
) -> dict[str, Any]:
    store = get_store(request)
    _entry(store, name, entry_id)
    change = body.model_dump(exclude_none=True)
    if not change:
        raise ApiError(400, "nothing_to_change", "send enabled, false_positive or note")
    with store.transaction():
        lib.set_entry_state(store, entry_id, **change)
        _audit(store, who, "bank.entry.state", f"bank:{name}", {"entry": entry_id, **change})
    banks_changed(request)
    return asdict(_entry(store, name, entry_id))


@router.delete("/{name}/entries/{entry_id}", status_code=204, summary="Remove an entry")
def delete_entry(
    name: str, entry_id: Id, request: Request, who: Annotated[Principal, Depends(write)]
) -> Response:
    store = get_store(request)
    entry = _entry(store, name, entry_id)
    with store.transaction():
        lib.remove_entry(store, entry_id)
        _audit(
            store,
            who,
            "bank.entry.remove",
            f"bank:{name}",
            {"entry": entry_id, "signal_type": entry.signal_type, "signal": entry.signal[:200]},
        )
    banks_changed(request)
    return Response(status_code=204)


@router.post(
    "/{name}/entries/{entry_id}/exclusions",
    status_code=201,
    summary="Mark a match a false positive: the entry stops matching that content (and only that)",
    dependencies=[Depends(json_body)],
)
def exclude(
    name: str,
    entry_id: Id,
    body: ExclusionIn,
    request: Request,
    who: Annotated[Principal, Depends(require_scope("banks:write", "admin", "reviewer"))],
) -> dict[str, Any]:
    store = get_store(request)
    _entry(store, name, entry_id)
    content = body.content_sha256.lower()
    with store.transaction():
        new = lib.exclude_match(store, entry_id, content, note=body.note, by=who.actor)
        if new:
            _audit(
                store,
                who,
                "bank.match.false_positive",
                f"bank:{name}",
                {"entry": entry_id, "content_sha256": content, "note": body.note},
            )
    banks_changed(request)
    return {"entry": entry_id, "content_sha256": content, "new": new}


@router.get("/{name}/export", summary="The bank's active entries in one of vigil bank's formats")
def export(
    name: str,
    request: Request,
    who: Annotated[Principal, Depends(read)],
    format: Annotated[Format, Query(description="te-csv, tcap-json or tcap-csv")] = "te-csv",
) -> Response:
    store = get_store(request)
    _bank(store, name)
    text = dumps(lib.iter_entries(store, bank=name, active_only=True), format)
    return Response(text, media_type=FORMAT_TYPES[format])


assert set(FORMAT_TYPES) == set(FORMATS)

__all__ = ["FORMAT_TYPES", "MAX_IMPORT", "router"]
