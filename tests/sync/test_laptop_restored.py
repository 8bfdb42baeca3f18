"""A laptop whose store is put back from an older copy of itself (the app's own daily backup,
offered when the store is damaged): what it records afterwards reaches the server, and what it
had sent after the copy comes back to it. SQLite and PostgreSQL, the app's own engine over HTTP.

Before, the restored store numbered its new changes with ids the server had already answered for
the changes made after the copy; the server took them for replays, answered the old results, and
the new visits were marked sent but never applied: lost without a word."""

from __future__ import annotations

from pathlib import Path

from live import Client, LiveServer, make_client
from sqlalchemy import select, text
from test_engine_live import ORGNRS, register_company, visit

from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.paths import app_paths
from lpj_desktop.store.backups import backups, daily_backup, restore_backup
from lpj_desktop.store.database import open_store
from lpj_desktop.store.models import OutboxMutation, Visit
from lpj_desktop.sync_client.engine import SyncEngine


def _server_visits(server: LiveServer) -> set[str]:
    with server.db.reader() as s:
        return set(s.scalars(text("SELECT record_id FROM records WHERE entity = 'visit'")))


def _visits(client: Client) -> set[str]:
    with client.store.reader() as s:
        return set(s.scalars(select(Visit.id).where(Visit.deleted_at.is_(None))))


def test_a_laptop_put_back_from_its_own_older_copy_loses_nothing(tmp_path: Path,
                                                                 any_server: LiveServer) -> None:
    server = any_server
    server.add_user("kari")
    server.add_user("ola")
    kari, ola = make_client(tmp_path, server, "kari"), make_client(tmp_path, server, "ola")
    company = register_company(kari, ORGNRS[0])
    register_company(ola, ORGNRS[0])
    before = {visit(kari, company) for _ in range(3)}
    kari.engine.sync()
    paths = app_paths(kari.data_dir)
    assert daily_backup(paths) is not None  # the copy the app takes once a day
    after_copy = {visit(kari, company, Outcome.FOLLOW_UP_AGREED) for _ in range(4)}
    kari.engine.sync()
    assert before | after_copy <= _server_visits(server)

    # The store is damaged and the app puts the newest copy back (the user says yes).
    kari.store.engine.dispose()
    restore_backup(paths, backups(paths)[0])
    store = open_store(paths)
    engine = SyncEngine(store, server_url=server.url, token=kari.token, sleep=lambda _s: None)
    kari = Client(kari.name, store, engine, kari.user_id, kari.data_dir, kari.token)
    assert _visits(kari) == before

    new = {visit(kari, company, Outcome.WILL_APPLY) for _ in range(2)}
    report = kari.engine.sync()
    assert report.rejected == 0
    with kari.store.reader() as s:
        assert not list(s.scalars(select(OutboxMutation).where(OutboxMutation.state == "pending")))
    # The new visits are on the server, and what was sent after the copy came back to the laptop.
    assert new <= _server_visits(server)
    assert _visits(kari) == before | after_copy | new
    ola.engine.sync()
    assert before | after_copy | new <= _visits(ola)
    # And it keeps working: the next visit goes the ordinary way.
    one_more = visit(kari, company)
    kari.engine.sync()
    assert one_more in _server_visits(server)
