"""The small tree of errors vigil raises on purpose.

VigilError
├── BadRecord        one input record cannot be used (it goes to quarantine)
├── EvidenceError    a stored evidence value cannot be read (unknown kind, missing or bad field)
├── RulesError       a rules file is malformed (every problem with its line)
├── StoreError       the database cannot be opened or migrated
│   └── LeaseLost    a worker no longer holds the job it tries to finish (its lease expired)
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


class EvidenceError(VigilError, ValueError):
    """An evidence dict that no evidence type reads: the message names the kind and the field."""


class RulesError(VigilError):
    """A rules file that cannot be used; ``problems`` holds every ``(line, message)`` found.

    ``str()`` is one ``SOURCE:LINE: message`` line per problem, the form editors and
    ``vigil rules check`` show.
    """

    def __init__(self, source: str, problems: list[tuple[int, str]]) -> None:
        self.source = source
        self.problems = sorted(problems)
        super().__init__("\n".join(f"{source}:{line}: {message}" for line, message in self.problems))


class StoreError(VigilError):
    """The store cannot be opened, migrated or written."""


class LeaseLost(StoreError):
    """A worker tried to finish a job it no longer holds: its lease expired and another took it."""


class UsageError(VigilError):
    """Invalid arguments or options."""


__all__ = ["BadRecord", "EvidenceError", "LeaseLost", "RulesError", "StoreError", "UsageError", "VigilError"]
