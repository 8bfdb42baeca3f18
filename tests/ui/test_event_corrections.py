"""Its author corrects or deletes an event (a market day typed with the wrong date, a company
that was not there after all): the visits it wrote on each company's timeline follow, the
companies' stages with them, everything goes out to the server as ordinary changes; a teammate's
event shows no buttons and the service refuses them whatever way they come."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from lpj_desktop.domain.enums import EventKind
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.services.profile import get_profile
from lpj_desktop.services.visits import InvalidVisit, correct_event, delete_event, record_event
from lpj_desktop.store.models import Company, Event, OutboxMutation, User, Visit
from lpj_desktop.ui.event_dialog import EventDialog

WHEN = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def _event(store, ids, hunter_id: str | None = None) -> str:  # type: ignore[no-untyped-def]
    with store.session() as s:
        me = hunter_id or get_profile(s).user_id
        return record_event(
            s, name="Yrkesmesse i Alta", kind=EventKind.MARKET_DAY, occurred_at=WHEN, hunter_id=me,
            company_ids=[ids["Alta Elektro AS"], ids["Vardø Fisk AS"]],
            outcome=Outcome.WANTS_INFORMATION, notes="Stand ved inngangen.").id


def _visits(store, event_id: str) -> dict[str, Visit]:  # type: ignore[no-untyped-def]
    with store.reader() as s:
        rows = s.scalars(select(Visit).where(Visit.event_id == event_id, Visit.deleted_at.is_(None)))
        return {v.company_id: v for v in rows}


def test_a_correction_moves_the_visits_with_the_event(seeded) -> None:  # type: ignore[no-untyped-def]
    store, _paths, ids = seeded
    event_id = _event(store, ids)
    with store.session() as s:  # one company's outcome was corrected on its own since
        me = get_profile(s).user_id
        vardo = s.scalars(select(Visit).where(Visit.company_id == ids["Vardø Fisk AS"])).one()
        vardo.outcome = Outcome.FOLLOW_UP_AGREED.value
    later = WHEN + timedelta(days=1)
    with store.session() as s:
        correct_event(s, event_id, name="Yrkesmesse i Alta 2026", kind=EventKind.MARKET_DAY,
                      occurred_at=later, user_id=me, outcome=None, notes="Stand ved kantina.",
                      company_ids=[ids["Vardø Fisk AS"], ids["Kafé Nordlys"]])
    visits = _visits(store, event_id)
    assert set(visits) == {ids["Vardø Fisk AS"], ids["Kafé Nordlys"]}  # Alta Elektro's visit went
    assert {v.occurred_at.replace(tzinfo=UTC) for v in visits.values()} == {later}
    assert visits[ids["Vardø Fisk AS"]].outcome == Outcome.FOLLOW_UP_AGREED.value  # kept: outcome None
    assert visits[ids["Kafé Nordlys"]].outcome == Outcome.FOLLOW_UP_AGREED.value  # the one they share now
    assert {v.notes for v in visits.values()} == {"Stand ved kantina."}
    with store.reader() as s:
        event = s.get(Event, event_id)
        assert event is not None and event.name == "Yrkesmesse i Alta 2026"
        alta = s.get(Company, ids["Alta Elektro AS"])
        assert alta is not None and alta.stage is None  # its only contact was that visit
        queued = {(m.entity, m.name) for m in s.scalars(select(OutboxMutation))}
        assert {("event", "update"), ("visit", "update"), ("visit", "delete"), ("visit", "create")} <= queued


def test_deleting_an_event_takes_its_visits(seeded) -> None:  # type: ignore[no-untyped-def]
    store, _paths, ids = seeded
    event_id = _event(store, ids)
    with store.session() as s:
        me = get_profile(s).user_id
        assert delete_event(s, event_id, me) == 2
    assert _visits(store, event_id) == {}
    with store.reader() as s:
        event = s.get(Event, event_id)
        assert event is not None and event.deleted_at is not None  # a tombstone, to sync
        assert s.scalar(select(func.count()).select_from(OutboxMutation).where(
            OutboxMutation.name == "delete")) == 3


def test_only_its_author_corrects_or_deletes_an_event(seeded) -> None:  # type: ignore[no-untyped-def]
    store, _paths, ids = seeded
    with store.session() as s:
        s.add(User(id="teammate-1", name="Per Teammate", role="hunter"))
    event_id = _event(store, ids, hunter_id="teammate-1")
    with store.session() as s:
        me = get_profile(s).user_id
        with pytest.raises(InvalidVisit) as refused:
            delete_event(s, event_id, me)
        assert refused.value.problems[0].key == "event_not_yours"
        with pytest.raises(InvalidVisit):
            correct_event(s, event_id, name="x", kind=EventKind.MARKET_DAY, occurred_at=WHEN, user_id=me,
                          outcome=None, company_ids=[ids["Alta Elektro AS"]])
    assert len(_visits(store, event_id)) == 2


def test_the_page_corrects_and_deletes_its_authors_event(qtbot, window, seeded, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store, _paths, ids = seeded
    event_id = _event(store, ids)
    window.show()
    window.show_page("events")
    page = window.events
    assert page.event_id == event_id and page.edit_button.isVisible() and page.delete_button.isVisible()

    page.edit_button.click()
    dialog = window.findChild(EventDialog)
    assert dialog is not None and dialog.windowTitle() == "Endre arrangement"
    assert dialog.name.text() == "Yrkesmesse i Alta" and dialog.company_ids() == [
        ids["Alta Elektro AS"], ids["Vardø Fisk AS"]]
    assert dialog.outcome.currentData() == Outcome.WANTS_INFORMATION.value
    dialog.name.setText("Yrkesmesse i Alta 2026")
    dialog.companies.setCurrentRow(0)
    dialog._remove_selected()
    assert dialog.save()
    qtbot.waitUntil(lambda: page.title.text() == "Yrkesmesse i Alta 2026", timeout=3000)
    assert [page.companies.item(i).text() for i in range(page.companies.count())] == ["Vardø Fisk AS"]

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    page.delete_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=3000)
    assert page.message.text() == "Arrangementet er slettet (1 besøk)."
    assert window.status_message.text() == "Arrangementet er slettet (1 besøk)."
    assert _visits(store, event_id) == {}


def test_a_correction_left_unsaved_comes_back_to_that_event_only(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    store, _paths, ids = seeded
    event_id = _event(store, ids)
    fix = window.open_event_dialog(event_id, modal=False)
    fix.name.setText("Yrkesmesse i Alta (rettet)")
    fix.reject()  # Esc: kept as that event's draft
    new = window.open_event_dialog(modal=False)
    assert new.windowTitle() == "Nytt arrangement" and new.name.text() == "" and new.company_ids() == []
    new.discard()
    again = window.open_event_dialog(event_id, modal=False)
    assert again.name.text() == "Yrkesmesse i Alta (rettet)" and again.notice.isVisibleTo(again)
    assert again.company_ids() == [ids["Alta Elektro AS"], ids["Vardø Fisk AS"]]
    again.discard()
    with store.reader() as s:
        event = s.get(Event, event_id)
        assert event is not None and event.name == "Yrkesmesse i Alta"


def test_f1_lists_the_alt_letters_of_the_page_in_view(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    store, _paths, ids = seeded
    _event(store, ids)
    window.show()
    window.show_page("events")
    qtbot.waitUntil(lambda: window.events.edit_button.isVisible())
    text = window.shortcut_help_text()
    here, _, rest = text.partition("Andre hurtigtaster")
    assert "På denne siden" in here and "Alt+E" in here and "Endre" in here and "Alt+S" in here
    assert "Slett" in here and "&amp;" not in here and "…" not in here
    assert "Ctrl+N" in rest
    window.show_page("companies")  # nothing with an Alt letter there: the window's keys only
    assert "På denne siden" not in window.shortcut_help_text()
