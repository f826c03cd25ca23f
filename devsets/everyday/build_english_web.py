"""English web text and news for training, in place of the pack's Stormfront and AG News rows.

The training pack's English negatives included sentences of Stormfront posts (de Gibert et
al.) and AG News test-split news. Both are sources an independent evaluation uses, so the
detector no longer trains on them (``TrainConfig.exclude_groups``). Without them, English
political and news posts were flagged four times as often. This script takes English text
of the same kinds from two Universal Dependencies treebanks whose licences allow training,
read from git snapshots at pinned commits:

* ``ud-ewt`` (UD English-EWT, CC BY-SA 4.0): the sentences of its dev and test files —
  weblogs (among them 2003–2005 posts on Iraq and the Middle East), newsgroups, e-mail,
  Yahoo! Answers and reviews; group ``general_web``;
* ``ud-gum`` (UD English-GUM): the sentences of its Wikinews news and interviews (CC BY),
  political speeches (public domain), Wikivoyage travel guides (CC BY-SA) and YouTube
  vlogs (CC BY) — only the genres whose licence the treebank's LICENSE.txt states as
  attribution or public domain, never its non-commercial wikiHow and fiction texts; group
  ``news_general`` for news, interviews and speeches, ``general_web`` for the rest.

Rows are cleaned and filtered as the everyday posts are (``build_everyday.clean``; 40–600
characters and at least 6 words), except that texts about terrorism, the wars and jihadism
are kept, as they were among the AG News and Stormfront rows: news and weblog commentary on
the Iraq war are what such negatives are for. They are deduplicated and capped at ``--cap``
per group in ``sha256`` order. All label 0, language ``en``, with a ``weight`` column
(``--weight``, default 2: about 5,400 rows in place of 12,051).

Run: ``python devsets/everyday/build_english_web.py [--mirrors /work/.mirror]
[--out /work/everyday/english-web-train.csv] [--cap 4000]`` (deterministic; third-party text,
not committed).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_MIRRORS = Path("/work/.mirror")
DEFAULT_OUT = Path("/work/everyday/english-web-train.csv")
EWT = ("UniversalDependencies/UD_English-EWT", "15d613d8447b3478787d4c278730a1e48a945efb")
GUM = ("UniversalDependencies/UD_English-GUM", "afb41ee9bca57991125814fa04d96a0e61470c8b")
EWT_FILES = ("en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu")
# GUM genres by the licence its LICENSE.txt gives them (attribution or public domain only).
GUM_GENRES = {"news": "news_general", "interview": "news_general", "speech": "news_general"} | {
    "voyage": "general_web",
    "vlog": "general_web",
}
_GUM_FILE = re.compile(r"^not-to-release/sources/GUM_([a-z]+)_[a-z0-9]+\.conllu$")
_TEXT = re.compile(r"^# text = (.+)$", re.M)
MIN_CHARS, MAX_CHARS, MIN_WORDS = 40, 600, 6


def _everyday() -> object:
    spec = importlib.util.spec_from_file_location("build_everyday", HERE / "build_everyday.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["build_everyday"] = mod
    spec.loader.exec_module(mod)
    return mod


def _repo(mirrors: Path, name: str) -> Path:
    d = mirrors / name.replace("/", "+") / "repo"
    if not d.exists():
        raise FileNotFoundError(f"no snapshot of {name} under {mirrors} (fetch github:{name})")
    return d


def _show(repo: Path, commit: str, path: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(repo), "show", f"{commit}:{path}"], capture_output=True, check=False
    )
    if done.returncode != 0:
        raise FileNotFoundError(f"{repo}: {commit[:12]}:{path} not in the snapshot")
    return done.stdout.decode("utf-8")


def _ls(repo: Path, commit: str) -> list[str]:
    out = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "-r", "--name-only", commit], capture_output=True, check=True
    )
    return out.stdout.decode("utf-8").splitlines()


def build(mirrors: Path, out: Path, cap: int, weight: float) -> dict[str, int]:
    ev = _everyday()
    candidates: list[tuple[str, str, str]] = []  # (source, group, text)
    ewt = _repo(mirrors, EWT[0])
    for name in EWT_FILES:
        candidates += [("ud-ewt", "general_web", t) for t in _TEXT.findall(_show(ewt, EWT[1], name))]
    gum = _repo(mirrors, GUM[0])
    for path in _ls(gum, GUM[1]):
        m = _GUM_FILE.match(path)
        if m and m.group(1) in GUM_GENRES:
            group = GUM_GENRES[m.group(1)]
            candidates += [("ud-gum", group, t) for t in _TEXT.findall(_show(gum, GUM[1], path))]
    seen: set[str] = set()
    kept: dict[str, int] = {}
    rows = []
    order = sorted(candidates, key=lambda c: hashlib.sha256(f"{c[0]}\x00{c[2]}".encode()).hexdigest())
    for source, group, raw in order:
        text = ev.clean(raw)  # type: ignore[attr-defined]
        if not MIN_CHARS <= len(text) <= MAX_CHARS or len(text.split()) < MIN_WORDS:
            continue
        key = ev.loose_key(text)  # type: ignore[attr-defined]
        if key in seen or kept.get(group, 0) >= cap:
            continue
        seen.add(key)
        kept[group] = kept.get(group, 0) + 1
        rid = f"{source}-{hashlib.sha256(text.encode()).hexdigest()[:12]}"
        rows.append(
            {
                "id": rid,
                "source": source,
                "label": "0",
                "group": group,
                "lang": "en",
                "text": text,
                "weight": f"{weight:g}",
            }
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(
            fh, fieldnames=["id", "source", "label", "group", "lang", "text", "weight"], lineterminator="\n"
        )
        w.writeheader()
        w.writerows(rows)
    return kept


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--mirrors", type=Path, default=DEFAULT_MIRRORS, help="folder of the git snapshots")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output CSV")
    ap.add_argument("--cap", type=int, default=4000, help="rows kept per group")
    ap.add_argument("--weight", type=float, default=2.0, help="training weight of each row")
    args = ap.parse_args(argv)
    try:
        kept = build(args.mirrors, args.out, args.cap, args.weight)
    except FileNotFoundError as exc:
        print(f"build_english_web: {exc}", file=sys.stderr)
        return 2
    print(f"{sum(kept.values())} rows {dict(sorted(kept.items()))} -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
