"""Stage 2's second view: what a text says outside its quotation marks.

A pitch quoted inside counter-speech, news or research shares most of its words, and most of
its embedding, with the pitch posted plainly; a model trained to read the text around the
quotation as well (``TrainConfig.stage2_outside_quotes``) can tell them apart. Here: the
quotation marks of the six languages are found, apostrophes are not taken for quotes, a
post that is nothing but a quotation is read whole, and a model trained so ships and uses
the second view.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from vigil.classify.detector import CascadeDetector
from vigil.classify.text import QUOTE_MARK, outside_quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The post reads: "Doctors, come and serve." It is a lie.',
            f"The post reads: {QUOTE_MARK} It is a lie.",
        ),
        (
            "Der Aufruf „Kommt und heilt eure Brüder“ war eine Falle.",
            f"Der Aufruf {QUOTE_MARK} war eine Falle.",
        ),
        ("Le message « venez soigner vos frères » est un piège.", f"Le message {QUOTE_MARK} est un piège."),
        ("Они писали: «приезжайте лечить братьев». Это ложь.", f"Они писали: {QUOTE_MARK} . Это ложь."),
        ("Mesaj şuydu: “Gelin, kardeşlerinizi tedavi edin.” Yalan.", f"Mesaj şuydu: {QUOTE_MARK} Yalan."),
        ("قالوا: «تعالوا داووا إخوانكم». لا تصدقوهم.", f"قالوا: {QUOTE_MARK} . لا تصدقوهم."),
    ],
)
def test_the_quotation_marks_of_every_language_are_read(text: str, expected: str) -> None:
    assert outside_quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "L'État islamique n'a jamais construit d'hôpital digne de ce nom.",  # apostrophes
        "İslam Devleti'nde doktor yoktu.",
        '"Doctors, come and serve the ummah in the hospitals of the Caliphate."',  # only a quotation
        "«تعالوا داووا إخوانكم في الدولة»",
        'He said "no" twice.',  # too short to be a quotation of anything
        "no quotation at all",
    ],
)
def test_a_text_that_quotes_nothing_or_only_quotes_is_read_whole(text: str) -> None:
    assert outside_quotes(text) == text


def _tiny(tmp_path: Path, outside: bool) -> tuple[dict, CascadeDetector]:
    """A cascade trained in seconds on the first rows of the self-written devset."""
    from vigil.classify.train import TrainConfig, train_detector

    data = Path(__file__).resolve().parents[1] / "devsets" / "train.csv"
    cfg = TrainConfig(stage2_outside_quotes=outside, theme_stack=False, theme_cut_grid=None)
    manifest = train_detector(data, [], tmp_path / "m", cache_dir=tmp_path / "cache", limit=240, config=cfg)
    return manifest, CascadeDetector(tmp_path / "m")


def test_a_model_trained_with_the_second_view_ships_and_uses_it(tmp_path: Path) -> None:
    manifest, det = _tiny(tmp_path, outside=True)
    assert manifest["stage2_input"] == "text_and_outside_quotes"
    assert det.outside_quotes
    plain = "Doctors, come and serve the ummah in the hospitals of the Caliphate."
    quoted = f'Recruiters sent this to medical students: "{plain}" Do not believe them.'
    clean = det.clean([plain, quoted])
    E = det._embed(clean)
    X = det._stage2_input(clean, E)
    assert X.shape == (2, 2 * E.shape[1])
    assert np.array_equal(X[0, : E.shape[1]], X[0, E.shape[1] :])  # no quotation: the text twice
    assert np.allclose(X[1, E.shape[1] :], det._embed([outside_quotes(clean[1])])[0])
    a, b = det.score([plain, quoted])
    assert a.score != b.score
    # stage 2's weights cover both views
    assert (
        json.loads((tmp_path / "m" / "manifest.json").read_text("utf-8"))["stage2_input"]
        == manifest["stage2_input"]
    )
    assert det.stage2.decision_function(X).shape == (2,)


def test_a_model_trained_without_it_reads_the_text_alone(tmp_path: Path) -> None:
    manifest, det = _tiny(tmp_path, outside=False)
    assert manifest["stage2_input"] == "text"
    assert not det.outside_quotes
    clean = det.clean(['They wrote: "come and serve". We said no.'])
    E = det._embed(clean)
    assert det._stage2_input(clean, E) is E
