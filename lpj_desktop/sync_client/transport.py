"""HTTP to the sync server: headers, timeouts, and every failure turned into one of the error
kinds of `lpj_desktop.sync_client.api` with a sentence the user can read.

Nothing above this module sees `requests` exceptions or raw status codes.

A server must not be able to hold the app, whatever it sends. The per-read timeout alone does not
do that: a server giving a byte every few seconds never trips it (a `/version` answer sent one byte
at a time kept `lpj sync` waiting 260 s). So every request is watched from a thread of its own
(`_Watch`): an answer has an overall deadline, from the request's first byte to the answer's last;
a stream (the snapshot), which is legitimately long, must instead keep bringing bytes at a minimum
rate; and a cancel takes effect within a fraction of a second. To stop a request the watch shuts its
socket down, which wakes the read or write blocked in it. No answer is read into memory beyond a
limit, and one cut inside its headers is a cut, not a strange answer.
"""

from __future__ import annotations

import http.client
import json
import logging
import os
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

import requests
import urllib3
from pydantic import BaseModel, ValidationError
from requests.adapters import HTTPAdapter
from urllib3.exceptions import ProtocolError

from lpj_desktop import __version__
from lpj_desktop.sync_client.api import (
    AuthError,
    CancelCheck,
    OfflineError,
    ServerError,
    SyncCancelled,
    SyncError,
    VersionError,
)
from lpj_desktop.sync_client.messages import ErrorKind
from sync.protocol import (
    API_PREFIX,
    CLIENT_VERSION_HEADER,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    SCHEMA_HEADER,
    SCHEMA_VERSION,
    ErrorBody,
    ErrorCode,
)

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

# (connect, read): a dead network is noticed in seconds; a slow big page still gets its time.
DEFAULT_TIMEOUT = (5.0, 60.0)

MB = 1024 * 1024
# The most of one answer (not a stream) the app reads. A pull page holds at most MAX_PULL_LIMIT
# (5000) records and the app asks for DEFAULT_PULL_LIMIT (1000); a push answer at most
# MAX_MUTATIONS_PER_PUSH (1000) results. Records are a few hundred bytes to a few KB, so a real
# answer is a few MB: 64 MB leaves 64 KB a record and still keeps a server from filling memory.
MAX_ANSWER_BYTES = 64 * MB
# One line of a stream (one snapshot record): far above any record, far below the memory.
MAX_LINE_BYTES = 16 * MB
# An error body is one short sentence; more is not worth reading.
MAX_ERROR_BYTES = 1 * MB
_CHUNK = 64 * 1024
_STREAM_CHUNK = 256 * 1024
# A file's stream is read in small pieces: a read waits until its piece is full, and a cut loses
# the piece being filled (256 KB pieces cost a third more bytes on a link cut every 1.5 s).
_FILE_CHUNK = 16 * 1024


@dataclass(frozen=True, slots=True)
class Deadlines:
    """How long a server may take, beyond the per-read timeout.

    `answer`: a whole answer (or a stream's headers), from sending the request to its last byte,
    plus the time `min_rate` (bytes a second) gives the request's body and the answer's declared
    length: a push of 6 MB or a pull page of a few MB still gets its time over a poor mobile link
    (128 kbit/s), while a short answer sent a byte at a time is stopped after `answer` seconds.
    `stall` and `progress_bytes`: a stream has no total deadline (a first sync of a million
    records takes minutes) but must bring `progress_bytes` within every `stall` seconds spent
    waiting for it; time the app spends writing what came does not count.
    `tick`: how often the watch looks, so how late a deadline or a cancel may take effect.
    """

    answer: float = 120.0
    min_rate: float = 16 * 1024
    stall: float = 60.0
    progress_bytes: int = 64 * 1024
    tick: float = 0.25


DEFAULT_DEADLINES = Deadlines()
CANCELLED, DEADLINE, STALLED = "cancelled", "deadline", "stalled"


def normalize_url(server_url: str) -> str:
    """The server's base address without a trailing slash; refuses what is not http(s)."""
    url = server_url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise SyncError.of(ErrorKind.BAD_URL, code="bad_url", url=server_url)
    return url


# --- the watch -------------------------------------------------------------------------------------


class _Watcher:
    """The one thread that looks after every running request's `_Watch`, each every
    `deadlines.tick`. A thread started per request cost each request the wait for a new thread to
    be scheduled, milliseconds on a busy machine; this one is started once (again in a forked
    child, where it does not exist) and sleeps while no request runs."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._due_at: dict[_Watch, float] = {}
        self._thread: threading.Thread | None = None
        self._pid = os.getpid()

    def add(self, watch: _Watch) -> None:
        with self._lock:
            if self._pid != os.getpid():  # a forked child: the parent's thread is not here
                self._thread, self._pid = None, os.getpid()
            self._due_at[watch] = time.monotonic() + watch.deadlines.tick
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, daemon=True, name="lpj-sync-watch")
                self._thread.start()
            self._changed.notify()

    def remove(self, watch: _Watch) -> None:
        with self._lock:
            self._due_at.pop(watch, None)

    def _run(self) -> None:
        due: list[_Watch] = []
        while True:
            with self._lock:
                for watch in due:  # checked since the last pass: next look one tick on
                    if watch in self._due_at:
                        self._due_at[watch] = time.monotonic() + watch.deadlines.tick
                now = time.monotonic()
                due = [w for w, at in self._due_at.items() if at <= now]
                if not due:
                    soonest = min(self._due_at.values(), default=None)
                    self._changed.wait(None if soonest is None else max(0.0, soonest - now))
                    continue
            for watch in due:  # outside the lock: a cancel check is the caller's code
                reason = watch._due()
                if reason is not None:
                    watch._fire(reason)
                    self.remove(watch)


_WATCHER = _Watcher()


class _Watch:
    """One request's guard, looked after by the watcher thread (`_Watcher`): when the deadline
    passes, a stream stops making progress or the caller cancels, it shuts the request's socket
    down. That wakes the read (or write) blocked in it at once; the request fails and `reason`
    says why."""

    def __init__(self, deadlines: Deadlines, cancelled: CancelCheck | None, *, sending: int = 0) -> None:
        self.deadlines = deadlines
        self.cancelled = cancelled
        self.reason: str | None = None
        self._lock = threading.Lock()
        self._socks: list[socket.socket] = []
        self._done = False
        self._deadline: float | None = time.monotonic() + deadlines.answer + sending / deadlines.min_rate
        # A stream's progress: seconds spent waiting since the last `progress_bytes`, and since
        # when the reader waits now (None while the app works on what came).
        self._waited = 0.0
        self._reading_since: float | None = None
        self._bytes = 0
        _WATCHER.add(self)

    def attach(self, sock: Any) -> None:
        """Watch this connection. The watch keeps a duplicate of the socket's handle: shutting
        the duplicate down stops the connection, and the watch can close it when done without
        touching the connection, or a handle the system has since given to someone else."""
        try:
            dup = socket.socket(sock.family, sock.type, sock.proto, fileno=socket.dup(sock.fileno()))
        except (OSError, ValueError, AttributeError):
            # Not a plain socket (a TLS-in-TLS proxy tunnel): the per-read timeout still holds,
            # and the watch's verdict is checked whenever a chunk of the answer arrives.
            log.debug("sync watch: cannot watch %r", sock, exc_info=True)
            return
        with self._lock:
            if self._done:
                dup.close()
                return
            self._socks.append(dup)
            if self.reason is not None:
                _shut(dup)

    def expect(self, length: int) -> None:
        """The answer says it holds `length` bytes: give them their time at the minimum rate."""
        with self._lock:
            if self._deadline is not None:
                self._deadline += length / self.deadlines.min_rate

    def streaming(self) -> None:
        """The headers of a stream are in: from now on the minimum rate counts, not the deadline."""
        with self._lock:
            self._deadline = None
            self._waited, self._bytes, self._reading_since = 0.0, 0, None

    def resume(self) -> None:
        """The reader waits for the stream again."""
        with self._lock:
            self._reading_since = time.monotonic()

    def pause(self) -> None:
        """The reader got something and works on it: that time is not the server's."""
        with self._lock:
            if self._reading_since is not None:
                self._waited += time.monotonic() - self._reading_since
                self._reading_since = None

    def received(self, count: int) -> None:
        """`count` bytes of the stream arrived."""
        with self._lock:
            self._bytes += count
            if self._bytes >= self.deadlines.progress_bytes:
                self._bytes, self._waited = 0, 0.0
                if self._reading_since is not None:
                    self._reading_since = time.monotonic()

    def finish(self) -> None:
        """The request is over: stop watching and let the duplicate handles go."""
        _WATCHER.remove(self)
        with self._lock:
            self._done = True
            socks, self._socks = self._socks, []
            for sock in socks:
                sock.close()

    def error(self) -> Exception:
        """What the request ends with now that the watch stopped it."""
        if self.reason == CANCELLED:
            return SyncCancelled()
        return OfflineError.of(ErrorKind.OFFLINE_SLOW)

    def _due(self) -> str | None:
        if self.cancelled is not None:
            try:
                if self.cancelled():
                    return CANCELLED
            except Exception:  # noqa: BLE001 — a broken check must not stop the watch itself
                log.exception("sync watch: the cancel check failed")
        now = time.monotonic()
        with self._lock:
            if self._deadline is not None:
                return DEADLINE if now >= self._deadline else None
            waited = self._waited + (now - self._reading_since if self._reading_since is not None else 0.0)
            return STALLED if waited >= self.deadlines.stall else None

    def _fire(self, reason: str) -> None:
        with self._lock:
            if self._done:
                return
            self.reason = reason
            for sock in self._socks:
                _shut(sock)
        log.info("sync: request stopped (%s)", reason)


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        # Already closed by the other side: nothing is blocked in it any more.
        log.debug("sync watch: shutdown of a closed connection", exc_info=True)


# The watch of the request this thread is making, for the connections it opens or reuses.
_current = threading.local()


def _attach(sock: Any) -> None:
    watch: _Watch | None = getattr(_current, "watch", None)
    if watch is not None and sock is not None:
        watch.attach(sock)


class HeadersCut(http.client.HTTPException):
    """The connection closed inside an answer's headers."""


class _HeaderEnd:
    """The response's reader while its headers are read: notes whether they ended at the end of
    the connection rather than at their blank line (http.client takes both as the end)."""

    def __init__(self, fp: Any) -> None:
        self.fp = fp
        self.last: bytes | None = None

    def readline(self, limit: int = -1) -> bytes:
        self.last = self.fp.readline(limit)
        return self.last

    def __getattr__(self, name: str) -> Any:
        return getattr(self.fp, name)


class _CheckedResponse(http.client.HTTPResponse):
    """An answer whose headers must end with their blank line: one cut inside them is a network
    cut (OfflineError), not an answer with half its headers and no body (it was taken for a
    server fault and not tried again)."""

    def begin(self) -> None:
        if self.headers is not None:
            return
        reader = _HeaderEnd(self.fp)
        self.fp = reader  # type: ignore[assignment]
        try:
            super().begin()
        finally:
            if self.fp is reader:
                self.fp = reader.fp
        if reader.last == b"":
            raise HeadersCut("the connection closed inside the answer's headers")


class _WatchedHTTPConnection(urllib3.connection.HTTPConnection):
    response_class = _CheckedResponse

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        _attach(sock)  # before TLS and any proxy tunnel: a slow handshake is watched too
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        _attach(self.sock)  # a kept-alive connection, opened for an earlier request
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(urllib3.connection.HTTPSConnection):
    response_class = _CheckedResponse

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        _attach(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        _attach(self.sock)
        super().request(*args, **kwargs)


class _WatchedHTTPPool(urllib3.HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class WatchedAdapter(HTTPAdapter):
    """requests' adapter with connections the request's watch can stop (proxies included)."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(_POOLS)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if not proxy.lower().startswith("socks"):  # SOCKS pools are its own; only reads are checked
            manager.pool_classes_by_scheme = dict(_POOLS)
        return manager


# --- the transport ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RawAnswer:
    """A file route's answer: its status, headers (case as sent) and body."""

    status: int
    headers: dict[str, str]
    content: bytes

    def header(self, name: str) -> str | None:
        """A header's value, whatever its case."""
        wanted = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == wanted), None)


@dataclass(frozen=True, slots=True)
class StreamedAnswer:
    """A file route's answer read as it comes: status, headers (case as sent), and `chunks`, an
    iterator of the body's bytes that raises OfflineError at a cut (what came before it stays
    with the reader)."""

    status: int
    headers: dict[str, str]
    chunks: Iterator[bytes]

    def header(self, name: str) -> str | None:
        """A header's value, whatever its case."""
        wanted = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == wanted), None)


class Transport:
    """One server, one token, one `requests.Session` (kept-alive connections). The session is
    given connections that each request's watch can stop (`WatchedAdapter`)."""

    def __init__(self, server_url: str, *, token: str | None = None,
                 session: requests.Session | None = None,
                 timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                 deadlines: Deadlines | None = None,
                 max_answer_bytes: int = MAX_ANSWER_BYTES,
                 client_version: str = __version__,
                 protocol_version: int = PROTOCOL_VERSION,
                 schema_version: int = SCHEMA_VERSION) -> None:
        self.base = normalize_url(server_url)
        self.token = token
        self.session = session or requests.Session()
        for prefix in ("http://", "https://"):
            if not isinstance(self.session.get_adapter(prefix), WatchedAdapter):
                self.session.mount(prefix, WatchedAdapter())
        self.timeout = timeout
        self.deadlines = deadlines or DEFAULT_DEADLINES
        self.max_answer_bytes = max_answer_bytes
        # Asked every `deadlines.tick` while a request runs; the engine sets it for a sync.
        self.cancelled: CancelCheck | None = None
        self.protocol_version = protocol_version
        self.headers = {
            PROTOCOL_HEADER: str(protocol_version),
            SCHEMA_HEADER: str(schema_version),
            CLIENT_VERSION_HEADER: client_version,
            "Accept": "application/json",
        }
        # The headers of the last whole answer read by get/post (a push answer's witness).
        self.last_headers: Mapping[str, str] = {}

    # --- requests ----------------------------------------------------------------------------

    def get(self, path: str, model: type[M], *, params: dict[str, Any] | None = None,
            auth: bool = True, headers: dict[str, str] | None = None) -> M:
        """GET `path` and read its answer as `model`. Raises the SyncError kinds (SyncCancelled
        when the cancel check stopped it). The answer's headers are in `last_headers`."""
        content, declared = self._fetch("GET", path, params=params, auth=auth, extra=headers)
        return self._parse(content, declared, model)

    def post(self, path: str, body: BaseModel | None, model: type[M] | None, *,
             auth: bool = True, headers: dict[str, str] | None = None) -> M | None:
        """POST `body` as JSON to `path` and read the answer as `model` (None: not read). The
        answer's headers are in `last_headers`."""
        data = body.model_dump_json().encode() if body is not None else b"{}"
        return self.post_json(path, data, model, auth=auth, headers=headers)

    def post_json(self, path: str, data: bytes, model: type[M] | None, *,
                  auth: bool = True, headers: dict[str, str] | None = None) -> M | None:
        """`post` with a body already written as JSON bytes (a push, written by hand from the
        outbox's stored JSON: a thousand pydantic models cost more than the rest of a batch)."""
        content, declared = self._fetch("POST", path, data=data, auth=auth,
                                        extra={"Content-Type": "application/json", **(headers or {})})
        return self._parse(content, declared, model) if model is not None else None

    def exchange(self, method: str, path: str, *, data: bytes | None = None,
                 extra: dict[str, str] | None = None, limit: int | None = None) -> RawAnswer:
        """A request whose answer is bytes and headers, not a protocol body (the file routes:
        tus uploads, downloads), under the same watch and error kinds as the others."""
        watch = _Watch(self.deadlines, self.cancelled, sending=len(data or b""))
        try:
            response = self._send(method, path, watch, data=data, auth=True, extra=extra)
            try:
                content = b"" if method == "HEAD" else self._read(
                    response, watch, self.max_answer_bytes if limit is None else limit)
            finally:
                response.close()
        finally:
            watch.finish()
        if watch.reason is not None:
            raise watch.error()
        return RawAnswer(response.status_code, dict(response.headers), content)

    @contextmanager
    def stream(self, method: str, path: str, *, data: bytes | None = None,
               extra: dict[str, str] | None = None) -> Iterator[StreamedAnswer]:
        """A file route's answer as a stream (many thumbnails, an original): no deadline for the
        whole, but it must keep bringing bytes (`Deadlines.stall`), and a cut keeps what came."""
        watch = _Watch(self.deadlines, self.cancelled, sending=len(data or b""))
        try:
            response = self._send(method, path, watch, data=data, auth=True, extra=extra)
            try:
                watch.streaming()
                yield StreamedAnswer(response.status_code, dict(response.headers),
                                     self._chunks(response, watch, _FILE_CHUNK))
            finally:
                response.close()
        finally:
            watch.finish()

    def stream_lines(self, path: str, *, params: dict[str, Any] | None = None) -> Iterator[bytes]:
        """The non-empty lines of a streamed (NDJSON) answer; a cut mid-stream is an OfflineError,
        and so is a stream that stops making progress; a line over MAX_LINE_BYTES a ServerError."""
        watch = _Watch(self.deadlines, self.cancelled)
        try:
            response = self._send("GET", path, watch, params=params, auth=True)
            try:
                watch.streaming()
                yield from self._lines(response, watch)
            finally:
                response.close()
        finally:
            watch.finish()

    # --- internals ---------------------------------------------------------------------------

    def _fetch(self, method: str, path: str, **kwargs: Any) -> tuple[bytes, str | None]:
        """A whole answer under the deadline: its body and its declared Content-Length."""
        watch = _Watch(self.deadlines, self.cancelled, sending=len(kwargs.get("data") or b""))
        try:
            response = self._send(method, path, watch, **kwargs)
            try:
                content = self._read(response, watch, self.max_answer_bytes)
            finally:
                response.close()
        finally:
            watch.finish()
        if watch.reason is not None:
            # Stopped, though the read ended cleanly: a shut-down socket reads as the end of an
            # answer that had no length, so what was read is not the whole answer.
            raise watch.error()
        self.last_headers = response.headers
        return content, response.headers.get("Content-Length")

    def _send(self, method: str, path: str, watch: _Watch, *, auth: bool,
              extra: dict[str, str] | None = None, **kwargs: Any) -> requests.Response:
        headers = dict(self.headers)
        if extra:
            headers.update(extra)
        if auth:
            if not self.token:
                raise AuthError.of(ErrorKind.NOT_LOGGED_IN, code=ErrorCode.UNAUTHORIZED.value)
            headers["Authorization"] = f"Bearer {self.token}"
        url = f"{self.base}{API_PREFIX}{path}"
        _current.watch = watch
        try:
            # Always streamed: the body is read here, counted, under the watch.
            response = self.session.request(method, url, headers=headers, timeout=self.timeout,
                                            stream=True, **kwargs)
        except requests.RequestException as e:
            raise self._failure(e, watch) from e
        finally:
            _current.watch = None
        if response.status_code >= 400:
            try:
                raise self._error(response, watch)
            finally:
                response.close()
        return response

    def _failure(self, e: requests.RequestException, watch: _Watch, *,
                 in_body: bool = False) -> Exception:
        """The error kind of a failed request (or of a failed read of its body)."""
        if watch.reason is not None:
            return watch.error()
        if isinstance(e, requests.exceptions.SSLError):
            return ServerError.of(ErrorKind.TLS, code="tls", detail=str(e))
        if isinstance(e, requests.exceptions.ContentDecodingError):
            return ServerError.of(ErrorKind.BAD_BODY, code="bad_body", detail=str(e))
        if in_body and isinstance(e, requests.ConnectionError | requests.Timeout
                                  | requests.exceptions.ChunkedEncodingError):
            return OfflineError.of(ErrorKind.OFFLINE_CUT)
        if isinstance(e, requests.Timeout):
            return OfflineError.of(ErrorKind.OFFLINE_TIMEOUT)
        if isinstance(e, requests.ConnectionError | requests.exceptions.ChunkedEncodingError):
            cut = isinstance(e, requests.exceptions.ChunkedEncodingError) or any(
                isinstance(a, ProtocolError) for a in e.args)
            return OfflineError.of(ErrorKind.OFFLINE_CUT if cut else ErrorKind.OFFLINE_NO_CONNECTION)
        return ServerError.of(ErrorKind.REQUEST_FAILED, detail=str(e))

    def _too_big(self, limit: int) -> SyncError:
        log.warning("sync: an answer over %d bytes was refused", limit)
        return ServerError.of(ErrorKind.ANSWER_TOO_BIG, code="answer_too_big",
                              limit=max(1, limit // MB))

    def _read(self, response: requests.Response, watch: _Watch, limit: int) -> bytes:
        """The body, refused (ServerError) past `limit` bytes before more is read: a declared
        length over it is not read at all, and bytes are counted as they come (chunked)."""
        declared = response.headers.get("Content-Length", "").strip()
        if declared.isdigit():
            if int(declared) > limit:
                raise self._too_big(limit)
            watch.expect(int(declared))
        parts: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_content(_CHUNK):
                if watch.reason is not None:  # where the socket could not be shut down
                    raise watch.error()
                size += len(chunk)
                if size > limit:
                    raise self._too_big(limit)
                parts.append(chunk)
        except requests.RequestException as e:
            raise self._failure(e, watch, in_body=True) from e
        return b"".join(parts)

    def _chunks(self, response: requests.Response, watch: _Watch,
                size_each: int = _STREAM_CHUNK) -> Iterator[bytes]:
        """A streamed body's chunks as they come, under the watch's progress rule; a cut, or an
        answer shorter than its declared length, is an OfflineError."""
        chunks = response.iter_content(size_each)
        declared = response.headers.get("Content-Length", "").strip()
        size = 0
        while True:
            watch.resume()
            try:
                chunk = next(chunks, None)
            except requests.RequestException as e:
                raise self._failure(e, watch, in_body=True) from e
            finally:
                watch.pause()
            if watch.reason is not None:
                raise watch.error()  # a shut-down socket may read as a clean end
            if chunk is None:
                if declared.isdigit() and size < int(declared):
                    raise OfflineError.of(ErrorKind.OFFLINE_CUT)
                return
            size += len(chunk)
            watch.received(len(chunk))
            yield chunk

    def _lines(self, response: requests.Response, watch: _Watch) -> Iterator[bytes]:
        pending: list[bytes] = []  # the start of a line not ended yet
        pending_size = 0
        for chunk in self._chunks(response, watch):
            if b"\n" not in chunk:
                pending.append(chunk)
                pending_size += len(chunk)
                if pending_size > MAX_LINE_BYTES:
                    raise self._too_big(MAX_LINE_BYTES)
                continue
            parts = chunk.split(b"\n")
            if pending:
                parts[0] = b"".join(pending) + parts[0]
            tail = parts.pop()
            pending, pending_size = ([tail], len(tail)) if tail else ([], 0)
            for line in parts:
                if line and line != b"\r":
                    yield line
        if pending_size:
            yield b"".join(pending)  # no newline at the end: the reader decides whether it is whole

    def _error(self, response: requests.Response, watch: _Watch) -> Exception:
        status = response.status_code
        try:
            content = self._read(response, watch, MAX_ERROR_BYTES)
        except SyncError as e:
            log.info("server answered %s; its error body could not be read: %s", status, e)
            content = b""
        if watch.reason is not None:
            return watch.error()
        try:
            body = ErrorBody.model_validate_json(content)
            code, message, detail = str(body.code), body.message, body.detail or {}
        except ValueError:  # pydantic's ValidationError is one too
            code, message, detail = None, "", {}
        log.info("server answered %s %s: %s", status, code, message)
        if code in (ErrorCode.CLIENT_TOO_OLD, ErrorCode.CLIENT_TOO_NEW) or status == 426:
            key = ErrorCode(code) if code in (ErrorCode.CLIENT_TOO_OLD, ErrorCode.CLIENT_TOO_NEW) \
                else ErrorCode.CLIENT_TOO_OLD
            params = {"detail": message} if message else {}
            link = detail.get("download_url")
            if isinstance(link, str) and link.startswith(("http://", "https://")):
                params["download_url"] = link
            return VersionError.of(key.value, code=key.value, **params)
        if code == ErrorCode.BAD_CREDENTIALS:
            return AuthError.of(ErrorKind.BAD_CREDENTIALS, code=code)
        if code == ErrorCode.TOO_MANY_ATTEMPTS or status == 429:
            return AuthError.of(ErrorKind.TOO_MANY_ATTEMPTS, code=code)
        if status == 401 or code == ErrorCode.UNAUTHORIZED:
            return AuthError.of(ErrorKind.UNAUTHORIZED, code=code or "unauthorized")
        if status in (502, 503, 504):
            return OfflineError.of(ErrorKind.OFFLINE_UNAVAILABLE, status=status)
        return ServerError.of(ErrorKind.SERVER_ERROR, code=code, detail=message or f"HTTP {status}")

    def _parse(self, content: bytes, declared: str | None, model: type[M]) -> M:
        try:
            return model.model_validate_json(content)
        except ValidationError as e:
            try:
                json.loads(content)
            except ValueError:
                # A cut answer is a network fault; other bad bodies are a server fault.
                if declared and declared.strip().isdigit() and len(content) < int(declared):
                    raise OfflineError.of(ErrorKind.OFFLINE_CUT) from e
            raise ServerError.of(ErrorKind.BAD_BODY, code="bad_body",
                                 detail=f"{model.__name__}: {e.error_count()} feil") from e
