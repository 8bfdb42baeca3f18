"""A hunter's day, driven through the widgets: search, open, record a visit by keyboard, follow up,
restart and find everything again."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lpj_desktop.domain.when import today
from lpj_desktop.store.database import open_store
from lpj_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def _timeline_texts(w: MainWindow) -> list[str]:
    model = w.company_page.timeline.model()
    return [model.index(i).data() for i in range(model.rowCount())]


def test_search_open_record_visit_follow_up_and_restart(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    store, paths, ids = seeded

    # Type a search: the list narrows to the one company.
    w.company_list.focus_search()
    qtbot.keyClicks(w.company_list.search, "alta elek")
    qtbot.waitUntil(lambda: w.company_list.model.rowCount() == 1, timeout=3000)
    assert w.company_list.model.rows[0].name == "Alta Elektro AS"
    assert w.company_list.count_label.text() == "1 bedrift"

    # Enter opens it.
    qtbot.keyClick(w.company_list.search, Qt.Key.Key_Return)
    assert w.current_page_key() == "company"
    assert w.company_page.title.text() == "Alta Elektro AS"
    assert "Ingen kontakt registrert" in _timeline_texts(w)[0]

    # Ctrl+N from the company page: the visit form with this company chosen.
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
    qtbot.keyClick(w.company_page, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: w.visit_dialog is not None and w.visit_dialog.isVisible(), timeout=2000)
    d = w.visit_dialog
    assert d.company.company_id == ids["Alta Elektro AS"]
    assert d.channel.hasFocus() or d.focusWidget() is d.channel

    # Keyboard only: channel, outcome, trades, notes, next step; Ctrl+Enter saves.
    qtbot.keyClicks(d.channel, "Tele")
    assert d.channel.currentData() == "phone"
    qtbot.keyClicks(d.outcome, "Avtalt")
    assert d.outcome.currentData() == "follow_up_agreed"
    qtbot.keyClicks(d.trades, "Elektrikerfaget")
    qtbot.keyClicks(d.notes, "Daglig leder vil ha lærling fra høsten.")
    qtbot.keyClicks(d.next_step, "Send informasjon om lærlingtilskudd")
    assert d.next_step_on.value() == today() + timedelta(days=7)
    assert len(w.drafts.load_all()) == 1  # the half-written visit is already on disk
    qtbot.keyClick(d.notes, Qt.Key.Key_Return, CTRL)
    assert not d.isVisible()
    assert w.drafts.load_all() == []

    texts = _timeline_texts(w)
    assert texts[0].startswith("Oppfølging") and "Send informasjon om lærlingtilskudd" in texts[0]
    assert "Telefon · Avtalt oppfølging · Ida Hansen" in texts[1]
    assert "Fag: Elektrikerfaget" in texts[1] and "Daglig leder vil ha lærling" in texts[1]
    assert w.company_page.stage_label.text() == "Stadium: Avtalt oppfølging"

    # The follow-up is waiting; mark it done with the keyboard.
    qtbot.keyClick(w, Qt.Key.Key_3, CTRL)
    assert w.current_page_key() == "followups"
    assert sum(w.followups.counts) == 1
    w.followups.tree.setFocus()
    qtbot.keyClick(w.followups.tree, Qt.Key.Key_D, CTRL)
    assert sum(w.followups.counts) == 0

    # The list shows the new stage.
    qtbot.keyClick(w, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: w.company_list.model.rows[0].stage == "follow_up_agreed", timeout=3000)

    # Restart: a new window on the same data folder finds everything.
    w.close()
    store.close()
    store2 = open_store(paths)
    try:
        w2 = MainWindow(store2, paths)
        w2.modal_dialogs = False
        qtbot.addWidget(w2)
        w2.show()
        assert w2.current_page_key() == "companies"
        qtbot.keyClicks(w2.company_list.search, "Alta Elektro")
        qtbot.waitUntil(lambda: w2.company_list.model.rowCount() == 1, timeout=3000)
        qtbot.keyClick(w2.company_list.search, Qt.Key.Key_Return)
        texts = _timeline_texts(w2)
        assert "Utført: Send informasjon om lærlingtilskudd" in texts[0]
        assert "Avtalt oppfølging" in texts[1]
        assert not w2.banner.isVisible()
        w2.close()
    finally:
        store2.close()


def test_half_written_visit_survives_a_crash_and_is_offered_back(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    store, paths, ids = seeded
    w.open_company(ids["Vardø Fisk AS"])
    d = w.open_visit_dialog()
    qtbot.keyClicks(d.outcome, "Ikke")  # "Ikke nådd"; a space would open the list, so arrow on
    qtbot.keyClick(d.outcome, Qt.Key.Key_Down)
    qtbot.keyClicks(d.notes, "Har ikke kapasitet i år")
    # A crash: the window vanishes without any close handling.
    d.hide()
    d.deleteLater()
    w.hide()
    w.deleteLater()

    w2 = MainWindow(store, paths)
    w2.modal_dialogs = False
    qtbot.addWidget(w2)
    w2.show()
    assert w2.banner.isVisible() and "Vardø Fisk AS" in w2.banner_label.text()
    qtbot.mouseClick(w2.banner_resume, Qt.MouseButton.LeftButton)
    d2 = w2.visit_dialog
    assert d2 is not None and d2.isVisible()
    assert d2.company.company_id == ids["Vardø Fisk AS"]
    assert d2.outcome.currentData() == "not_interested"
    assert d2.notes.toPlainText() == "Har ikke kapasitet i år"
    assert d2.save()
    assert w2.drafts.load_all() == []
    assert "Ikke interessert" in _timeline_texts(w2)[0]


def test_closing_the_form_keeps_the_draft_and_discard_removes_it(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    d = w.open_visit_dialog(seeded[2]["Kafé Nordlys"])
    qtbot.keyClicks(d.notes, "Halvferdig")
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert not d.isVisible()
    assert w.banner.isVisible()
    qtbot.mouseClick(w.banner_discard, Qt.MouseButton.LeftButton)
    assert not w.banner.isVisible() and w.drafts.load_all() == []


def test_event_with_many_companies_appears_on_each_timeline(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    ids = seeded[2]
    dialog = w.open_event_dialog()
    qtbot.keyClicks(dialog.name, "Yrkesmesse Alta")
    for text in ("Alta Elektro", "Varme", "Nordlys"):
        qtbot.keyClicks(dialog.picker, text)
        qtbot.keyClick(dialog.picker, Qt.Key.Key_Return)
    assert dialog.companies.count() == 3
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    for name in ("Alta Elektro AS", "Alta Rør og Varme AS", "Kafé Nordlys"):
        w.open_company(ids[name])
        assert "Arrangement: Yrkesmesse Alta (Yrkesmesse / markedsdag)" in _timeline_texts(w)[0]


def test_move_a_follow_up_and_refuse_the_past(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    w.open_company(seeded[2]["Tromsø Frisør"])
    d = w.open_visit_dialog()
    qtbot.keyClicks(d.outcome, "Interessert")
    qtbot.keyClicks(d.next_step, "Ring igjen")
    assert d.save()
    w.show_page("followups")
    fid = w.followups.item_ids()[0]
    assert not w.followups.move_to(fid, date.today() - timedelta(days=1))
    assert "allerede vært" in w.followups.message.text()
    assert w.followups.move_to(fid, date.today())
    assert w.followups.counts[1] == 1


def test_the_author_corrects_a_visit_from_the_timeline(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from lpj_desktop.domain.enums import Channel
    from lpj_desktop.domain.ladder import Outcome
    from lpj_desktop.domain.visit_draft import VisitDraft
    from lpj_desktop.services.visits import record_visit
    from lpj_desktop.store.base import utcnow
    from lpj_desktop.store.models import OutboxMutation

    w: MainWindow = window
    ids = seeded[2]
    w.open_company(ids["Kafé Nordlys"])
    d = w.open_visit_dialog()
    qtbot.keyClicks(d.outcome, "Ikke")
    qtbot.keyClicks(d.notes, "Ringte, ingen svar")
    assert d.save()
    tl = w.company_page.timeline
    tl.setFocus()
    tl.setCurrentIndex(tl.model().index(0))
    qtbot.keyClick(tl, Qt.Key.Key_Return)  # Enter on the visit: the form, filled, to correct it
    d2 = w.visit_dialog
    assert d2 is not d and d2.isVisible() and d2.windowTitle() == "Rett besøk"
    assert d2.notes.toPlainText() == "Ringte, ingen svar" and d2.company.isReadOnly()
    d2.outcome.setCurrentIndex(d2.outcome.findData("wants_information"))
    qtbot.keyClick(d2.notes, Qt.Key.Key_Return, CTRL)
    assert not d2.isVisible()
    assert len(_timeline_texts(w)) == 1 and "Interessert, vil ha informasjon" in _timeline_texts(w)[0]
    with w.store.reader() as s:
        names = [m.name for m in s.scalars(select(OutboxMutation).where(OutboxMutation.entity == "visit"))]
    assert names == ["create", "update"]

    # A colleague's visit (synced in) is shown but not opened for correction.
    with w.store.session() as s:
        colleague = VisitDraft(company_id=ids["Kafé Nordlys"], occurred_at=utcnow(), channel=Channel.PHONE,
                               outcome=Outcome.NOT_REACHED)
        record_visit(s, colleague, "someone-else")
    w.company_page.refresh_history()
    tl.setCurrentIndex(tl.model().index(0))
    qtbot.keyClick(tl, Qt.Key.Key_Return)
    assert w.visit_dialog is d2 and not d2.isVisible()
    assert w.status_message.text() == "Bare den som registrerte besøket, kan rette det."


def test_a_visit_saved_while_the_sync_holds_the_store_waits_without_freezing_and_is_saved_once(
        qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    """A first sync holds the store's write lock for seconds while it builds an index: the save
    must neither freeze the window for that long nor fail, and must not record the visit twice."""
    import sqlite3
    import time

    from sqlalchemy import func, select

    from lpj_desktop.store.models import Visit

    w: MainWindow = window
    store, _paths, ids = seeded
    w.open_company(ids["Kafé Nordlys"])
    d = w.open_visit_dialog()
    qtbot.keyClicks(d.outcome, "Ønsker")  # "Ønsker informasjon"
    qtbot.keyClick(d.outcome, Qt.Key.Key_Down)
    qtbot.keyClicks(d.notes, "Lagret mens synkroniseringen bygde indekser")
    sync = sqlite3.connect(store.path, isolation_level=None)
    sync.execute("BEGIN IMMEDIATE")  # the sync's write lock
    try:
        began = time.perf_counter()
        assert not d.save()
        assert time.perf_counter() - began < 1.0  # not SQLite's 5 s wait on the UI thread
        assert d.isVisible()
        assert "lagres av seg selv" in d.general.text()
        qtbot.wait(600)  # retried meanwhile, still refused
        assert d.isVisible()
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)  # the hunter presses again
        assert d.isVisible()
    finally:
        sync.rollback()
        sync.close()
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=3000)
    qtbot.wait(2 * 250 + 100)  # a stale retry would have fired by now
    with store.reader() as s:
        saved = s.scalar(select(func.count()).select_from(Visit)
                         .where(Visit.notes == "Lagret mens synkroniseringen bygde indekser"))
    assert saved == 1
    assert w.drafts.load_all() == []
    # The pooled connection the refused saves used waits as long as ever for later writes.
    with store.session() as s:
        assert s.connection().exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
