"""Timestamps as the store writes them: ISO-8601 UTC text, which sorts as it reads."""

from __future__ import annotations

from datetime import UTC, datetime


def now_iso() -> str:
    """Now, to the second (``2026-01-31T12:00:00Z``): the stamp of rows that are not ordered by it."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def now_iso_micro() -> str:
    """Now, to the microsecond: decisions and scores, where two may fall in one second."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


__all__ = ["now_iso", "now_iso_micro"]
