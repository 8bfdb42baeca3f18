"""Journeys: the real main window, started the way `lpj-desktop` starts it (AppSession), driven only
by key presses sent where Qt sends a person's (tests/journeys/keyboard.py). Any Qt warning during a
journey ("Ambiguous shortcut overload", a layout warning) fails it.

Dialogs open without blocking (`modal_dialogs=False`), the one difference from `lpj-desktop`: a
blocking exec() would stop the test itself. A dialog that always blocks (a file dialog) is answered
by keys sent from a timer inside its own event loop.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lpj_desktop.paths import AppPaths, app_paths
from lpj_desktop.services.companies import add_company_by_hand
from lpj_desktop.store.database import open_store
from lpj_desktop.ui.app_session import AppSession
from tests.ui.conftest import seed

# The offscreen platform's own notices ("This plugin does not support raise()", "… grabbing the
# keyboard", "… propagateSizeHints()"): about the test's screen, not the app.
OFFSCREEN_NOISE = "^This plugin does not support"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "journeys" in item.nodeid.split("::")[0]:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def bokmal(qapp):  # type: ignore[no-untyped-def]
    from lpj_desktop.ui.i18n import install_translations

    install_translations(qapp, "nb")
    # A journey starts as a person starts: the app's window and nothing else on screen. A window
    # another test left open (a Brev window of the letters tests) would otherwise be the active
    # one and take the keys sent to QApplication.focusWidget().
    for widget in qapp.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    qapp.processEvents()
    yield


@pytest.fixture
def data_paths(tmp_path: Path) -> AppPaths:
    return app_paths(tmp_path / "data").ensure()


@pytest.fixture
def seeded_paths(data_paths: AppPaths) -> AppPaths:
    """A hunter's store: a profile and a few companies, one of them in Karasjok (5610)."""
    store = open_store(data_paths)
    seed(store)
    with store.session() as s:
        add_company_by_hand(s, name="Sápmi Snekkeri AS", municipality_number="5610")
    store.close()
    return data_paths


@pytest.fixture
def app(qtbot, seeded_paths: AppPaths) -> Iterator[AppSession]:  # type: ignore[no-untyped-def]
    session = AppSession(seeded_paths, modal_dialogs=False)
    window = session.start()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.company_list.model.rowCount() > 0)
    yield session
    # A journey that failed with a refused own field open must not hang on the closing question.
    window.close_without_own_fields = lambda: True
    session.close()
