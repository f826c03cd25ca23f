"""Place names are masked as one word in six languages, and a model trained so scores the
same sentence the same whichever city it names."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from vigil.classify.detector import CascadeDetector, default_model_dir
from vigil.classify.places import PLACE_WORDS, gazetteer, mask_places

# (template, cities of the Syrian and Iraqi wars, cities far from them), per language, with
# the inflections each language gives the name.
SWAPS = [
    (
        "Rain expected in {} tomorrow, take an umbrella.",
        ["Aleppo", "Mosul", "Raqqa", "Deir ez-Zor"],
        ["Lyon", "Osaka", "Toronto", "Krakow"],
    ),
    ("Il pleut à {} ce matin.", ["Alep", "Mossoul", "Raqqa"], ["Lyon", "Porto", "Dublin"]),
    ("Morgen regnet es in {}.", ["Aleppo", "Mossul", "Homs"], ["Oslo", "München", "Melbourne"]),
    ("{}'da yarın yağmur bekleniyor.", ["Halep", "Musul", "Rakka", "İdlib"], ["Lyon", "Osaka", "İzmir"]),
    ("Завтра в {} дождь.", ["Алеппо", "Мосуле", "Ракке"], ["Лионе", "Осаке", "Москве"]),
    ("من {} إلى البحر.", ["حلب", "الموصل", "الرقة"], ["ليون", "أوساكا", "تورونتو"]),
    ("غدا مطر {}.", ["بحلب", "بالموصل", "بالرقة"], ["بليون", "بأوساكا", "بتورونتو"]),
]


@pytest.mark.parametrize(("template", "war", "far"), SWAPS)
def test_war_and_far_cities_mask_to_one_sentence(template: str, war: list[str], far: list[str]) -> None:
    masked = {mask_places(template.format(city)) for city in war + far}
    assert len(masked) == 1, masked
    (one,) = masked
    assert any(w in one for w in PLACE_WORDS.values())


def test_particles_and_suffixes_joined_to_a_name_are_kept() -> None:
    assert mask_places("غدا مطر بحلب") == "غدا مطر ب" + PLACE_WORDS["arabic"]
    assert mask_places("Halep'te yağmur") == "City'te yağmur"
    assert mask_places("в Мосуле") == "в Город"
    assert mask_places("From Deir ez-Zor to Lyon.") == "From City to City."


@pytest.mark.parametrize(
    "text",
    [
        "Nice weather, the police said the best hope is a mobile phone.",
        "Victory is from God and a near conquest.",
        "نصر من الله وفتح قريب",  # victory from God (Qur'an 61:13): no place in it
        "Brothers who are doctors, come and serve in the hospitals of the Caliphate.",
        "The Islamic State, Khilafah, Dawlah, Wilayat, Dabiq.",
    ],
)
def test_ordinary_and_group_words_are_not_places(text: str) -> None:
    assert mask_places(text) == text


def test_the_gazetteer_names_its_source_and_licence() -> None:
    from importlib import resources

    head = (resources.files("vigil.classify") / "places.txt").read_text("utf-8").splitlines()[:3]
    assert any("GeoNames" in line and "CC BY 4.0" in line for line in head)
    names, longest = gazetteer()
    assert {"aleppo", "mosul", "lyon", "osaka", "حلب", "الموصل", "мосул"} <= names
    assert 2 <= longest <= 4


def _copy_model(tmp_path: Path, mask: bool) -> Path:
    out = tmp_path / ("masked" if mask else "plain")
    shutil.copytree(default_model_dir(), out)
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    manifest["mask_places"] = mask
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return out


def test_a_model_that_masks_places_scores_any_city_the_same(tmp_path: Path) -> None:
    sentences = [t.format(c) for t, war, far in SWAPS[:1] for c in war + far]
    masked = CascadeDetector(_copy_model(tmp_path, True)).score(sentences)
    assert len({v.score for v in masked}) == 1
    assert len({v.flagged for v in masked}) == 1
    # The same arrays without the mask read the names: their scores differ.
    plain = CascadeDetector(_copy_model(tmp_path, False)).score(sentences)
    assert len({v.score for v in plain}) > 1


def test_training_with_masked_places_ships_the_mask(tmp_path: Path) -> None:
    """A model trained with mask_places says so in its manifest and masks when it scores;
    language_directions ship beside the identity directions."""
    from vigil.classify.train import TrainConfig, train_detector

    data = Path(__file__).resolve().parents[1] / "devsets" / "train.csv"
    cfg = TrainConfig(mask_places=True, language_directions=3, theme_stack=False, theme_cut_grid=None)
    manifest = train_detector(data, [], tmp_path / "m", cache_dir=tmp_path / "cache", limit=240, config=cfg)
    assert manifest["mask_places"] is True
    det = CascadeDetector(tmp_path / "m")
    assert det.mask_places and det.debias.shape[0] == 12 + 3
    a, b = det.score(["Doctors, come and serve in Mosul.", "Doctors, come and serve in Oslo."])
    assert a.score == b.score
