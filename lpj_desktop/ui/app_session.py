"""The app's one window on one store, and moving between stores: the user's own, the demo's
(a store of its own, so trying the app never fills the real one), or a new, empty one.

`lpj-desktop` (app.py) and the journey tests start the app through `AppSession.start`, so both meet
the same window on the same path.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from lpj_desktop.paths import AppPaths
from lpj_desktop.store.backups import Backup, StoreDamaged, backups, restore_backup
from lpj_desktop.store.database import Store
from lpj_desktop.ui.damaged_store import QUIT, RESTORE, ask_what_to_do

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

DEMO, REAL, FRESH = "demo", "real", "fresh"


class AppSession(QObject):
    """Holds the window and its store; `switch` closes both and opens the other store."""

    def __init__(self, base: AppPaths, *, modal_dialogs: bool = True,
                 ask_damaged: Callable[[QWidget | None, StoreDamaged, Backup | None], str] | None = None,
                 ) -> None:
        super().__init__()
        self.base = base.real()
        self.modal_dialogs = modal_dialogs
        # What to do with a store that cannot be read (ui/damaged_store.py asks the user).
        self.ask_damaged = ask_damaged or ask_what_to_do
        self.store: Store | None = None
        self.window = None  # MainWindow

    def start(self, *, demo: bool = False) -> QWidget | None:
        """Open the demo store (filled on first use) or the user's own, and show its window.
        None when the store is damaged and the user chose to stop."""
        from lpj_desktop.ui.main_window import MainWindow

        paths = (self.base.demo() if demo else self.base).ensure()
        self.store = self._open(paths)
        if self.store is None:
            return None
        if demo:
            _fill_demo(self.store)
        window = MainWindow(self.store, paths)
        window.modal_dialogs = self.modal_dialogs
        window.switch_store.connect(self.switch)
        self.window = window
        window.show()
        return window

    def _open(self, paths: AppPaths) -> Store | None:
        from lpj_desktop.app import open_app_store

        try:
            return open_app_store(paths)
        except StoreDamaged as damage:
            log.error("the store cannot be read: %s", damage)
            copies = backups(paths)
            choice = self.ask_damaged(None, damage, copies[0] if copies else None)
            if choice == QUIT:
                return None
            if choice == RESTORE and copies:
                restore_backup(paths, copies[0])
            else:
                from lpj_desktop.store.set_aside import set_aside_store

                set_aside_store(paths)
            return open_app_store(paths)

    def switch(self, target: str) -> None:
        """Go to the demo store, the user's own, or set the user's own aside and start afresh."""
        if target == FRESH and not self._confirm_fresh():
            return
        old_window, old_store = self.window, self.store
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_store is not None:
            old_store.close()
        if target == FRESH:
            from lpj_desktop.store.set_aside import set_aside_store

            folder = set_aside_store(self.base)
            log.info("the store was set aside in %s; starting a new one", folder)
        # After the old window's close has been handled: it saves its settings on close.
        self.start(demo=target == DEMO)
        if target == FRESH and self.window is not None:
            said = translate("AppSession", "Den gamle databasen er flyttet til {0}. Ingenting er slettet.")
            QTimer.singleShot(0, lambda: self.window.show_status(said.format(folder)))

    def _confirm_fresh(self) -> bool:
        from lpj_desktop.services.sync_status import sync_status
        from lpj_desktop.services.use import read

        waiting = 0
        if self.store is not None and not self.window.paths.is_demo:
            waiting = read(self.store, sync_status).pending
        text = translate("AppSession", "Databasen på denne maskinen flyttes til side (til mappen "
                                       "«backups»; ingenting slettes), og appen starter med en ny, tom "
                                       "database som kan logge inn og synkronisere.")
        if waiting:
            text += "\n\n" + translate("AppSession", "%n endring(er) er ikke sendt til serveren og blir "
                                                     "bare liggende i den gamle databasen.", "", waiting)
        answer = QMessageBox.question(
            self.window, translate("AppSession", "Start med en ny database?"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
        if self.store is not None:
            self.store.close()


def _fill_demo(store: Store) -> None:
    from lpj_desktop.services.companies import company_count_total
    from lpj_desktop.services.demo import load_demo
    from lpj_desktop.services.use import read

    if read(store, company_count_total):
        return
    summary = load_demo(store)
    log.info("demo store filled: %s", summary)
