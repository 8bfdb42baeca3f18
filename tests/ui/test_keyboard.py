"""Keyboard-first, held by tests: shortcuts from one registry with no clashes, every one of them in
F1, and no Alt+letter used twice on any page or form, in Norwegian and in English."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QWidget

from lpj_desktop.domain.enums import Role
from lpj_desktop.services.profile import get_profile
from lpj_desktop.ui import shortcuts
from lpj_desktop.ui.main_window import MainWindow

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _letters(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every Alt+letter a person can press in `root` as it is shown now."""
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        text = ""
        if isinstance(w, QLabel) and w.buddy() is not None:
            text = w.text()
        elif isinstance(w, QAbstractButton | QGroupBox):
            text = w.text() if isinstance(w, QAbstractButton) else w.title()
        elif isinstance(w, QMenuBar):
            found += [(m.group(1).lower(), a.text())
                      for a in w.actions() if (m := _MNEMONIC.search(a.text()))]
            continue
        m = _MNEMONIC.search(text)
        if m:
            found.append((m.group(1).lower(), text))
    return found


def _clashes(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    by: dict[str, list[str]] = {}
    for letter, text in pairs:
        by.setdefault(letter, []).append(text)
    return {k: v for k, v in by.items() if len(v) > 1}


def test_the_registry_has_no_clashes_and_f1_lists_every_window_key(window) -> None:  # type: ignore[no-untyped-def]
    assert shortcuts.clashes() == []
    help_text = window.shortcut_help_text()
    for s in shortcuts.SHORTCUTS:
        if s.name in window._bound or s.scope != "window":
            assert s.shown().replace("&", "&amp;") in help_text or s.shown() in help_text, s.name


@pytest.mark.parametrize("language", ["nb", "en"])
def test_no_alt_letter_twice_on_any_page_or_form(qtbot, qapp, seeded, language) -> None:  # type: ignore[no-untyped-def]
    from lpj_desktop.ui.add_company_dialog import AddCompanyDialog
    from lpj_desktop.ui.company_page import ContactDialog, NoteDialog
    from lpj_desktop.ui.i18n import install_translations

    install_translations(qapp, language)
    store, paths, ids = seeded
    with store.session() as s:
        get_profile(s).role = Role.STAFF.value  # every page there is
    w = MainWindow(store, paths)
    w.modal_dialogs = False
    qtbot.addWidget(w)
    w.show()
    w.open_company(ids["Alta Elektro AS"])
    for key in w._pages:
        w.show_page(key)
        clashes = _clashes(_letters(w))
        assert not clashes, (language, key, clashes)
    forms = [w.open_visit_dialog(ids["Alta Elektro AS"]), w.open_event_dialog(),
             AddCompanyDialog(store, w), NoteDialog(store, ids["Alta Elektro AS"], w),
             ContactDialog(store, ids["Alta Elektro AS"], None, w)]
    for form in forms:
        qtbot.addWidget(form)
        form.show()
        clashes = _clashes(_letters(form))
        assert not clashes, (language, type(form).__name__, clashes)
        form.close()
    install_translations(qapp, "nb")
