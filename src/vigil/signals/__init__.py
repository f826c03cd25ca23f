"""Signals: hashes of content, banks of known hashes, and matching against them.

Each kind of signal is a :class:`SignalType` (``sha256``, ``md5``, ``pdq``, ``vpdq``,
``text_minhash``, ``url``, ``domain``) with its :class:`SignalTypeIndex`. Banks
(:mod:`vigil.signals.banks`) are named lists of signals with provenance and labels,
stored in the vigil store; :class:`~vigil.signals.matcher.Matcher` loads the enabled
entries of some banks into indexes and matches files, hashes and texts against them.
"""

from __future__ import annotations

from vigil.signals.base import (
    Comparison,
    ExactIndex,
    FileHasher,
    IndexMatch,
    SignalType,
    SignalTypeIndex,
    TextHasher,
)
from vigil.signals.exact import MD5Signal, SHA256Signal
from vigil.signals.pdq import PdqIndex, PdqSignal
from vigil.signals.text import TextMinHashSignal
from vigil.signals.url import DomainSignal, UrlSignal
from vigil.signals.vpdq import VpdqSignal

SIGNAL_TYPES: dict[str, type[SignalType]] = {
    t.name: t
    for t in (SHA256Signal, MD5Signal, PdqSignal, VpdqSignal, TextMinHashSignal, UrlSignal, DomainSignal)
}


def get_signal_type(name: str) -> type[SignalType]:
    """The signal type called ``name`` (HMA/TCAP aliases accepted: ``photo_pdq``...)."""
    key = name.strip().lower().replace("-", "_")
    key = _ALIASES.get(key, key)
    try:
        return SIGNAL_TYPES[key]
    except KeyError:
        raise KeyError(f"unknown signal type {name!r}; known: {', '.join(SIGNAL_TYPES)}") from None


_ALIASES = {
    "photo_pdq": "pdq",
    "pdq_hash": "pdq",
    "hash_pdq": "pdq",
    "video_vpdq": "vpdq",
    "video_md5": "md5",
    "photo_md5": "md5",
    "hash_md5": "md5",
    "md5_hash": "md5",
    "sha_256": "sha256",
    "sha256_hash": "sha256",
    "hash_sha256": "sha256",
    "raw_text": "text_minhash",
    "text": "text_minhash",
    "uri": "url",
}

__all__ = [
    "SIGNAL_TYPES",
    "Comparison",
    "DomainSignal",
    "ExactIndex",
    "FileHasher",
    "IndexMatch",
    "MD5Signal",
    "PdqIndex",
    "PdqSignal",
    "SHA256Signal",
    "SignalType",
    "SignalTypeIndex",
    "TextHasher",
    "TextMinHashSignal",
    "UrlSignal",
    "VpdqSignal",
    "get_signal_type",
]
