"""``vigil users`` and ``vigil tokens`` as a person runs them (the CLI's ``main``, in-process with
real standard streams): one clear line on a mistake (exit 2), the token shown once and never
listed. ``test_service_process`` runs the same commands as real processes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from service_helpers import PASSWORD

from vigil.cli import main
from vigil.store import open_store


def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_users_and_tokens_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = f"sqlite:///{tmp_path / 'v.db'}"

    def ok(*args: str, stdin: str = "") -> str:
        code, out, err = run(capsys, monkeypatch, *args, "--db", db, stdin=stdin)
        assert code == 0, err
        return out

    def refused(*args: str, stdin: str = "", says: str) -> None:
        code, out, err = run(capsys, monkeypatch, *args, "--db", db, stdin=stdin)
        assert code == 2 and len(err.strip().splitlines()) == 1 and says in err, (code, out, err)

    ok("users", "add", "ann", "--role", "reviewer", stdin=PASSWORD + "\n")
    refused("users", "add", "ann", "--role", "admin", stdin=PASSWORD + "\n", says="exists")
    refused("users", "add", "bob", "--role", "admin", stdin="short\n", says="too short")
    refused("users", "add", "bad name", "--role", "admin", stdin=PASSWORD + "\n", says="bad name")
    ok("users", "role", "ann", "analyst")
    assert ok("users", "list").startswith("ann\tanalyst\tactive")

    made = ok("tokens", "create", "crawler", "--scope", "lookup")
    secret = made.split()[-1]
    assert secret.startswith("vgl_") and made.count(secret) == 1
    listed = ok("tokens", "list")
    assert "crawler" in listed and "lookup" in listed and secret not in listed
    ok("tokens", "revoke", "1")
    refused("tokens", "revoke", "1", says="revoked already")
    refused("tokens", "revoke", "9", says="no token")
    refused("tokens", "create", "x", says="at least one scope")
    with pytest.raises(SystemExit) as exited:
        run(capsys, monkeypatch, "tokens", "create", "x", "--scope", "everything", "--db", db)
    assert exited.value.code == 2 and "invalid choice" in capsys.readouterr().err

    with open_store(db) as store:
        assert [e.action for e in store.audit.iter()] == [
            "user.add",
            "user.role",
            "token.create",
            "token.revoke",
        ]
        assert store.audit.verify().ok
