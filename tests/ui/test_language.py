"""Both languages: every string the main screens show is translated, and no stored value leaks."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit

from lpj_desktop.domain.enums import Channel, FollowUpStatus, LaerebedriftStatus
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.resources import resource
from lpj_desktop.ui.i18n import install_translations
from lpj_desktop.ui.main_window import MainWindow

RAW = {v.value for enum in (Channel, Outcome, LaerebedriftStatus, FollowUpStatus) for v in enum}


def _texts(w: MainWindow) -> set[str]:
    out: set[str] = set()
    for cls, get in (
        (QLabel, "text"),
        (QAbstractButton, "text"),
        (QGroupBox, "title"),
        (QLineEdit, "placeholderText"),
    ):
        for widget in w.findChildren(cls):
            out.add(getattr(widget, get)())
    for combo in w.findChildren(QComboBox):
        out.update(combo.itemText(i) for i in range(combo.count()))
    for action in w.menuBar().actions():
        out.add(action.text())
        if action.menu():
            out.update(a.text() for a in action.menu().actions())
    return {t for t in out if t}


def test_english_ui_has_no_norwegian_source_strings(qtbot, seeded, qapp) -> None:  # type: ignore[no-untyped-def]
    store, paths, ids = seeded
    sources = {
        m.find("source").text for m in ET.parse(resource("i18n", "lpj_en.ts")).getroot().iter("message")
    }
    same_in_both = {"Status", "&Type", "&Team", "Læreplassjeger"}
    install_translations(qapp, "en")
    try:
        w = MainWindow(store, paths)
        qtbot.addWidget(w)
        w.open_company(ids["Alta Elektro AS"])
        leaks = (_texts(w) & sources) - same_in_both
        assert not leaks
        assert "&File" in _texts(w) and "Companies" in _texts(w)
    finally:
        install_translations(qapp, "nb")


def test_norwegian_ui_shows_words_not_stored_values(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    w.open_company(seeded[2]["Alta Elektro AS"])
    d = w.open_visit_dialog()
    texts = _texts(w) | {d.outcome.itemText(i) for i in range(d.outcome.count())}
    assert not texts & RAW
    assert "Lærekontrakt signert" in texts and "Godkjent, med lærlinger" in texts
    d.discard()


def test_dialog_buttons_are_bokmal_not_nynorsk(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from lpj_desktop.ui.add_company_dialog import AddCompanyDialog
    from lpj_desktop.ui.followups_view import MoveDialog

    for dialog in (AddCompanyDialog(window.store, window), MoveDialog(window)):
        qtbot.addWidget(dialog)
        texts = {b.text() for b in dialog.findChildren(QAbstractButton)}
        assert texts & {"Lagre (Ctrl+Enter)", "Flytt"} and texts & {"Avbryt", "Forkast"}
        assert not texts & {"Lagra", "Avbrot"}


def test_english_catalogue_is_complete() -> None:
    """Every string lupdate found has an English translation (run `python -m lpj_desktop.ui.i18n`
    after adding strings, then translate the new entries in resources/i18n/lpj_en.ts)."""
    root = ET.parse(resource("i18n", "lpj_en.ts")).getroot()
    unfinished = [m.find("source").text for m in root.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert unfinished == []


def test_every_catalogue_string_sits_in_a_named_context() -> None:
    """A string filed under no context is never found at run time: the app asks for it under its
    class's or module's context. lupdate files it so when the call hides the context (a wrapper such
    as `def tr(text): return translate("Ctx", text)`); the English timeline was Norwegian so."""
    root = ET.parse(resource("i18n", "lpj_en.ts")).getroot()
    nameless = [m.find("source").text for c in root.iter("context") if not (c.findtext("name") or "")
                for m in c.iter("message")]
    assert nameless == []


def test_the_timeline_speaks_english(qapp) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from lpj_desktop.services.timeline import TimelineEntry
    from lpj_desktop.ui.timeline_model import entry_text

    install_translations(qapp, "en")
    try:
        note = TimelineEntry(kind="note", record_id="n1", when=datetime(2026, 12, 4, 9, tzinfo=UTC),
                             author="Kari", text="Ringte daglig leder.")
        assert entry_text(note).startswith("Note · ")
    finally:
        install_translations(qapp, "nb")


def test_qt_own_words_are_bokmal_not_nynorsk(qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt ships only a Nynorsk catalogue for its file dialog and standard buttons; a Bokmål user
    saw "Lagra" on Save buttons and "Storleik"/"Filnamn" in the file picker."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox

    install_translations(qapp, "nb")
    tr = QCoreApplication.translate
    assert tr("QPlatformTheme", "Save") == "Lagre"
    assert tr("QFileSystemModel", "Size") == "Størrelse"
    assert tr("QFileSystemModel", "Date Modified") == "Sist endret"
    assert tr("QFileDialog", "File &name:") == "Fil&navn:"
    assert tr("QFileDialog", "&Open") == "&Åpne"
    assert tr("QPlatformTheme", "Cancel") == "Avbryt"  # from the same catalogue as before
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Lagre"
    install_translations(qapp, "en")
    try:
        assert tr("QPlatformTheme", "Save") == "Save"  # the Bokmål words only for Bokmål
    finally:
        install_translations(qapp, "nb")
