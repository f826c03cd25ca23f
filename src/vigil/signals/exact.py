"""Exact file hashes: SHA-256 and MD5 (the hashes most shared lists carry)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any, ClassVar

from vigil.signals.base import Comparison, ExactIndex, FileHasher, SignalType, SignalTypeIndex


class _DigestSignal(SignalType, FileHasher):
    algorithm: ClassVar[str]
    hex_len: ClassVar[int]
    threshold_doc = "exact: distance 0 or no match"

    @classmethod
    def validate(cls, signal: str) -> str:
        value = signal.strip().lower()
        if not re.fullmatch(rf"[0-9a-f]{{{cls.hex_len}}}", value):
            raise ValueError(f"not a {cls.name} hex digest: {signal[:80]!r}")
        return value

    @classmethod
    def compare(cls, query: str, stored: str) -> Comparison:
        same = cls.validate(query) == cls.validate(stored)
        return Comparison(same, 0.0 if same else 1.0)

    @classmethod
    def index_cls(cls) -> type[SignalTypeIndex[Any]]:
        return ExactIndex

    @classmethod
    def hash_file(cls, path: str | Path) -> str:
        h = hashlib.new(cls.algorithm)
        with open(path, "rb") as fh:
            while block := fh.read(1 << 20):
                h.update(block)
        return h.hexdigest()

    @classmethod
    def examples(cls) -> list[str]:
        return [hashlib.new(cls.algorithm, f"example {i}".encode()).hexdigest() for i in range(5)]


class SHA256Signal(_DigestSignal):
    name = "sha256"
    algorithm = "sha256"
    hex_len = 64


class MD5Signal(_DigestSignal):
    name = "md5"
    algorithm = "md5"
    hex_len = 32


__all__ = ["MD5Signal", "SHA256Signal"]
