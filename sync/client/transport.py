"""HTTP to the sync server: headers, timeouts, and every failure turned into one of the error
kinds of `sync.client.api` with a sentence the user can read.

Nothing above this module sees `requests` exceptions or raw status codes.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any, TypeVar

import requests
from pydantic import BaseModel, ValidationError
from urllib3.exceptions import ProtocolError

from lpj_desktop import __version__
from sync.client.api import AuthError, OfflineError, ServerError, SyncError, VersionError
from sync.client.messages import ErrorKind
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

def normalize_url(server_url: str) -> str:
    """The server's base address without a trailing slash; refuses what is not http(s)."""
    url = server_url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise SyncError.of(ErrorKind.BAD_URL, code="bad_url", url=server_url)
    return url


class Transport:
    """One server, one token, one `requests.Session` (kept-alive connections)."""

    def __init__(self, server_url: str, *, token: str | None = None,
                 session: requests.Session | None = None,
                 timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                 client_version: str = __version__,
                 protocol_version: int = PROTOCOL_VERSION,
                 schema_version: int = SCHEMA_VERSION) -> None:
        self.base = normalize_url(server_url)
        self.token = token
        self.session = session or requests.Session()
        self.timeout = timeout
        self.protocol_version = protocol_version
        self.headers = {
            PROTOCOL_HEADER: str(protocol_version),
            SCHEMA_HEADER: str(schema_version),
            CLIENT_VERSION_HEADER: client_version,
            "Accept": "application/json",
        }

    # --- requests ----------------------------------------------------------------------------

    def get(self, path: str, model: type[M], *, params: dict[str, Any] | None = None,
            auth: bool = True) -> M:
        response = self._send("GET", path, params=params, auth=auth)
        return self._parse(response, model)

    def post(self, path: str, body: BaseModel | None, model: type[M] | None, *,
             auth: bool = True) -> M | None:
        data = body.model_dump_json().encode() if body is not None else b"{}"
        response = self._send("POST", path, data=data, auth=auth,
                              extra={"Content-Type": "application/json"})
        return self._parse(response, model) if model is not None else None

    def stream_lines(self, path: str, *, params: dict[str, Any] | None = None) -> Iterator[bytes]:
        """The non-empty lines of a streamed (NDJSON) answer; a cut mid-stream is an OfflineError."""
        response = self._send("GET", path, params=params, auth=True, stream=True)
        try:
            for line in response.iter_lines(chunk_size=256 * 1024):
                if line:
                    yield line
        except (requests.ConnectionError, requests.Timeout,
                requests.exceptions.ChunkedEncodingError) as e:
            raise OfflineError.of(ErrorKind.OFFLINE_CUT) from e
        finally:
            response.close()

    # --- internals ---------------------------------------------------------------------------

    def _send(self, method: str, path: str, *, auth: bool, stream: bool = False,
              extra: dict[str, str] | None = None, **kwargs: Any) -> requests.Response:
        headers = dict(self.headers)
        if extra:
            headers.update(extra)
        if auth:
            if not self.token:
                raise AuthError.of(ErrorKind.NOT_LOGGED_IN, code=ErrorCode.UNAUTHORIZED.value)
            headers["Authorization"] = f"Bearer {self.token}"
        url = f"{self.base}{API_PREFIX}{path}"
        try:
            response = self.session.request(method, url, headers=headers, timeout=self.timeout,
                                            stream=stream, **kwargs)
        except requests.Timeout as e:
            raise OfflineError.of(ErrorKind.OFFLINE_TIMEOUT) from e
        except requests.exceptions.SSLError as e:
            raise ServerError.of(ErrorKind.TLS, code="tls", detail=str(e)) from e
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as e:
            cut = isinstance(e, requests.exceptions.ChunkedEncodingError) or any(
                isinstance(a, ProtocolError) for a in e.args)
            raise OfflineError.of(ErrorKind.OFFLINE_CUT if cut else ErrorKind.OFFLINE_NO_CONNECTION) from e
        except requests.RequestException as e:
            raise ServerError.of(ErrorKind.REQUEST_FAILED, detail=str(e)) from e
        if response.status_code >= 400:
            try:
                raise self._error(response)
            finally:
                response.close()
        return response

    def _error(self, response: requests.Response) -> SyncError:
        status = response.status_code
        try:
            body = ErrorBody.model_validate_json(response.content)
            code, message = str(body.code), body.message
        except (ValidationError, ValueError, requests.RequestException):
            code, message = None, ""
        log.info("server answered %s %s: %s", status, code, message)
        if code in (ErrorCode.CLIENT_TOO_OLD, ErrorCode.CLIENT_TOO_NEW) or status == 426:
            key = ErrorCode(code) if code in (ErrorCode.CLIENT_TOO_OLD, ErrorCode.CLIENT_TOO_NEW) \
                else ErrorCode.CLIENT_TOO_OLD
            params = {"detail": message} if message else {}
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

    def _parse(self, response: requests.Response, model: type[M]) -> M:
        try:
            content = response.content
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError,
                requests.Timeout) as e:
            raise OfflineError.of(ErrorKind.OFFLINE_CUT) from e
        try:
            return model.model_validate_json(content)
        except ValidationError as e:
            try:
                json.loads(content)
            except ValueError:
                # A cut answer is a network fault; other bad bodies are a server fault.
                if response.headers.get("Content-Length") and \
                        len(content) < int(response.headers["Content-Length"]):
                    raise OfflineError.of(ErrorKind.OFFLINE_CUT) from e
            raise ServerError.of(ErrorKind.BAD_BODY, code="bad_body",
                                 detail=f"{model.__name__}: {e.error_count()} feil") from e
