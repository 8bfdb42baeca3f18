"""A counting TCP proxy on 127.0.0.1, put between the app's sync engine and the server so that a
bench (or a test) reports round trips and bytes it has counted, not constants it assumes.

    with CountingProxy("127.0.0.1", server_port) as proxy:
        engine = SyncEngine(store, server_url=proxy.url, token=token)
        before = proxy.counts()
        engine.sync()
        print(proxy.counts() - before)   # connections, requests, bytes up and down, paths

It is a plain threaded byte pump (a thread per direction per connection), with TCP_NODELAY on
both legs as the app's own connections have, so it adds no Nagle stall of its own. It counts:

* connections: TCP connections the client opened (a kept-alive session opens one);
* requests: HTTP/1.1 requests, found by reading the request line and headers of each request in
  the client's stream and skipping its body by Content-Length (or chunked framing). With
  HTTP/1.1 and no pipelining (what requests/urllib3 do) each request is one round trip;
* turns: how often the talk turned from the client to the server on a connection, counted from
  the bytes alone: a cross-check of `requests` that does not trust the parsing;
* bytes up (client → server) and down (server → client), headers included;
* paths: "METHOD /path" of every request, without its query, in order.
"""

from __future__ import annotations

import queue
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Self

_CHUNK = 256 * 1024


@dataclass(frozen=True, slots=True)
class Counts:
    """What passed the proxy (or, as a difference of two, what passed between them)."""

    connections: int = 0
    requests: int = 0
    turns: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    paths: tuple[str, ...] = ()

    @property
    def bytes_total(self) -> int:
        return self.bytes_up + self.bytes_down

    def __sub__(self, earlier: Counts) -> Counts:
        return Counts(self.connections - earlier.connections, self.requests - earlier.requests,
                      self.turns - earlier.turns, self.bytes_up - earlier.bytes_up,
                      self.bytes_down - earlier.bytes_down, self.paths[len(earlier.paths):])


class _RequestReader:
    """Finds request boundaries in one connection's client → server bytes, incrementally."""

    def __init__(self, found: list[str], lock: threading.Lock) -> None:
        self._found = found
        self._lock = lock
        self._buffer = b""
        self._body_left = 0  # bytes of the current request's body still to skip
        self._chunked = False

    def feed(self, data: bytes) -> None:
        self._buffer += data
        while self._step():
            pass

    def _step(self) -> bool:
        """Consume one unit (a body part, a chunk, a header block); False when more is needed."""
        if self._body_left:
            take = min(self._body_left, len(self._buffer))
            self._buffer = self._buffer[take:]
            self._body_left -= take
            return bool(self._buffer) and not self._body_left
        if self._chunked:
            return self._chunk()
        end = self._buffer.find(b"\r\n\r\n")
        if end < 0:
            return False
        head, self._buffer = self._buffer[:end].decode("latin-1"), self._buffer[end + 4:]
        line, *headers = head.split("\r\n")
        method, _, rest = line.partition(" ")
        path = rest.rpartition(" ")[0].split("?", 1)[0]
        with self._lock:
            self._found.append(f"{method} {path}")
        fields = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in headers)}
        if fields.get("transfer-encoding", "").lower() == "chunked":
            self._chunked = True
        else:
            self._body_left = int(fields.get("content-length", "0") or 0)
        return True

    def _chunk(self) -> bool:
        end = self._buffer.find(b"\r\n")
        if end < 0:
            return False
        size = int(self._buffer[:end].split(b";")[0] or b"0", 16)
        if size == 0:  # last chunk; no trailers are sent by the clients measured here
            if len(self._buffer) < end + 4:
                return False
            self._buffer = self._buffer[end + 4:]
            self._chunked = False
            return True
        if len(self._buffer) < end + 2 + size + 2:
            return False
        self._buffer = self._buffer[end + 2 + size + 2:]
        return True


@dataclass
class _Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    connections: int = 0
    turns: int = 0
    up: int = 0
    down: int = 0
    paths: list[str] = field(default_factory=list)
    # Per connection (by its number): when its last bytes from the server passed (perf_counter).
    last_down: dict[int, float] = field(default_factory=dict)


class CountingProxy:
    """Forwards 127.0.0.1:<port> to `target` and counts what passes. `start()`/`stop()`, or use
    it as a context manager. Thread-safe counts by `counts()`."""

    def __init__(self, target_host: str, target_port: int, *, listen_port: int = 0) -> None:
        self.target = (target_host, target_port)
        self._listener = socket.create_server(("127.0.0.1", listen_port), backlog=512)
        self.port: int = self._listener.getsockname()[1]
        self._tally = _Tally()
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._open: set[socket.socket] = set()

    @classmethod
    def for_url(cls, url: str) -> CountingProxy:
        """A proxy in front of the server at `url` ("http://127.0.0.1:8123")."""
        host, _, port = url.removeprefix("http://").rstrip("/").rpartition(":")
        return cls(host, int(port))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def counts(self) -> Counts:
        t = self._tally
        with t.lock:
            return Counts(t.connections, len(t.paths), t.turns, t.up, t.down, tuple(t.paths))

    def last_answers(self) -> list[float]:
        """When the server's last bytes came on each connection (time.perf_counter(), the same
        clock in every process on Linux): a laptop's answer as it left the server, whether or
        not the laptop then had a processor to read it (they are written on by another thread)."""
        with self._tally.lock:
            return list(self._tally.last_down.values())

    def start(self) -> Self:
        thread = threading.Thread(target=self._accept, daemon=True, name="counting-proxy")
        thread.start()
        self._threads.append(thread)
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._listener.close()
        with self._tally.lock:
            socks = list(self._open)
        for sock in socks:
            _close(sock)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *_exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()

    # --- internals -----------------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            for sock in (client, upstream):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            t = self._tally
            with t.lock:
                t.connections += 1
                self._open.update((client, upstream))
            # Which way the talk went last on this connection (for `turns`).
            side = ["none"]
            reader = _RequestReader(t.paths, t.lock)
            number = t.connections
            for src, dst, up in ((client, upstream, True), (upstream, client, False)):
                threading.Thread(target=self._pump, args=(src, dst, up, side, reader, number),
                                 daemon=True, name="counting-proxy-pump").start()

    def _pump(self, src: socket.socket, dst: socket.socket, up: bool, side: list[str],
              reader: _RequestReader, number: int) -> None:
        t = self._tally
        # Towards the client the bytes are written by a thread of their own: a client slow to
        # read (a laptop process at idle priority) must not hold up reading the server's answer,
        # whose last bytes are stamped as they come (`last_answers`).
        out = None if up else _Writer(dst)
        try:
            for data in _received(src):
                if up:
                    reader.feed(data)
                with t.lock:
                    if up:
                        t.up += len(data)
                        side[0] = "up"
                    else:
                        t.down += len(data)
                        if side[0] == "up":
                            t.turns += 1
                        side[0] = "down"
                if out is None:
                    dst.sendall(data)
                else:
                    with t.lock:
                        t.last_down[number] = time.perf_counter()
                    out.put(data)
        except OSError:
            pass
        finally:
            if out is not None:
                out.close()
            # Half-close towards the other side, as the sender did; both gone: close both.
            try:
                dst.shutdown(socket.SHUT_WR)
            except OSError:
                pass
            with t.lock:
                side.append("closed")
                both = side.count("closed") == 2
                if both:
                    self._open.discard(src)
                    self._open.discard(dst)
            if both:
                _close(src)
                _close(dst)


class _Writer:
    """Writes to a socket from a queue, in a thread of its own."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._queue: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, daemon=True, name="counting-proxy-writer")
        self._thread.start()

    def put(self, data: bytes) -> None:
        self._queue.put(data)

    def close(self) -> None:
        """Everything put is written (or the socket failed) when this returns."""
        self._queue.put(None)
        self._thread.join()

    def _run(self) -> None:
        failed = False
        while (data := self._queue.get()) is not None:
            if failed:
                continue
            try:
                self._sock.sendall(data)
            except OSError:
                failed = True  # the client went away; keep draining until closed


def _received(sock: socket.socket) -> Iterator[bytes]:
    while True:
        data = sock.recv(_CHUNK)
        if not data:
            return
        yield data


def _close(sock: socket.socket) -> None:
    try:
        sock.close()
    except OSError:
        pass
