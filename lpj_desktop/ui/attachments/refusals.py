"""What the attach queue refused, said once it has finished: one message for all the files that
were not attached and why (fifty message boxes for fifty files would bury the window). Shown
without blocking: the files that were attached are there already, and the person may go on."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from lpj_desktop.ui.attachments.attach_queue import AttachQueue, FileOutcome

SHOWN = 10  # refusals listed by name; the rest are counted


class RefusalReport(QObject):
    """Collects the queue's refusals and shows them over `window` when the queue is idle."""

    def __init__(self, queue: AttachQueue, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._refused: list[tuple[str, str]] = []
        self.box: QMessageBox | None = None
        queue.file_done.connect(self._file_done)
        queue.idle.connect(self._show)

    def _file_done(self, outcome: FileOutcome) -> None:
        if outcome.words is not None:
            self._refused.append((outcome.name, outcome.words))

    def _show(self) -> None:
        refused, self._refused = self._refused, []
        if not refused:
            return
        text = "\n\n".join(self.tr("«{0}»: {1}").format(name, why) for name, why in refused[:SHOWN])
        if len(refused) > SHOWN:
            text += "\n\n" + self.tr("… og {0} til.").format(len(refused) - SHOWN)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Ikke lagt ved"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("filesRefused")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        self.box = box
