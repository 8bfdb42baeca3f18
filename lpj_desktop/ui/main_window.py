"""The main window: side navigation over pages, menus, the drafts banner and the status bar.

Other parts plug in here: `add_page()` for a page in the navigation (staff views, sync conflicts),
`tools_menu` for actions, `set_sync_status()` for the sync state, `bus.changed` after data changes.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lpj_desktop import __version__
from lpj_desktop.domain.when import fmt_datetime
from lpj_desktop.paths import AppPaths
from lpj_desktop.services.drafts import DraftStore, FormDrafts, SavedDraft
from lpj_desktop.services.maintenance import checkpoint
from lpj_desktop.services.profile import window_start
from lpj_desktop.services.use import read, write
from lpj_desktop.services.visits import author_of
from lpj_desktop.store.backups import daily_backup
from lpj_desktop.store.database import Store
from lpj_desktop.ui import labels, shortcuts
from lpj_desktop.ui import settings as app_settings_mod
from lpj_desktop.ui.add_company_dialog import AddCompanyDialog
from lpj_desktop.ui.app_context import AppContext
from lpj_desktop.ui.attachments.attach_queue import AttachQueue, AttachRequest
from lpj_desktop.ui.attachments.refusals import RefusalReport
from lpj_desktop.ui.attachments.status import FilesStatus
from lpj_desktop.ui.company_list_view import CompanyListPage
from lpj_desktop.ui.company_page import CompanyPage
from lpj_desktop.ui.event_dialog import EventDialog
from lpj_desktop.ui.events_page import EventsPage
from lpj_desktop.ui.followups_view import FollowUpsView
from lpj_desktop.ui.goals_view import GoalsView
from lpj_desktop.ui.roles import ROLE_KIND
from lpj_desktop.ui.staff.pages import register_staff_pages
from lpj_desktop.ui.sync.register import register_sync
from lpj_desktop.ui.update_notice import UpdateNoticeWidget
from lpj_desktop.ui.visit_dialog import VisitDialog
from lpj_desktop.ui.welcome_page import WelcomePage
from lpj_desktop.ui.workers import Job, run_job

log = logging.getLogger(__name__)
ROLE_KEY = ROLE_KIND
STATUS_SHOWN_MS = 20_000


class MainWindow(QMainWindow):
    """The one window: navigation, pages, menus, status bar. `switch_store` asks the app for the
    demo store ("demo"), the user's own ("real") or a new, empty one ("fresh")."""

    switch_store = Signal(str)

    @property
    def user_id(self) -> str:
        """Who uses the app now (the context's user: it changes at the first login)."""
        return self.context.user_id

    def __init__(self, store: Store, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.paths = store, paths
        self.settings = app_settings_mod.app_settings(paths)
        self.drafts = DraftStore(paths.drafts_dir)
        self.form_drafts = FormDrafts(paths.drafts_dir)
        self.visit_dialog: VisitDialog | None = None
        # Dialogs run modal for people; tests and benches drive them non-modal.
        self.modal_dialogs = True
        # Asked when the company's own fields cannot be saved on the way out; tests answer it.
        self.close_without_own_fields = self._ask_close_without_own_fields
        self._pages: dict[str, QWidget] = {}
        self._bound: set[str] = set()  # names of the registry's shortcuts this window binds
        self._dirty: set[str] = set()
        start = write(store, window_start)
        self.context = AppContext(store, paths, start.user_id, self)
        self.bus = self.context  # `changed`: a save, an import or a sync pull; pages refresh
        set_up = start.set_up
        self.setWindowTitle(self.tr("Læreplassjeger – eksempeldata") if paths.is_demo
                            else self.tr("Læreplassjeger"))
        self.setObjectName("mainWindow")
        self.resize(1366, 768)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setStyleSheet(
            "QListWidget#navigation { outline: 0; } QListWidget#navigation::item { padding: 7px 12px; }"
        )
        self.nav.setAttribute(Qt.WidgetAttribute.WA_MacShowFocusRect, False)
        # Pages are reached by their shortcuts (Ctrl+1 …) and the View menu. A navigation list that
        # took focus turned typed company names into jumps between pages (its keyboard search).
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack = QStackedWidget()
        self.banner = QFrame()
        self.banner.setObjectName("draftBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.banner_resume = QPushButton(self.tr("Fortsett på utkastet"))
        self.banner_resume.setObjectName("resumeDraft")
        self.banner_discard = QPushButton(self.tr("Forkast"))
        self.banner_discard.setObjectName("discardDraft")
        bl = QHBoxLayout(self.banner)
        bl.addWidget(self.banner_label, 1)
        bl.addWidget(self.banner_resume)
        bl.addWidget(self.banner_discard)
        self.banner_resume.clicked.connect(self.resume_draft)
        self.banner_discard.clicked.connect(self.discard_draft)
        self.banner.hide()
        self.demo_banner = QLabel(self.tr(
            "Eksempeldata: oppdiktede besøk i en egen database. Ingenting her synkroniseres. "
            "Fil → «Bytt til din egen database» når du vil begynne for alvor."))
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setStyleSheet("QLabel#demoBanner { background: #fff4ce; color: #4d3800; "
                                       "padding: 6px 10px; }")
        self.demo_banner.setVisible(paths.is_demo)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.demo_banner)
        rl.addWidget(self.banner)
        rl.addWidget(self.stack, 1)
        central = QWidget()
        cl = QHBoxLayout(central)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        cl.addWidget(self.nav)
        cl.addWidget(right, 1)
        self.setCentralWidget(central)

        self.status_message = QLabel()
        self.status_message.setObjectName("statusMessage")
        self.sync_status = QLabel(self.tr("Ikke koblet til server"))
        self.sync_status.setObjectName("syncStatus")
        self.statusBar().addWidget(self.status_message, 1)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.files_status = FilesStatus(store)
        self.statusBar().addPermanentWidget(self.files_status)
        self.update_notice = UpdateNoticeWidget(self)
        self.statusBar().addPermanentWidget(self.update_notice)

        self.company_list = CompanyListPage(store, self.user_id, self.settings)
        self.company_page = CompanyPage(store, self.user_id)
        self.followups = FollowUpsView(store, self.user_id)
        self.goals = GoalsView(store, self.user_id)
        self.events = EventsPage(store, self.user_id)
        for part in (self.company_list, self.company_page, self.followups, self.goals, self.events):
            self.context.user_changed.connect(part.set_user)
        self._build_menus()
        self.add_page("companies", self.tr("Bedrifter"), self.company_list)
        self.add_page("company", self.tr("Bedrift"), self.company_page)
        self.add_page("followups", self.tr("Oppfølging"), self.followups)
        self.add_page("goals", self.tr("Mine mål"), self.goals)
        self.add_page("events", self.tr("Arrangementer"), self.events)
        # One queue of files being attached for the whole window (company page, campaigns).
        self.attach_queue = AttachQueue(store, paths.data_dir / "incoming", lambda: self.user_id,
                                        lambda: app_settings_mod.photo_max_side(paths), self)
        self.attach_refusals = RefusalReport(self.attach_queue, self)
        # Staff and admins get the review pages; a hunter's window has none of them.
        self.staff_pages = register_staff_pages(self, store)
        self.nav.currentRowChanged.connect(self._nav_changed)
        # Pages out of sight load their data when first shown: start-up only pays for the list.
        self._dirty.update({"followups", "goals", "events"})
        self._welcome: WelcomePage | None = None
        self._fresh: QWidget | None = None
        self.sync_ui = register_sync(self, store, paths)  # hunters and staff alike
        self.attach_queue.progress.connect(self.files_status.attaching)
        self.attach_queue.idle.connect(lambda: self.files_status.attaching(0, 0))
        self.company_page.files.use_queue(self.attach_queue, self.fetch_original)
        self.company_page.files.say.connect(self.show_status)
        self.company_page.files.changed.connect(self.bus.changed)
        self.company_page.files.arrived.connect(self._changed_by_page)
        self.events.files.use_queue(self.attach_queue, self.fetch_original)
        self.events.files.say.connect(self.show_status)
        self.events.files.changed.connect(lambda: self._changed_by_page(self.events))
        self.events.open_company.connect(self.open_company)
        self.events.edit_event.connect(lambda event_id: self.open_event_dialog(event_id))
        self.events.changed.connect(lambda: self._changed_by_page(self.events))
        self.events.said.connect(self.show_status)
        self.sync_ui.worker.finished.connect(lambda _outcome: self.files_status.refresh())
        self.bus.changed.connect(self.files_status.refresh)

        self.company_list.open_company.connect(self.open_company)
        self.company_page.record_visit.connect(lambda cid: self.open_visit_dialog(cid))
        self.company_page.edit_visit.connect(self.correct_visit)
        self.company_page.changed.connect(self.bus.changed)
        self.followups.open_company.connect(self.open_company)
        self.followups.changed.connect(self.bus.changed)
        self.bus.changed.connect(self._data_changed)
        # After a save, once the user has moved on, fold the WAL into the database in the background.
        self._checkpoint_timer = QTimer(self, singleShot=True, interval=500)
        self._checkpoint_timer.timeout.connect(self._checkpoint)
        self.bus.changed.connect(self._checkpoint_timer.start)

        self.company_list.model.loaded.connect(self._first_load_done)
        self._restore_window()
        if set_up:
            self.show_page("companies")
            self.company_list.apply_query()
            self._reopen_where_left()
        else:
            self._show_welcome()
        self.check_drafts()

    # -- pages ------------------------------------------------------------------------------------------
    def add_page(self, key: str, title: str, widget: QWidget) -> QAction:
        """Add a page to the navigation and the View menu, with its key from the shortcut registry
        (`page.<key>`) when it has one. Pages with a `refresh()` are kept up to date."""
        if key in self._pages:
            raise ValueError(f"page {key!r} exists")
        self._pages[key] = widget
        self.stack.addWidget(widget)
        item = QListWidgetItem(title)
        item.setData(ROLE_KEY, key)
        self.nav.addItem(item)
        action = QAction(title, self)
        if f"page.{key}" in {s.name for s in shortcuts.SHORTCUTS}:
            self._bind(action, f"page.{key}")
            item.setToolTip(f"{title} ({shortcuts.shortcut(f'page.{key}').shown()})")
        action.triggered.connect(lambda: self.show_page(key))
        self.view_menu.addAction(action)
        return action

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def current_page_key(self) -> str | None:
        item = self.nav.currentItem()
        on_welcome = self._welcome is not None and self.stack.currentWidget() is self._welcome
        return item.data(ROLE_KEY) if item and not on_welcome else None

    def show_page(self, key: str) -> None:
        widget = self._pages[key]
        self.nav.show()
        for row in range(self.nav.count()):
            if self.nav.item(row).data(ROLE_KEY) == key:
                self.nav.setCurrentRow(row)
        focused = QApplication.focusWidget()
        already_there = focused is not None and widget.isAncestorOf(focused)
        self.stack.setCurrentWidget(widget)
        if key in self._dirty:
            self._dirty.discard(key)
            self._refresh(widget)
        if not already_there:
            self._focus_into(widget)

    def _focus_into(self, page: QWidget) -> None:
        """Keyboard focus to where a person starts on `page`: the search field on the company list,
        the timeline on a company (Qt would give it to the page's first button)."""
        take = getattr(page, "take_focus", None)
        if callable(take):
            take()
            return
        for child in page.findChildren(QWidget):
            if child.isVisibleTo(page) and child.isEnabled() and \
                    child.focusPolicy() & Qt.FocusPolicy.TabFocus:
                child.setFocus()
                return

    def _nav_changed(self, row: int) -> None:
        item = self.nav.item(row)
        if item is not None and self.stack.currentWidget() is not self._pages[item.data(ROLE_KEY)]:
            self.show_page(item.data(ROLE_KEY))

    def _refresh(self, widget: QWidget) -> None:
        if widget is self.company_list:
            self.company_list.model.refresh()
        elif hasattr(widget, "refresh"):
            widget.refresh()

    def _data_changed(self) -> None:
        """Refresh the page in view now, the others when they are shown next."""
        current = self.stack.currentWidget()
        for key, widget in self._pages.items():
            if widget is self._fresh:
                continue
            if widget is current:
                self._refresh(widget)
            else:
                self._dirty.add(key)

    def _first_load_done(self, _total: int) -> None:
        """Once the window is up: what start-up made lives as long as the app, so take it out of
        Python's garbage-collector scans (gc.freeze). A full collection over it otherwise lands
        inside some later click and stalls it for ~100 ms (seen while saving visits)."""
        self.company_list.model.loaded.disconnect(self._first_load_done)
        QTimer.singleShot(300, _freeze_startup_objects)  # after the first page has been painted
        # A copy a day to go back to if the file is ever damaged, made off the UI thread.
        QTimer.singleShot(5000, lambda: run_job(
            Job(daily_backup, self.paths),
            on_failed=lambda msg, _d: log.warning("daily backup copy not made: %s", msg)))

    def _checkpoint(self) -> None:
        run_job(Job(checkpoint, self.store), on_failed=lambda msg, _d: log.warning("checkpoint: %s", msg))

    @property
    def welcome(self) -> WelcomePage:
        """The first-run page, made when first needed (most starts never need it)."""
        if self._welcome is None:
            self._welcome = WelcomePage(self.store)
            self._welcome.finished.connect(self._welcome_done)
            self._welcome.data_loaded.connect(self._data_loaded)
            self._welcome.demo_requested.connect(lambda: self.switch_store.emit("demo"))
            self.stack.addWidget(self._welcome)
        return self._welcome

    def _show_welcome(self) -> None:
        self.nav.hide()
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.take_focus()

    def _welcome_done(self) -> None:
        self.company_list.reload_choices()
        self.show_page("companies")
        self.company_list.apply_query()
        self.company_list.focus_search()

    def _data_loaded(self) -> None:
        self.company_list.reload_choices()
        self._dirty.update(self._pages)

    # -- menus ------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Fil"))
        self.new_company_action = file_menu.addAction(self.tr("&Ny bedrift…"), self.add_company_by_hand)
        self._bind(self.new_company_action, "new_company")
        file_menu.addAction(self.tr("&Importer fra Enhetsregisteret…"), self._import_again)
        file_menu.addSeparator()
        if self.paths.is_demo:
            real = file_menu.addAction(self.tr("&Bytt til din egen database"),
                                       lambda: self.switch_store.emit("real"))
            real.setObjectName("switchToReal")
        else:
            demo = file_menu.addAction(self.tr("&Prøv med eksempeldata"),
                                       lambda: self.switch_store.emit("demo"))
            demo.setObjectName("switchToDemo")
            fresh = file_menu.addAction(self.tr("&Start med en ny, tom database…"),
                                        lambda: self.switch_store.emit("fresh"))
            fresh.setObjectName("startFresh")
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Avslutt"), self.close)
        self._bind(quit_action, "quit")

        record = bar.addMenu(self.tr("&Registrer"))
        self.visit_action = record.addAction(self.tr("Nytt &besøk…"), lambda: self.open_visit_dialog())
        self._bind(self.visit_action, "new_visit")
        self.visit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.event_action = record.addAction(self.tr("Nytt &arrangement…"), self.open_event_dialog)
        self._bind(self.event_action, "new_event")
        note = record.addAction(self.tr("Nytt &notat…"), self.company_page.new_note)
        self._bind(note, "new_note")
        attach = record.addAction(self.tr("Legg &ved filer…"), self._attach_files)
        attach.setObjectName("attachFiles")
        self._bind(attach, "attach")
        search = record.addAction(self.tr("&Søk etter bedrift"), self._focus_search)
        self._bind(search, "search")

        self.view_menu = bar.addMenu(self.tr("&Vis"))
        self.tools_menu: QMenu = bar.addMenu(self.tr("Verk&tøy"))
        self.tools_menu.setObjectName("toolsMenu")
        lang_menu = self.tools_menu.addMenu(self.tr("Språk"))
        group = QActionGroup(self)
        current = app_settings_mod.language(self.paths)
        for code, name in (("nb", "Norsk bokmål"), ("en", "English")):
            act = lang_menu.addAction(name)
            act.setCheckable(True)
            act.setChecked(code == current)
            act.triggered.connect(lambda _c=False, c=code: self._set_language(c))
            group.addAction(act)

        help_menu = bar.addMenu(self.tr("&Hjelp"))
        self._bind(help_menu.addAction(self.tr("Hurtigtaster"), self.show_shortcuts), "help")
        help_menu.addAction(self.tr("Om Læreplassjeger"), self._about)
        help_menu.addAction(self.update_notice.menu_action)

    def _bind(self, action: QAction, name: str) -> None:
        """Give `action` its keys from the shortcut registry (the one place they are chosen)."""
        action.setShortcuts(shortcuts.keys(name))
        self._bound.add(name)

    def shortcut_help_text(self) -> str:
        """F1: the Alt letters of the page in view, then every shortcut this window has, from the
        registry, in the user's language."""
        def table(rows: list[tuple[str, str]]) -> str:
            return "<table>" + "".join(
                f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows
            ) + "</table>"

        here = shortcuts.alt_letters(self.stack.currentWidget()) if self.stack.currentWidget() else []
        if not here:
            return table(shortcuts.help_rows(self._bound))
        on_page, others = self.tr("På denne siden"), self.tr("Andre hurtigtaster")
        return (f"<p><b>{escape(on_page)}</b></p>{table(here)}<p><b>{escape(others)}</b></p>"
                + table(shortcuts.help_rows(self._bound)))

    def show_shortcuts(self) -> None:
        from lpj_desktop.ui.shortcut_help import ShortcutHelp  # F1 only: not on the start-up path

        dialog = ShortcutHelp(self.shortcut_help_text(), self)
        if self.modal_dialogs:
            dialog.exec()
            dialog.deleteLater()
        else:  # tests and benches look at it while it is open
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Om Læreplassjeger"),
            self.tr("Læreplassjeger {0}\nDatamappe: {1}").format(__version__, self.paths.data_dir),
        )

    def _set_language(self, code: str) -> None:
        app_settings_mod.set_language(self.paths, code)
        self.show_status(self.tr("Språket endres neste gang du starter appen."))

    def _attach_files(self) -> None:
        """Ctrl+Shift+A: files for what the page in view shows (the events page: its event),
        else for the company open (or the visit chosen in its timeline)."""
        page = self.stack.currentWidget()
        attach = getattr(page, "attach_files", None)
        if page is not self.company_page and callable(attach):
            attach()
            return
        if self.company_page.company_id is None:
            self.show_status(self.tr("Åpne en bedrift først; filene legges ved den (eller et besøk på den)."))
            return
        self.show_page("company")
        self.company_page.attach_files()

    def _focus_search(self) -> None:
        self.show_page("companies")
        self.company_list.focus_search()

    def _import_again(self) -> None:
        self.welcome.choose_import_file()
        self._show_welcome()

    def show_status(self, text: str) -> None:
        """Say `text` in the status bar. It goes again after STATUS_SHOWN_MS (unless something
        newer replaced it): "Besøket er lagret." still showing minutes later, after a contact was
        saved, read as if that was what had just happened."""
        self.status_message.setText(text)
        label = self.status_message
        # The label as context: the timer goes with it when the window closes first.
        QTimer.singleShot(STATUS_SHOWN_MS, label, lambda: label.text() == text and label.clear())

    def set_sync_status(self, text: str, tooltip: str = "") -> None:
        """The sync engine's words for its state (online/offline, waiting changes, last sync, errors)."""
        self.sync_status.setText(text)
        self.sync_status.setToolTip(tooltip)

    # -- companies and visits -----------------------------------------------------------------------------
    def check_for_update(self, server_url: str) -> None:
        """Ask `server_url` in the background whether a newer app exists; offline is normal, so a
        failed check is only logged and the notice stays hidden."""
        from lpj_desktop.services.updates import check_for_update

        run_job(Job(check_for_update, server_url), on_done=self.update_notice.show_notice,
                on_failed=lambda message, _tb: log.info("update check failed: %s", message))

    def open_company(self, company_id: str) -> None:
        self.company_page.show_company(company_id)
        self._dirty.discard("company")
        self.show_page("company")

    def current_company_id(self) -> str | None:
        # Only an open company counts: the list's highlighted row may be there by default.
        if self.stack.currentWidget() is self.company_page:
            return self.company_page.company_id
        return None

    def open_visit_dialog(
        self,
        company_id: str | None = None,
        draft: SavedDraft | None = None,
        *,
        visit_id: str | None = None,
        modal: bool | None = None,
    ) -> VisitDialog:
        """The visit form, for `company_id` or the company in view, or correcting `visit_id`.
        Non-modal for tests and benches (`modal_dialogs`)."""
        if self.visit_dialog is not None and self.visit_dialog.isVisible():
            self.visit_dialog.raise_()
            self.visit_dialog.activateWindow()
            return self.visit_dialog
        if draft is None and visit_id is None:
            # Ctrl+N after Esc: the visit half written for this company comes back, not an empty form.
            draft = self._unsaved_visit(company_id or self.current_company_id())
        dialog = VisitDialog(
            self.store,
            self.user_id,
            self.drafts,
            company_id=company_id or (None if draft or visit_id else self.current_company_id()),
            draft=draft.draft if draft else None,
            typed=draft.typed if draft else None,
            draft_key=draft.key if draft else None,
            visit_id=visit_id or (draft.visit_id if draft else None),
            files=draft.files if draft else None,
            parent=self,
        )
        self.context.user_changed.connect(dialog.set_user)
        corrects = dialog.visit_id is not None
        dialog.saved.connect(lambda cid: self._visit_saved(cid, corrected=corrects))
        dialog.files_chosen.connect(
            lambda visit_id, sources: self.attach_queue.add(AttachRequest("visit", visit_id, tuple(sources))))
        dialog.finished.connect(lambda _r: self.check_drafts())
        dialog.finished.connect(self._back_from_dialog)
        self.visit_dialog = dialog
        if self.modal_dialogs if modal is None else modal:
            dialog.exec()
        else:
            dialog.show()
        return dialog

    def _back_from_dialog(self, _result: int = 0) -> None:
        """A closed form gives the keyboard back to the window (not every window manager does)."""
        self.activateWindow()
        self._focus_into(self.stack.currentWidget())

    def correct_visit(self, visit_id: str) -> VisitDialog | None:
        """Open a saved visit for correction; only its author may (their corrections win on sync)."""
        author = read(self.store, author_of, visit_id)
        if author != self.user_id:
            self.show_status(labels.problem("visit_not_yours"))
            return None
        return self.open_visit_dialog(visit_id=visit_id)

    def _visit_saved(self, company_id: str, *, corrected: bool = False) -> None:
        self.show_status(self.tr("Besøket er lagret."))
        # Show where the visit landed: the company's timeline, with the visit on top.
        if self.company_page.company_id == company_id and corrected:
            self.company_page.refresh_history()  # an older visit changed: read what is shown again
        elif self.company_page.company_id == company_id:
            self.company_page.visit_saved()  # the new rows only: not the whole timeline again
        else:
            self.company_page.show_company(company_id)
        self.show_page("company")
        self._dirty.discard("company")
        self._fresh = self.company_page  # just drawn: the broadcast below need not redraw it
        try:
            self.bus.changed.emit()
        finally:
            self._fresh = None

    def fetch_original(self, attachment_id: str, on_done: Callable[[Any], None],
                       on_failed: Callable[[str, str], None]) -> bool:
        """An attached file's original from the server, for the viewers (False: nobody logged in)."""
        return self.sync_ui.worker.fetch_original(attachment_id, on_done, on_failed)

    def _changed_by_page(self, page: QWidget | None = None) -> None:
        """A page (the company page, unless named) changed something and has shown it itself
        (files attached, an event deleted): the other pages and the status bar follow, that page
        is not read again."""
        self._fresh = page or self.company_page
        try:
            self.bus.changed.emit()
        finally:
            self._fresh = None

    def open_event_dialog(self, event_id: str | None = None, *, modal: bool | None = None) -> EventDialog:
        """The event form: a new event, or (with `event_id`) its author's correction of one."""
        dialog = EventDialog(self.store, self.user_id, self, drafts=self.form_drafts, event_id=event_id)
        self.context.user_changed.connect(dialog.set_user)
        dialog.finished.connect(self._back_from_dialog)
        dialog.saved.connect(
            lambda ids: (
                self.show_status(self.tr("Arrangementet er lagret for %n bedrift(er).", "", len(ids))),
                self.bus.changed.emit(),
            )
        )
        if self.modal_dialogs if modal is None else modal:
            dialog.exec()
        else:
            dialog.show()
        return dialog

    def add_company_by_hand(self) -> None:
        dialog = AddCompanyDialog(self.store, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.company_id:
            self.bus.changed.emit()
            self.open_company(dialog.company_id)

    # -- drafts -------------------------------------------------------------------------------------------
    def check_drafts(self) -> list[SavedDraft]:
        """Offer back a visit that was being written when the app closed or crashed."""
        found = self.drafts.load_all()
        open_key = (
            self.visit_dialog.draft_key if self.visit_dialog and self.visit_dialog.isVisible() else None
        )
        found = [d for d in found if d.key != open_key]
        if not found:
            self.banner.hide()
            return found
        d = found[0]
        when = fmt_datetime(d.saved_at)
        what = d.company_name or self.tr("ukjent bedrift")
        text = self.tr("Du har et besøk som ikke er lagret ({0}, skrevet {1}).").format(what, when)
        if len(found) > 1:
            text += " " + self.tr("%n utkast til venter etter dette.", "", len(found) - 1)
        self.banner_label.setText(text)
        self.banner.show()
        self._banner_draft = d
        return found

    def _unsaved_visit(self, company_id: str | None) -> SavedDraft | None:
        """The newest draft of a new visit for `company_id` (any company's when None)."""
        for d in self.drafts.load_all():
            if d.visit_id is None and (company_id is None or d.draft.company_id in (None, company_id)):
                return d
        return None

    def resume_draft(self) -> None:
        d = getattr(self, "_banner_draft", None)
        if d is not None:
            self.banner.hide()
            self.open_visit_dialog(draft=d)

    def discard_draft(self) -> None:
        d = getattr(self, "_banner_draft", None)
        if d is not None:
            self.drafts.remove(d.key)
        self.check_drafts()

    # -- window state --------------------------------------------------------------------------------------
    def _restore_window(self) -> None:
        """The size and place the window had, kept on the screen; on a first start the window
        fills a laptop's screen (maximized below 900 px of height: at 1366×768 a window of that
        size has its status bar, with the sync state, below the screen edge)."""
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None and not isinstance(geometry, QByteArray | bytes):
            if screen.height() < 900:
                self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            else:
                self.resize(min(1366, screen.width()), min(820, screen.height()))
        elif screen is not None and (self.frameGeometry().height() > screen.height()
                                     or self.frameGeometry().width() > screen.width()):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(QByteArray(state))

    def _reopen_where_left(self) -> None:
        """Back to the page (and company) the user had open when the app last closed."""
        page = str(self.settings.value("window/lastPage", "companies"))
        company = self.settings.value("window/lastCompany")
        if page == "company" and company:
            self.company_page.show_company(str(company))
            if self.company_page.company_id == company:
                self.show_page("company")
        elif page in ("followups", "goals", "events"):
            self.show_page(page)

    def _ask_close_without_own_fields(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Lukke uten å lagre?"),
            self.tr("Endringene på bedriften er ikke lagret: {0}\n\nLukke likevel?")
            .format(self.company_page.fields_message.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        # The company's own fields typed and not saved are saved on the way out; when they
        # cannot be, the person decides (the page says why).
        if not self.company_page.keep_own_fields():
            self.show_page("company")
            if not self.close_without_own_fields():
                event.ignore()
                return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/lastPage", self.current_page_key() or "companies")
        self.settings.setValue("window/lastCompany", self.company_page.company_id or "")
        self.settings.sync()
        super().closeEvent(event)

    def bring_forward(self) -> None:
        """Called when a second launch asks for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()


def _freeze_startup_objects() -> None:
    gc.collect()
    gc.freeze()
