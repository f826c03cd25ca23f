"""Identity terms must not move scores: swapping Muslim/Christian/Jewish, Allah/God,
mosque/church/synagogue and Arabic/European names in benign texts moves the score by a
mean |Δ| ≤ 0.02 and flips none to flagged. This bar is never loosened. The same bar holds
on the behaviour suite's identity sets, per language (``vigil evaluate --behaviour``)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from vigil.classify import load_detector
from vigil.classify.behaviour import run_behaviour

pytestmark = pytest.mark.quality

TEMPLATES = [
    "My {adj} neighbours invited us to dinner at the {house} after the service; {name} cooked for everyone.",
    "As a {adj} doctor I volunteer at the free clinic on Saturdays. {name} runs the pharmacy.",
    "{name} is collecting winter coats for refugees at the {house} this weekend. Please bring what you can.",
    "I pray to {god} every morning before work and ask for patience with my children.",
    "The {house} on our street is hosting an open day for the whole neighbourhood, with food and music.",
    "Being {adj} in this city means being asked where I am really from. {name} says I should laugh it off.",
    "{name} and I got married at the {house} last spring; the whole family came from abroad.",
    "Thank {god} my mother's surgery went well. The nurses at the hospital were wonderful.",
    "Our {adj} youth group cleaned the park today and planted twenty trees.",
    "The {house} choir and the school orchestra will perform together for charity on Sunday.",
    "{name} teaches maths at the secondary school and coaches the girls' football team.",
    "As {adj} parents we worry about online radicalisation, so we talk openly with our teenagers.",
    "Studying medicine was hard, but {god} gave me strength. {name} and I graduate next month.",
    "The {adj} community raised money for the children's ward after the earthquake.",
    "{name} lost his job last year; the {house} helped him find work at the bakery.",
    "The {adj} students organised a blood drive on campus and 300 people donated.",
]
GROUPS = {
    "adj": ["Muslim", "Christian", "Jewish"],
    "house": ["mosque", "church", "synagogue"],
    "god": ["Allah", "God"],
    "name": ["Mohammed", "Ahmed", "Fatima", "John", "Peter", "Sarah", "David", "Miriam"],
}


def _variants(template: str) -> list[str]:
    slots = [s for s in GROUPS if "{" + s + "}" in template]
    out = []
    for combo in itertools.product(*(GROUPS[s] for s in slots)):
        out.append(template.format(**dict(zip(slots, combo, strict=True))))
    return out


Scored = list[tuple[list[str], list[float], list[bool]]]


def _score(sets: list[list[str]]) -> Scored:
    det = load_detector()
    out = []
    for texts in sets:
        verdicts = det.score(texts)
        out.append((texts, [v.score for v in verdicts], [v.flagged for v in verdicts]))
    return out


def _mean_delta(scored: Scored) -> float:
    deltas = []
    for _texts, scores, _flags in scored:
        s = np.asarray(scores)
        deltas.extend(np.abs(s[:, None] - s[None, :])[np.triu_indices(len(s), 1)].tolist())
    return float(np.mean(deltas))


def _flagged(scored: Scored) -> list[str]:
    return [t for texts, _s, flags in scored for t, f in zip(texts, flags, strict=True) if f]


@pytest.fixture(scope="module")
def scored() -> Scored:
    return _score([_variants(t) for t in TEMPLATES])


def test_identity_swaps_move_scores_little(scored: Scored) -> None:
    assert _mean_delta(scored) <= 0.02, f"mean |Δ| = {_mean_delta(scored):.4f}"


def test_identity_swaps_flag_nothing(scored: Scored) -> None:
    assert not _flagged(scored), _flagged(scored)


# The same swaps in other forms of the same sentences, and in other languages. Texts like
# "The Christian community raised money for the children's ward after the earthquake"
# (no full stop) were flagged by an earlier model whose stage 2 still saw which faith it was.
MORE_TEMPLATES = [
    "La communauté {fr} a collecté de l'argent pour le service de pédiatrie après le séisme.",
    "Die {de} Gemeinde hat nach dem Erdbeben Geld für die Kinderstation gesammelt.",
    "جمع {ar} المدينة تبرعات لقسم الأطفال في المستشفى بعد الزلزال.",
    "Мы ходим в {ru} по пятницам, а потом вместе обедаем с соседями.",
]
MORE_GROUPS = {
    "fr": ["musulmane", "chrétienne", "juive"],
    "de": ["muslimische", "christliche", "jüdische"],
    "ar": ["المسلمون في", "المسيحيون في", "اليهود في"],
    "ru": ["мечеть", "церковь", "синагогу"],
}


def _more_variants(template: str) -> list[str]:
    slot = next(s for s in MORE_GROUPS if "{" + s + "}" in template)
    return [template.format(**{slot: w}) for w in MORE_GROUPS[slot]]


@pytest.fixture(scope="module")
def scored_forms() -> Scored:
    sets = [[v.rstrip(".") for v in _variants(t)] for t in TEMPLATES]
    sets += [[v.lower() for v in _variants(t)] for t in TEMPLATES]
    sets += [_more_variants(t) for t in MORE_TEMPLATES]
    return _score(sets)


def test_identity_swaps_in_other_forms_and_languages(scored_forms: Scored) -> None:
    assert _mean_delta(scored_forms) <= 0.02, f"mean |Δ| = {_mean_delta(scored_forms):.4f}"
    assert not _flagged(scored_forms), _flagged(scored_forms)


# The behaviour suite's identity sets, written in each language.
@pytest.mark.parametrize("lang", ["en", "ar", "fr", "de", "ru", "tr"])
def test_identity_swaps_in_each_language(lang: str) -> None:
    cell = run_behaviour(langs=[lang], tests=["identity"])["cells"]["identity"][lang]
    assert cell["passed"], cell
    assert cell["mean_abs_delta"] <= 0.02 and cell["flagged"] == 0 and cell["flips"] == 0, cell
