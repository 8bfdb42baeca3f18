"""Connections are served with Nagle's algorithm off, also on the socket uvicorn binds for workers."""

from __future__ import annotations

import asyncio
import socket
import threading
import time

import httpx
import pytest
import uvicorn
from uvicorn.protocols.http.auto import AutoHTTPProtocol

from sync.server.http_protocol import NoDelayHTTPProtocol


async def _hello(scope, receive, send):  # type: ignore[no-untyped-def]
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"hei"})


def _nodelay_seen(protocol: type[asyncio.Protocol]) -> int:
    """Serve one request as `uvicorn serve --workers N` does; TCP_NODELAY of the accepted socket."""
    seen: list[int] = []

    class Recording(protocol):  # type: ignore[valid-type,misc]
        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            sock = transport.get_extra_info("socket")
            seen.append(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))

    config = uvicorn.Config(_hello, host="127.0.0.1", port=0, http=Recording, log_level="warning",
                            lifespan="off")
    sock = config.bind_socket()  # what the multi-worker supervisor hands each worker
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started:
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.02)
        port = sock.getsockname()[1]
        assert httpx.get(f"http://127.0.0.1:{port}/", timeout=5).text == "hei"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
    assert seen
    return seen[0]


def test_worker_connections_have_nagle_off() -> None:
    assert _nodelay_seen(NoDelayHTTPProtocol) != 0


@pytest.mark.skipif(not hasattr(socket, "TCP_NODELAY"), reason="no TCP_NODELAY")
def test_uvicorns_own_protocol_leaves_it_on_there() -> None:
    """Why the subclass exists. uvicorn 0.55 turns Nagle off itself: the subclass stays for the
    older versions pyproject.toml allows, and can go once the floor is raised past them."""
    if _nodelay_seen(AutoHTTPProtocol) != 0:
        pytest.skip(f"uvicorn {uvicorn.__version__} turns Nagle off itself (NoDelayHTTPProtocol not needed)")


def test_each_worker_runs_as_many_requests_at_once_as_configured(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import anyio.to_thread
    from fastapi.testclient import TestClient

    from sync.server.app import create_app
    from sync.server.config import ServerConfig

    config = ServerConfig(database_url=f"sqlite:///{tmp_path / 's.sqlite3'}", request_threads=3)
    from sync.server.db import Database
    from sync.server.migrate import upgrade

    db = Database(config.resolved_database_url)
    upgrade(db)
    with TestClient(create_app(config, db)) as client:
        tokens = client.portal.call(lambda: anyio.to_thread.current_default_thread_limiter().total_tokens)
    assert tokens == 3


def test_a_worker_with_no_request_threads_is_refused_in_words() -> None:
    import pytest

    from sync.server.config import config_from_env

    with pytest.raises(ValueError, match="LPJ_REQUEST_THREADS must be at least 1, not 0"):
        config_from_env({"LPJ_REQUEST_THREADS": "0"})
    with pytest.raises(ValueError, match="LPJ_WORKERS must be at least 1"):
        config_from_env({"LPJ_WORKERS": "-2"})
