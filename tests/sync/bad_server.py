"""A misbehaving HTTP server on 127.0.0.1: a plain socket server in a thread whose answers are
written by the test, byte by byte if need be, so it can do what no framework lets a server do —
trickle an answer one byte at a time, answer a push for other mutations, close the connection
inside its headers, promise gigabytes by Content-Length or send chunks without end.

Each route is a function of the parsed request and a `Reply` (the connection): it writes what it
likes. Connections are kept alive, as a real server keeps them, until a route closes one.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sync.protocol import SCHEMA_VERSION

API = "/api/v1"
EPOCH = "e-bad"
CURSOR = f"{EPOCH}.0"


@dataclass
class Request:
    method: str
    path: str  # without the API prefix and the query: "/version", "/sync/push"
    query: str
    headers: dict[str, str]  # names in lower case
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body or b"null")


class ClientGone(Exception):
    """The client closed its end (or the server is stopping): stop writing."""


class Reply:
    """The connection a route answers on. Writes raise ClientGone once the client is gone."""

    def __init__(self, sock: socket.socket, stopping: threading.Event) -> None:
        self.sock = sock
        self.stopping = stopping
        self.closed = False

    def send(self, data: bytes) -> None:
        if self.stopping.is_set():
            raise ClientGone()
        try:
            self.sock.sendall(data)
        except OSError as e:
            raise ClientGone() from e

    def head(self, status: int = 200, headers: dict[str, str] | None = None) -> bytes:
        lines = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in (headers or {}).items()]
        return ("\r\n".join(lines) + "\r\n\r\n").encode()

    def answer(self, body: Any, status: int = 200, headers: dict[str, str] | None = None) -> None:
        """A whole, well-formed answer (a dict or list is sent as JSON)."""
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send(self.head(status, {"Content-Type": "application/json",
                                     "Content-Length": str(len(data)), **(headers or {})}) + data)

    def trickle(self, data: bytes, every: float) -> None:
        """`data` one byte at a time, `every` seconds apart: each read gets a byte in time."""
        for i in range(len(data)):
            self.send(data[i:i + 1])
            if self.stopping.wait(every):
                raise ClientGone()

    def close(self) -> None:
        """End the connection (FIN) after what was sent."""
        self.closed = True
        try:
            self.sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass


Route = Callable[[Request, Reply], None]


def not_found(_request: Request, reply: Reply) -> None:
    reply.answer({"code": "not_found", "message": "no such route"}, status=404)


@dataclass
class BadServer:
    """Answers `routes[path]` (path without /api/v1); counts every request by path."""

    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self._stopping = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._socks: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True, name="bad-server")
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> BadServer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stopping.set()
        try:
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept (close alone does not)
        except OSError:
            pass
        self._listener.close()
        with self._lock:
            for sock in self._socks:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        self._thread.join(timeout=5)

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self._socks.append(sock)
            threading.Thread(target=self._serve, args=(sock,), daemon=True, name="bad-conn").start()

    def _serve(self, sock: socket.socket) -> None:
        reader = sock.makefile("rb")
        reply = Reply(sock, self._stopping)
        try:
            while not reply.closed and not self._stopping.is_set():
                request = _read_request(reader)
                if request is None:
                    return
                with self._lock:
                    self.requests.append(request)
                    self.counts[request.path] += 1
                try:
                    self.routes.get(request.path, not_found)(request, reply)
                except ClientGone:
                    return
        except OSError:
            return
        finally:
            reader.close()
            sock.close()


def _read_request(reader: Any) -> Request | None:
    line = reader.readline()
    if not line.strip():
        return None
    method, target, _version = line.decode("latin-1").split(" ", 2)
    headers: dict[str, str] = {}
    while True:
        h = reader.readline()
        if h in (b"\r\n", b"\n", b""):
            break
        name, _, value = h.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    body = reader.read(int(headers.get("content-length", "0") or 0))
    path, _, query = target.partition("?")
    if path.startswith(API):
        path = path[len(API):]
    return Request(method, path, query, headers, body)


# --- answers a route may give ----------------------------------------------------------------------


def server_info(epoch: str = EPOCH) -> dict[str, Any]:
    return {"server_version": "bad", "protocol_min": 1, "protocol_max": 1, "schema_min": 1,
            "schema_max": SCHEMA_VERSION, "epoch": epoch}


def version_ok(_request: Request, reply: Reply) -> None:
    reply.answer(server_info())


def pull_nothing(_request: Request, reply: Reply) -> None:
    reply.answer({"epoch": EPOCH, "changes": [], "cursor": CURSOR, "more": False})


def push_applied(request: Request, reply: Reply) -> None:
    """What a good server answers: every mutation applied, in order."""
    ids = [m["id"] for m in request.json()["mutations"]]
    reply.answer({"epoch": EPOCH, "last_mutation_id": max(ids, default=0),
                  "results": [{"id": i, "status": "applied", "version": 1} for i in ids]})


def trickled(body: bytes, every: float) -> Route:
    """The whole answer, headers and all, one byte every `every` seconds."""

    def route(_request: Request, reply: Reply) -> None:
        data = reply.head(200, {"Content-Type": "application/json",
                                "Content-Length": str(len(body))}) + body
        reply.trickle(data, every)

    return route


def cut_in_headers(_request: Request, reply: Reply) -> None:
    """The status line and half the headers, then the connection is closed."""
    reply.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Len")
    reply.close()


def endless(chunked: bool, *, status: int = 200, declared: int = 3 * 1024**3,
            stop_after: int = 100 * 1024**2, sent: list[int] | None = None) -> Route:
    """A JSON answer that does not end: a Content-Length of `declared` bytes (3 GB), or chunked,
    and bytes for as long as the client reads them, up to `stop_after` (then the connection is
    closed, so a client that reads everything still ends). `sent` gets the bytes sent."""

    def route(_request: Request, reply: Reply) -> None:
        headers = {"Content-Type": "application/json"}
        if chunked:
            headers["Transfer-Encoding"] = "chunked"
        else:
            headers["Content-Length"] = str(declared)
        reply.send(reply.head(status, headers))
        piece = b'{"epoch": "' + b"x" * (256 * 1024)
        total = 0
        try:
            while total < stop_after:
                reply.send(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
                total += len(piece)
                piece = b"x" * (256 * 1024)
        finally:
            if sent is not None:
                sent.append(total)
        reply.close()

    return route


SNAPSHOT_HEADER = json.dumps({"kind": "header", "epoch": EPOCH, "cursor": CURSOR,
                              "estimated_count": 1}).encode() + b"\n"


def chunk(data: bytes) -> bytes:
    """`data` as one chunk of a chunked answer."""
    return b"%x\r\n%s\r\n" % (len(data), data)


def stream_head(reply: Reply) -> None:
    reply.send(reply.head(200, {"Content-Type": "application/x-ndjson",
                                "Transfer-Encoding": "chunked"}))


def stalled_stream(every: float, bytes_: int = 10**9) -> Route:
    """A snapshot that starts well (its header line at once) and then gives a byte every `every`
    seconds: each read gets something in time, but nothing useful ever comes."""

    def route(_request: Request, reply: Reply) -> None:
        stream_head(reply)
        reply.send(chunk(SNAPSHOT_HEADER))
        for _ in range(bytes_):
            reply.send(chunk(b" "))
            if reply.stopping.wait(every):
                raise ClientGone()

    return route


def snapshot(lines: list[bytes]) -> Route:
    """A whole snapshot at once: the header, `lines`, the end line."""

    def route(_request: Request, reply: Reply) -> None:
        stream_head(reply)
        end = json.dumps({"kind": "end", "count": len(lines)}).encode() + b"\n"
        reply.send(chunk(SNAPSHOT_HEADER + b"".join(line + b"\n" for line in lines) + end))
        reply.send(b"0\r\n\r\n")

    return route


def endless_line(stop_after: int = 40 * 1024**2, sent: list[int] | None = None) -> Route:
    """A snapshot whose second line never ends (up to `stop_after` bytes, then closed)."""

    def route(_request: Request, reply: Reply) -> None:
        stream_head(reply)
        reply.send(chunk(SNAPSHOT_HEADER + b'{"entity": "company", "fields": {"name": "'))
        total = 0
        try:
            while total < stop_after:
                reply.send(chunk(b"x" * (256 * 1024)))
                total += 256 * 1024
        finally:
            if sent is not None:
                sent.append(total)
        reply.close()

    return route


def wait_until(condition: Callable[[], bool], timeout: float) -> bool:
    """Poll `condition` until it holds or `timeout` seconds pass."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.02)
    return condition()
