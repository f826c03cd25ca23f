"""Near-duplicate text: MinHash over character 5-grams, indexed with LSH (datasketch).

Propaganda texts are re-posted with small edits (a changed channel name, emoji, spacing).
The signal is a 64-permutation MinHash of the normalised text's character 5-grams,
written as 64 eight-digit hex words. Two texts match when their estimated Jaccard
similarity is >= 0.7; ``distance`` is ``1 - similarity``. The LSH index finds candidates
(tuned for the 0.7 threshold), then each candidate is checked with the exact MinHash
estimate, so the index returns only true matches under the estimate; LSH can miss a
borderline pair the brute-force comparison would keep (rare: banding is set for high
recall near the threshold).
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

import numpy as np

from vigil.signals.base import Comparison, IndexMatch, SignalType, SignalTypeIndex, TextHasher

T = TypeVar("T")
NUM_PERM = 64
SHINGLE = 5
TEXT_MATCH_SIMILARITY = 0.7
_SCHEME = "affine32"  # datasketch >= 2: 32-bit values, so 8 hex digits each
_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def normalise(text: str) -> str:
    from vigil.extract import normalize

    return _SPACE.sub(" ", _PUNCT.sub(" ", normalize(text))).strip()


def _minhash(text: str) -> Any:
    from datasketch import MinHash

    norm = normalise(text)
    mh = MinHash(num_perm=NUM_PERM, seed=1, scheme=_SCHEME)
    grams = {norm[i : i + SHINGLE] for i in range(max(1, len(norm) - SHINGLE + 1))}
    mh.update_batch([g.encode("utf-8") for g in grams])
    return mh


def _values(signal: str) -> np.ndarray:
    return np.array([int(signal[i : i + 8], 16) for i in range(0, len(signal), 8)], dtype=np.uint64)


def _from_signal(signal: str) -> Any:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=_values(signal), scheme=_SCHEME)


class TextIndex(SignalTypeIndex[T]):
    def __init__(self) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=TEXT_MATCH_SIMILARITY - 0.15, num_perm=NUM_PERM)
        self._entries: list[tuple[np.ndarray, T]] = []

    def add(self, signal: str, payload: T) -> None:
        key = len(self._entries)
        self._entries.append((_values(signal), payload))
        self._lsh.insert(key, _from_signal(signal), check_duplication=False)

    def __len__(self) -> int:
        return len(self._entries)

    def query(self, signal: str) -> list[IndexMatch[T]]:
        q = _values(signal)
        out = []
        for key in sorted(self._lsh.query(_from_signal(signal))):
            values, payload = self._entries[key]
            sim = float(np.mean(values == q))
            if sim >= TEXT_MATCH_SIMILARITY:
                out.append(IndexMatch(round(1 - sim, 4), payload))
        return out


class TextMinHashSignal(SignalType, TextHasher):
    name = "text_minhash"
    threshold_doc = (
        f"1 - estimated Jaccard of character {SHINGLE}-grams; "
        f"match when similarity >= {TEXT_MATCH_SIMILARITY}"
    )

    @classmethod
    def validate(cls, signal: str) -> str:
        value = signal.strip().lower()
        if len(value) != NUM_PERM * 8 or not re.fullmatch(r"[0-9a-f]+", value):
            raise ValueError(f"a text_minhash signal is {NUM_PERM * 8} hex characters")
        return value

    @classmethod
    def compare(cls, query: str, stored: str) -> Comparison:
        sim = float(np.mean(_values(cls.validate(query)) == _values(cls.validate(stored))))
        return Comparison(sim >= TEXT_MATCH_SIMILARITY, round(1 - sim, 4))

    @classmethod
    def index_cls(cls) -> type[SignalTypeIndex[Any]]:
        return TextIndex

    @classmethod
    def hash_text(cls, text: str) -> str:
        return "".join(f"{int(v):08x}" for v in _minhash(text).hashvalues)

    @classmethod
    def examples(cls) -> list[str]:
        texts = [
            "Join the caravan of the believers, the land of honour awaits you",
            "The weather in Paris today is sunny with a light breeze from the west",
            "Quarterly earnings rose by eight percent on strong demand for chips",
            "Our hospitals in the province now treat thousands of patients every week",
        ]
        return [cls.hash_text(t) for t in texts]


__all__ = ["TEXT_MATCH_SIMILARITY", "TextIndex", "TextMinHashSignal", "normalise"]
