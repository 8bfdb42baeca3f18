"""Is a newer lpj-desktop out? The server announces the newest client version and where to get it.

`GET /api/v1/version` answers a `ServerInfo` (no token needed) with `latest_client_version` and
`client_download_url`. This module compares that with the running version and returns an
`UpdateNotice` for the UI to show, or None. It never downloads or installs anything: the user
installs the new version over the old one, and the data folder (outside the install folder)
stays as it is; the store migrates itself, with a backup, on the first start of the new version.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from urllib.parse import urlparse

import requests
from pydantic import ValidationError

from lpj_desktop import __version__
from sync.protocol import API_PREFIX, CLIENT_VERSION_HEADER, ErrorBody, ServerInfo

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class UpdateNotice:
    """A newer version exists. `download_url` is None when the server gave no usable link."""

    current_version: str
    latest_version: str
    download_url: str | None


class UpdateCheckError(Exception):
    """The check could not be made. `key` names the problem for the UI to put in words."""

    def __init__(self, key: str, detail: str) -> None:
        super().__init__(detail)
        self.key = key  # "server_unreachable" | "server_error" | "bad_answer"
        self.detail = detail


_RELEASE = re.compile(r"^\s*v?(\d+(?:\.\d+)*)(.*)$")


def _tuple_version(text: str) -> tuple[tuple[int, ...], int] | None:
    """A small stand-in for packaging.version: "1.2.3" → ((1, 2, 3), 1); "1.3.0rc1" → ((1, 3), 0).

    Trailing zeros are dropped so 1.2 == 1.2.0; anything after the numbers marks a pre-release,
    which sorts before the release itself.
    """
    match = _RELEASE.match(text)
    if not match:
        return None
    numbers = [int(n) for n in match.group(1).split(".")]
    while len(numbers) > 1 and numbers[-1] == 0:
        numbers.pop()
    suffix = match.group(2).strip()
    final = 1 if not suffix or suffix.startswith("+") else 0
    return tuple(numbers), final


def is_newer(latest: str, current: str) -> bool:
    """True when `latest` is a later version than `current`. Unreadable versions are never newer."""
    try:
        from packaging.version import InvalidVersion, Version
    except ImportError:  # packaging is not a dependency of the app; use the small comparison
        new, old = _tuple_version(latest), _tuple_version(current)
        if new is None or old is None:
            log.warning("cannot compare versions %r and %r", latest, current)
            return False
        return new > old
    try:
        return Version(latest) > Version(current)
    except InvalidVersion:
        log.warning("cannot compare versions %r and %r", latest, current)
        return False


def _safe_url(url: str | None) -> str | None:
    """Only web links are offered to the user; anything else from the server is dropped."""
    if not url:
        return None
    parsed = urlparse(url.strip())
    if parsed.scheme not in ("https", "http") or not parsed.netloc:
        log.warning("ignoring a download link that is not a web address: %r", url)
        return None
    return url.strip()


def notice_from_server_info(info: ServerInfo, current: str = __version__) -> UpdateNotice | None:
    """The notice for a `ServerInfo` the app already has (the sync engine fetches it too)."""
    latest = (info.latest_client_version or "").strip()
    if not latest or not is_newer(latest, current):
        return None
    return UpdateNotice(current, latest, _safe_url(info.client_download_url))


def fetch_server_info(server_url: str, *, current: str = __version__, timeout: float = 10.0,
                      session: requests.Session | None = None) -> ServerInfo:
    """`GET /api/v1/version` on `server_url`. Raises `UpdateCheckError` with a reason."""
    url = server_url.rstrip("/") + API_PREFIX + "/version"
    http = session or requests.Session()
    try:
        response = http.get(url, headers={CLIENT_VERSION_HEADER: current}, timeout=timeout)
    except requests.RequestException as exc:
        raise UpdateCheckError("server_unreachable", f"could not reach {url}: {exc}") from exc
    finally:
        if session is None:
            http.close()
    if response.status_code != 200:
        detail = f"{url} answered HTTP {response.status_code}"
        try:
            detail += ": " + ErrorBody.model_validate_json(response.content).message
        except ValidationError:
            pass
        raise UpdateCheckError("server_error", detail)
    try:
        return ServerInfo.model_validate_json(response.content)
    except ValidationError as exc:
        raise UpdateCheckError("bad_answer", f"{url} did not answer with version information: "
                               f"{exc.error_count()} problems, first: {exc.errors()[0]['msg']}") from exc


def check_for_update(server_url: str, *, current: str = __version__, timeout: float = 10.0,
                     session: requests.Session | None = None) -> UpdateNotice | None:
    """Ask the server; an `UpdateNotice` when a newer version exists, else None.

    Raises `UpdateCheckError` when the server cannot be asked; callers running at start-up log it
    and try again later (being offline is normal for a hunter on the road).
    """
    info = fetch_server_info(server_url, current=current, timeout=timeout, session=session)
    return notice_from_server_info(info, current)
