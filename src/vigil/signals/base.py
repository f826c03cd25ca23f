"""The signal-type interface: how a kind of hash is made, compared and indexed.

The shape follows Meta's python-threatexchange. A :class:`SignalType` says what a
signal string looks like (``validate``), how two are compared (``compare``) and which
:class:`SignalTypeIndex` finds near neighbours among many. Capability mixins say what a
type can hash: :class:`FileHasher` (a media file), :class:`TextHasher` (a string).

An index answers ``query(hash)`` with every stored entry within the type's threshold —
the same answer a brute-force ``compare`` against every entry would give (the contract
test in ``tests/test_signals_contract.py`` checks exactly that for every type).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Comparison:
    """How close two signals are; ``match`` is the type's own threshold decision."""

    match: bool
    distance: float
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class IndexMatch(Generic[T]):
    """One stored entry an index found for a query, with its distance."""

    distance: float
    payload: T
    detail: dict[str, Any] = field(default_factory=dict)


class SignalTypeIndex(ABC, Generic[T]):
    """Many signals of one type, each carrying a payload; finds those near a query.

    ``add`` may be called many times before the first ``query``; implementations may
    build their structures lazily. Duplicated signal strings keep all their payloads.
    """

    @abstractmethod
    def add(self, signal: str, payload: T) -> None: ...

    @abstractmethod
    def query(self, signal: str) -> list[IndexMatch[T]]: ...

    @abstractmethod
    def __len__(self) -> int: ...

    def add_all(self, entries: Iterable[tuple[str, T]]) -> None:
        for signal, payload in entries:
            self.add(signal, payload)

    @classmethod
    def build(cls, entries: Iterable[tuple[str, T]]) -> SignalTypeIndex[T]:
        index = cls()
        index.add_all(entries)
        return index


class SignalType(ABC):
    """One kind of signal. Subclasses are stateless: every method is a classmethod."""

    name: ClassVar[str]
    #: What ``distance`` means and where the threshold sits, for people and docs.
    threshold_doc: ClassVar[str] = ""

    @classmethod
    @abstractmethod
    def validate(cls, signal: str) -> str:
        """The canonical form of ``signal``; ``ValueError`` if it is not one of ours."""

    @classmethod
    @abstractmethod
    def compare(cls, query: str, stored: str) -> Comparison: ...

    @classmethod
    @abstractmethod
    def index_cls(cls) -> type[SignalTypeIndex[Any]]: ...

    @classmethod
    def examples(cls) -> Sequence[str]:
        """A few valid signals, distinct and mutually non-matching (used by the contract test)."""
        return ()


class FileHasher(ABC):
    """A signal type that can hash a media file."""

    #: the media kinds (``image``, ``video``, ``any``) this hasher reads
    media_kinds: ClassVar[tuple[str, ...]] = ("any",)

    @classmethod
    @abstractmethod
    def hash_file(cls, path: str | Path) -> str: ...


class TextHasher(ABC):
    """A signal type that can hash a string (text, URL, domain)."""

    @classmethod
    @abstractmethod
    def hash_text(cls, text: str) -> str: ...


class ExactIndex(SignalTypeIndex[T]):
    """Exact lookups: a dict from the canonical signal to its payloads (distance 0)."""

    def __init__(self) -> None:
        self._map: dict[str, list[T]] = {}
        self._n = 0

    def add(self, signal: str, payload: T) -> None:
        self._map.setdefault(signal, []).append(payload)
        self._n += 1

    def query(self, signal: str) -> list[IndexMatch[T]]:
        return [IndexMatch(0.0, p) for p in self._map.get(signal, [])]

    def __len__(self) -> int:
        return self._n


__all__ = [
    "Comparison",
    "ExactIndex",
    "FileHasher",
    "IndexMatch",
    "SignalType",
    "SignalTypeIndex",
    "TextHasher",
]
