"""First run (profile, then the list) and the hunter's own fields on the company page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lpj_desktop.paths import AppPaths
from lpj_desktop.services.companies import add_company_by_hand
from lpj_desktop.store.database import open_store
from lpj_desktop.store.models import Company, User
from lpj_desktop.ui.main_window import MainWindow


def test_first_run_asks_who_you_are_then_shows_the_list(qtbot, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    store = open_store(paths)
    try:
        with store.session() as s:
            add_company_by_hand(s, name="Alta Elektro AS", municipality_number="5601")
        w = MainWindow(store, paths)
        qtbot.addWidget(w)
        w.show()
        assert w.stack.currentWidget() is w.welcome and not w.nav.isVisible()
        assert "1 bedrift i registeret ditt." in w.welcome.status.text()
        qtbot.mouseClick(w.welcome.start_button, Qt.MouseButton.LeftButton)
        assert w.welcome.errors["name"].text() == "Skriv navnet ditt."
        assert w.stack.currentWidget() is w.welcome
        qtbot.keyClicks(w.welcome.name, "Ola Nordmann")
        qtbot.keyClicks(w.welcome.organisation, "Troms fylkeskommune")
        qtbot.mouseClick(w.welcome.start_button, Qt.MouseButton.LeftButton)
        assert w.current_page_key() == "companies" and w.nav.isVisible()
        qtbot.waitUntil(lambda: w.company_list.model.rowCount() == 1, timeout=3000)
        w.close()
        w2 = MainWindow(store, paths)  # set up now: straight to the list
        qtbot.addWidget(w2)
        assert w2.current_page_key() == "companies"
    finally:
        store.close()


def test_hunter_fields_are_saved_and_filter_the_list(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    page = w.company_page
    w.open_company(seeded[2]["Harstad Tømrer AS"])
    page.status.setCurrentIndex(page.status.findData("approved_with_apprentices"))
    qtbot.keyClicks(page.approved, "Tømrerfaget")
    page.owner.setCurrentIndex(page.owner.findData(w.user_id))
    page.save_fields.setFocus()
    qtbot.keyClick(page.save_fields, Qt.Key.Key_Space)
    assert page.fields_message.text() == "Lagret."
    w.show_page("companies")
    lst = w.company_list

    def names_when_settled() -> list[str]:
        qtbot.waitUntil(lambda: not lst._timer.isActive() and not lst.model._jobs
                        and lst.model.query == lst.current_query(), timeout=3000)
        return [r.name for r in lst.model.rows]

    lst.status.setCurrentIndex(lst.status.findData("approved_with_apprentices"))
    assert names_when_settled() == ["Harstad Tømrer AS"]
    lst.reset_filters()
    lst.owner.setCurrentIndex(lst.owner.findData(w.user_id))
    assert names_when_settled() == ["Harstad Tømrer AS"]
    lst.reset_filters()
    lst.trade.setCurrentText("Tømrerfaget")
    assert names_when_settled() == ["Harstad Tømrer AS"]
    lst.reset_filters()
    lst.no_contact.setValue(30)  # none of them has been contacted: all match
    assert len(names_when_settled()) == 8


def test_the_owner_list_leaves_out_who_has_left(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    """A teammate who has left is not offered as "Ansvarlig"; a company still theirs shows their
    name with "(har sluttet)", and saving its other fields keeps it theirs."""
    w: MainWindow = window
    store, ids = seeded[0], seeded[2]
    with store.session() as s:
        s.add(User(id="01900000-0000-7000-8000-0000000000b1", name="Per Pedersen", role="hunter"))
        s.add(User(id="01900000-0000-7000-8000-0000000000b2", name="Ola Olsen", role="hunter", active=False))
        company = s.get(Company, ids["Vardø Fisk AS"])
        assert company is not None
        company.owner_id = "01900000-0000-7000-8000-0000000000b2"  # his before he left (as pulled)
    page = w.company_page
    w.open_company(ids["Harstad Tømrer AS"])
    offered = [page.owner.itemText(i) for i in range(page.owner.count())]
    assert offered == ["Ingen", "Meg", "Per Pedersen"]
    w.open_company(ids["Vardø Fisk AS"])
    assert page.owner.currentText() == "Ola Olsen (har sluttet)"
    page.phone.setText("+47 900 11 222")
    page.save_fields.setFocus()
    qtbot.keyClick(page.save_fields, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.fields_message.text() == "Lagret.", timeout=3000)
    with store.reader() as s:
        company = s.get(Company, ids["Vardø Fisk AS"])
        assert company is not None and company.owner_id == "01900000-0000-7000-8000-0000000000b2"


def test_own_fields_are_kept_when_the_hunter_leaves_the_company(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    """Typed and not saved, then another company opened: saved on the way (they were dropped
    without a word). A value that cannot be saved keeps the page on the company, saying why.
    Ctrl+Enter in the fields saves, as F1 says."""
    w: MainWindow = window
    store, ids = seeded[0], seeded[2]
    page = w.company_page
    w.open_company(ids["Harstad Tømrer AS"])
    page.phone.setFocus()
    qtbot.keyClicks(page.phone, "+47 900 11 222")
    w.open_company(ids["Vardø Fisk AS"])
    assert page.title.text() == "Vardø Fisk AS"
    with store.reader() as s:
        harstad = s.get(Company, ids["Harstad Tømrer AS"])
        assert harstad is not None and harstad.phone == "+47 900 11 222"

    qtbot.keyClicks(page.phone, "ikke et nummer")
    qtbot.keyClick(page.phone, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # off to find another
    assert QApplication.focusWidget() is not page.phone
    w.open_company(ids["Alta Elektro AS"])
    assert page.title.text() == "Vardø Fisk AS" and page.phone.text() == "ikke et nummer"
    assert page.fields_message.text() == "Endringene dine er ikke lagret: Telefonnummeret ser ikke riktig ut."
    assert QApplication.focusWidget() is page.phone  # where the refused value is, to mend it at once

    page.phone.selectAll()
    qtbot.keyClicks(page.phone, "+47 777 00 000")
    qtbot.keyClick(page.phone, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.fields_message.text() == "Lagret.", timeout=3000)
    assert not page.unsaved_own_fields()
    with store.reader() as s:
        vardo = s.get(Company, ids["Vardø Fisk AS"])
        assert vardo is not None and vardo.phone == "+47 777 00 000"


def test_closing_with_a_refused_own_field_asks_and_keeps_it_on_no(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    page = w.company_page
    w.open_company(seeded[2]["Harstad Tømrer AS"])
    qtbot.keyClicks(page.phone, "ring meg")
    asked: list[str] = []

    def no() -> bool:
        asked.append(page.fields_message.text())
        return False

    w.close_without_own_fields = no
    assert not w.close()
    assert w.isVisible() and page.phone.text() == "ring meg"
    assert asked == ["Endringene dine er ikke lagret: Telefonnummeret ser ikke riktig ut."]
    w.close_without_own_fields = lambda: True
    assert w.close()
