"""PDQ: the faiss index equals brute force at <= 31, and the robustness variants do their job."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from vigil.media.synth import font, photo, text_card
from vigil.signals.banks import BankEntry
from vigil.signals.matcher import Matcher, QueryHash
from vigil.signals.pdq import PdqIndex, brute_force_distances, hamming, pdq_of_image, pdq_variants
from vigil.signals.text import TextMinHashSignal
from vigil.signals.url import DomainSignal, UrlSignal, canonical_url


@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(0, 2**31),
    n=st.integers(1, 400),
    flips=st.lists(st.integers(0, 64), min_size=1, max_size=8),
)
def test_index_equals_numpy_brute_force(seed: int, n: int, flips: list[int]) -> None:
    rng = np.random.default_rng(seed)
    db = rng.integers(0, 256, (n, 32), dtype=np.uint8)
    queries = []
    for k in flips:  # queries near stored hashes, at distances around the threshold
        base = np.unpackbits(db[rng.integers(0, n)])
        idx = rng.choice(256, size=k, replace=False)
        base[idx] ^= 1
        queries.append(np.packbits(base))
    q = np.stack(queries)
    index = PdqIndex.from_packed(db)
    for qi, (ids, dists) in enumerate(index.search_packed(q)):
        d = brute_force_distances(db, q[qi])
        want = np.flatnonzero(d <= 31)
        assert sorted(ids.tolist()) == want.tolist()
        assert all(int(d[i]) == int(x) for i, x in zip(ids, dists, strict=True))


def test_hex_api_and_boundary() -> None:
    rng = np.random.default_rng(3)
    bits = rng.integers(0, 2, 256)
    h = np.packbits(bits.astype(np.uint8)).tobytes().hex()
    near = bits.copy()
    near[:31] ^= 1
    far = bits.copy()
    far[:32] ^= 1
    h31 = np.packbits(near.astype(np.uint8)).tobytes().hex()
    h32 = np.packbits(far.astype(np.uint8)).tobytes().hex()
    index: PdqIndex[str] = PdqIndex()
    index.add(h31, "d31")
    index.add(h32, "d32")
    got = index.query(h)
    assert [(m.payload, m.distance) for m in got] == [("d31", 31.0)]
    assert hamming(h, h32) == 32


def _bank_matcher(img: Image.Image) -> Matcher:
    variants = pdq_variants(img, role="bank")
    orig = next(v for v in variants if v.variant == "orig")
    entry = BankEntry(
        1,
        "b",
        "pdq",
        orig.hash,
        orig.quality,
        {},
        "",
        "",
        "",
        True,
        False,
        [(v.variant, v.hash) for v in variants if v.variant != "orig"],
    )
    return Matcher([entry])


def _query(m: Matcher, img: Image.Image) -> list[float]:
    return [
        x.distance for x in m.match_hashes([QueryHash("pdq", v.hash, v.variant) for v in pdq_variants(img)])
    ]


def test_edits_match_and_unrelated_do_not() -> None:
    for seed in (1, 2, 3):
        img = photo(seed)
        m = _bank_matcher(img)
        w, h = img.size
        mirror = img.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        crop = img.crop((int(w * 0.02), int(h * 0.03), int(w * 0.97), int(h * 0.98)))
        bar = Image.new("RGB", (w, h + h // 6), (0, 0, 0))
        bar.paste(img, (0, h // 6))
        ImageDraw.Draw(bar).text((10, 5), "JOIN THE CARAVAN", fill=(255, 255, 255), font=font(h // 10))
        grey = img.convert("L").convert("RGB")
        for edited in (img, mirror, crop, bar, grey, img.resize((w // 2, h // 2))):
            assert _query(m, edited), f"seed {seed}: an edited copy did not match"
        for other in (4, 5, 6):
            assert not _query(m, photo(other)), "an unrelated image matched"
    # plain PDQ alone misses the mirror: the variants are what makes it match
    img = photo(1)
    assert hamming(pdq_of_image(img)[0], pdq_of_image(img.transpose(Image.Transpose.FLIP_LEFT_RIGHT))[0]) > 31


def test_caption_bar_over_a_picture_with_a_plain_margin() -> None:
    # The card's own plain bottom margin looks like a bar too: stripping both edges cuts into
    # the picture (far from the original); stripping only the side of the added bar matches.
    card = text_card(0, (560, 560), template=1)
    w, h = card.size
    barred = Image.new("RGB", (w, h + h // 6), (0, 0, 0))
    barred.paste(card, (0, h // 6))
    ImageDraw.Draw(barred).text((8, 18), "JOIN THE CARAVAN NOW", fill=(255, 255, 255), font=font(h // 12))
    original = pdq_of_image(card)[0]
    dist = {v.variant: hamming(original, v.hash) for v in pdq_variants(barred)}
    assert dist["unbar"] > 31 and dist["unbar-top"] <= 31
    assert _query(_bank_matcher(card), barred)


def test_low_quality_images_are_not_hashed_for_matching() -> None:
    flat = Image.new("RGB", (300, 300), (120, 120, 120))
    assert pdq_variants(flat) == []


def test_text_url_domain_signals() -> None:
    a = TextMinHashSignal.hash_text("Brothers, join the caravan of the believers in the land of honour!")
    b = TextMinHashSignal.hash_text("brothers join the caravan of the believers in the land of honour 🔥")
    c = TextMinHashSignal.hash_text("The city council approved the new budget for public libraries.")
    assert TextMinHashSignal.compare(a, b).match
    assert not TextMinHashSignal.compare(a, c).match
    assert canonical_url("HTTP://www.Example.org/x/?utm_source=tw&id=3#top") == "https://example.org/x?id=3"
    assert UrlSignal.compare("example.org/x", "https://www.example.org/x/").match
    assert DomainSignal.compare("cdn.files.example.org", "example.org").match
    assert not DomainSignal.compare("example.org", "files.example.org").match
    assert not DomainSignal.compare("badexample.org", "example.org").match
