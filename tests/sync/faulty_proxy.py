"""A TCP proxy on 127.0.0.1 that cuts connections where networks do.

Faults, chosen per connection (clients send `Connection: close`, so one connection is one
request):

* ``before``       — the connection is closed as soon as it is accepted (nothing reaches the server);
* ``mid_request``  — part of the request reaches the server, then both sides are cut;
* ``after_commit`` — the whole request reaches the server, which answers (so it has committed),
  and the answer is thrown away: the client sees the connection drop;
* ``mid_response`` — part of the answer reaches the client (a pull page, a snapshot cut short).
"""

from __future__ import annotations

import random
import selectors
import socket
import threading
from collections import Counter
from collections.abc import Callable

FAULTS = ("before", "mid_request", "after_commit", "mid_response")


class FaultyProxy:
    def __init__(self, target_port: int, *, seed: int = 0, rate: float = 0.0,
                 target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.rng = random.Random(seed)
        self.rate = rate
        # Force one fault for the next connections (a test saying exactly where to cut).
        self.forced: list[str] = []
        self.chooser: Callable[[], str | None] | None = None
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True, name="faulty-proxy")
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._stop.set()
        try:
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept (close alone does not)
        except OSError:
            pass
        self._listener.close()
        self._thread.join(timeout=5)

    def _choose(self) -> tuple[str | None, int]:
        with self._lock:
            if self.forced:
                fault: str | None = self.forced.pop(0)
            elif self.chooser is not None:
                fault = self.chooser()
            elif self.rate and self.rng.random() < self.rate:
                fault = self.rng.choice(FAULTS)
            else:
                fault = None
            budget = self.rng.randint(1, 3000)
            self.counts[fault or "none"] += 1
        return fault, budget

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        fault, budget = self._choose()
        if fault == "before":
            _hard_close(client)
            return
        try:
            server = socket.create_connection(self.target, timeout=10)
        except OSError:
            _hard_close(client)
            return
        sel = selectors.DefaultSelector()
        sel.register(client, selectors.EVENT_READ, "up")
        sel.register(server, selectors.EVENT_READ, "down")
        sent_up = sent_down = 0
        open_ends = 2
        # Set when the proxy ends the connection on purpose (a fault, a socket error): the client
        # then gets an RST. A server that simply closes (idle keep-alive) gets passed on as FIN:
        # an RST would make the client's kernel drop response bytes it has not read yet, a cut
        # no real network makes of a complete answer (seen as a rare flaky stateful test on a
        # slow machine reading a snapshot's tail after uvicorn's 5 s keep-alive ran out).
        polite = False
        try:
            while open_ends:
                events = sel.select(timeout=30)
                if not events:
                    return
                for key, _ in events:
                    sock: socket.socket = key.fileobj  # type: ignore[assignment]
                    try:
                        data = sock.recv(65536)
                    except OSError:
                        return
                    if key.data == "up":
                        if not data:
                            sel.unregister(client)
                            server.shutdown(socket.SHUT_WR)
                            open_ends -= 1
                            continue
                        if fault == "mid_request" and sent_up + len(data) >= budget:
                            server.sendall(data[:max(0, budget - sent_up)])
                            return
                        server.sendall(data)
                        sent_up += len(data)
                    else:
                        if not data:
                            polite = fault is None
                            return
                        if fault == "after_commit":
                            return
                        if fault == "mid_response" and sent_down + len(data) >= budget:
                            client.sendall(data[:max(0, budget - sent_down)])
                            return
                        client.sendall(data)
                        sent_down += len(data)
        except OSError:
            return
        finally:
            sel.close()
            if polite:
                _polite_close(client)
            else:
                _hard_close(client)
            _hard_close(server)


def _polite_close(sock: socket.socket) -> None:
    """FIN after everything sent, and wait (briefly) for the client to finish reading."""
    try:
        sock.shutdown(socket.SHUT_WR)
        sock.settimeout(10)
        while sock.recv(65536):
            pass
    except OSError:
        pass
    finally:
        sock.close()


def _hard_close(sock: socket.socket) -> None:
    try:
        # RST rather than FIN where the platform allows: a cut, not a polite end.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass
