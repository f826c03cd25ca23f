"""The contract every signal type and its index keep (the shape of threatexchange's SignalTypeAutoTest)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from vigil.signals import SIGNAL_TYPES, FileHasher, SignalType, TextHasher, get_signal_type
from vigil.signals.base import SignalTypeIndex

ALL = sorted(SIGNAL_TYPES.values(), key=lambda t: t.name)


@pytest.fixture(params=ALL, ids=lambda t: t.name)
def stype(request: pytest.FixtureRequest) -> type[SignalType]:
    return request.param  # type: ignore[no-any-return]


def test_registry_names_are_the_types_names() -> None:
    for name, t in SIGNAL_TYPES.items():
        assert t.name == name
        assert get_signal_type(name.upper()) is t
    assert get_signal_type("photo_pdq").name == "pdq"
    with pytest.raises(KeyError):
        get_signal_type("nope")


def test_examples_are_valid_canonical_and_distinct(stype: type[SignalType]) -> None:
    ex = list(stype.examples())
    assert len(ex) >= 3
    for s in ex:
        assert stype.validate(s) == s
        assert stype.validate(stype.validate(s)) == s
    assert len(set(ex)) == len(ex)


def test_compare_is_a_match_with_itself_only(stype: type[SignalType]) -> None:
    ex = list(stype.examples())
    for s in ex:
        c = stype.compare(s, s)
        assert c.match and c.distance == 0
    for a, b in itertools.combinations(ex, 2):
        assert not stype.compare(a, b).match


def test_validate_rejects_garbage(stype: type[SignalType]) -> None:
    for bad in ("", "not a hash at all ###", "zz" * 40):
        with pytest.raises(ValueError):
            stype.validate(bad)


def test_index_equals_brute_force(stype: type[SignalType]) -> None:
    ex = list(stype.examples())
    index: SignalTypeIndex[int] = stype.index_cls()()
    for i, s in enumerate(ex):
        index.add(s, i)
    index.add(ex[0], 99)  # a duplicated signal keeps both payloads
    assert len(index) == len(ex) + 1
    stored = [*ex, ex[0]]
    payloads = [*range(len(ex)), 99]
    for q in ex:
        got = sorted((m.payload, m.distance) for m in index.query(q))
        want = sorted(
            (p, stype.compare(q, s).distance)
            for s, p in zip(stored, payloads, strict=True)
            if stype.compare(q, s).match
        )
        assert got == want


def test_hashers_are_deterministic(stype: type[SignalType], tmp_path: Path) -> None:
    from vigil.media.synth import photo, video

    if issubclass(stype, TextHasher):
        h = stype.hash_text("https://www.Example.org/path/?utm_source=x")
        assert h == stype.hash_text("https://www.Example.org/path/?utm_source=x")
        assert stype.validate(h) == h
    if issubclass(stype, FileHasher):
        if "video" in stype.media_kinds:
            path = video(tmp_path / "v.mp4", seed=1, seconds=3)
        else:
            path = tmp_path / "p.png"
            photo(1).save(path)
        h = stype.hash_file(path)
        assert h == stype.hash_file(path)
        assert stype.validate(h) == h
        assert stype.compare(h, h).match
