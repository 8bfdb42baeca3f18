"""What every staff page shares: the role check, background exports with a progress dialog."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressDialog, QVBoxLayout, QWidget

from lpj_desktop.store.database import Store
from lpj_desktop.ui.staff.access import is_staff
from lpj_desktop.ui.store_writes import RetryQueue
from lpj_desktop.ui.workers import Job, run_job

log = logging.getLogger(__name__)


class StaffPage(QWidget):
    """A staff page. For anyone but staff and admins it shows a refusal and reads no data at all."""

    exported = Signal(str)  # path of a finished export
    export_failed = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.locked = not is_staff(store)
        self.loaded = False
        self._tasks: list[Job] = []
        # The page's writes on the UI thread wait their turn while the sync holds the store.
        self.writes = RetryQueue(self)
        if self.locked:
            layout = QVBoxLayout(self)
            refusal = QLabel(self.tr("Denne siden er bare for ansatte i opplæringskontoret eller fylket. "
                                     "Kontoen din har rollen læreplassjeger."))
            refusal.setObjectName("staffRefusal")
            refusal.setWordWrap(True)
            refusal.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(refusal)
            return
        self.build()

    def build(self) -> None:  # pragma: no cover - every page overrides
        """Make the widgets. Reading data waits for `refresh()`: start-up pays only for what is seen."""
        raise NotImplementedError

    def refresh(self) -> None:  # pragma: no cover - every page overrides
        """Read again (on first show, and when the main window says data changed)."""

    def data_changed(self) -> None:
        """Data changed elsewhere: read again now if on screen, else when next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self.loaded = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self.loaded and not self.locked:
            self.loaded = True
            self.refresh()

    # --- background work -------------------------------------------------------------------------

    def run_in_background(self, title: str, fn: Callable[..., Any], *args: Any,
                          on_done: Callable[[Any], None] | None = None, dialog: bool = True) -> Job:
        """Run `fn(*args, progress=…)` in the pool; with `dialog`, a progress dialog that can cancel it
        appears when the work takes longer than a moment."""
        task = Job(fn, *args, with_steps=True)
        progress_dialog = QProgressDialog(title, self.tr("Avbryt"), 0, 0, self) if dialog else None
        if progress_dialog is not None:
            progress_dialog.setWindowModality(Qt.WindowModality.WindowModal)
            progress_dialog.setMinimumDuration(400)
            progress_dialog.canceled.connect(task.cancel)

        def gone() -> bool:
            # The page was closed while the work ran: nothing left to show the answer in.
            return not shiboken6.isValid(self)

        def progress(step: tuple[int, int]) -> None:
            done, total = step
            if gone():
                return
            if total > 0 and progress_dialog is not None:
                progress_dialog.setMaximum(total)
                progress_dialog.setValue(min(done, total))

        def close_dialog() -> None:
            if progress_dialog is not None:
                progress_dialog.reset()

        def finished(result: Any) -> None:
            if gone():
                return
            close_dialog()
            self._tasks.remove(task)
            if on_done is not None:
                on_done(result)

        def failed(message: str, _details: str) -> None:
            if gone():
                log.warning("background work failed after its page closed: %s", message)
                return
            close_dialog()
            self._tasks.remove(task)
            self.export_failed.emit(message)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Det gikk ikke"),
                              self.tr("Arbeidet stoppet: {0}").format(message), parent=self)
            box.open()  # not exec(): nothing waits on the user here

        self._tasks.append(task)
        run_job(task, finished, failed, progress)
        return task

    def export_file(self, fn: Callable[..., Any], path: Path) -> Job:
        """Write a file in the background; `exported` is emitted with its path when done."""
        return self.run_in_background(self.tr("Lager {0} …").format(path.name), fn, path,
                                      on_done=lambda _: self.exported.emit(str(path)))

    def ask_save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, suggested, filters)
        return Path(name) if name else None
