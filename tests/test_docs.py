"""Docs that would drift are checked against the code."""

from __future__ import annotations

import argparse
from pathlib import Path

from vigil.cli import build_parser

REPO = Path(__file__).resolve().parents[1]


def _subcommands() -> list[str]:
    parser = build_parser()
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return sorted(actions[0].choices)


def test_every_command_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [c for c in _subcommands() if f"`vigil {c}" not in readme]
    assert not missing, f"commands missing from README's command table: {missing}"


def test_readme_opens_with_the_two_setup_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme.split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["make demo", "make test"]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_documented_files_exist() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for part in readme.split("](")[1:]:
        target = part.split(")", 1)[0]
        if not target.startswith("http"):
            assert (REPO / target).exists(), f"README links to missing {target}"


def test_model_card_names_the_shipped_model_and_threshold() -> None:
    """The model card's title and operating threshold are the shipped manifest's."""
    import json
    import re

    from vigil.classify.detector import default_model_dir

    manifest = json.loads((default_model_dir() / "manifest.json").read_text(encoding="utf-8"))
    card = (REPO / "docs" / "model-card.md").read_text(encoding="utf-8")
    assert card.splitlines()[0] == f"# Model card: vigil text detector `{manifest['version']}`"
    stated = re.search(r"Operating threshold: \*\*([0-9.]+)\*\*", card)
    assert stated and float(stated.group(1)) == manifest["threshold"]
    assert f"## Measured quality (threshold {manifest['threshold']})" in card
