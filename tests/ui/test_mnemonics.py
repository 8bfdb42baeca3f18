"""Alt+letter reaches one thing per window: two buttons or labels on the same letter make Qt move
the focus between them instead of pressing the button ("Lag b&revene" and "Avb&ryt" both on R
in the Brev window meant Alt+R never made the letters)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from lpj_desktop.ui.event_dialog import EventDialog
from lpj_desktop.ui.shortcuts import mnemonic


def mnemonics(window: QWidget) -> Counter[str]:
    """The Alt letters of the buttons, group boxes and buddied labels a window holds (hidden ones
    too: they show up as the form changes)."""
    return Counter(found[0] for widget in window.findChildren(QWidget)
                   if (found := mnemonic(widget)) is not None)


def test_the_event_form_has_one_thing_per_alt_letter(qtbot: Any, seeded: Any) -> None:
    store, _paths, _ids = seeded
    dialog = EventDialog(store, "01900000-0000-7000-8000-000000000001")
    qtbot.addWidget(dialog)
    assert {k: n for k, n in mnemonics(dialog).items() if n > 1} == {}


def test_each_page_of_the_window_has_one_thing_per_alt_letter(qtbot: Any, window: Any) -> None:
    """A page with the menu bar's letters (Fil, Registrer, …): only what is on screen competes."""
    menus = mnemonics(window.menuBar())
    for i in range(window.stack.count()):
        page = window.stack.widget(i)
        twice = {k: n for k, n in (mnemonics(page) + menus).items() if n > 1}
        assert twice == {}, type(page).__name__


def test_every_alt_letter_of_a_label_reaches_its_field(qtbot: Any, window: Any, seeded: Any) -> None:
    """A label's Alt+letter gives focus only to a buddy whose own focus policy takes it (a proxy
    is not enough: QLabel skips a NoFocus buddy), so "Tilbudte pl&asser" did nothing."""
    from PySide6.QtCore import Qt

    from lpj_desktop.ui.add_company_dialog import AddCompanyDialog
    from lpj_desktop.ui.company_page import ContactDialog, NoteDialog

    store, _paths, ids = seeded
    window.modal_dialogs = False
    forms = [window.open_visit_dialog(ids["Alta Elektro AS"]), window.open_event_dialog(),
             AddCompanyDialog(store, window), NoteDialog(store, ids["Alta Elektro AS"], window),
             ContactDialog(store, ids["Alta Elektro AS"], None, window)]
    dead = []
    for holder in [*forms, *(window.stack.widget(i) for i in range(window.stack.count()))]:
        for label in holder.findChildren(QLabel):
            buddy = label.buddy()
            if buddy is not None and "&" in label.text().replace("&&", "") and \
                    buddy.focusPolicy() == Qt.FocusPolicy.NoFocus:
                dead.append((type(holder).__name__, label.text()))
    for form in forms:
        form.close()
    assert dead == []
