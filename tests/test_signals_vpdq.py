"""vPDQ's rule on partial copies: a query matches when >= 80% of its unique frames are in a bank video.

Real videos (H.264 slideshows, hashed by vpdq at 1 frame/s), encoded separately: the bank
video shows scenes 0-9; one upload re-uses 9 of its 10 scenes (90%: a match) and another
6 of its 10 (60%: no match), the rest being scenes of its own.
"""

from __future__ import annotations

import pytest

from vigil.media.synth import photo, slideshow
from vigil.signals.vpdq import VpdqIndex, VpdqSignal, parse, unique_good_hashes


@pytest.fixture(scope="module")
def videos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    d = tmp_path_factory.mktemp("vpdq")
    scenes = [photo(100 + i) for i in range(10)]
    own = [photo(200 + i) for i in range(10)]
    paths = {
        "bank": slideshow(d / "bank.mp4", scenes),
        "above": slideshow(d / "above.mp4", scenes[:9] + own[:1]),
        "below": slideshow(d / "below.mp4", scenes[:6] + own[:4]),
    }
    return {name: VpdqSignal.hash_file(p) for name, p in paths.items()}


def test_partial_copies_either_side_of_the_80_percent_line(videos: dict[str, str]) -> None:
    for name in videos:  # one good unique frame per scene, so the shares are exact tenths
        assert len(unique_good_hashes(parse(videos[name]))) == 10, name
    above = VpdqSignal.compare(videos["above"], videos["bank"])
    below = VpdqSignal.compare(videos["below"], videos["bank"])
    assert above.match and above.detail["query_match"] == pytest.approx(0.9)
    assert above.distance == pytest.approx(0.1)
    assert not below.match and below.detail["query_match"] == pytest.approx(0.6)
    # the index gives the same answers as the comparison
    index: VpdqIndex[str] = VpdqIndex()
    index.add(videos["bank"], "bank")
    assert [(m.payload, m.distance) for m in index.query(videos["above"])] == [("bank", pytest.approx(0.1))]
    assert index.query(videos["below"]) == []
    # the rule is about the query's frames: the bank video is 90%/60% inside the uploads too,
    # so swapping roles gives the same decisions here
    assert VpdqSignal.compare(videos["bank"], videos["above"]).match
    assert not VpdqSignal.compare(videos["bank"], videos["below"]).match
