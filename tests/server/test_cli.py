"""`lpj-server` as an operator uses it: migrate, create users (password on stdin), list, deactivate."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from sync.server.cli import main
from sync.server.db import Database
from sync.server.meta import ensure_epoch
from sync.server.migrate import current_revision, head_revision


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], url: str, *args: str,
         stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["--database-url", url, *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_operator_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LPJ_ARGON2_MEMORY_KIB", "1024")
    monkeypatch.setenv("LPJ_ARGON2_TIME_COST", "1")
    url = f"sqlite:///{tmp_path / 'srv.sqlite3'}"
    code, out, _ = _run(monkeypatch, capsys, url, "create-user", "kari", "--role", "hunter", "--org", "OK",
                        stdin="long password\n")
    assert code == 1  # not migrated yet: says so instead of failing later
    assert _run(monkeypatch, capsys, url, "migrate")[0] == 0
    assert current_revision(Database(url)) == head_revision()
    assert _run(monkeypatch, capsys, url, "migrate")[0] == 0  # idempotent

    code, out, _ = _run(monkeypatch, capsys, url, "create-user", "Kari", "--role", "hunter",
                        "--org", "Opplæringskontoret Nord", "--team", "alta", stdin="long password\n")
    assert code == 0 and "kari" in out
    code, _, err = _run(monkeypatch, capsys, url, "create-user", "kari", "--role", "hunter", "--org", "X",
                        stdin="long password\n")
    assert code == 1 and "taken" in err
    code, _, err = _run(monkeypatch, capsys, url, "create-user", "ola", "--role", "hunter", "--org", "X",
                        stdin="short\n")
    assert code == 1 and "8 characters" in err

    code, out, _ = _run(monkeypatch, capsys, url, "users", "list")
    assert "kari" in out and "alta" in out and "yes" in out
    reset = _run(monkeypatch, capsys, url, "users", "reset-password", "kari", stdin="another long one\n")
    assert reset[0] == 0
    code, out, _ = _run(monkeypatch, capsys, url, "users", "deactivate", "kari")
    assert code == 0 and "deactivated" in out
    assert " no " in _run(monkeypatch, capsys, url, "users", "list")[1]
    code, _, err = _run(monkeypatch, capsys, url, "users", "deactivate", "nobody")
    assert code == 1 and "no user" in err
    code, out, _ = _run(monkeypatch, capsys, url, "clients", "list")
    assert code == 0 and "behind" in out

    before = ensure_epoch(Database(url))
    code, out, _ = _run(monkeypatch, capsys, url, "new-epoch")
    assert code == 0 and ensure_epoch(Database(url)) != before


def test_deactivate_refuses_the_last_active_admin(db_url: str, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LPJ_ARGON2_MEMORY_KIB", "1024")
    monkeypatch.setenv("LPJ_ARGON2_TIME_COST", "1")
    for name in ("root", "root2"):
        code, _, _ = _run(monkeypatch, capsys, db_url, "create-user", name, "--role", "admin",
                          "--org", "OK", stdin="long password\n")
        assert code == 0
    assert _run(monkeypatch, capsys, db_url, "users", "deactivate", "root2")[0] == 0
    code, out, err = _run(monkeypatch, capsys, db_url, "users", "deactivate", "root")
    assert code == 1 and "last active admin of OK" in err and "Traceback" not in err
    assert "root " in (listing := _run(monkeypatch, capsys, db_url, "users", "list")[1])
    assert [line.split()[2] for line in listing.splitlines() if line.startswith("root ")] == ["yes"]
    code, out, _ = _run(monkeypatch, capsys, db_url, "users", "deactivate", "root", "--allow-last-admin")
    assert code == 0 and "deactivated" in out
