"""Writes made in the window while the sync holds the store's write lock (a first sync builds
each visit index under it for seconds): none freezes the window, none is lost, none is doubled."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select

from lpj_desktop.store.models import Company, FollowUp, Note
from lpj_desktop.ui.main_window import MainWindow
from lpj_desktop.ui.store_writes import RetryQueue


@contextmanager
def sync_holds(path: Path) -> Iterator[None]:
    """Another connection holds the write lock, as the sync does while it builds an index."""
    sync = sqlite3.connect(path, isolation_level=None)
    sync.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        sync.rollback()
        sync.close()


def test_hunter_fields_and_a_note_wait_for_the_store_even_after_another_company_is_opened(
        qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    store, _paths, ids = seeded
    page = w.company_page
    w.open_company(ids["Kafé Nordlys"])
    with sync_holds(store.path):
        page.phone.setText("+47 911 22 333")
        page.tags.setText("kantine, sommerjobb")
        began = time.perf_counter()
        page.save_hunter_fields()
        assert not page.save_note("Ring etter påske")
        assert time.perf_counter() - began < 1.0  # two refused writes, not two 5 s waits
        assert "lagres av seg selv" in page.fields_message.text()
        assert page.writes.pending == 2
        w.open_company(ids["Vardø Fisk AS"])  # the page now shows another company
        qtbot.wait(600)
        assert page.writes.pending == 2
    qtbot.waitUntil(lambda: page.writes.pending == 0, timeout=3000)
    qtbot.wait(400)
    with store.reader() as s:
        cafe = s.get(Company, ids["Kafé Nordlys"])
        vardo = s.get(Company, ids["Vardø Fisk AS"])
        notes = s.scalars(select(Note.text).where(Note.company_id == ids["Kafé Nordlys"])).all()
        assert cafe is not None and vardo is not None
        assert cafe.phone == "+47 911 22 333" and cafe.tags == ["kantine", "sommerjobb"]
        assert vardo.phone is None  # the other company's unchanged fields were not written over
        assert list(notes) == ["Ring etter påske"]


def test_a_follow_up_marked_done_while_the_store_is_held_is_done_once(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    store, _paths, ids = seeded
    w.open_company(ids["Tromsø Frisør"])
    d = w.open_visit_dialog()
    qtbot.keyClicks(d.outcome, "Interessert")
    qtbot.keyClicks(d.next_step, "Ring igjen")
    assert d.save()
    w.show_page("followups")
    fid = w.followups.item_ids()[0]
    with sync_holds(store.path):
        assert not w.followups.move_to(fid, date.today() + timedelta(days=5))
        assert "lagres av seg selv" in w.followups.message.text()
    qtbot.waitUntil(lambda: w.followups.writes.pending == 0, timeout=3000)
    with store.reader() as s:
        moved = s.get(FollowUp, fid)
        assert moved is not None and moved.due_on == date.today() + timedelta(days=5)
        assert s.scalar(select(func.count()).select_from(FollowUp)) == 1


def test_queued_writes_go_through_in_the_order_they_were_asked_for(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QObject

    owner = QObject()
    queue = RetryQueue(owner, interval_ms=20)
    busy = [True]
    done: list[str] = []

    def write(name: str):  # type: ignore[no-untyped-def]
        def attempt() -> bool:
            if busy[0]:
                return False
            done.append(name)
            return True
        return attempt

    assert not queue.run(write("first"))
    busy[0] = False
    assert not queue.run(write("second"))  # the store is free, but "first" waits before it
    qtbot.waitUntil(lambda: queue.pending == 0, timeout=2000)
    assert done == ["first", "second"]
    assert queue.run(write("third")) and done == ["first", "second", "third"]


def test_a_queued_write_says_it_waits_and_a_refused_one_is_not_tried_again(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QObject
    from sqlalchemy import text

    store, _paths, _ids = seeded
    owner = QObject()
    queue = RetryQueue(owner, interval_ms=20)
    said: list[str] = []
    done: list[object] = []
    refused: list[Exception] = []
    tries = [0]

    def refuse(_session: object) -> None:
        tries[0] += 1
        raise ValueError("no")

    assert not queue.write(store, refuse, say=said.append, done=done.append,
                           refusals=(ValueError,), refused=refused.append)
    assert tries == [1] and len(refused) == 1 and done == [] and queue.pending == 0
    with sync_holds(store.path):
        def rename(session):  # type: ignore[no-untyped-def]
            session.execute(text("UPDATE company SET name = name"))  # takes the write lock
            return "written"

        assert not queue.write(store, rename, say=said.append, done=done.append)
        assert said and "lagres av seg selv" in said[-1] and done == []
    qtbot.waitUntil(lambda: done == ["written"], timeout=2000)
    assert queue.write(store, lambda _s: "at once", say=said.append, done=done.append)
    assert done == ["written", "at once"]
