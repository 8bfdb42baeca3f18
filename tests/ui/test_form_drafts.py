"""The small forms keep what was typed: Esc, then the same form again, and it is all there."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lpj_desktop.services.drafts import FormDrafts
from lpj_desktop.ui.add_company_dialog import AddCompanyDialog
from lpj_desktop.ui.company_page import ContactDialog, NoteDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def test_new_company_esc_keeps_it_and_a_bad_phone_is_refused_in_words(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    d = AddCompanyDialog(window.store, window)
    qtbot.addWidget(d)
    qtbot.keyClicks(d.name, "Polarsnekker AS")
    qtbot.keyClicks(d.phone, "abc")
    qtbot.keyClick(d.phone, Qt.Key.Key_Return, CTRL)
    assert d.errors["phone"].text() == "Telefonnummeret ser ikke riktig ut."
    qtbot.keyClick(d.phone, Qt.Key.Key_Escape)
    again = AddCompanyDialog(window.store, window)
    qtbot.addWidget(again)
    assert (again.name.text(), again.phone.text()) == ("Polarsnekker AS", "abc")
    again.phone.clear()
    qtbot.keyClicks(again.phone, "+47 777 77 777")
    qtbot.keyClick(again.phone, Qt.Key.Key_Return, CTRL)
    assert again.company_id is not None
    assert FormDrafts.beside(window.store.path).load("company") == []


def test_a_note_refused_or_closed_comes_back(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    company = seeded[2]["Alta Elektro AS"]
    d = NoteDialog(window.store, company, window)
    qtbot.addWidget(d)
    qtbot.keyClicks(d.text, "Ring daglig leder etter ferien")
    qtbot.keyClick(d.text, Qt.Key.Key_Escape)
    other = NoteDialog(window.store, seeded[2]["Vardø Fisk AS"], window)
    assert other.text.toPlainText() == ""  # a draft belongs to its company
    again = NoteDialog(window.store, company, window)
    qtbot.addWidget(again)
    assert again.text.toPlainText() == "Ring daglig leder etter ferien"


def test_contact_draft_and_ctrl_enter(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    company = seeded[2]["Alta Elektro AS"]
    d = ContactDialog(window.store, company, None, window)
    qtbot.addWidget(d)
    qtbot.keyClicks(d.name, "Kari Nordmann")
    qtbot.keyClicks(d.email, "kari@")
    qtbot.keyClick(d.email, Qt.Key.Key_Return, CTRL)
    assert d.errors["email"].text() == "E-postadressen ser ikke riktig ut."
    d.reject()
    again = ContactDialog(window.store, company, None, window)
    qtbot.addWidget(again)
    assert (again.name.text(), again.email.text()) == ("Kari Nordmann", "kari@")
    qtbot.keyClicks(again.email, "nord.no")
    qtbot.keyClick(again.email, Qt.Key.Key_Return, CTRL)
    assert again.contact_id is not None
