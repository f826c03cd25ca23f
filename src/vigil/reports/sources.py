"""What the report reads besides items: quarantine, media and bank tables, the detector's card.

Every reader here degrades cleanly: a corpus without media, a database from before the
media-bank migrations, or a detector without a manifest gives an empty section with a
note, never an error.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from vigil.reports.thumbs import thumbnail_uri
from vigil.store import Store


def table_exists(store: Store, name: str) -> bool:
    return store.reports.has_table(name)


def columns_of(store: Store, name: str) -> set[str]:
    return store.reports.columns(name)


def quarantine_summary(store: Store) -> dict[str, Any]:
    """Quarantined records by reason (for the whole database: quarantine has no time or language)."""
    rows = store.quarantine.by_reason()
    return {"total": sum(r["n"] for r in rows), "by_reason": rows}


def media_section(
    store: Store, media_use: dict[str, list[Any]], n_with_media: int, *, thumbnails: bool = True
) -> dict[str, Any]:
    """Media types, most re-uploaded media and bank matches, for the media the filtered items carry.

    With ``thumbnails``, re-uploaded images whose files are still readable get a small
    inline thumbnail (the page shows it blurred until clicked).
    """
    out: dict[str, Any] = {
        "items_with_media": n_with_media,
        "distinct_media": len(media_use),
        "types": [],
        "most_reuploaded": [],
        "banks": None,
        "notes": [],
    }
    if not media_use:
        out["notes"].append("No item in scope carries media.")
    info: dict[str, dict[str, Any]] = {}
    if media_use and table_exists(store, "media"):
        info = store.media.info(list(media_use))
    kinds: dict[str, int] = {}
    for sha in media_use:
        kind = info.get(sha, {}).get("kind") or "unknown"
        kinds[kind] = kinds.get(kind, 0) + 1
    out["types"] = [{"kind": k, "n": n} for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))]
    ranked = sorted(media_use.items(), key=lambda kv: (-kv[1][0], -len(kv[1][1]), kv[0]))
    out["most_reuploaded"] = [
        {
            "sha256": sha,
            "items": n,
            "accounts": len(authors),
            "flagged_items": nf,
            "kind": info.get(sha, {}).get("kind"),
            "mime": info.get(sha, {}).get("mime"),
            "thumbnail": (
                thumbnail_uri(info.get(sha, {}).get("path"))
                if thumbnails and info.get(sha, {}).get("kind") == "image"
                else None
            ),
        }
        for sha, (n, authors, nf) in ranked[:15]
        if n > 1
    ]
    out["banks"] = bank_matches(store, set(media_use))
    if out["banks"] is None:
        out["notes"].append(
            "This database has no hash-bank match tables (media-bank migrations not applied)."
        )
    return out


def bank_matches(store: Store, media_in_scope: set[str]) -> dict[str, Any] | None:
    """Matched media per bank and label (``media_matches`` ⋈ ``bank_entries``); ``None`` without them.

    A medium matched by several entries of one bank counts once for that bank; its labels
    are the union of the labels of the entries it matched. ``media_results`` (the verdict on
    text read from media) adds how many media in scope were flagged by their own text.
    """
    if not table_exists(store, "media_matches"):
        return None
    per: dict[tuple[str, str], set[str]] = {}
    per_type: dict[str, set[str]] = {}
    matched: set[str] = set()
    for r in store.media.match_rows(with_labels=table_exists(store, "bank_entries")):
        if r["media"] not in media_in_scope:
            continue
        matched.add(r["media"])
        per_type.setdefault(str(r["signal_type"]), set()).add(r["media"])
        for label in _labels(r["labels"]) or [""]:
            per.setdefault((str(r["bank"]), label), set()).add(r["media"])
    flagged_by_text = 0
    if table_exists(store, "media_results") and media_in_scope:
        flagged_by_text = store.media.flagged_by_text(list(media_in_scope))
    return {
        "matched_media": len(matched),
        "flagged_by_text": flagged_by_text,
        "by_signal_type": [{"signal_type": k, "media": len(v)} for k, v in sorted(per_type.items())],
        "by_bank_label": [
            {"bank": b, "label": lab, "bank_label": f"{b}: {lab}" if lab else b, "media": len(m)}
            for (b, lab), m in sorted(per.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        ],
    }


def _labels(raw: Any) -> list[str]:
    """Labels of a bank entry, stored as JSON: a list of strings or a mapping (``{"label": ...}``, flags)."""
    try:
        value = json.loads(raw) if isinstance(raw, str) else raw
    except json.JSONDecodeError:
        return [str(raw)]
    if isinstance(value, list):
        return sorted(str(v) for v in value)
    if isinstance(value, dict):
        out: list[str] = []
        for k, v in value.items():
            if isinstance(v, list):
                out.extend(f"{k}={x}" for x in v)
            elif v is True:
                out.append(str(k))
            elif v not in (None, False, ""):
                out.append(f"{k}={v}")
        return sorted(out)
    return [str(value)] if value else []


def _tables(store: Store) -> list[str]:
    return store.reports.tables()


def detector_info() -> dict[str, Any]:
    """The text detector's version, threshold and measured metrics, from its manifest (if packaged)."""
    out: dict[str, Any] = {"available": False, "manifest": None, "model_card": "docs/model-card.md"}
    try:
        ref = resources.files("vigil.classify") / "model" / "manifest.json"
        if ref.is_file():
            manifest = json.loads(ref.read_text(encoding="utf-8"))
            out["available"] = True
            out["manifest"] = manifest
            out["version"] = manifest.get("version")
            out["threshold"] = manifest.get("threshold")
            out["metrics"] = manifest.get("metrics")
    except (ModuleNotFoundError, FileNotFoundError, json.JSONDecodeError, OSError) as exc:
        out["error"] = f"{type(exc).__name__}: {exc}"
    return out


__all__ = [
    "bank_matches",
    "columns_of",
    "detector_info",
    "media_section",
    "quarantine_summary",
    "table_exists",
]
