"""The small tree of errors vigil raises on purpose.

VigilError
├── BadRecord        one input record cannot be used (it goes to quarantine)
├── StoreError       the database cannot be opened or migrated
└── UsageError       the caller asked for something that cannot be done
"""

from __future__ import annotations


class VigilError(Exception):
    """Base of every error vigil raises on purpose."""


class BadRecord(VigilError):
    """A record that cannot be ingested; ``reason`` is a short machine-friendly code."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class StoreError(VigilError):
    """The store cannot be opened, migrated or written."""


class UsageError(VigilError):
    """Invalid arguments or options."""


__all__ = ["BadRecord", "StoreError", "UsageError", "VigilError"]
