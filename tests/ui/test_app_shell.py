"""The desktop shell: one instance per data folder, the error dialog, lists that sort and filter in SQL,
column layout kept, and the pages other parts plug in."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from lpj_desktop.ui import error_dialog
from lpj_desktop.ui.error_dialog import ErrorDialog
from lpj_desktop.ui.main_window import MainWindow
from lpj_desktop.ui.single_instance import InstanceServer, activate_running


def test_second_launch_brings_the_first_forward(qtbot, paths) -> None:  # type: ignore[no-untyped-def]
    assert not activate_running(paths, timeout_ms=200)
    calls: list[int] = []
    server = InstanceServer(paths, lambda: calls.append(1))
    try:
        assert server.listening
        assert activate_running(paths)
        qtbot.waitUntil(lambda: calls == [1], timeout=3000)
    finally:
        server.close()


def test_error_dialog_shows_and_copies_details(qtbot, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    shown: list[ErrorDialog] = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    error_dialog.install_excepthook("/tmp/lpj.log")
    try:
        raise ValueError("database is locked")
    except ValueError:
        with caplog.at_level(logging.ERROR):
            sys.excepthook(*sys.exc_info())
    assert "database is locked" in caplog.text
    dialog = shown[0]
    assert "ValueError: database is locked" in dialog.details.toPlainText()
    dialog.copy_details()
    assert "Traceback" in QGuiApplication.clipboard().text()


def test_sorting_and_filters_run_in_sql_and_layout_is_kept(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    page = w.company_list
    model = page.model
    assert [r.name for r in model.rows][:2] == ["Alta Elektro AS", "Alta Rør og Varme AS"]
    # Click the "Ansatte" header twice: largest first, sorted by the query.
    header = page.table.horizontalHeader()
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(
        lambda: model.query.sort == "employees" and model.rows[0].name == "Vardø Fisk AS", timeout=3000
    )
    # Filter: county Finnmark.
    page.county.setCurrentIndex(page.county.findText("Finnmark – Finnmárku – Finmarkku"))
    qtbot.waitUntil(
        lambda: (
            {r.municipality_name for r in model.rows} <= {"Alta", "Hammerfest", "Vardø"}
            and model.rowCount() == 4
        ),
        timeout=3000,
    )
    page.municipality.setCurrentIndex(page.municipality.findText("Alta"))
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=3000)
    page.reset_filters()
    qtbot.waitUntil(lambda: model.rowCount() == 8, timeout=3000)
    # Column layout: a moved column is remembered by a new window.
    header.moveSection(6, 1)
    w.close()
    w2 = MainWindow(w.store, w.paths)
    qtbot.addWidget(w2)
    assert w2.company_list.table.horizontalHeader().visualIndex(6) == 1


def test_other_parts_can_add_pages_and_sync_status(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    page = QLabel("konflikter")
    action = w.add_page("extra", "Konflikter", page)
    w.tools_menu.addAction("Synkroniser nå")
    action.trigger()
    assert w.stack.currentWidget() is page and w.current_page_key() == "extra"
    w.set_sync_status("Synkronisert 12:04 · 0 endringer venter")
    assert w.findChild(QLabel, "syncStatus").text().startswith("Synkronisert")
    assert "Ctrl+N" in w.shortcut_help_text()


def test_reopens_where_the_user_left(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    w.open_company(seeded[2]["Harstad Tømrer AS"])
    w.close()
    w2 = MainWindow(w.store, w.paths)
    qtbot.addWidget(w2)
    assert w2.current_page_key() == "company"
    assert w2.company_page.title.text() == "Harstad Tømrer AS"


def test_start_up_skips_migrations_only_for_a_current_store(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from lpj_desktop.app import open_app_store, store_is_current
    from lpj_desktop.paths import app_paths
    from lpj_desktop.store.database import open_store

    paths = app_paths(tmp_path / "d")
    assert not store_is_current(paths.database)  # no file yet: the full path creates it
    open_app_store(paths).close()
    assert store_is_current(paths.database)
    con = sqlite3.connect(paths.database)
    con.execute("UPDATE alembic_version SET version_num = '0000_unknown'")
    con.commit()
    con.close()
    assert not store_is_current(paths.database)  # anything else goes through Alembic
    con = sqlite3.connect(paths.database)
    con.execute("DROP TABLE alembic_version")
    con.commit()
    con.close()
    assert not store_is_current(paths.database)
    open_store(paths, migrate=False).close()


def test_arrow_from_search_into_the_list_and_enter_opens(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow(), timeout=2000)
    w.company_list.focus_search()
    qtbot.keyClicks(w.company_list.search, "alta")
    qtbot.waitUntil(lambda: w.company_list.model.rowCount() == 2, timeout=3000)
    qtbot.keyClick(w.company_list.search, Qt.Key.Key_Down)
    assert w.company_list.table.hasFocus()
    qtbot.keyClick(w.company_list.table, Qt.Key.Key_Down)
    qtbot.keyClick(w.company_list.table, Qt.Key.Key_Return)
    assert w.current_page_key() == "company"
    assert w.company_page.title.text() == "Alta Rør og Varme AS"
