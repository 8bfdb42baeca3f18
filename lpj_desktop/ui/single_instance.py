"""One running app per data folder: a second launch asks the first to come forward, then exits."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from lpj_desktop.paths import AppPaths

_MESSAGE = b"activate\n"


def server_name(paths: AppPaths) -> str:
    digest = hashlib.sha256(str(paths.data_dir).encode("utf-8")).hexdigest()[:16]
    return f"lpj-desktop-{digest}"


def activate_running(paths: AppPaths, timeout_ms: int = 500) -> bool:
    """True when another instance on this data folder answered and was asked to come forward."""
    sock = QLocalSocket()
    sock.connectToServer(server_name(paths))
    if not sock.waitForConnected(timeout_ms):
        return False
    sock.write(_MESSAGE)
    sock.waitForBytesWritten(timeout_ms)
    sock.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later launches; calls `on_activate` when one asks us to come forward."""

    def __init__(
        self, paths: AppPaths, on_activate: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._on_activate = on_activate
        self._server = QLocalServer(self)
        self._sockets: list[QLocalSocket] = []
        name = server_name(paths)
        if not self._server.listen(name):
            # A stale socket file left by a crash: nobody answered above, so it is safe to remove.
            QLocalServer.removeServer(name)
            self._server.listen(name)
        self._server.newConnection.connect(self._accept)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            self._sockets.append(sock)
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._drop(s))

    def _read(self, sock: QLocalSocket) -> None:
        if bytes(sock.readAll().data()).startswith(_MESSAGE.strip()):
            self._on_activate()

    def _drop(self, sock: QLocalSocket) -> None:
        # No deleteLater here: the socket is the server's child and goes with it (a second launch
        # is rare, so few ever wait). A deferred delete of it crashed in ~QLocalSocket when the
        # server went first (a segfault seen in the test suite).
        if sock in self._sockets:
            self._sockets.remove(sock)
        sock.blockSignals(True)

    def close(self) -> None:
        for sock in list(self._sockets):
            sock.blockSignals(True)
            sock.abort()
            self._drop(sock)
        self._server.close()
