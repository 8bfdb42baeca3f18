"""A quiet, non-modal notice that a newer lpj-desktop exists: a line in the status bar and an
entry in a menu, both opening the download page. The check itself is `services.updates`.

Wiring in the main window (the check runs off the UI thread; offline is normal, so a failed check
is only logged):

    self.update_notice = UpdateNoticeWidget(self)
    self.statusBar().addPermanentWidget(self.update_notice)
    help_menu.addAction(self.update_notice.menu_action)
    run_job(Job(check_for_update, server_url), on_done=self.update_notice.show_notice,
            on_failed=lambda message, _tb: log.info("update check failed: %s", message))
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

if TYPE_CHECKING:  # the checker (requests, the protocol) is imported when a check is made
    from lpj_desktop.services.updates import UpdateNotice


class UpdateNoticeWidget(QWidget):
    """Hidden until `show_notice()` gets a notice; the user can close it for this session."""

    dismissed = Signal(str)  # the version the user closed the notice for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notice: UpdateNotice | None = None
        self.label = QLabel(self)
        self.label.setObjectName("updateNoticeText")
        self.label.setOpenExternalLinks(False)  # links go through open_download() (checked URL)
        self.label.linkActivated.connect(lambda _url: self.open_download())
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("updateNoticeClose")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Skjul meldingen"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.close_button)
        self.menu_action = QAction(self.tr("Last ned ny versjon…"), self)
        self.menu_action.setVisible(False)
        self.menu_action.triggered.connect(self.open_download)
        self.hide()

    def show_notice(self, notice: UpdateNotice | None) -> None:
        """Show `notice`, or hide everything when there is none (the app is up to date)."""
        self.notice = notice
        if notice is None:
            self.hide()
            self.menu_action.setVisible(False)
            return
        text = escape(self.tr("Versjon {latest} av lpj-desktop er klar (du har {current}).").format(
            latest=notice.latest_version, current=notice.current_version))
        if notice.download_url:
            text += f' <a href="{escape(notice.download_url, quote=True)}">{escape(self.tr("Last ned"))}</a>'
            label = self.tr("Last ned versjon {latest}…")
            self.menu_action.setText(label.format(latest=notice.latest_version))
            self.menu_action.setVisible(True)
        else:
            text += " " + escape(self.tr("Spør den som drifter serveren hvor du får den."))
            self.menu_action.setVisible(False)
        self.label.setText(text)
        self.setToolTip(self.tr("Dataene dine blir med over når du installerer den nye versjonen."))
        self.show()

    def open_download(self) -> bool:
        """Open the download page in the browser; False when there is no link."""
        if self.notice is None or not self.notice.download_url:
            return False
        return QDesktopServices.openUrl(QUrl(self.notice.download_url))

    def dismiss(self) -> None:
        self.hide()
        if self.notice is not None:
            self.dismissed.emit(self.notice.latest_version)
