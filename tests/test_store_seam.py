"""The store is the seam: no SQL and no raw database connection outside ``src/vigil/store/``.

Every ``.py`` under ``src/vigil/`` outside ``store/`` is parsed; a string literal (f-strings
included) that holds a SQL statement, a call of ``execute``/``executemany``/``executescript``/
``exec_driver_sql``, or an import of a database driver or of SQLAlchemy fails the test with
file and line. Docstrings are prose and are not read.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "vigil"
STORE = SRC / "store"

SQL = re.compile(
    r"\bSELECT\b[\s\S]+?\bFROM\b|\bINSERT\s+INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b"
    r"|\bCREATE\s+(?:UNIQUE\s+)?(?:TABLE|INDEX|SCHEMA|VIEW|TRIGGER)\b|\bALTER\s+TABLE\b"
    r"|\bDROP\s+(?:TABLE|INDEX|SCHEMA|VIEW|TRIGGER)\b|\bPRAGMA\s+\w+",
    re.IGNORECASE,
)
EXECUTE = {"execute", "executemany", "executescript", "exec_driver_sql"}
DRIVERS = ("sqlite3", "psycopg", "psycopg2", "sqlalchemy", "alembic")


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):  # an f-string: its literal parts, placeholders as "x"
        return "".join(v.value if isinstance(v, ast.Constant) else " x " for v in node.values)  # type: ignore[misc]
    return None


def offences(source: str, name: str) -> list[str]:
    """``file:line: what`` for each piece of SQL or raw database access in ``source``."""
    tree = ast.parse(source, filename=name)
    skip = _docstrings(tree)
    inside_fstring = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}
    found = []
    for node in ast.walk(tree):
        if id(node) in skip or id(node) in inside_fstring:
            continue
        text = _literal(node)
        if text is not None and (m := SQL.search(text)):
            found.append(f"{name}:{node.lineno}: SQL in a string ({m.group(0)[:40]!r})")  # type: ignore[attr-defined]
        if isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in EXECUTE:
                found.append(f"{name}:{node.lineno}: {called}() call")
        if isinstance(node, ast.Import | ast.ImportFrom):
            modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            for mod in modules:
                if mod.split(".")[0] in DRIVERS:
                    found.append(f"{name}:{node.lineno}: imports {mod}")
    return found


def test_no_sql_outside_the_store() -> None:
    files = [p for p in sorted(SRC.rglob("*.py")) if STORE not in p.parents]
    assert len(files) > 50  # the walk found the package
    found = [o for p in files for o in offences(p.read_text("utf-8"), str(p.relative_to(SRC.parents[1])))]
    assert not found, "SQL or raw database access outside src/vigil/store/:\n" + "\n".join(found)


def test_the_scan_finds_what_it_looks_for() -> None:
    sample = '''
"""A docstring may say SELECT uid FROM items."""
import sqlite3
from sqlalchemy import text

def f(store, table, uid):
    store.query("SELECT uid FROM items WHERE uid = ?", (uid,))
    store.query(f"SELECT COUNT(*) AS n FROM {table}")
    sql = (
        "insert into media (sha256) "
        "values (?)"
    )
    store.execute(f"DELETE FROM {table} WHERE media_sha256 = ?", (uid,))
    conn.exec_driver_sql("pragma table_info(items)")
    store.items.add([])  # fine
    return "update the item's status"  # prose, fine
'''
    found = offences(sample, "sample.py")
    lines = sorted(int(f.split(":")[1]) for f in found)
    assert lines == [3, 4, 7, 8, 10, 13, 13, 14, 14], found
    assert all(f.startswith("sample.py:") for f in found)
