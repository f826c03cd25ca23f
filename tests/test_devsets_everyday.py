"""Tests of devsets/everyday/build_everyday.py and of the committed everyday-heldout.csv.

The build runs on real git snapshots made here (two small repositories, one with a training
licence and one evaluation-only) with vigil's real language id, so the tests need neither
the network nor the fetched corpora. Where the real snapshots are present
(``/work/.mirror``), one more test rebuilds the committed held-out file from them.
"""

from __future__ import annotations

import csv
import subprocess
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
HELDOUT = REPO / "devsets" / "everyday" / "everyday-heldout.csv"

# Everyday English posts, each clearly English; 40 of them so split and caps have room.
_FOODS = ["lentil soup", "apple pie", "fish tacos", "pancakes", "a big salad"]
_PEOPLE = ["my sister", "my grandmother", "our neighbours", "the kids", "my best friend", "my boss"]
_DAYS = [
    "on Sunday",
    "after work",
    "this weekend",
    "tonight",
    "for lunch today",
    "yesterday evening",
    "at noon",
]
ENGLISH = [f"Cooked {f} with {p} {d}, it was really lovely." for f in _FOODS for p in _PEOPLE for d in _DAYS][
    :40
]
RELIGIOUS_EN = "We went to the mosque for the evening prayer and then had dinner with family."
OFF_TOPIC_EN = "Another terror attack in the news today, I cannot watch this anymore."
GERMAN_IN_EN = "Heute gehen wir mit den Kindern in den Park und essen danach ein Eis."
SHORT = "ok lol"
EVAL_EN = [
    "The train was late again this morning but the coffee at the station was good.",
    "Finally finished painting the kitchen, it looks so much brighter now.",
    "Our football team won the match three to one, what a great evening it was.",
]


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, check=True, capture_output=True, text=True, env=_GIT_ENV
    ).stdout.strip()


_GIT_ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.org",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.org",
    "GIT_AUTHOR_DATE": "2026-01-01T00:00:00",
    "GIT_COMMITTER_DATE": "2026-01-01T00:00:00",
    "HOME": "/nonexistent",
    "PATH": "/usr/bin:/bin",
}


def _snapshot(mirrors: Path, name: str, files: dict[str, str]) -> str:
    """A git snapshot laid out like fetch's (``<mirrors>/<name>/repo``); returns its commit."""
    repo = mirrors / name / "repo"
    repo.mkdir(parents=True)
    _git(repo, "init", "-q")
    for path, text in files.items():
        (repo / path).write_text(text, encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "data")
    return _git(repo, "rev-parse", "HEAD")


@pytest.fixture(scope="module")
def mod(devset_script: Callable[[str], ModuleType]) -> ModuleType:
    return devset_script("everyday/build_everyday.py")


@pytest.fixture(scope="module")
def world(mod: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:  # type: ignore[type-arg]
    mirrors = tmp_path_factory.mktemp("mirrors")
    train_lines = [*ENGLISH, RELIGIOUS_EN, OFF_TOPIC_EN, GERMAN_IN_EN, SHORT, ENGLISH[0], EVAL_EN[0]]
    tsv = "".join(f"{t}\tPOS\n" for t in train_lines)
    c_train = _snapshot(mirrors, "o+train", {"posts.tsv": tsv})
    # the eval-only source repeats one training text (with a link) and has its own rows
    c_eval = _snapshot(
        mirrors, "o+evalonly", {"text.txt": "\n".join([f"{EVAL_EN[0]} https://t.co/x", *EVAL_EN[1:]]) + "\n"}
    )
    sources = [
        mod.Source(
            "permissive", "o+train", c_train, "posts.tsv", "en", mod.tsv_column(0), "MIT", mod.TRAIN,
            redistribute=True, cap=30,
        ),
        mod.Source(
            "restricted", "o+evalonly", c_eval, "text.txt", "en", mod.lines_text, "none", mod.EVAL_ONLY,
        ),
    ]  # fmt: skip
    return mirrors, sources


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == ["id", "source", "label", "group", "lang", "text"]
        return list(reader)


@pytest.fixture(scope="module")
def built(mod: ModuleType, world: tuple[Path, list], tmp_path_factory: pytest.TempPathFactory) -> Path:  # type: ignore[type-arg]
    mirrors, sources = world
    out = tmp_path_factory.mktemp("out")
    report = mod.build(mirrors, out, out / "heldout.csv", sources=sources)
    assert report.dropped[("permissive", "off_topic")] == 1
    return out


def test_build_is_deterministic(
    mod: ModuleType, world: tuple[Path, list], built: Path, tmp_path: Path
) -> None:  # type: ignore[type-arg]
    mirrors, sources = world
    mod.build(mirrors, tmp_path, tmp_path / "heldout.csv", sources=sources)
    for name in ("everyday-train.csv", "everyday-eval.csv", "heldout.csv"):
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes(), name


def test_schema_and_labels(built: Path) -> None:
    for name in ("everyday-train.csv", "everyday-eval.csv", "heldout.csv"):
        rows = _read(built / name)
        assert rows, name
        assert {r["label"] for r in rows} == {"0"}
        assert {r["group"] for r in rows} <= {"everyday", "everyday_religious"}
        assert {r["lang"] for r in rows} == {"en"}
        assert len({r["id"] for r in rows}) == len(rows)


def test_train_and_eval_share_no_text(mod: ModuleType, built: Path) -> None:
    train = {mod.loose_key(r["text"]) for r in _read(built / "everyday-train.csv")}
    evals = {mod.loose_key(r["text"]) for r in _read(built / "everyday-eval.csv")}
    held = {mod.loose_key(r["text"]) for r in _read(built / "heldout.csv")}
    assert train and evals and held
    assert not train & evals
    assert held <= evals


def test_eval_only_source_never_in_train(built: Path) -> None:
    train = _read(built / "everyday-train.csv")
    evals = _read(built / "everyday-eval.csv")
    assert {r["source"] for r in train} == {"permissive"}
    restricted = [r for r in evals if r["source"] == "restricted"]
    # its copy of a training text (EVAL_EN[0] with a link) lost dedup to the training source
    assert sorted(r["text"] for r in restricted) == sorted(EVAL_EN[1:])
    assert not any(r["source"] == "restricted" for r in _read(built / "heldout.csv"))


def test_filters_cap_and_groups(mod: ModuleType, built: Path) -> None:
    rows = _read(built / "everyday-train.csv") + _read(built / "everyday-eval.csv")
    texts = Counter(r["text"] for r in rows)
    assert OFF_TOPIC_EN not in texts and GERMAN_IN_EN not in texts and SHORT not in texts
    assert max(texts.values()) == 1
    # the cap counts each group apart: 30 everyday rows, and the one religious row on top
    assert sum(r["source"] == "permissive" and r["group"] == "everyday" for r in rows) == 30
    religious = [r for r in rows if r["group"] == "everyday_religious"]
    assert [r["text"] for r in religious] == [RELIGIOUS_EN]
    assert all(mod.RELIGIOUS.search(r["text"]) for r in religious)
    assert all(r["group"] == "everyday" for r in rows if r["text"] in ENGLISH)


def test_split_is_by_text(mod: ModuleType, built: Path) -> None:
    for r in _read(built / "everyday-train.csv"):
        assert not mod.heldout(r["text"])
    for r in _read(built / "everyday-eval.csv"):
        if r["source"] == "permissive":
            assert mod.heldout(r["text"])


def test_missing_snapshot_is_one_clear_line(
    mod: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert mod.main(["--mirrors", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "no snapshot" in err
    assert not (tmp_path / "out").exists()


def test_cleaning_hides_accounts_and_links(mod: ModuleType) -> None:
    assert (
        mod.clean("RT @some_one:  hi\\u2019s |LBR| https://t.co/abc  www.x.org") == "RT @user: hi’s http http"
    )


def test_training_sources_have_training_licences(mod: ModuleType) -> None:
    allowed = {"MIT", "CC-BY-4.0", "CC-BY-SA-4.0", "GPL-2.0"}
    for source in mod.SOURCES:
        if source.use == mod.TRAIN:
            assert source.licence in allowed, source
        else:
            assert source.use == mod.EVAL_ONLY and not source.redistribute, source
        if source.redistribute:
            assert source.licence in allowed - {"GPL-2.0"}, source
    # common.md's evaluation-only corpora are not sources at all
    names = " ".join(f"{s.name} {s.repo}" for s in mod.SOURCES).lower()
    for banned in ("conan", "stormfront", "hate-speech-dataset", "ag_news", "agnews", "fifth", "alfifi"):
        assert banned not in names


def test_committed_heldout(mod: ModuleType) -> None:
    rows = _read(HELDOUT)
    per_lang = Counter(r["lang"] for r in rows)
    assert set(per_lang) == set(mod.LANGS)
    assert all(200 <= n <= mod.HELDOUT_PER_LANG for n in per_lang.values()), per_lang
    redistributable = {s.name for s in mod.SOURCES if s.redistribute}
    assert {r["source"] for r in rows} <= redistributable
    keys = [mod.loose_key(r["text"]) for r in rows]
    assert len(set(keys)) == len(keys)
    for r in rows:
        assert r["label"] == "0" and r["group"] in {"everyday", "everyday_religious"}
        assert mod.heldout(r["text"]), r["id"]  # never in the training file
        assert mod.length_ok(r["text"]) and not mod.OFF_TOPIC.search(r["text"].replace("_", " ")), r["id"]
    assert any(r["group"] == "everyday_religious" and r["lang"] == "ar" for r in rows)


def test_committed_heldout_rebuilds_from_the_snapshots(mod: ModuleType, tmp_path: Path) -> None:
    missing = [s.repo for s in mod.SOURCES if not (mod.DEFAULT_MIRRORS / s.repo / "repo").exists()]
    if missing:
        pytest.skip(f"snapshots not fetched: {sorted(set(missing))}")
    try:
        mod.build(mod.DEFAULT_MIRRORS, tmp_path, tmp_path / "heldout.csv")
    except mod.SourceMissing as exc:  # a snapshot fetched again without the pinned commit
        pytest.skip(str(exc))
    assert (tmp_path / "heldout.csv").read_bytes() == HELDOUT.read_bytes()
    train = {mod.loose_key(r["text"]) for r in _read(tmp_path / "everyday-train.csv")}
    assert not train & {mod.loose_key(r["text"]) for r in _read(HELDOUT)}


def test_parsers_undo_the_corpora_tokenisation(mod: ModuleType) -> None:
    conll = "I\tO\ncan't\tO\nwait\tO\n(\tO\nreally\tO\n)\tO\n!\tO\n\n@bob\tO\nhi\tO\n"
    assert list(mod.conll_tokens(conll.encode())) == [(0, "I can't wait (really)!"), (8, "@bob hi")]
    conllu = (
        "# sent_id = a-1\n# genre = fiction\n# text = non\n1\tnon\n\n"
        "# sent_id = b-2\n# genre = social\n# text = da\n1\tda\n\n"
        "# sent_id = MorphoRuEval2017-test-vk-3\n# text = vk\n1\tvk\n"
    )
    assert [t for _, t in mod.conllu_text(social_only=True)(conllu.encode())] == ["da", "vk"]
    assert [t for _, t in mod.conllu_text()(conllu.encode())] == ["non", "da", "vk"]
    french = mod._french_contractions(mod.lines_text)("on parlait de le ju~ jupe à le lycée".encode())
    assert list(french) == [(0, "on parlait du jupe au lycée")]
    turkish = mod._turkish_sentence_case(mod.lines_text)("İYİ BİR OTEL, IŞIKLI ODALAR".encode())
    assert list(turkish) == [(0, "İyi bir otel, ışıklı odalar")]
    assert mod.clean("Çok güzel .") == "Çok güzel."


def test_flag_rates_tables(devset_script: Callable[[str], ModuleType]) -> None:
    rates = devset_script("everyday/flag_rates.py")
    rows = [
        {"source": "s1", "group": "everyday", "lang": "ar"},
        {"source": "s1", "group": "everyday_religious", "lang": "ar"},
        {"source": "s2", "group": "everyday", "lang": "ar"},
        {"source": "s2", "group": "everyday", "lang": "fr"},
    ]
    out = rates.flag_rates(rows, [True, False, True, False])
    assert "| ar | 3 | 2 | 66.67% |" in out
    assert "| fr | 1 | 0 | 0.00% |" in out
    assert "All: 2 of 4 flagged (50.00%)." in out
    assert "| everyday_religious / ar | 1 | 0 | 0.00% |" in out
    assert "| s2 / ar | 1 | 1 | 100.00% |" in out


def test_every_everyday_group_has_a_goal_in_each_language(mod: ModuleType) -> None:
    import numpy as np

    from vigil.classify.evaluate import FPR_TARGETS, goal_checks

    rows = _read(HELDOUT)
    groups = np.array([r["group"] for r in rows])
    assert set(groups.tolist()) <= set(FPR_TARGETS)
    flagged = np.zeros(len(rows), dtype=bool)
    flagged[[i for i, r in enumerate(rows) if r["lang"] == "ar"][:2]] = True  # 2 of 300 Arabic rows
    checks = {
        c["goal"]: c
        for c in goal_checks(
            flagged, np.zeros(len(rows), dtype=int), groups, np.array([r["lang"] for r in rows])
        )
    }
    for lang in mod.LANGS:
        assert checks[f"everyday/{lang}"]["target"] == 0.005
    ar = [c for goal, c in checks.items() if goal.endswith("/ar")]
    assert sum(c["k"] for c in ar) == 2 and not all(c["met"] for c in ar)
    assert all(c["met"] for goal, c in checks.items() if not goal.endswith("/ar") and "/" in goal)


@pytest.mark.parametrize(
    ("text", "religious"),
    [
        ("اللهم اشفِ مرضانا", True),
        ("جمعة مباركة يا أحباب", True),
        ("الجو حار جدا اليوم في الرياض", False),
        ("Слава Богу, всё хорошо", True),
        ("он богатый человек", False),
        ("господин директор опоздал", False),
        ("Camiye gittik, sonra yemek yedik", True),
        ("Camia çok üzüldü", False),
        ("Gott sei Dank ist das Wetter schön", True),
        ("We went to church then had brunch", True),
    ],
)
def test_religious_pattern(mod: ModuleType, text: str, religious: bool) -> None:
    assert bool(mod.RELIGIOUS.search(text)) is religious
