"""A real sync server on 127.0.0.1 (uvicorn in a thread, SQLite by default), users on it, and
clients: real local stores in temp folders with a SyncEngine each. Fixtures: conftest.py."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import requests
import uvicorn

from lpj_desktop.paths import app_paths
from lpj_desktop.store.database import Store, open_store
from lpj_desktop.sync_client.engine import SyncEngine
from sync.server.app import create_app
from sync.server.auth import Passwords
from sync.server.config import ServerConfig
from sync.server.db import Database
from sync.server.meta import ensure_epoch, start_new_epoch
from sync.server.migrate import upgrade
from sync.server.users import create_user

if TYPE_CHECKING:
    from bench.pg_cluster import PgCluster

ORG = "Opplæringskontoret Nord"
PASSWORD = "hemmelig-passord"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LiveServer:
    """The server on a fixed port, restartable on the same database (or on a restored copy)."""

    db_file: Path
    # Another database than the SQLite file (a PostgreSQL test database): backup/restore then
    # need the cluster it lives on (they copy databases with CREATE DATABASE … TEMPLATE).
    database_url: str | None = None
    cluster: PgCluster | None = None
    port: int = field(default_factory=free_port)
    config: ServerConfig = field(init=False)
    db: Database = field(init=False)
    _server: uvicorn.Server | None = None
    _thread: threading.Thread | None = None
    _copies: dict[Path, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.config = ServerConfig(database_url=self.database_url or f"sqlite:///{self.db_file}",
                                   port=self.port,
                                   argon2_time_cost=1, argon2_memory_kib=1024,
                                   login_free_failures=1000,
                                   files_dir=str(self.db_file.parent / "files"))
        self._open_db()

    def _open_db(self) -> None:
        self.db = Database(self.config.database_url)
        upgrade(self.db)
        ensure_epoch(self.db)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, **overrides: object) -> None:
        config = self.config.with_overrides(**overrides) if overrides else self.config
        app = create_app(config, self.db)
        self._server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port,
                                                     log_level="warning", lifespan="off"))
        self._thread = threading.Thread(target=self._server.run, daemon=True, name="lpj-server")
        self._thread.start()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                requests.get(f"{self.url}/api/v1/health", timeout=1)
                return
            except requests.RequestException:
                time.sleep(0.05)
        raise RuntimeError("the server did not start")

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            assert self._thread is not None
            self._thread.join(timeout=20)
            self._server = None

    def restart(self, **overrides: object) -> None:
        self.stop()
        self.start(**overrides)

    def backup(self, to: Path) -> Path:
        """A consistent copy of the database: SQLite's backup API into the file `to`, or on
        PostgreSQL a database copied from this one (named after `to`; the server is stopped
        for it, since a template must have no other connections)."""
        if self.cluster is None:
            src = sqlite3.connect(self.db_file)
            dst = sqlite3.connect(to)
            with dst:
                src.backup(dst)
            src.close()
            dst.close()
            return to
        name = f"{self._pg_name()}_{to.stem}"
        running = self._server is not None
        self.stop()
        self.db.dispose()
        self.cluster.drop_database(name)
        self.cluster.create_database(name, template=self._pg_name())
        self._copies[to] = name
        self._open_db()
        if running:
            self.start()
        return to

    def restore(self, backup: Path, *, new_epoch: bool = True) -> None:
        """Stop, put the backup in place, start a new epoch (as an admin does; `new_epoch=False`:
        an admin who forgot), start again."""
        self.stop()
        self.db.dispose()
        if self.cluster is None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.db_file}{suffix}").unlink(missing_ok=True)
            shutil.copy(backup, self.db_file)
        else:
            self.cluster.drop_database(self._pg_name())
            self.cluster.create_database(self._pg_name(), template=self._copies[backup])
        self._open_db()
        if new_epoch:
            start_new_epoch(self.db)
        self.start()

    def drop_copies(self) -> None:
        """Drop the PostgreSQL copies `backup` made (SQLite copies are files in the test's
        folder)."""
        if self.cluster is not None:
            for name in self._copies.values():
                self.cluster.drop_database(name)
        self._copies.clear()

    def _pg_name(self) -> str:
        assert self.database_url is not None
        return self.database_url.rsplit("/", 1)[1]

    def add_user(self, username: str, *, role: str = "hunter", team: str | None = "Team Nord",
                 organisation: str = ORG) -> str:
        row = create_user(self.db, Passwords(self.config), username, PASSWORD, role=role,
                          organisation=organisation, name=username.title(), team=team)
        return row.id


@dataclass
class Client:
    """One laptop: a local store, logged in, with an engine (optionally through a proxy)."""

    name: str
    store: Store
    engine: SyncEngine
    user_id: str
    data_dir: Path
    token: str


def make_client(tmp_path: Path, server: LiveServer, username: str, *, via: str | None = None,
                retries: int = 0) -> Client:
    data_dir = tmp_path / f"client-{username}-{os.urandom(3).hex()}"
    store = open_store(app_paths(data_dir))
    result = SyncEngine.login(store, server.url, username, PASSWORD, device_name=username)
    session = requests.Session()
    # One request per connection: the faulty proxy decides its fault per connection.
    session.headers["Connection"] = "close"
    engine = SyncEngine(store, server_url=via or server.url, token=result.token, session=session,
                        retries=retries, sleep=lambda _s: None)
    return Client(username, store, engine, result.user.id, data_dir, result.token)
