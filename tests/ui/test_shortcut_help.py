"""F1 on the page with the most Alt letters (the staff history filters): the box fits the screen,
lists the page's letters first, and closes with Escape or Enter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lpj_desktop.domain.enums import Role
from lpj_desktop.services.profile import get_profile
from lpj_desktop.ui.main_window import MainWindow
from lpj_desktop.ui.shortcut_help import ShortcutHelp


def _open_help(qtbot: Any, w: MainWindow) -> ShortcutHelp:
    qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: any(isinstance(w, ShortcutHelp) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutHelp) and w.isVisible())


def test_f1_fits_the_screen_on_the_busiest_page(qtbot: Any, seeded: Any) -> None:
    store, paths, _ids = seeded
    with store.session() as s:
        get_profile(s).role = Role.STAFF.value
    w = MainWindow(store, paths)
    w.modal_dialogs = False
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.company_list.model.rowCount() > 0)
    w.show_page("staff.history")
    help_box = _open_help(qtbot, w)
    text = help_box.text.toPlainText()
    assert text.startswith("På denne siden") and "Andre hurtigtaster" in text and "Ctrl+F" in text
    room = help_box.screen().availableGeometry().height()
    whole = help_box.text.document().size().height()
    assert help_box.frameGeometry().height() <= room
    assert whole > help_box.text.viewport().height() or help_box.height() < room  # scrolls when it must
    qtbot.keyClick(help_box.text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not help_box.isVisible())
    help_box = _open_help(qtbot, w)
    qtbot.keyClick(help_box.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not help_box.isVisible())
