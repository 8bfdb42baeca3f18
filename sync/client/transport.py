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

OFFLINE = ("Fikk ikke kontakt med serveren ({detail}). Endringene dine er lagret på maskinen og "
           "sendes neste gang det er nett.")
VERSION_TEXT = {
    ErrorCode.CLIENT_TOO_OLD: "Denne versjonen av appen er for gammel for serveren. Oppdater appen; "
                              "endringene dine er tatt vare på og sendes etter oppdateringen.",
    ErrorCode.CLIENT_TOO_NEW: "Serveren er eldre enn denne versjonen av appen og forstår den ikke. "
                              "Be den som drifter serveren om å oppdatere den; endringene dine er "
                              "tatt vare på.",
}


def normalize_url(server_url: str) -> str:
    """The server's base address without a trailing slash; refuses what is not http(s)."""
    url = server_url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise SyncError(f"«{server_url}» er ikke en serveradresse (den skal begynne med https://).",
                        code="bad_url")
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
            raise OfflineError(OFFLINE.format(detail="forbindelsen ble brutt underveis")) from e
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
                raise AuthError("Du er ikke logget inn på serveren. Logg inn for å synkronisere.",
                                code=ErrorCode.UNAUTHORIZED.value)
            headers["Authorization"] = f"Bearer {self.token}"
        url = f"{self.base}{API_PREFIX}{path}"
        try:
            response = self.session.request(method, url, headers=headers, timeout=self.timeout,
                                            stream=stream, **kwargs)
        except requests.Timeout as e:
            raise OfflineError(OFFLINE.format(detail="serveren svarte ikke i tide")) from e
        except requests.exceptions.SSLError as e:
            raise ServerError(f"Serverens sertifikat kunne ikke kontrolleres ({e}).",
                              code="tls") from e
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as e:
            cut = isinstance(e, requests.exceptions.ChunkedEncodingError) or any(
                isinstance(a, ProtocolError) for a in e.args)
            detail = "forbindelsen ble brutt underveis" if cut else "ingen forbindelse"
            raise OfflineError(OFFLINE.format(detail=detail)) from e
        except requests.RequestException as e:
            raise ServerError(f"Forespørselen til serveren mislyktes: {e}") from e
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
            text = VERSION_TEXT[key]
            return VersionError(f"{text} ({message})" if message else text, code=key.value)
        if code == ErrorCode.BAD_CREDENTIALS:
            return AuthError("Feil brukernavn eller passord.", code=code)
        if code == ErrorCode.TOO_MANY_ATTEMPTS or status == 429:
            return AuthError("For mange forsøk på å logge inn. Vent litt og prøv igjen.", code=code)
        if status == 401 or code == ErrorCode.UNAUTHORIZED:
            return AuthError("Innloggingen er utløpt eller trukket tilbake. Logg inn på nytt; "
                             "endringene dine er tatt vare på.", code=code or "unauthorized")
        if status in (502, 503, 504):
            return OfflineError(OFFLINE.format(detail=f"serveren er ikke tilgjengelig, HTTP {status}"))
        text = message or f"HTTP {status}"
        return ServerError(f"Serveren svarte med en feil: {text}", code=code)

    def _parse(self, response: requests.Response, model: type[M]) -> M:
        try:
            content = response.content
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError,
                requests.Timeout) as e:
            raise OfflineError(OFFLINE.format(detail="svaret ble brutt underveis")) from e
        try:
            return model.model_validate_json(content)
        except ValidationError as e:
            try:
                json.loads(content)
            except ValueError:
                # A cut answer is a network fault; other bad bodies are a server fault.
                if response.headers.get("Content-Length") and \
                        len(content) < int(response.headers["Content-Length"]):
                    raise OfflineError(OFFLINE.format(detail="svaret ble brutt underveis")) from e
            raise ServerError("Serveren svarte med noe appen ikke forstår "
                              f"({model.__name__}: {e.error_count()} feil).", code="bad_body") from e
