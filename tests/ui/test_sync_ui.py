"""Sync as the user sees it, against the real server on 127.0.0.1 (uvicorn in a thread): login,
sync now with progress, offline with nothing lost, a conflict resolved, refused changes discarded
and resent, logout that will not drop unsynced changes silently, open views that keep the user's
place."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

pytest.importorskip("sync.server.app", reason="the sync server is not on this branch")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

from live import PASSWORD, LiveServer, make_client  # noqa: E402

from lpj_desktop.domain.enums import Channel  # noqa: E402
from lpj_desktop.domain.ladder import Outcome  # noqa: E402
from lpj_desktop.domain.visit_draft import VisitDraft  # noqa: E402
from lpj_desktop.services import changes  # noqa: E402
from lpj_desktop.services.companies import update_hunter_fields  # noqa: E402
from lpj_desktop.services.visits import record_visit  # noqa: E402
from lpj_desktop.store.models import Company, OutboxMutation, SyncConflict, Visit  # noqa: E402
from lpj_desktop.store.models.local import OutboxState  # noqa: E402
from lpj_desktop.ui.sync.register import LOGOUT_ANYWAY, LOGOUT_SYNC, REJECTIONS  # noqa: E402
from sync.kernel.orgnr import with_check_digit  # noqa: E402

WAIT = 30_000


class MemoryKeyring(KeyringBackend):
    """An OS keyring stand-in (no Keychain / Credential Manager / Secret Service here)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture(autouse=True)
def no_keyring() -> Iterator[None]:
    """Like a machine with no keyring backend, unless a test puts one in."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    live = LiveServer(tmp_path / "server" / "server.sqlite3")
    live.start()
    live.add_user("ida")
    live.add_user("ola")
    yield live
    live.stop()
    live.db.dispose()


def count(store, *conds) -> int:  # type: ignore[no-untyped-def]
    with store.reader() as s:
        return s.scalar(select(func.count()).select_from(OutboxMutation).where(*conds)) or 0


def pending(store) -> int:  # type: ignore[no-untyped-def]
    return count(store, OutboxMutation.state == OutboxState.PENDING)


def login(qtbot, window, server: LiveServer, user: str = "ida"):  # type: ignore[no-untyped-def]
    """Log in through the dialog with the keyboard, and wait for the first sync to end."""
    ui = window.sync_ui
    dialog = ui.open_login()
    dialog.server.setText(server.url)
    dialog.username.setText(user)
    dialog.password.setText(PASSWORD)
    dialog.password.setFocus()
    with qtbot.waitSignal(ui.worker.finished, timeout=WAIT) as first:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert first.args[0].kind == "ok", first.args[0].message
    return ui


def sync(qtbot, ui):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(ui.worker.finished, timeout=WAIT) as done:
        assert ui.sync_now()
    return done.args[0]


def visit(store, company_id: str, user_id: str) -> str:  # type: ignore[no-untyped-def]
    with store.session() as s:
        return record_visit(s, VisitDraft(company_id=company_id, occurred_at=datetime.now(UTC),
                                          channel=Channel.PHONE, outcome=Outcome.WANTS_INFORMATION),
                            user_id).visit.id


def test_login_then_sync_now_shows_progress_and_the_time(  # type: ignore[no-untyped-def]
    qtbot, window, server,
) -> None:
    store = window.store
    qtbot.waitUntil(lambda: "venter" in window.sync_status.text())
    assert window.sync_status.text().startswith("Ikke koblet til server")
    assert "8 endringer venter" in window.sync_status.text()
    texts: list[str] = []
    ui = window.sync_ui
    ui.worker.progress.connect(lambda _p: texts.append(window.sync_status.text()))
    ui = login(qtbot, window, server)
    # This machine has no keyring: the user is told plainly, and stays logged in for the session.
    assert "nøkkelring" in ui.keyring_message and ui.worker.logged_in
    # The store now knows its user by the server's id, and so does every part of the window.
    with store.reader() as s:
        from lpj_desktop.services.profile import get_profile

        me = get_profile(s).user_id
    assert window.user_id == me == window.company_page.user_id == window.followups.user_id
    assert any(t.startswith("Synkroniserer … (") for t in texts), texts
    assert any("sender" in t and " av " in t for t in texts), texts
    assert pending(store) == 0
    assert window.sync_status.text().startswith("Synkronisert kl. ")
    assert "venter" not in window.sync_status.text()
    # F5 syncs again; one sync at a time.
    with qtbot.waitSignal(ui.worker.finished, timeout=WAIT):
        ui.sync_action.trigger()
        assert ui.worker.running and not ui.worker.sync_now("manual")
    assert "Sist synkronisert" in window.sync_status.toolTip()


def test_offline_says_so_with_the_count_and_loses_nothing(  # type: ignore[no-untyped-def]
    qtbot, window, seeded, server,
) -> None:
    store, _paths, ids = seeded
    ui = login(qtbot, window, server)
    server.stop()
    visit(store, ids["Alta Elektro AS"], window.user_id)
    window.bus.changed.emit()
    outcome = sync(qtbot, ui)
    assert outcome.kind == "offline"
    text, tip = window.sync_status.text(), window.sync_status.toolTip()
    assert text.startswith("Frakoblet") and "1 endring venter" in text, text
    assert outcome.message in tip and "Sist synkronisert" in tip
    assert ui.worker.retry_timer.isActive()  # backoff: it tries again by itself
    assert pending(store) == 1  # the visit, kept
    server.start()
    with qtbot.waitSignal(ui.worker.finished, timeout=WAIT) as done:
        ui.worker.network_back()  # what QNetworkInformation triggers: a probe, then a sync
    assert done.args[0].kind == "ok"
    assert pending(store) == 0 and window.sync_status.text().startswith("Synkronisert kl.")
    assert count(store, OutboxMutation.state == OutboxState.REJECTED) == 0


def test_a_conflict_is_shown_and_resolved_as_a_resolve_mutation(  # type: ignore[no-untyped-def]
    qtbot, window, seeded, server, tmp_path,
) -> None:
    store, _paths, ids = seeded
    cid = ids["Vardø Fisk AS"]
    ui = login(qtbot, window, server)
    ola = make_client(tmp_path, server, "ola")
    ola.engine.sync()
    with ola.store.session() as s:
        update_hunter_fields(s, s.get(Company, cid), phone="22222222")
    ola.engine.sync()
    with store.session() as s:
        update_hunter_fields(s, s.get(Company, cid), phone="11111111")
    outcome = sync(qtbot, ui)
    assert outcome.report.conflicts == 1
    assert "1 konflikt" in window.sync_status.text()
    nav = window.nav
    titles = [nav.item(r).text() for r in range(nav.count()) if not nav.item(r).isHidden()]
    assert "Konflikter (1)" in titles
    window.show_page("sync.conflicts")
    page = ui.conflicts_page
    assert page.tree.topLevelItemCount() == 1
    row = [page.tree.topLevelItem(0).text(c) for c in range(4)]
    assert row == ["Vardø Fisk AS", "Telefon", "11111111", "22222222"]
    assert "Ola" in page.theirs_label.text()
    qtbot.mouseClick(page.keep_mine, Qt.MouseButton.LeftButton)
    with store.reader() as s:
        m = s.scalars(select(OutboxMutation).where(OutboxMutation.state == OutboxState.PENDING)).one()
        assert (m.name, m.entity, m.args["fields"]) == ("resolve", "conflict", {"choice": "mine"})
        assert s.get(Company, cid).phone == "11111111"
    assert page.tree.topLevelItemCount() == 0 and page.empty.isVisible()
    # The status bar counts again in the background after a change.
    qtbot.waitUntil(lambda: "konflikt" not in window.sync_status.text()
                    and "1 endring venter" in window.sync_status.text(), timeout=WAIT)
    sync(qtbot, ui)
    ola.engine.sync()
    with ola.store.reader() as s:
        assert s.get(Company, cid).phone == "11111111"
        assert s.scalars(select(SyncConflict)).one().resolution == "mine"


def test_a_refused_change_is_shown_with_the_reason_and_discarded(  # type: ignore[no-untyped-def]
    qtbot, window, seeded, server, tmp_path,
) -> None:
    store, _paths, ids = seeded
    ui = login(qtbot, window, server)
    ola = make_client(tmp_path, server, "ola")
    ola.engine.sync()
    vid = visit(ola.store, ids["Kafé Nordlys"], ola.user_id)
    ola.engine.sync()
    sync(qtbot, ui)
    with store.session() as s:  # an older app let Ida edit Ola's visit
        changes.update(s, s.get(Visit, vid), notes="Ida var her")
    outcome = sync(qtbot, ui)
    assert outcome.report.rejected == 1
    assert "1 avvist" in window.sync_status.text()
    window.show_page(REJECTIONS)
    page = ui.rejections_page
    cells = [page.tree.topLevelItem(0).text(c) for c in range(4)]
    assert cells[1] == "Endring av besøk" and "hos Kafé Nordlys" in cells[2]
    assert cells[3] == "Bare den som registrerte dette, kan endre det."
    assert not page.resend_button.isEnabled()  # sending it again would be refused again
    asked: list[str] = []
    page.confirm = lambda _w, _t, text: asked.append(text) or True
    qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
    assert "får tilbake verdiene serveren har" in asked[0]
    with store.reader() as s:
        assert s.get(Visit, vid).notes in (None, "")
    assert page.tree.topLevelItemCount() == 0
    qtbot.waitUntil(lambda: "avvist" not in window.sync_status.text(), timeout=WAIT)  # counted later


def test_a_refused_new_company_is_fixed_and_resent(  # type: ignore[no-untyped-def]
    qtbot, window, seeded, server,
) -> None:
    store, _paths, _ids = seeded
    ui = login(qtbot, window, server)
    with store.session() as s:  # an older app let a bad organisation number through
        cid = changes.create(s, Company(name="Nordkapp Sveis AS", orgnr="123456789")).id
    assert sync(qtbot, ui).report.rejected == 1
    window.show_page(REJECTIONS)
    page = ui.rejections_page
    assert page.tree.topLevelItem(0).text(1) == "Ny bedrift"
    assert page.tree.topLevelItem(0).text(3) == "Serveren godtok ikke en av verdiene."
    assert "123456789" in page.reason.text()  # the server's detail
    good = with_check_digit("99887766")
    assert good
    with store.session() as s:  # fixed in the company page
        update_hunter_fields(s, s.get(Company, cid), phone="78 00 00 00")
        s.get(Company, cid).orgnr = good  # (the register fields have no form; the fix is direct)
    qtbot.mouseClick(page.resend_button, Qt.MouseButton.LeftButton)
    assert page.tree.topLevelItemCount() == 0
    assert sync(qtbot, ui).report.rejected == 0
    assert count(store, OutboxMutation.state == OutboxState.REJECTED) == 0 and pending(store) == 0
    with server.db.reader() as session:
        from sync.server.models import Record

        assert session.get(Record, ("company", cid)) is not None


def test_logout_will_not_drop_unsynced_changes_silently(  # type: ignore[no-untyped-def]
    qtbot, window, seeded, server,
) -> None:
    store, _paths, ids = seeded
    ui = login(qtbot, window, server)
    server.stop()
    visit(store, ids["Alta Elektro AS"], window.user_id)
    asked: list[int] = []
    ui.ask_logout = lambda n: asked.append(n) or LOGOUT_ANYWAY
    ui.confirm_logout_anyway = lambda n: asked.append(n) or False
    assert ui.logout() == "cancelled"
    assert asked == [1, 1] and ui.worker.logged_in
    # Sync first: offline, so the logout does not happen and the user is told.
    ui.ask_logout = lambda n: LOGOUT_SYNC
    with qtbot.waitSignal(ui.worker.finished, timeout=WAIT):
        assert ui.logout() == "syncing"
    assert ui.worker.logged_in and "fortsatt logget inn" in ui.last_message.text()
    server.start()
    with qtbot.waitSignal(ui.worker.finished, timeout=WAIT):
        assert ui.logout() == "syncing"
    assert not ui.worker.logged_in and pending(store) == 0
    assert window.sync_status.text().startswith("Logget ut")


def test_logout_anyway_keeps_the_changes_for_the_next_login(  # type: ignore[no-untyped-def]
    qtbot, window, seeded, server,
) -> None:
    store, _paths, ids = seeded
    ui = login(qtbot, window, server)
    visit(store, ids["Alta Elektro AS"], window.user_id)
    ui.ask_logout = lambda n: LOGOUT_ANYWAY
    ui.confirm_logout_anyway = lambda n: True
    assert ui.logout() == "logged_out"
    assert pending(store) == 1  # nothing thrown away
    assert window.sync_status.text() == "Logget ut · 1 endring venter"
    login(qtbot, window, server)
    assert pending(store) == 0


def test_a_sync_keeps_the_open_company_and_a_half_typed_visit(  # type: ignore[no-untyped-def]
    qtbot, window, seeded, server, tmp_path,
) -> None:
    store, _paths, ids = seeded
    cid = ids["Nordreisa Bygg AS"]
    ui = login(qtbot, window, server)
    ola = make_client(tmp_path, server, "ola")
    ola.engine.sync()
    window.open_company(cid)
    page = window.company_page
    page.notes.setPlainText("Ring fagansvarlig etter ")  # typing, not saved
    dialog = window.open_visit_dialog(cid)
    dialog.notes.setPlainText("Snakket med daglig leder om ")
    with ola.store.session() as s:
        update_hunter_fields(s, s.get(Company, cid), email="post@nordreisabygg.no")
    ola.engine.sync()
    outcome = sync(qtbot, ui)
    assert outcome.report.pulled >= 1
    assert page.email.text() == "post@nordreisabygg.no"  # what the sync brought shows
    assert page.notes.toPlainText() == "Ring fagansvarlig etter "  # what the user typed stays
    assert dialog.isVisible() and dialog.notes.toPlainText() == "Snakket med daglig leder om "
    assert window.current_page_key() == "company" and page.company_id == cid


def test_a_refused_token_asks_for_a_new_login(qtbot, window, server) -> None:  # type: ignore[no-untyped-def]
    from lpj_desktop.sync_client.engine import SyncEngine

    ui = login(qtbot, window, server)
    SyncEngine(window.store, server_url=server.url, token=ui.worker.token).logout()  # revoked elsewhere
    outcome = sync(qtbot, ui)
    assert outcome.kind == "auth"
    assert window.sync_status.text().startswith("Logg inn på nytt")
    assert not ui.worker.sync_now("timer", automatic=True)  # no automatic retries with a dead token
    menu = ui.status_menu()
    assert ui.login_action in menu.actions() and ui.sync_action not in menu.actions()
    ui.sync_action.trigger()  # F5 now means: log in again
    assert ui.login_dialog.isVisible() and ui.login_dialog.username.text() == "ida"
    ui.login_dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(ui.worker.finished, timeout=WAIT) as done:
        qtbot.keyClick(ui.login_dialog.password, Qt.Key.Key_Return)
    assert done.args[0].kind == "ok" and window.sync_status.text().startswith("Synkronisert kl.")


def test_clicking_the_status_opens_what_needs_the_user(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ui = window.sync_ui
    shown: list[object] = []
    make = ui.status_menu

    def spy():  # type: ignore[no-untyped-def]
        menu = make()
        shown.append(menu)
        return menu

    ui.clickable.menu_factory = spy
    qtbot.mouseClick(window.sync_status, Qt.MouseButton.LeftButton)
    assert shown and ui.login_action in shown[0].actions()
    texts = [a.text() for a in shown[0].actions()]
    assert any("Klikk for å logge inn" in t for t in texts)


def test_with_a_keyring_the_login_is_remembered_at_the_next_start(qtbot, window, seeded, server) -> None:  # type: ignore[no-untyped-def]
    from lpj_desktop.ui.main_window import MainWindow

    store, paths, _ids = seeded
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    ui = login(qtbot, window, server)
    assert ui.keyring_message == "" and list(ring.items.values()) == [ui.worker.token]
    window.close()
    again = MainWindow(store, paths)  # the app started again
    again.modal_dialogs = False
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.sync_ui.worker.logged_in, timeout=WAIT)
    assert again.sync_ui.worker.token == ui.worker.token
    ui.ask_logout = lambda n: "anyway"
    again.sync_ui.logout()
    assert ring.items == {}  # logout forgets it


def test_conflicts_and_refusals_from_an_earlier_session_show_at_start(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    from lpj_desktop.store.models import SyncConflict as Conflict
    from lpj_desktop.ui.main_window import MainWindow

    store, paths, ids = seeded
    with store.session() as s:
        s.add(Conflict(id="k1", entity="company", record_id=ids["Alta Elektro AS"], field="email",
                       kept_value="a@x.no", lost_value="b@x.no", created_at=datetime.now(UTC)))
        row = s.scalars(select(OutboxMutation)).first()
        row.state, row.error_code, row.error_message = OutboxState.REJECTED, "invalid_fields", "bad"
    w = MainWindow(store, paths)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: "konflikt" in w.sync_status.text())
    nav = {w.nav.item(r).text(): w.nav.item(r).isHidden() for r in range(w.nav.count())}
    assert nav["Konflikter (1)"] is False and nav["Avviste endringer (1)"] is False
    assert "1 konflikt" in w.sync_status.text() and "1 avvist" in w.sync_status.text()
    w.show_page("sync.conflicts")
    assert w.sync_ui.conflicts_page.tree.topLevelItemCount() == 1
    w.show_page("sync.rejections")
    assert w.sync_ui.rejections_page.tree.topLevelItemCount() == 1


def test_an_empty_sync_page_shows_in_the_navigation_while_it_is_open(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    w = window
    qtbot.waitUntil(lambda: w.sync_ui.status is not None)

    def shown() -> list[str]:
        return [w.nav.item(r).text() for r in range(w.nav.count()) if not w.nav.item(r).isHidden()]

    assert "Konflikter" not in shown()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert "Konflikter" in shown() and w.nav.currentItem().text() == "Konflikter"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert "Konflikter" not in shown() and w.nav.currentItem().text() == "Bedrifter"


def test_staff_get_the_sync_pages_too(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    from lpj_desktop.services.profile import get_profile
    from lpj_desktop.ui.main_window import MainWindow

    store, paths, _ids = seeded
    with store.session() as s:
        get_profile(s).role = "staff"
    w = MainWindow(store, paths)
    qtbot.addWidget(w)
    assert w.staff_pages and w.page("sync.conflicts") is w.sync_ui.conflicts_page
    assert w.sync_ui.sync_action in w.tools_menu.actions()


def test_a_sync_keeps_the_highlighted_company_in_the_list(qtbot, window, seeded, server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, _paths, ids = seeded
    ui = login(qtbot, window, server)
    window.show_page("companies")
    page = window.company_list
    row = page.model.row_of(ids["Tromsø Frisør"])
    page.table.setCurrentIndex(page.model.index(row, 0))
    ola = make_client(tmp_path, server, "ola")
    ola.engine.sync()
    with ola.store.session() as s:
        update_hunter_fields(s, s.get(Company, ids["Harstad Tømrer AS"]), lb_status="potential")
    ola.engine.sync()
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    assert sync(qtbot, ui).report.pulled >= 1
    qtbot.waitUntil(lambda: bool(resets))  # the list reloaded
    assert page.current_company_id() == ids["Tromsø Frisør"]
    page.search.setText("Alta")  # a new search starts at the top
    page.apply_query(wait=True)
    assert page.table.currentIndex().row() == 0


def test_saved_changes_go_out_by_themselves_and_failures_back_off(qtbot, window, seeded, server) -> None:  # type: ignore[no-untyped-def]
    store, _paths, ids = seeded
    ui = login(qtbot, window, server)
    worker = ui.worker
    assert worker.timer.isActive() and worker.timer.interval() == 5 * 60_000  # every few minutes
    worker.changes_timer.setInterval(50)
    visit(store, ids["Alta Elektro AS"], window.user_id)
    with qtbot.waitSignal(worker.finished, timeout=WAIT) as done:
        window.bus.changed.emit()  # what every save does
    assert done.args[0].kind == "ok" and pending(store) == 0
    server.stop()
    visit(store, ids["Alta Elektro AS"], window.user_id)
    delays = []
    for _ in range(3):
        with qtbot.waitSignal(worker.finished, timeout=WAIT):
            assert worker.sync_now("manual")
        delays.append(worker.backoff.cap())
        assert not worker.sync_now("timer", automatic=True)  # waits out the backoff
    assert delays == sorted(delays) and delays[0] < delays[-1]
    assert pending(store) == 1


def test_discarding_a_refused_new_company_leaves_sync_working(  # type: ignore[no-untyped-def]
    qtbot, window, seeded, server,
) -> None:
    store, _paths, ids = seeded
    ui = login(qtbot, window, server)
    with store.session() as s:
        cid = changes.create(s, Company(name="Nordkapp Sveis AS", orgnr="123456789")).id
    assert sync(qtbot, ui).report.rejected == 1
    with store.session() as s:  # edited after the refusal: waiting, never sent
        update_hunter_fields(s, s.get(Company, cid), phone="78 00 00 00")
    window.show_page(REJECTIONS)
    page = ui.rejections_page
    page.confirm = lambda *_a: True
    assert page.discard_current()
    with store.reader() as s:
        assert s.get(Company, cid) is None
    # The outbox now skips the ids of the dropped rows; the next sync must still get through.
    vid = visit(store, ids["Vardø Fisk AS"], window.user_id)
    outcome = sync(qtbot, ui)
    assert outcome.kind == "ok", outcome.message
    with store.reader() as s:
        refused = [(m.entity, m.name, m.error_code, m.error_message) for m in s.scalars(
            select(OutboxMutation).where(OutboxMutation.state == OutboxState.REJECTED))]
    assert pending(store) == 0 and refused == []
    with server.db.reader() as session:
        from sync.server.models import Record

        assert session.get(Record, ("visit", vid)) is not None
        assert session.get(Record, ("company", cid)) is None


def test_a_visit_saved_in_the_form_after_the_first_login_is_accepted(qtbot, window, seeded, server) -> None:  # type: ignore[no-untyped-def]
    store, _paths, ids = seeded
    ui = login(qtbot, window, server)
    dialog = window.open_visit_dialog(ids["Hammerfest Bilverksted AS"])
    qtbot.keyClicks(dialog.channel, "Tele")
    qtbot.keyClicks(dialog.outcome, "Avtalt")
    qtbot.keyClicks(dialog.notes, "Verkstedsjefen vil ha lærling.")
    assert dialog.save()
    outcome = sync(qtbot, ui)
    assert outcome.report.pushed == 1 and outcome.report.rejected == 0


def test_a_visit_form_open_during_the_first_login_saves_in_the_new_users_name(  # type: ignore[no-untyped-def]
    qtbot, window, seeded, server,
) -> None:
    """The first login re-keys the local user to the server's id: a form already open takes it too
    (through the context's user_changed), or the server would refuse its visit as someone else's."""
    store, _paths, ids = seeded
    dialog = window.open_visit_dialog(ids["Hammerfest Bilverksted AS"])
    old_id = dialog.user_id
    ui = login(qtbot, window, server)
    assert window.user_id != old_id
    assert dialog.user_id == window.user_id
    qtbot.keyClicks(dialog.channel, "Tele")
    qtbot.keyClicks(dialog.outcome, "Avtalt")
    qtbot.keyClicks(dialog.notes, "Skrevet mens innloggingen pågikk.")
    assert dialog.save()
    outcome = sync(qtbot, ui)
    assert outcome.report.pushed == 1 and outcome.report.rejected == 0


def test_staff_login_brings_the_staff_pages_without_a_restart(  # type: ignore[no-untyped-def]
    qtbot, window, server,
) -> None:
    assert window.staff_pages == {}
    server.add_user("siri", role="staff")
    login(qtbot, window, server, user="siri")
    assert set(window.staff_pages) >= {"staff.history", "staff.dashboard"}
    window.show_page("staff.history")
    assert window.stack.currentWidget() is window.staff_pages["staff.history"]
