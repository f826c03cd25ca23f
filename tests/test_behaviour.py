"""The behaviour suite (``vigil evaluate --behaviour``): its checklists are well formed in
every language, and its runner reports what a real model does, gate by gate.

The runner is tested with a tiny detector trained here on the self-written devset (a real
cascade, seconds to train); the shipped model's gates are ``quality`` tests.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from vigil.classify.behaviour import (
    GATES,
    LANGS,
    TESTS,
    ChecklistError,
    checklist_dir,
    expand,
    format_table,
    load_checklists,
    run_behaviour,
)
from vigil.classify.detector import CascadeDetector
from vigil.classify.train import train_detector

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"


@pytest.fixture(scope="module")
def checklists() -> dict[str, dict]:
    return load_checklists()


# -- the checklists ---------------------------------------------------------------------------


def test_every_language_has_every_test(checklists: dict[str, dict]) -> None:
    assert sorted(p.stem for p in checklist_dir().glob("*.json")) == sorted(LANGS)
    for lang, cl in checklists.items():
        place = cl["place"]
        assert len(place["templates"]) >= 30, lang
        assert len(place["war_cities"]) == len(place["far_cities"]) >= 10, lang
        assert len(cl["language"]) >= 25, lang
        assert len(cl["identity"]) >= 8 and all(len(i["fill"]) >= 2 for i in cl["identity"]), lang
        assert {p["kind"] for p in cl["pitch"]} == {"call", "services"}, lang
        assert len(cl["pitch"]) >= 24, lang
        assert {q["kind"] for q in cl["quoting"]} == {"counter_speech", "news", "research"}, lang
        cases = expand({lang: cl})
        assert {c.test for c in cases} == set(TESTS), lang


def test_languages_are_translations_of_one_suite(checklists: dict[str, dict]) -> None:
    """The same concepts, the same number of templates and city pairs, and the pitches and
    frames in the same order and kinds, so that per-language numbers compare."""
    en = checklists["en"]
    for lang, cl in checklists.items():
        assert list(cl["language"]) == list(en["language"]), lang
        assert len(cl["place"]["templates"]) == len(en["place"]["templates"]), lang
        assert len(cl["place"]["war_cities"]) == len(en["place"]["war_cities"]), lang
        assert [p["kind"] for p in cl["pitch"]] == [p["kind"] for p in en["pitch"]], lang
        assert [q["kind"] for q in cl["quoting"]] == [q["kind"] for q in en["quoting"]], lang
        assert len(cl["identity"]) == len(en["identity"]), lang


def test_place_pairs_differ_only_in_the_city(checklists: dict[str, dict]) -> None:
    for lang, cl in checklists.items():
        war, far = cl["place"]["war_cities"], cl["place"]["far_cities"]
        assert not set(war) & set(far) and len(set(war)) == len(war) and len(set(far)) == len(far), lang
        for tpl in cl["place"]["templates"]:
            assert tpl.count("{city}") == 1, tpl
            assert not any(city in tpl for city in war + far), tpl
        pairs: dict[str, dict[str, str]] = {}
        for c in expand({lang: cl}):
            if c.test == "place":
                pairs.setdefault(c.unit, {})[c.variant] = c.text
        assert len(pairs) == len(cl["place"]["templates"]) * len(war), lang
        for unit, pair in pairs.items():
            p = int(unit.split("/p")[1])
            assert pair["war"].replace(war[p], "{city}") == pair["far"].replace(far[p], "{city}"), pair


def test_identity_sets_differ_only_in_the_identity_term(checklists: dict[str, dict]) -> None:
    for lang, cl in checklists.items():
        for item in cl["identity"]:
            assert item["template"].count("{x}") == 1, item
            assert len(set(item["fill"])) == len(item["fill"]), item
        sets: dict[str, list[tuple[str, str]]] = {}
        for c in expand({lang: cl}):
            if c.test == "identity":
                sets.setdefault(c.unit, []).append((c.variant, c.text))
        for members in sets.values():
            assert len({text.replace(x, "{x}", 1) for x, text in members}) == 1, members


def test_quotations_hold_the_pitches_verbatim(checklists: dict[str, dict]) -> None:
    for lang, cl in checklists.items():
        pitches = [p["text"] for p in cl["pitch"]]
        assert len(set(pitches)) == len(pitches), lang
        for frame in cl["quoting"]:
            assert frame["template"].count("{pitch}") == 1, frame
        quoted = [c for c in expand({lang: cl}) if c.test == "quoting"]
        assert len(quoted) == len(pitches) * len(cl["quoting"])
        for c in quoted:
            assert pitches[int(c.unit.split("/p")[1])] in c.text, c


def test_every_text_is_in_its_language(checklists: dict[str, dict]) -> None:
    """Each template, sentence, pitch and frame reads as its file's language to the
    language identifier the pipeline uses (a template left untranslated would not)."""
    from vigil.extract import detect_languages

    for lang, cl in checklists.items():
        texts = [t.replace("{city}", cl["place"]["far_cities"][0]) for t in cl["place"]["templates"]]
        texts += list(cl["language"].values())
        texts += [i["template"].replace("{x}", i["fill"][0]) for i in cl["identity"]]
        texts += [p["text"] for p in cl["pitch"]]
        texts += [q["template"].replace("{pitch}", "") for q in cl["quoting"]]
        wrong = [(t, got) for t, got in zip(texts, detect_languages(texts), strict=True) if got != lang]
        assert not wrong, (lang, wrong)


def _shingles(text: str, n: int = 8) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_checklists_share_no_eight_word_run_with_training_or_evaluation_data(
    checklists: dict[str, dict],
) -> None:
    """The suite is written apart from the data: no run of eight words in common with the
    self-written devsets (training and evaluation) or, where present, the training pack
    and the magazine quotations. A suite the model was trained on would measure nothing."""
    ours: dict[str, str] = {}
    for c in expand(checklists):
        for s in _shingles(c.text):
            ours.setdefault(s, c.text)
    sources = sorted((REPO / "devsets").rglob("*.csv"))
    sources += [p for p in (SHARED / "train.csv", SHARED / "dev.csv") if p.exists()]
    sources += sorted((SHARED / "isis-religious-texts").glob("*core8.csv")) if SHARED.exists() else []
    assert sources
    shared = []
    for path in sources:
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    shared += [(path.name, s, ours[s]) for s in _shingles(cell) if s in ours]
    assert not shared, shared[:5]


def test_a_bad_checklist_is_named(tmp_path: Path) -> None:
    with pytest.raises(ChecklistError, match=r"en\.json: no checklist for language 'en'"):
        load_checklists(tmp_path, ["en"])
    (tmp_path / "en.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ChecklistError, match=r"en\.json: unreadable checklist"):
        load_checklists(tmp_path, ["en"])
    (tmp_path / "en.json").write_text(json.dumps({"lang": "fr"}), encoding="utf-8")
    with pytest.raises(ChecklistError, match=r"en\.json: expected lang 'en'"):
        load_checklists(tmp_path, ["en"])
    good = load_checklists(langs=["en"])["en"]
    for broken, problem in (
        ({"place": {**good["place"], "far_cities": ["Oslo"]}}, "must pair up"),
        ({"place": {**good["place"], "templates": ["Rain in Oslo."]}}, "without exactly one {city}"),
        ({"identity": [{"template": "The {x} choir.", "fill": ["church"]}]}, "two or more terms"),
        ({"quoting": [{"kind": "news", "template": "no slot"}]}, "without exactly one {pitch}"),
        ({"pitch": [{"text": "Come."}]}, "needs a 'kind'"),
    ):
        (tmp_path / "en.json").write_text(json.dumps({**good, **broken}), encoding="utf-8")
        with pytest.raises(ChecklistError, match=re.escape(problem)):
            load_checklists(tmp_path, ["en"])


# -- the runner, with a real tiny model ---------------------------------------------------------


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tiny")
    train_detector(REPO / "devsets" / "train.csv", [], out / "model", cache_dir=out / "cache", limit=200)
    return out / "model"


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first few cases of every test of each shipped checklist: the runner's tests
    need the logic, not the volume (every shipped case is checked above)."""
    out = tmp_path_factory.mktemp("checklists")
    for lang, cl in load_checklists().items():
        cl["place"] = {k: v[:3] for k, v in cl["place"].items()}
        cl["language"] = dict(list(cl["language"].items())[:6])
        calls = [p for p in cl["pitch"] if p["kind"] == "call"]
        cl["pitch"] = calls[:3] + [p for p in cl["pitch"] if p["kind"] == "services"][:3]
        cl["identity"] = cl["identity"][:2] + cl["identity"][-1:]
        cl["quoting"] = cl["quoting"][::3]
        (out / f"{lang}.json").write_text(json.dumps(cl, ensure_ascii=False), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def tiny_result(tiny_model: Path, small: Path) -> dict:
    return run_behaviour(CascadeDetector(tiny_model), directory=small)


def test_runner_reports_every_language_and_test(tiny_result: dict) -> None:
    assert tiny_result["langs"] == list(LANGS)
    assert set(tiny_result["cells"]) == set(TESTS)
    for test in TESTS:
        assert set(tiny_result["cells"][test]) == set(LANGS), test
    assert tiny_result["passed"] == all(
        cell["passed"] for per in tiny_result["cells"].values() for cell in per.values()
    )


def test_runner_numbers_are_the_models_verdicts(tiny_model: Path, small: Path, tiny_result: dict) -> None:
    """Recomputed here from the detector's own verdicts, test by test."""
    det = CascadeDetector(tiny_model)
    cells = tiny_result["cells"]
    lists = load_checklists(small)
    for lang in LANGS:
        cl = lists[lang]
        war, far = cl["place"]["war_cities"], cl["place"]["far_cities"]
        a = det.score([t.replace("{city}", w) for t in cl["place"]["templates"] for w in war])
        b = det.score([t.replace("{city}", f) for t in cl["place"]["templates"] for f in far])
        delta = np.array([x.score - y.score for x, y in zip(a, b, strict=True)])
        flips = sum(x.flagged != y.flagged for x, y in zip(a, b, strict=True))
        place = cells["place"][lang]
        assert place["flips"] == flips and place["pairs"] == len(delta)
        assert place["mean_abs_delta"] == pytest.approx(np.abs(delta).mean(), abs=1e-4)
        assert place["mean_delta"] == pytest.approx(delta.mean(), abs=1e-4)
        assert place["passed"] == (
            flips == 0 and place["mean_abs_delta"] <= GATES["place"]["max_mean_abs_delta"]
        )

        pitch = det.score([p["text"] for p in cl["pitch"]])
        recall = float(np.mean([v.flagged for v in pitch]))
        assert cells["pitch"][lang]["recall"] == pytest.approx(recall, abs=1e-4)
        assert cells["pitch"][lang]["passed"] == (recall >= GATES["pitch"]["min_recall"])

        quoted = det.score(
            [q["template"].replace("{pitch}", p["text"]) for q in cl["quoting"] for p in cl["pitch"]]
        )
        rate = float(np.mean([v.flagged for v in quoted]))
        assert cells["quoting"][lang]["flagged_rate"] == pytest.approx(rate, abs=1e-4)

        ident = [det.score([i["template"].replace("{x}", x) for x in i["fill"]]) for i in cl["identity"]]
        flagged = sum(v.flagged for vs in ident for v in vs)
        id_flips = sum(len({v.flagged for v in vs}) > 1 for vs in ident)
        assert cells["identity"][lang]["flagged"] == flagged and cells["identity"][lang]["flips"] == id_flips

    # language invariance: a concept's verdicts across the languages run
    concepts = list(lists["en"]["language"])
    per_lang = {lang: det.score(list(lists[lang]["language"].values())) for lang in LANGS}
    for lang in LANGS:
        odd = 0
        for k in range(len(concepts)):
            flags = [per_lang[other][k].flagged for other in LANGS]
            odd += per_lang[lang][k].flagged != (sum(flags) * 2 > len(flags))
        assert cells["language"][lang]["odd_one_out"] == odd


@pytest.fixture(scope="module")
def blind_model(tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same tiny model at an unreachable threshold: it flags nothing."""
    blind = tmp_path_factory.mktemp("blind") / "model"
    shutil.copytree(tiny_model, blind)
    manifest = json.loads((blind / "manifest.json").read_text("utf-8"))
    manifest["threshold"] = 1.5
    (blind / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return blind


def test_a_model_that_flags_nothing_fails_the_pitch_gate(
    blind_model: Path, small: Path, tmp_path: Path
) -> None:
    """Nothing flagged: every pitch cell fails at recall 0, while nothing can flip or be
    quoted into a flag."""
    res = run_behaviour(CascadeDetector(blind_model), directory=small, plot=tmp_path / "b.png")
    assert not res["passed"]
    for lang in LANGS:
        assert res["cells"]["pitch"][lang]["recall"] == 0.0 and not res["cells"]["pitch"][lang]["passed"]
        assert res["cells"]["quoting"][lang]["flagged"] == 0 and res["cells"]["quoting"][lang]["passed"]
        assert res["cells"]["place"][lang]["flips"] == 0
        assert res["cells"]["language"][lang]["passed"]
    assert (tmp_path / "b.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    table = format_table(res)
    assert "FAILED: at least one gate" in table
    assert re.search(r"^  tr\s+FAIL\s+6\s+0\s+0\.000", table, re.M), table  # 6 pitches in `small`


def test_runner_runs_the_tests_asked_for(tiny_model: Path, small: Path) -> None:
    res = run_behaviour(CascadeDetector(tiny_model), directory=small, langs=["ru"], tests=["pitch", "place"])
    assert res["tests"] == ["place", "pitch"] and set(res["cells"]) == {"place", "pitch"}
    assert "quoting" not in format_table(res)
    with pytest.raises(ValueError, match="unknown behaviour tests"):
        run_behaviour(CascadeDetector(tiny_model), directory=small, tests=["places"])


def test_cli_exit_status_follows_the_gates(blind_model: Path, small: Path, tmp_path: Path) -> None:
    base = [sys.executable, "-m", "vigil", "evaluate", "--behaviour", "--checklists", str(small)]
    png = tmp_path / "behaviour.png"
    res = subprocess.run(
        [*base, "--model", str(blind_model), "--langs", "de", "ar", "--format", "json", "--plot", str(png)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    out = json.loads(res.stdout)
    assert res.returncode == 1 and not out["passed"], res.stderr  # it misses every pitch
    assert out["langs"] == ["de", "ar"] and set(out["cells"]) == set(TESTS)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    for args, message in (
        (["--errors", str(tmp_path / "e.csv")], "apply to --data only"),
        (["--langs", "it"], "it.json: no checklist for language 'it'"),
    ):
        res = subprocess.run([*base, *args], capture_output=True, text=True, cwd=REPO)
        assert res.returncode == 2 and res.stderr.strip().count("\n") == 0, res.stderr
        assert message in res.stderr and "Traceback" not in res.stderr

    res = subprocess.run(
        [sys.executable, "-m", "vigil", "evaluate"], capture_output=True, text=True, cwd=REPO
    )
    assert res.returncode == 2 and "--data --behaviour" in res.stderr
