"""Server settings: defaults, overridden by `LPJ_*` environment variables, overridden by flags."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from sync import PROTOCOL_VERSION
from sync.entities import ORG_ATTACHMENT_QUOTA_BYTES
from sync.protocol import MAX_BODY_BYTES, SCHEMA_VERSION

APP_NAME = "lpj-server"


def default_database_url() -> str:
    """The embedded default: a SQLite file in the platform's data folder for this user."""
    folder = Path(user_data_dir(APP_NAME, appauthor=False))
    return f"sqlite:///{folder / 'server.sqlite3'}"


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """Everything the server can be told. Field `x` is read from env `LPJ_X` (upper case)."""

    database_url: str = ""
    host: str = "127.0.0.1"
    port: int = 8765
    workers: int = 1
    # Requests each worker runs at once in its thread pool; more wait their turn. Python runs
    # one thread at a time, so 40 threads (the default of the underlying anyio) only fight over
    # it: 50 clients pushing at once measured p95 1.2-1.7 s with 40, 0.76-0.93 s with 2-8.
    request_threads: int = 8
    token_days: int = 30
    max_body_bytes: int = MAX_BODY_BYTES
    protocol_min: int = PROTOCOL_VERSION
    protocol_max: int = PROTOCOL_VERSION
    schema_min: int = 1
    schema_max: int = SCHEMA_VERSION
    latest_client_version: str = ""
    client_download_url: str = ""
    # Argon2id cost. The defaults follow RFC 9106's second recommendation (64 MiB, 3 passes);
    # tests lower them so that a suite creating many users stays fast.
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65536
    # Failed logins allowed for one user name; each try after them must wait (1, 2, 4 … s).
    login_free_failures: int = 5
    login_max_delay_seconds: int = 300
    # Failed logins allowed from one client address (IPv6: its /64) within the window, whatever
    # the user names; then the same waits. Higher than per account: an office shares an address.
    login_address_free_failures: int = 20
    login_address_window_seconds: int = 3600
    # Snapshot rows fetched per database round trip (server memory stays at about one page).
    snapshot_page: int = 5000
    log_level: str = "INFO"
    # Attached files (issue 23): the folder of the files and of unfinished uploads. Default:
    # beside a SQLite database, else `files` in the platform's data folder for this user.
    files_dir: str = ""
    # The bytes an organisation's live attachments may take (the contract's value; tests lower it).
    attachment_quota_bytes: int = ORG_ATTACHMENT_QUOTA_BYTES

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or default_database_url()

    @property
    def resolved_files_dir(self) -> Path:
        """Where attached files and unfinished uploads are kept."""
        if self.files_dir:
            return Path(self.files_dir)
        url = self.resolved_database_url
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            return Path(url.removeprefix("sqlite:///")).parent / "files"
        return Path(user_data_dir(APP_NAME, appauthor=False)) / "files"

    def __post_init__(self) -> None:
        for name in ("workers", "request_threads"):
            value = getattr(self, name)
            if value < 1:
                raise ValueError(f"LPJ_{name.upper()} must be at least 1, not {value}")

    def with_overrides(self, **values: Any) -> ServerConfig:
        """A copy with the given fields replaced; `None` values (flags not given) are ignored."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def config_from_env(environ: dict[str, str] | None = None) -> ServerConfig:
    """Defaults overridden by every `LPJ_<FIELD>` set in the environment (wrong types raise)."""
    env = os.environ if environ is None else environ
    values: dict[str, object] = {}
    for f in fields(ServerConfig):
        raw = env.get(f"LPJ_{f.name.upper()}")
        if raw is None:
            continue
        try:
            values[f.name] = int(raw) if f.type in ("int", int) else raw
        except ValueError as exc:
            raise ValueError(f"LPJ_{f.name.upper()} must be a whole number, not {raw!r}") from exc
    return ServerConfig(**values)  # type: ignore[arg-type]
