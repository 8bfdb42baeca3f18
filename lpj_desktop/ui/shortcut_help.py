"""F1: the keys of the window and of the page in view, in a box that fits the screen.

A message box grows with its text and has no scroll bar: with the 15 Alt letters of the staff
history page on top of the window's keys it ran past the bottom of a 768-pixel screen, its OK
button out of reach. This box is as tall as its text, never taller than the screen, and scrolls
(arrow keys, Page Down); Escape or Enter closes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class ShortcutHelp(QDialog):
    """The table `html` (main_window.shortcut_help_text) in a scrolling box."""

    WIDTH = 640

    def __init__(self, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutHelp")
        self.setWindowTitle(self.tr("Hurtigtaster"))
        self.text = QTextBrowser()
        self.text.setObjectName("shortcutHelpText")
        self.text.setHtml(html)
        self.text.setFrameShape(QTextBrowser.Shape.NoFrame)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text, 1)
        lay.addWidget(buttons)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        self._fit()

    def _fit(self) -> None:
        doc = self.text.document()
        doc.setTextWidth(self.WIDTH - 40)
        want = int(doc.size().height()) + 90  # the frame, the margins and the button row
        screen = self.screen() or (self.parentWidget().screen() if self.parentWidget() else None)
        room = screen.availableGeometry().height() - 60 if screen is not None else want
        self.resize(self.WIDTH, max(200, min(want, room)))

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Enter closes it as the message box did, also while the text has the focus.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)
