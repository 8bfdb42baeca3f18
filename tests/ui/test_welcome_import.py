"""First run with real data: the register import and the demo data run in a worker, with progress.

These run once the importer's modules are in the tree (they land from another branch)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from lpj_desktop.paths import AppPaths
from lpj_desktop.services.companies import company_count_total
from lpj_desktop.store.database import open_store
from lpj_desktop.ui.main_window import MainWindow


@pytest.fixture
def register_file(brreg_sample: Path) -> Path:
    """The real Enhetsregisteret sample (shared/ beside the checkout, or the app's shipped copy)."""
    return brreg_sample


@pytest.fixture
def fresh_window(qtbot, paths: AppPaths):  # type: ignore[no-untyped-def]
    store = open_store(paths)
    w = MainWindow(store, paths)
    w.modal_dialogs = False
    qtbot.addWidget(w)
    w.show()
    yield w
    if w.welcome.job is not None:
        w.welcome.job.cancel()
        qtbot.waitUntil(lambda: w.welcome.job is None, timeout=20000)
    store.close()


def test_import_from_the_register_in_the_background(qtbot, fresh_window, register_file) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("lpj_desktop.importers.brreg")
    w: MainWindow = fresh_window
    welcome = w.welcome
    progress_seen: list[int] = []
    welcome.progress.valueChanged.connect(progress_seen.append)
    with qtbot.waitSignal(welcome.data_loaded, timeout=30000):
        job = welcome.start_import(register_file)
        assert job is not None
        assert not welcome.import_button.isEnabled() and welcome.cancel_button.isEnabled()
    assert welcome.status.text().startswith("Ferdig.")
    assert welcome.import_button.isEnabled() and not welcome.cancel_button.isEnabled()
    qtbot.keyClicks(welcome.name, "Ida Hansen")
    qtbot.keyClicks(welcome.organisation, "Opplæringskontoret Nord")
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.company_list.model.total > 100, timeout=5000)
    assert w.company_list.county.count() > 1  # the filters know the imported counties


def test_the_demo_button_asks_for_the_demo_store(qtbot, fresh_window) -> None:  # type: ignore[no-untyped-def]
    """Trying the demo never fills the user's own store: the window asks for the demo's own."""
    w: MainWindow = fresh_window
    with qtbot.waitSignal(w.switch_store, timeout=2000) as asked:
        qtbot.mouseClick(w.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert asked.args == ["demo"]
    with w.store.reader() as s:
        assert company_count_total(s) == 0


def test_without_the_importer_the_page_says_so(qtbot, fresh_window, register_file, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    monkeypatch.setitem(sys.modules, "lpj_desktop.importers.brreg", None)  # as in a build without it
    w: MainWindow = fresh_window
    assert w.welcome.start_import(register_file) is None
    assert "finnes ikke i denne versjonen" in w.welcome.status.text()
    assert w.welcome.import_button.isEnabled()
