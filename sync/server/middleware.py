"""ASGI middleware: the request body size limit and the structured access log (no tokens)."""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from starlette.requests import ClientDisconnect

from sync.protocol import ErrorCode

Scope = dict[str, Any]
Message = dict[str, Any]

access_log = logging.getLogger("lpj.server.access")


class BodyLimitMiddleware:
    """Refuses request bodies above `limit` bytes with 413, whether declared or streamed."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _header(scope, b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await _send_413(send, self.limit)
            return
        received = 0
        started = False
        refused = False

        async def limited_receive() -> Message:
            # Past the limit the 413 goes out at once and the app is told the client left, so
            # whatever the app answers after that is dropped (the app may be mid-parse). A
            # route reading the body itself then raises ClientDisconnect: caught below.
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    refused = True
                    if not started:
                        await _send_413(send, self.limit)
                    return {"type": "http.disconnect"}
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            if refused:
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, watched_send)
        except ClientDisconnect:
            # The disconnect the app met is the one told it above: the request was refused and
            # the 413 is sent (the access log has it). Anything else is the app's to report.
            if not refused:
                raise


class AccessLogMiddleware:
    """One JSON line per request: method, path (without query), status, duration, size, peer.

    The Authorization header and query strings are never logged.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        began = time.perf_counter()
        status = 500
        sent = 0

        async def watched_send(message: Message) -> None:
            nonlocal status, sent
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                sent += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, watched_send)
        finally:
            if access_log.isEnabledFor(logging.INFO):
                client = scope.get("client")
                access_log.info(json.dumps({
                    "method": scope.get("method"), "path": scope.get("path"), "status": status,
                    "ms": round((time.perf_counter() - began) * 1000, 1), "bytes": sent,
                    "peer": client[0] if client else None,
                    "client_version": (_header(scope, b"x-lpj-client-version") or "")[:40] or None,
                }))


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return value.decode("latin-1").strip()
    return None


async def _send_413(send: Any, limit: int) -> None:
    body = json.dumps({
        "code": ErrorCode.BODY_TOO_LARGE.value,
        "message": f"the request is larger than the server accepts ({limit} bytes); "
        "send fewer changes at once",
    }).encode()
    await send({"type": "http.response.start", "status": 413, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]})
    await send({"type": "http.response.body", "body": body})
