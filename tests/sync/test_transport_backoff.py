"""Transport error mapping against a real HTTP server on 127.0.0.1 answering what a broken or
foreign server might, and the backoff schedule with an injected clock and randomness."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from lpj_desktop.sync_client.api import AuthError, OfflineError, ServerError, VersionError
from lpj_desktop.sync_client.backoff import Backoff
from lpj_desktop.sync_client.transport import Transport
from sync.protocol import PROTOCOL_HEADER, ServerInfo

ANSWERS: dict[str, tuple[int, bytes]] = {
    "/api/v1/version": (200, json.dumps({
        "server_version": "1", "protocol_min": 1, "protocol_max": 1, "schema_min": 1,
        "schema_max": 1, "epoch": "e1"}).encode()),
    "/api/v1/old": (426, b'{"code": "client_too_old", "message": "oppdater"}'),
    "/api/v1/expired": (401, b'{"code": "unauthorized", "message": "token expired"}'),
    "/api/v1/html": (200, b"<html>captive portal</html>"),
    "/api/v1/wrongshape": (200, b'{"hello": 1}'),
    "/api/v1/boom": (500, b"Internal Server Error"),
    "/api/v1/gateway": (502, b"bad gateway"),
}
SEEN: list[dict[str, str]] = []


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        SEEN.append(dict(self.headers))
        if self.path.startswith("/api/v1/cut"):
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b'{"server_version": "1",')
            self.wfile.flush()
            self.connection.close()
            return
        status, body = ANSWERS.get(self.path, (404, b'{"code": "not_found", "message": "nope"}'))
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_headers_and_good_answer(server_url: str) -> None:
    info = Transport(server_url, token="t").get("/version", ServerInfo, auth=False)
    assert info.epoch == "e1"
    assert SEEN[-1][PROTOCOL_HEADER] == "1" and "Authorization" not in SEEN[-1]
    Transport(server_url, token="secret").get("/version", ServerInfo)
    assert SEEN[-1]["Authorization"] == "Bearer secret"


@pytest.mark.parametrize(("path", "kind", "words"), [
    ("/old", VersionError, "for gammel"),
    ("/expired", AuthError, "Logg inn"),
    ("/html", ServerError, "forstår"),
    ("/wrongshape", ServerError, "forstår"),
    ("/boom", ServerError, "HTTP 500"),
    ("/gateway", OfflineError, "502"),
    ("/cut", OfflineError, "brutt"),
])
def test_failures_become_error_kinds_with_words(server_url: str, path: str, kind: type,
                                                words: str) -> None:
    with pytest.raises(kind) as info:
        Transport(server_url, token="t").get(path, ServerInfo)
    assert words in str(info.value)


def test_no_server_is_offline() -> None:
    with pytest.raises(OfflineError, match="Fikk ikke kontakt"):
        Transport("http://127.0.0.1:9", token="t").get("/version", ServerInfo)


def test_no_token_is_auth_error(server_url: str) -> None:
    with pytest.raises(AuthError):
        Transport(server_url).get("/version", ServerInfo)


def test_backoff_grows_with_jitter_and_resets() -> None:
    now = [100.0]
    draws = iter([1.0, 0.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0])
    b = Backoff(base=2, factor=2, maximum=30, clock=lambda: now[0], random=lambda: next(draws))
    assert b.due()
    assert b.failed() == pytest.approx(2.0)  # cap 2, full draw
    assert not b.due() and b.remaining() == pytest.approx(2.0)
    assert b.failed() == pytest.approx(0.4)  # cap 4, lowest draw: a tenth
    delays = [b.failed() for _ in range(6)]
    assert delays[:3] == [pytest.approx(8), pytest.approx(16), pytest.approx(30)]
    assert max(delays) == pytest.approx(30)
    now[0] += 31
    assert b.due()
    b.succeeded()
    assert b.failures == 0 and b.due()
