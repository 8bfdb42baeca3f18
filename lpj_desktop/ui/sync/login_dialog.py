"""Logging in to the sync server: address, user name, password. The login itself runs off the UI
thread; what went wrong is said under the form, and nothing typed is lost."""

from __future__ import annotations

import logging
import socket
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from lpj_desktop.services.credentials import KeyringUnavailable, save_token
from lpj_desktop.store.database import Store
from lpj_desktop.sync_client.api import SyncError
from lpj_desktop.ui.sync.errors import sync_error_words
from lpj_desktop.ui.widgets import FieldError, FormDialog, save_cancel_buttons
from lpj_desktop.ui.workers import Job, run_job

log = logging.getLogger(__name__)


def do_login(store: Store, server_url: str, username: str, password: str) -> Any:
    """Log in (runs in the pool); returns the engine's LoginResult, or the SyncError that refused
    it (a value, so the dialog can say it in the user's language from its kind)."""
    from lpj_desktop.sync_client.engine import SyncEngine

    try:
        return SyncEngine.login(store, server_url, username, password,
                                device_name=socket.gethostname())
    except SyncError as e:
        return e


class LoginDialog(FormDialog):
    """Keyboard-first: Enter moves on, Enter in the password field (or Ctrl+Enter) logs in."""

    logged_in = Signal(str, str, str)  # server url, username, token

    def __init__(self, store: Store, server_url: str = "", username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.result_value: Any = None
        self.keyring_message = ""  # set when the token could not be kept in the keyring
        self._job: Job | None = None
        self.setWindowTitle(self.tr("Logg inn på server"))
        self.setMinimumWidth(440)
        self.server = QLineEdit(server_url)
        self.server.setObjectName("loginServer")
        self.server.setPlaceholderText(self.tr("f.eks. https://lpj.okn.no"))
        self.username = QLineEdit(username)
        self.username.setObjectName("loginUsername")
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.save)  # Enter in the last field logs in
        self.error = FieldError()
        self.error.setObjectName("loginError")
        self.busy = QLabel(self.tr("Logger inn …"))
        self.busy.setObjectName("loginBusy")
        self.busy.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Serveradresse"), self.server)
        form.addRow(self.tr("&Brukernavn"), self.username)
        form.addRow(self.tr("&Passord"), self.password)
        self.buttons = save_cancel_buttons(self.tr("Logg inn"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        first_empty = next((w for w in (self.server, self.username, self.password) if not w.text()),
                           self.password)
        first_empty.setFocus()

    def save(self) -> bool:
        """Start the login; the dialog closes when it succeeds."""
        if self._job is not None:
            return False
        url, user, password = self.server.text().strip(), self.username.text().strip(), self.password.text()
        if not url.startswith(("http://", "https://")):
            return self._problem(self.tr("Skriv hele serveradressen, med https:// foran."), self.server)
        if not user:
            return self._problem(self.tr("Skriv brukernavnet ditt."), self.username)
        if not password:
            return self._problem(self.tr("Skriv passordet ditt."), self.password)
        self.error.show_problem("")
        self._set_busy(True)
        self._job = run_job(Job(do_login, self.store, url, user, password),
                            on_done=self._done, on_failed=self._failed)
        return True

    def _problem(self, text: str, field: QLineEdit) -> bool:
        self.error.show_problem(text)
        field.setFocus()
        return False

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.server, self.username, self.password, self.buttons):
            w.setEnabled(not busy)

    def _done(self, result: Any) -> None:
        if isinstance(result, SyncError):
            self._failed(sync_error_words(result), "")
            return
        self._job = None
        self._set_busy(False)
        self.result_value = result
        from lpj_desktop.sync_client.transport import normalize_url

        url = normalize_url(self.server.text().strip())
        username = result.user.username
        try:
            save_token(url, username, result.token)
        except KeyringUnavailable as e:
            self.keyring_message = str(e)
            log.warning("token kept in memory only: %s", e)
        self.password.clear()
        self.logged_in.emit(url, username, result.token)
        self.accept()

    def _failed(self, message: str, _tb: str) -> None:
        self._job = None
        self._set_busy(False)
        self.password.selectAll()
        self.password.setFocus()
        self.error.show_problem(message if message else self.tr("Innloggingen mislyktes."))

    def reject(self) -> None:
        if self._job is not None:
            self._job.cancel()  # the answer, when it comes, is ignored
            self._job.signals.done.disconnect(self._done)
            self._job.signals.failed.disconnect(self._failed)
            self._job = None
        super().reject()


__all__ = ["LoginDialog", "SyncError", "do_login"]
