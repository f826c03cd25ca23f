"""CLI faces of the classify package: ``vigil classify``, ``vigil train``, ``vigil evaluate``.

Each command only parses arguments and calls one library function.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from vigil.cli.args import score_arg

DEFAULT_DATA = "../shared/data/train.csv"
DEFAULT_DEVSETS = ("devsets/train.csv",)
# The behaviour suite's languages (vigil.classify.behaviour.LANGS), here so that `vigil --help`
# does not import numpy.
LANGS = ("en", "ar", "fr", "de", "ru", "tr")


def cmd_classify(args: argparse.Namespace) -> int:
    from vigil.classify import load_detector
    from vigil.classify.stream import classify_lines, write_jsonl

    detector = load_detector(args.model)
    src = sys.stdin if args.file in (None, "-") else open(args.file, encoding="utf-8", errors="replace")  # noqa: SIM115
    try:
        write_jsonl(classify_lines(src, detector, fmt=args.format), sys.stdout)
    finally:
        if src is not sys.stdin:
            src.close()
    sys.stdout.flush()
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    from vigil.classify.detector import default_model_dir
    from vigil.classify.train import train_detector

    devsets = args.devsets if args.devsets is not None else [p for p in DEFAULT_DEVSETS if Path(p).exists()]
    if not Path(args.data).exists():
        print(f"vigil train: training data not found: {args.data}", file=sys.stderr)
        return 2
    manifest = train_detector(
        args.data,
        devsets,
        args.out or default_model_dir(),
        extra=args.extra or (),
        cache_dir=args.cache,
        limit=args.limit,
        evaluate_on=args.eval or (),
        log=lambda m: print(m, file=sys.stderr),
    )
    print(
        json.dumps(
            {k: manifest[k] for k in ("version", "threshold", "stage1_cut", "training_data")},
            ensure_ascii=False,
            indent=2,
        )
    )
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from vigil.classify import load_detector
    from vigil.classify.evaluate import evaluate_csv, format_text

    if args.behaviour:
        return _behaviour(args)
    if args.langs or args.checklists:
        print("vigil evaluate: --langs and --checklists apply to --behaviour only", file=sys.stderr)
        return 2
    res: dict[str, Any] = evaluate_csv(
        args.data,
        load_detector(args.model),
        plot=args.plot,
        errors=args.errors,
        at=args.at or (),
        goals=args.goals,
    )
    if args.format == "json":
        print(json.dumps(res, ensure_ascii=False, indent=2))
    else:
        print(format_text(res))
    return 0


def _behaviour(args: argparse.Namespace) -> int:
    from vigil.classify import load_detector
    from vigil.classify.behaviour import ChecklistError, format_table, run_behaviour

    if args.errors or args.at or args.goals:
        print("vigil evaluate: --errors, --at and --goals apply to --data only", file=sys.stderr)
        return 2
    try:
        res = run_behaviour(
            load_detector(args.model), langs=args.langs or LANGS, directory=args.checklists, plot=args.plot
        )
    except ChecklistError as e:
        print(f"vigil evaluate: {e}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps(res, ensure_ascii=False, indent=2))
    else:
        print(format_table(res))
    return 0 if res["passed"] else 1


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("classify", help="score texts (JSONL or plain lines) to JSONL on stdout")
    p.add_argument("file", nargs="?", default="-", help="input file, or - for stdin (default)")
    p.add_argument("--format", choices=("jsonl", "lines"), default="jsonl", help="input format")
    p.add_argument("--model", default=None, help="model directory (default: the shipped model)")
    p.set_defaults(func=cmd_classify)

    p = subparsers.add_parser("train", help="train the text detector reproducibly")
    p.add_argument("--data", default=DEFAULT_DATA, help=f"training CSV (default {DEFAULT_DATA})")
    p.add_argument(
        "--devsets",
        nargs="*",
        default=None,
        help="self-written labelled CSVs to add (default devsets/train.csv if present)",
    )
    p.add_argument(
        "--extra",
        nargs="*",
        default=None,
        help="third-party labelled CSVs to add (per-row `weight` column; never shipped in the model)",
    )
    p.add_argument("--out", default=None, help="output directory (default: the package's model/)")
    p.add_argument("--cache", default=None, help="directory to cache sentence embeddings in")
    p.add_argument("--limit", type=int, default=None, help="use only the first N rows of --data")
    p.add_argument("--eval", nargs="*", default=None, help="labelled CSVs to evaluate into the manifest")
    p.set_defaults(func=cmd_train)

    p = subparsers.add_parser(
        "evaluate",
        help="recall / FPR per family and language, PR-AUC, ECE, themes; or the behaviour suite",
        description="Measure the detector on a labelled CSV (--data), or run the behavioural test "
        "suite (--behaviour). With --behaviour the exit status is 1 when any gate fails, 0 when all pass.",
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--data", help="CSV with columns text,label,group[,lang][,themes]")
    what.add_argument(
        "--behaviour",
        action="store_true",
        help="run the behaviour suite in every language: place, language and identity invariance, "
        "plain recruitment pitches must flag, quoted pitches must not; prints a language × test "
        "table with each gate passed or failed; exit status 1 if any gate fails",
    )
    p.add_argument(
        "--langs",
        nargs="+",
        default=None,
        metavar="LANG",
        help=f"with --behaviour: only these languages (default: {' '.join(LANGS)})",
    )
    p.add_argument(
        "--checklists",
        default=None,
        metavar="DIR",
        help="with --behaviour: read the checklists from DIR (one LANG.json per language, in the "
        "shipped format) instead of the shipped ones",
    )
    p.add_argument("--format", choices=("json", "text"), default="text")
    p.add_argument(
        "--plot",
        default=None,
        help="write a PNG: the PR curve (overall and per language), or with --behaviour the score "
        "shifts and each test's number per language against its gate",
    )
    p.add_argument(
        "--errors",
        default=None,
        help="write every missed text and false positive, with its evidence, to this CSV",
    )
    p.add_argument(
        "--at",
        nargs="+",
        type=score_arg,
        default=None,
        metavar="T",
        help="also report recall and false-positive rates per group if the flag were score >= T",
    )
    p.add_argument(
        "--goals",
        action="store_true",
        help="check the detection goals: each family's false-positive target, recall per language",
    )
    p.add_argument("--model", default=None, help="model directory (default: the shipped model)")
    p.set_defaults(func=cmd_evaluate)


__all__ = ["register"]
