"""The shipped detector against the behaviour suite and the everyday posts, in every language.

What the detector must not key on — which city a post names, which language it is written
in, which faith or origin its people have — and what it must leave alone — a pitch quoted
inside counter-speech, news or research, and the ordinary posts that make up most of a
platform's stream — are gates the shipped model holds in each of the six languages.
``docs/model-card.md`` reports every cell's numbers, the pitch's recall among them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from vigil.classify import load_detector
from vigil.classify.behaviour import LANGS, run_behaviour
from vigil.classify.data import read_labelled

pytestmark = pytest.mark.quality

HELDOUT = Path(__file__).resolve().parents[1] / "devsets" / "everyday" / "everyday-heldout.csv"
# Goals: everyday posts <= 0.5% flagged in each language; ordinary religious posts <= 1%.
EVERYDAY_GOAL = 0.005
RELIGIOUS_GOAL = 0.01


@pytest.fixture(scope="module")
def behaviour() -> dict[str, Any]:
    return run_behaviour(tests=["place", "language", "identity", "quoting"])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("test", ["place", "language", "identity", "quoting"])
def test_the_gate_holds_in_every_language(behaviour: dict[str, Any], test: str, lang: str) -> None:
    cell = behaviour["cells"][test][lang]
    assert cell["passed"], cell


@pytest.fixture(scope="module")
def everyday() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    data = read_labelled(HELDOUT)
    flagged = np.array([v.flagged for v in load_detector().score(data.texts)])
    return flagged, np.array(data.langs), np.array(data.groups)


@pytest.mark.parametrize("lang", LANGS)
def test_everyday_posts_held_out_are_left_alone(everyday: tuple, lang: str) -> None:
    flagged, langs, groups = everyday
    m = langs == lang
    assert m.sum() >= 200
    k = int(flagged[m].sum())
    assert k <= EVERYDAY_GOAL * m.sum(), f"{lang}: {k}/{int(m.sum())} everyday posts flagged"
    r = m & (groups == "everyday_religious")
    kr = int(flagged[r].sum())
    assert kr <= RELIGIOUS_GOAL * r.sum(), f"{lang}: {kr}/{int(r.sum())} religious posts flagged"
