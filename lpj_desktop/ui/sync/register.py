"""Putting sync into the main window: Tools-menu actions (sync now F5, log in, log out), the
status bar, the conflicts and refused-changes pages with their counts, start-up and shut-down.

    self.sync_ui = register_sync(self, store, paths)   # in MainWindow.__init__
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from lpj_desktop.paths import AppPaths
from lpj_desktop.services.credentials import forget_token, load_token
from lpj_desktop.services.profile import get_profile
from lpj_desktop.services.sync_status import SyncStatus, sync_status
from lpj_desktop.services.use import read
from lpj_desktop.store.database import Store
from lpj_desktop.sync_client.api import SyncProgress
from lpj_desktop.ui.sync.login_dialog import LoginDialog
from lpj_desktop.ui.sync.pages import ConflictsPage, RejectionsPage
from lpj_desktop.ui.sync.status_bar import ClickableStatus, status_text
from lpj_desktop.ui.sync.worker import AUTH, OK, EngineFactory, SyncOutcome, SyncWorker, default_engine
from lpj_desktop.ui.workers import Job, run_job

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

CONFLICTS, REJECTIONS = "sync.conflicts", "sync.rejections"
LOGOUT_SYNC, LOGOUT_ANYWAY, LOGOUT_CANCEL = "sync", "anyway", "cancel"


def _logout_best_effort(store: Store, server_url: str, token: str, factory: EngineFactory) -> None:
    factory(store, server_url, token).logout()


class SyncUi(QObject):
    """Everything sync in one window. Tests reach the parts through its attributes."""

    def __init__(self, window: Any, store: Store, paths: AppPaths, *,
                 engine_factory: EngineFactory = default_engine, start_delay_ms: int = 3000) -> None:
        super().__init__(window)
        self.window, self.store, self.paths = window, store, paths
        self.engine_factory = engine_factory
        self.worker = SyncWorker(store, engine_factory=engine_factory, parent=self)
        self.status: SyncStatus | None = None
        self.progress: SyncProgress | None = None
        self.logged_out = False
        self.keyring_message = ""
        self._logout_after_sync = False
        self._asked = False  # the running sync was asked for by the user: say how it went
        self._update_checked = False
        self._counting = self._count_again = False  # the status counted in the background after changes
        self.ask_logout = self._ask_logout  # tests replace the questions to the user
        self.confirm_logout_anyway = self._confirm_logout_anyway

        self.conflicts_page = ConflictsPage(store, window.user_id)
        window.context.user_changed.connect(self.conflicts_page.set_user)
        self.rejections_page = RejectionsPage(store)
        self.conflicts_action: QAction = window.add_page(CONFLICTS, self._title(CONFLICTS, 0),
                                                         self.conflicts_page)
        self.rejections_action: QAction = window.add_page(REJECTIONS, self._title(REJECTIONS, 0),
                                                          self.rejections_page)
        for page in (self.conflicts_page, self.rejections_page):
            page.changed.connect(window.bus.changed.emit)
            page.open_company.connect(window.open_company)
        self.rejections_page.open_visit.connect(window.correct_visit)

        menu: QMenu = window.tools_menu
        menu.addSeparator()
        self.sync_action = menu.addAction(translate("SyncUi", "Synkroniser nå"), self.sync_now)
        self.sync_action.setObjectName("syncNow")
        window._bind(self.sync_action, "sync")
        self.login_action = menu.addAction(translate("SyncUi", "Logg inn på server …"), self.open_login)
        self.login_action.setObjectName("syncLogin")
        self.logout_action = menu.addAction(translate("SyncUi", "Logg ut …"), self.logout)
        self.logout_action.setObjectName("syncLogout")

        self.clickable = ClickableStatus(window.sync_status, self.status_menu, self)
        self.worker.started.connect(self._started)
        self.worker.progress.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        self.worker.online_changed.connect(lambda _o: self.show_state())
        window.bus.changed.connect(self._data_changed)
        # A page reached by Ctrl+5/Ctrl+6 with nothing on it shows in the navigation while it is open.
        window.nav.currentRowChanged.connect(lambda _row: self._badges() if self.status else None)
        window.installEventFilter(self)
        # Counted once the window is up: start-up only pays for what the first paint needs.
        QTimer.singleShot(0, self.refresh)
        self._load_token(start_delay_ms)

    # --- state -------------------------------------------------------------------------------
    def _title(self, key: str, count: int) -> str:
        base = (translate("SyncUi", "Konflikter") if key == CONFLICTS
                else translate("SyncUi", "Avviste endringer"))
        return f"{base} ({count})" if count else base

    def refresh(self) -> SyncStatus:
        """Re-read the counts and times (a few indexed counts) and show them."""
        self.status = read(self.store, sync_status)
        self._badges()
        self.show_state()
        return self.status

    def _badges(self) -> None:
        from lpj_desktop.ui.main_window import ROLE_KEY  # imported late: main_window imports us

        assert self.status is not None
        for key, count, action in ((CONFLICTS, self.status.conflicts, self.conflicts_action),
                                   (REJECTIONS, self.status.rejected, self.rejections_action)):
            title = self._title(key, count)
            action.setText(title)
            current = self.window.current_page_key() == key
            for row in range(self.window.nav.count()):
                item = self.window.nav.item(row)
                if item.data(ROLE_KEY) == key:
                    item.setText(title)
                    # Out of the way when there is nothing to do, unless the user is on it.
                    item.setHidden(count == 0 and not current)

    def show_state(self) -> None:
        if self.status is None:
            return
        text, tip = status_text(self.status, logged_in=self.worker.logged_in, online=self.worker.online,
                                running=self.worker.running, progress=self.progress,
                                outcome=self.worker.last_outcome)
        if self.logged_out and not self.worker.logged_in:
            text = " · ".join([translate("SyncUi", "Logget ut"), *text.split(" · ")[1:]])
        if self.window.paths.is_demo:
            # Made-up visits never sync: "391 endringer venter" would promise what never happens.
            text = translate("SyncUi", "Eksempeldata: synkroniseres ikke")
            tip = translate("SyncUi", "Fil → «Bytt til din egen database» for å logge inn og synkronisere.")
        self.window.set_sync_status(text, tip)

    def _data_changed(self) -> None:
        # Counted in the background: the changes waiting are counted over the whole outbox, which
        # 8,000 campaign letters marked "sent" grow by 8,000 rows a run (15-20 ms on the UI thread
        # at 100,000 rows, bench/bench_letters.py). One count at a time; a change meanwhile asks
        # for one more when it is done.
        if self._counting:
            self._count_again = True
            return
        self._counting = True
        run_job(Job(read, self.store, sync_status), self._counted, self._count_failed)

    def _counted(self, status: SyncStatus) -> None:
        self._counting = False
        if self._count_again:
            self._count_again = False
            self._data_changed()  # what was counted may already be old
            return
        self.status = status
        self._badges()
        self.show_state()
        for page in (self.conflicts_page, self.rejections_page):
            if self.window.stack.currentWidget() is not page:
                continue
            page.refresh()
        if self.status.pending:
            self.worker.local_changes_made()

    def _count_failed(self, message: str, _details: str) -> None:
        self._counting = self._count_again = False
        log.warning("the sync status could not be read: %s", message)

    # --- sync --------------------------------------------------------------------------------
    def sync_now(self) -> bool:
        """The "Synkroniser nå" action: log in first when there is no token."""
        last = self.worker.last_outcome
        if not self.worker.logged_in or (last is not None and last.kind == AUTH):
            self.open_login()  # no token, or the server refused it: only a new login helps
            return False
        if self.worker.running:
            self.window.show_status(translate("SyncUi", "Synkroniseringen er allerede i gang."))
            return False
        return self.worker.sync_now("manual")

    def _summary(self, outcome: SyncOutcome) -> str:
        """One line for the status message after a sync the user asked for."""
        r = outcome.report
        if outcome.kind != OK or r is None:
            return outcome.message
        text = translate("SyncUi", "Synkronisert: {0} sendt, {1} hentet.").format(r.pushed, r.pulled)
        if r.rejected:
            text += " " + translate("SyncUi", "%n endring(er) ble avvist.", "", r.rejected)
        if r.conflicts:
            text += " " + translate("SyncUi", "%n ny(e) konflikt(er).", "", r.conflicts)
        return text

    def _started(self, reason: str) -> None:
        self._asked = reason in ("manual", "login", "logout")
        self.progress = None
        self.show_state()

    def _progressed(self, p: SyncProgress) -> None:
        self.progress = p
        self.show_state()  # no database read: progress comes often

    def _finished(self, outcome: SyncOutcome) -> None:
        self.progress = None
        report = outcome.report
        self.refresh()
        if self._asked:
            self._asked = False
            self.window.show_status(self._summary(outcome))
        if report is not None and (report.pulled or report.pushed or report.rejected or report.conflicts):
            # Open pages catch up; the visit form and the company page keep what the user is doing.
            self.window.bus.changed.emit()
        if outcome.kind == OK and not self._update_checked and self.worker.server_url:
            self._update_checked = True
            self.window.check_for_update(self.worker.server_url)
        if self._logout_after_sync:
            self._logout_after_sync = False
            if self.status is not None and self.status.pending == 0:
                self._do_logout()
            else:
                self.inform(translate("SyncUi", "Ikke logget ut"), translate(
                    "SyncUi", "Synkroniseringen ble ikke ferdig, så du er fortsatt logget inn. "
                              "Endringene dine er tatt vare på.") + ("\n\n" + outcome.message
                                                                     if outcome.message else ""))

    def status_menu(self) -> QMenu:
        """What a click on the status bar offers."""
        menu = QMenu(self.window)
        if self.status is None:
            self.refresh()
        assert self.status is not None
        _text, tip = status_text(self.status, logged_in=self.worker.logged_in, online=self.worker.online,
                                 running=self.worker.running, progress=self.progress,
                                 outcome=self.worker.last_outcome)
        for line in tip.splitlines():
            menu.addAction(line).setEnabled(False)
        menu.addSeparator()
        last = self.worker.last_outcome
        if self.worker.logged_in and (last is None or last.kind != AUTH):
            menu.addAction(self.sync_action)
        else:
            menu.addAction(self.login_action)
        if self.status.conflicts:
            menu.addAction(self._title(CONFLICTS, self.status.conflicts),
                           lambda: self.window.show_page(CONFLICTS))
        if self.status.rejected:
            menu.addAction(self._title(REJECTIONS, self.status.rejected),
                           lambda: self.window.show_page(REJECTIONS))
        return menu

    # --- login / logout ------------------------------------------------------------------------
    def _load_token(self, delay_ms: int) -> None:
        profile = read(self.store, get_profile)
        url, user = profile.server_url, profile.username
        if not (url and user):
            return

        def found(token: object) -> None:
            if token and not self.worker.logged_in:
                self.worker.set_credentials(url, str(token))
                self.show_state()
                QTimer.singleShot(delay_ms, lambda: self.worker.sync_now("start", automatic=True))

        # Some keyrings (Secret Service over D-Bus) take a moment: not on the UI thread.
        run_job(Job(load_token, url, user), on_done=found,
                on_failed=lambda message, _tb: log.warning("keyring: %s", message))

    def open_login(self) -> LoginDialog:
        profile = read(self.store, get_profile)
        url, user = profile.server_url or "", profile.username or ""
        dialog = LoginDialog(self.store, url, user, self.window)
        dialog.logged_in.connect(self._logged_in)
        self.login_dialog = dialog
        if self.window.modal_dialogs:
            dialog.exec()
        else:
            dialog.show()
        return dialog

    def _adopt_user(self) -> None:
        """The first login gives this store the server's id for its user (the engine rewrote the
        records already saved): the window, its pages and any open form take it too, or what they
        save next would be refused as someone else's."""
        profile = read(self.store, get_profile)
        new_id, role = profile.user_id, profile.role
        if role in ("staff", "admin") and not getattr(self.window, "staff_pages", None):
            # The server says this user is staff: their review pages appear now, not after a restart.
            from lpj_desktop.ui.staff.pages import register_staff_pages

            self.window.staff_pages = register_staff_pages(self.window, self.store)
        if self.window.context.adopt_user(new_id):
            self.window.bus.changed.emit()

    def _logged_in(self, url: str, _username: str, token: str) -> None:
        self._adopt_user()
        self.logged_out = False
        self.worker.last_outcome = None
        self.worker.set_credentials(url, token)
        dialog = self.sender()
        self.keyring_message = getattr(dialog, "keyring_message", "")
        if self.keyring_message:
            self.inform(translate("SyncUi", "Innloggingen huskes ikke"), self.keyring_message)
        self.window.show_status(translate("SyncUi", "Du er logget inn. Synkroniserer …"))
        self.window.check_for_update(url)
        self._update_checked = True
        self.worker.sync_now("login")
        self.refresh()

    def logout(self) -> str:
        """Log out. With changes waiting, offer to sync first; logging out anyway needs a second,
        explicit yes that says how many changes stay behind. Returns what happened."""
        status = self.refresh()
        if not self.worker.logged_in:
            self.window.show_status(translate("SyncUi", "Du er ikke logget inn."))
            return "not_logged_in"
        if status.pending:
            choice = self.ask_logout(status.pending)
            if choice == LOGOUT_CANCEL:
                return "cancelled"
            if choice == LOGOUT_SYNC:
                self._logout_after_sync = True
                if not self.worker.running:
                    self.worker.sync_now("logout")
                return "syncing"
            if not self.confirm_logout_anyway(status.pending):
                return "cancelled"
        self._do_logout()
        return "logged_out"

    def _do_logout(self) -> None:
        url, token = self.worker.server_url, self.worker.token
        user = read(self.store, get_profile).username
        if url and token:
            run_job(Job(_logout_best_effort, self.store, url, token, self.engine_factory),
                    on_failed=lambda message, _tb: log.info("logout: %s", message))
        if url and user:
            forget_token(url, user)
        self.worker.clear_credentials()
        self.worker.last_outcome = None
        self.logged_out = True
        self.window.show_status(translate("SyncUi", "Du er logget ut."))
        self.refresh()

    def _ask_logout(self, pending: int) -> str:
        box = QMessageBox(QMessageBox.Icon.Question, translate("SyncUi", "Logg ut"), translate(
            "SyncUi", "%n endring(er) er ikke sendt til serveren ennå. Vil du synkronisere først?",
            "", pending), parent=self.window)
        sync = box.addButton(translate("SyncUi", "Synkroniser og logg ut"),
                             QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(translate("SyncUi", "Logg ut uten å sende"),
                               QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(translate("Buttons", "Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(sync)
        box.exec()
        clicked = box.clickedButton()
        return LOGOUT_SYNC if clicked is sync else LOGOUT_ANYWAY if clicked is anyway else LOGOUT_CANCEL

    def _confirm_logout_anyway(self, pending: int) -> bool:
        title = translate("SyncUi", "Logge ut uten å sende?")
        box = QMessageBox(QMessageBox.Icon.Warning, title, translate(
            "SyncUi", "%n endring(er) blir liggende usendt på denne maskinen. De sendes først når du "
                      "logger inn igjen med samme bruker; ingen andre kan logge inn her før det. "
                      "Logge ut likevel?", "", pending), parent=self.window)
        yes = box.addButton(translate("SyncUi", "Logg ut likevel"),
                            QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(translate("Buttons", "Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes

    def inform(self, title: str, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.window)
        self.last_message = box
        if self.window.modal_dialogs:
            box.exec()
        else:
            box.show()
        return box

    # --- shut-down -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.worker.stop()
        return False


def register_sync(window: QWidget, store: Store, paths: AppPaths, **kwargs: Any) -> SyncUi:
    """Add sync to the main window (hunters and staff alike)."""
    return SyncUi(window, store, paths, **kwargs)
