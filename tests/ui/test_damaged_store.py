"""A store SQLite cannot read: words instead of a traceback, and the newest backup copy offered back."""

from __future__ import annotations

from pathlib import Path

from lpj_desktop.cli.main import main as lpj
from lpj_desktop.paths import app_paths
from lpj_desktop.services.companies import add_company_by_hand, company_count_total
from lpj_desktop.store.backups import backups, daily_backup
from lpj_desktop.store.database import open_store
from lpj_desktop.ui.app_session import AppSession


def _damage(db: Path) -> None:
    with db.open("r+b") as fh:
        fh.seek(4096)
        fh.write(b"\x00ruined" * 600)


def _store_with_backup(tmp_path: Path):  # type: ignore[no-untyped-def]
    paths = app_paths(tmp_path / "data").ensure()
    store = open_store(paths)
    with store.session() as s:
        add_company_by_hand(s, name="Før kopien AS", municipality_number="5601")
    store.close()
    assert daily_backup(paths) is not None
    store = open_store(paths)
    with store.session() as s:
        add_company_by_hand(s, name="Etter kopien AS", municipality_number="5601")
    store.close()
    _damage(paths.database)
    return paths


def test_the_newest_copy_comes_back_and_the_damaged_store_is_kept(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    paths = _store_with_backup(tmp_path)
    asked = []

    def answer(_parent, damage, newest):  # type: ignore[no-untyped-def]
        asked.append((damage.detail, newest))
        return "restore"

    session = AppSession(paths, modal_dialogs=False, ask_damaged=answer)
    try:
        assert session.start() is not None
        assert "malformed" in asked[0][0] and asked[0][1] == backups(paths)[0]
        with session.store.reader() as s:
            assert company_count_total(s) == 1  # what the copy held; the later company is lost
        aside = list(paths.backups_dir.glob("set-aside-*/lpj.sqlite3"))
        assert len(aside) == 1  # the damaged file is kept, not deleted
    finally:
        session.close()


def test_stopping_changes_nothing(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    paths = _store_with_backup(tmp_path)
    before = paths.database.read_bytes()
    session = AppSession(paths, modal_dialogs=False, ask_damaged=lambda *_a: "quit")
    assert session.start() is None
    assert paths.database.read_bytes() == before


def test_the_cli_says_so_in_one_line(capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    paths = _store_with_backup(tmp_path)
    assert lpj(["--data-dir", str(paths.data_dir), "companies", "search", "kopien"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "er skadet" in err and "sikkerhetskopien er fra" in err
    assert "Traceback" not in err and "sqlalche.me" not in err
