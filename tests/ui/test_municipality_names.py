"""The hunter's screens with municipalities that have several official names (Karasjok – Kárášjohka)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lpj_desktop.ui.add_company_dialog import AddCompanyDialog
from lpj_desktop.ui.main_window import MainWindow


def test_add_a_company_in_karasjok_then_find_and_see_it_by_every_name(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    added = {}
    for name, typed in (("Sámi Bygg AS", "karasjok"), ("Kárášjoga Rørlegger", "Kárášjohka"),
                        ("Guovdageainnu Elektro", "Kautokeino")):
        d = AddCompanyDialog(w.store, w)
        qtbot.addWidget(d)
        d.name.setText(name)  # QTest types ASCII only
        d.municipality.setText(typed)
        assert d.save(), d.errors["municipality_number"].text()
        added[name] = d.company_id
    w.open_company(added["Sámi Bygg AS"])
    assert w.company_page.subtitle.text() == "uten organisasjonsnummer · Karasjok – Kárášjohka"

    page = w.company_list
    for text, expected in (("Karasjok", {"Sámi Bygg AS", "Kárášjoga Rørlegger"}),
                           ("Kárášjohka", {"Sámi Bygg AS", "Kárášjoga Rørlegger"}),
                           ("Guovdageaidnu", {"Guovdageainnu Elektro"}),
                           ("bygg Kárášjohka", {"Sámi Bygg AS"})):
        page.search.setText(text)
        page.apply_query(wait=True)
        assert {r.name for r in page.model.rows} == expected, text
    column = [c.key for c in page.model.cols].index("municipality")
    shown = {page.model.index(r, 0).data(): page.model.index(r, column).data()
             for r in range(page.model.rowCount())}
    assert shown == {"Sámi Bygg AS": "Karasjok – Kárášjohka"}


def test_add_company_says_when_a_name_is_unknown_or_shared(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    d = AddCompanyDialog(window.store, window)
    qtbot.addWidget(d)
    d.name.setText("Ny Bedrift")
    d.municipality.setText("Atlantis")
    assert not d.save()
    assert d.errors["municipality_number"].text().startswith("Ukjent kommune.")
    d.municipality.setText("Herøy")
    assert not d.save()
    assert d.errors["municipality_number"].text().startswith("Flere kommuner har dette navnet.")
    # The list offers each municipality under all its names: typing a Sami name finds it.
    completer = d.municipality.completer()
    completer.setCompletionPrefix("Guovda")
    assert completer.currentCompletion() == "Kautokeino – Guovdageaidnu (5612)"
    d.municipality.setText("Kautokeino – Guovdageaidnu (5612)")
    assert d.save()


def test_filters_show_every_name_and_find_a_municipality_by_its_sami_name(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.company_list
    counties = [page.county.itemText(i) for i in range(page.county.count())]
    assert "Finnmark – Finnmárku – Finmarkku" in counties and "Troms – Romsa – Tromssa" in counties
    page.county.setCurrentIndex(page.county.findData("56"))
    municipalities = [page.municipality.itemText(i) for i in range(page.municipality.count())]
    assert "Karasjok – Kárášjohka" in municipalities and "Alta" in municipalities
    completer = page.municipality.completer()
    completer.setCompletionPrefix("Unjárga")
    assert completer.currentCompletion() == "Nesseby – Unjárga"
    page.municipality.lineEdit().setText("Nesseby – Unjárga")
    qtbot.keyClick(page.municipality.lineEdit(), Qt.Key.Key_Return)
    assert page.municipality.currentData() == "5636"
