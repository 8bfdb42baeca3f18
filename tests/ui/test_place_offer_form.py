"""The visit form refuses «Læreplass tilbudt» with no places, in words beside the places."""

from __future__ import annotations

from sqlalchemy import select

from lpj_desktop.store.models import Visit
from lpj_desktop.ui.main_window import MainWindow


def test_an_offer_without_places_is_refused_in_place_and_saved_with_them(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    store, _paths, ids = seeded
    d = w.open_visit_dialog(ids["Tromsø Frisør"])
    d.outcome.setCurrentIndex(d.outcome.findData("place_offered"))
    assert not d.save()
    assert d.errors["places"].text() == (
        "«Læreplass tilbudt» krever minst én læreplass: skriv fag og antall plasser.")
    with store.reader() as s:
        assert s.scalars(select(Visit).where(Visit.company_id == ids["Tromsø Frisør"])).all() == []
    d.add_place_row("Frisørfaget", 1)
    assert d.save()
    with store.reader() as s:
        [visit] = s.scalars(select(Visit).where(Visit.company_id == ids["Tromsø Frisør"])).all()
        assert (visit.outcome, visit.places) == ("place_offered", [{"trade": "Frisørfaget", "count": 1}])
