"""A TCP proxy on 127.0.0.1 that cuts connections where networks do.

Faults, chosen per connection (clients send `Connection: close`, so one connection is one
request):

* ``before``       — the connection is closed as soon as it is accepted (nothing reaches the server);
* ``mid_request``  — part of the request reaches the server, then both sides are cut;
* ``after_commit`` — the whole request reaches the server, which answers (so it has committed),
  and the answer is thrown away: the client sees the connection drop;
* ``mid_response`` — part of the answer reaches the client (a pull page, a snapshot cut short).

A weak mobile link besides: `bytes_per_s` paces each direction to that rate (shared by all
connections, as one link is), `cut_every_s` drops every open connection at that interval (the
link going down for a moment), and `bytes_up` / `bytes_down` count what went on the wire (every
byte the proxy read from either side, including those lost in a cut).
"""

from __future__ import annotations

import random
import selectors
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable

FAULTS = ("before", "mid_request", "after_commit", "mid_response")


class FaultyProxy:
    def __init__(self, target_port: int, *, seed: int = 0, rate: float = 0.0,
                 target_host: str = "127.0.0.1", bytes_per_s: float | None = None,
                 cut_every_s: float | None = None) -> None:
        self.target = (target_host, target_port)
        self.bytes_per_s = bytes_per_s
        self.cut_every_s = cut_every_s
        self.bytes_up = 0
        self.bytes_down = 0
        self.link_cuts = 0
        self._paced = {"up": _Pace(bytes_per_s), "down": _Pace(bytes_per_s)}
        self._open: set[socket.socket] = set()
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
        if cut_every_s:
            threading.Thread(target=self._cut_link, daemon=True, name="faulty-proxy-cuts").start()

    def _cut_link(self) -> None:
        """Drop every open connection each `cut_every_s` seconds (RST both ways)."""
        assert self.cut_every_s is not None
        while not self._stop.wait(self.cut_every_s):
            with self._lock:
                victims = list(self._open)
                self._open.clear()
                self.link_cuts += 1
            for sock in victims:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

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
        with self._lock:
            self._open.update((client, server))
        # Paced links read in small pieces, so that the rate is smooth, not in 64 KB bursts.
        piece = 16384 if self.bytes_per_s else 65536
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
                        data = sock.recv(piece)
                    except OSError:
                        return
                    with self._lock:
                        if key.data == "up":
                            self.bytes_up += len(data)
                        else:
                            self.bytes_down += len(data)
                    self._paced[key.data].wait(len(data))
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
            with self._lock:
                self._open.discard(client)
                self._open.discard(server)
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


class _Pace:
    """Paces one direction of the link to `rate` bytes a second (None: as fast as it goes)."""

    def __init__(self, rate: float | None) -> None:
        self.rate = rate
        self._free_at = 0.0
        self._lock = threading.Lock()

    def wait(self, n: int) -> None:
        if not self.rate or n <= 0:
            return
        with self._lock:
            now = time.monotonic()
            self._free_at = max(self._free_at, now) + n / self.rate
            delay = self._free_at - now
        time.sleep(delay)
