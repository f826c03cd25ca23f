"""The command line is a package of faces: one module per command group, registered by name.

No library module imports it, and a command group that is not installed is skipped while a
broken one is not.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from vigil import cli

SRC = Path(__file__).resolve().parents[1] / "src" / "vigil"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_library_module_imports_the_cli() -> None:
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC)
        if rel.parts[0] == "cli" or rel.name == "__main__.py":
            continue
        if any(n == "vigil.cli" or n.startswith("vigil.cli.") for n in _imports(path)):
            offenders.append(str(rel))
    assert not offenders, f"library modules importing the CLI: {offenders}"


def test_every_registered_group_adds_commands() -> None:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in ("scan", "items", "quarantine", "migrate", "classify", "bank", "media", "report", "rules"):
        assert name in sub.choices  # type: ignore[operator]


def _plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> str:
    pkg = tmp_path / "vigil_test_plugin"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "commands.py").write_text(body, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(cli, "PLUGIN_COMMANDS", [*cli.PLUGIN_COMMANDS, "vigil_test_plugin.commands"])
    monkeypatch.delitem(sys.modules, "vigil_test_plugin", raising=False)
    monkeypatch.delitem(sys.modules, "vigil_test_plugin.commands", raising=False)
    return "vigil_test_plugin.commands"


def test_a_plugin_group_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _plugin(
        tmp_path,
        monkeypatch,
        "def register(sub):\n"
        "    p = sub.add_parser('hello', help='say hello')\n"
        "    p.set_defaults(func=lambda args: print('hello') or 0)\n",
    )
    assert cli.main(["hello"]) == 0
    assert capsys.readouterr().out == "hello\n"


def test_a_plugin_that_is_not_installed_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "PLUGIN_COMMANDS", [*cli.PLUGIN_COMMANDS, "vigil.no_such_package.commands"])
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert "scan" in sub.choices  # type: ignore[operator]


def test_a_plugin_missing_a_dependency_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _plugin(tmp_path, monkeypatch, "import vigil_no_such_dependency\n\ndef register(sub):\n    pass\n")
    with pytest.raises(ModuleNotFoundError, match="vigil_no_such_dependency"):
        cli.build_parser()
