"""An unexpected error: logged, shown in words with the details to copy; the app keeps running."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lpj_desktop.ui.widgets import close_button

log = logging.getLogger("lpj_desktop.errors")


class ErrorDialog(QDialog):
    def __init__(self, summary: str, details: str, log_file: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Noe gikk galt"))
        self.resize(620, 380)
        text = self.tr(
            "Det oppstod en uventet feil: {0}\n\nDet du har lagret, er i behold. "
            "Send gjerne detaljene under til brukerstøtte."
        ).format(summary)
        if log_file:
            text += "\n" + self.tr("Loggfil: {0}").format(log_file)
        message = QLabel(text)
        message.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setObjectName("errorDetails")
        buttons = close_button()
        copy = QPushButton(self.tr("Kopier detaljer"))
        copy.setObjectName("copyDetails")
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


_showing = False


def install_excepthook(log_file: str = "") -> None:
    """Route uncaught exceptions (also those raised in Qt slots) to the log and to the dialog."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        global _showing
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", details)
        if issubclass(exc_type, KeyboardInterrupt) or QApplication.instance() is None or _showing:
            sys.__excepthook__(exc_type, exc, tb)
            return
        _showing = True
        try:
            ErrorDialog(f"{exc_type.__name__}: {exc}", details, log_file, QApplication.activeWindow()).exec()
        finally:
            _showing = False

    sys.excepthook = hook
