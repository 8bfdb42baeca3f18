"""The update notice: a real HTTP server on 127.0.0.1 plays the sync server's /api/v1/version."""

from __future__ import annotations

import json
import socket
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from lpj_desktop.services.updates import (
    UpdateCheckError,
    UpdateNotice,
    _tuple_version,
    check_for_update,
    is_newer,
)
from sync.protocol import CLIENT_VERSION_HEADER


@dataclass
class FakeVersionServer:
    """What the server answers next, and the requests it saw."""

    url: str
    status: int = 200
    body: bytes = b""
    seen: list[dict[str, str]] = field(default_factory=list)

    def announce(self, latest: str | None, download: str | None = None) -> None:
        self.status = 200
        self.body = json.dumps({
            "server_version": "0.1.0", "protocol_min": 1, "protocol_max": 1, "schema_min": 1,
            "schema_max": 1, "epoch": "e1", "latest_client_version": latest,
            "client_download_url": download,
        }).encode()


@pytest.fixture
def version_server() -> Iterator[FakeVersionServer]:
    state = FakeVersionServer(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            state.seen.append({"path": self.path, **{k: v for k, v in self.headers.items()}})
            if self.path != "/api/v1/version":
                self.send_error(404)
                return
            self.send_response(state.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(state.body)))
            self.end_headers()
            self.wfile.write(state.body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_newer_version_gives_a_notice_with_the_link(version_server: FakeVersionServer) -> None:
    version_server.announce("0.2.0", "https://lpj.example.no/download")
    notice = check_for_update(version_server.url, current="0.1.0")
    assert notice == UpdateNotice("0.1.0", "0.2.0", "https://lpj.example.no/download")
    # The server learns which version asks (it may answer "please update" on sync).
    assert version_server.seen[-1][CLIENT_VERSION_HEADER] == "0.1.0"


@pytest.mark.parametrize("latest", ["0.1.0", "0.0.9", None, "", "not-a-version"])
def test_same_older_or_no_version_gives_no_notice(version_server: FakeVersionServer,
                                                  latest: str | None) -> None:
    version_server.announce(latest, "https://lpj.example.no/download")
    assert check_for_update(version_server.url, current="0.1.0") is None


def test_a_link_that_is_not_a_web_address_is_not_offered(version_server: FakeVersionServer) -> None:
    version_server.announce("1.0.0", "file:///C:/Windows/System32/calc.exe")
    notice = check_for_update(version_server.url, current="0.1.0")
    assert notice is not None and notice.latest_version == "1.0.0" and notice.download_url is None


def test_server_error_is_reported_with_its_message(version_server: FakeVersionServer) -> None:
    version_server.status = 503
    version_server.body = json.dumps({"code": "unavailable", "message": "vedlikehold til kl 18"}).encode()
    with pytest.raises(UpdateCheckError) as excinfo:
        check_for_update(version_server.url, current="0.1.0")
    assert excinfo.value.key == "server_error"
    assert "503" in excinfo.value.detail and "vedlikehold til kl 18" in excinfo.value.detail


def test_an_answer_that_is_not_version_information_is_refused(version_server: FakeVersionServer) -> None:
    version_server.body = b"<html>captive portal login</html>"
    with pytest.raises(UpdateCheckError) as excinfo:
        check_for_update(version_server.url, current="0.1.0")
    assert excinfo.value.key == "bad_answer"


def test_unreachable_server_is_reported_not_swallowed() -> None:
    with socket.socket() as s:  # a port that was free a moment ago: nothing listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(UpdateCheckError) as excinfo:
        check_for_update(f"http://127.0.0.1:{port}", current="0.1.0", timeout=2)
    assert excinfo.value.key == "server_unreachable"


@pytest.mark.parametrize(("latest", "current", "newer"), [
    ("0.2.0", "0.1.0", True), ("0.10.0", "0.9.0", True), ("1.0", "1.0.0", False),
    ("1.0.0", "1.0.0rc1", True), ("1.0.0rc1", "1.0.0", False), ("1.0.1", "1.0.0+local", True),
    ("v2.0.0", "1.9.9", True), ("garbage", "1.0.0", False),
])
def test_version_comparison_without_packaging(monkeypatch: pytest.MonkeyPatch, latest: str, current: str,
                                              newer: bool) -> None:
    monkeypatch.setitem(sys.modules, "packaging.version", None)  # import fails: the fallback runs
    assert is_newer(latest, current) is newer


def test_fallback_agrees_with_packaging_on_plain_versions() -> None:
    pytest.importorskip("packaging.version")
    pairs = [("0.2.0", "0.1.0"), ("1.0", "1.0.0"), ("1.0.0rc1", "1.0.0"), ("2.0.1", "2.0.10")]
    for latest, current in pairs:
        fallback = _tuple_version(latest) > _tuple_version(current)  # type: ignore[operator]
        assert fallback is is_newer(latest, current), (latest, current)
