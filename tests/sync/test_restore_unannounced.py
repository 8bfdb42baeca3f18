"""The server's database restored from an older copy and started again WITHOUT `lpj-server
new-epoch` (the operator forgot): the laptops carry on, and whatever the server lost comes back
from the laptops that had it acknowledged; every laptop ends with every visit, none doubled.

Before, 3 visits of 2,096 were never on the other laptop again: pushes re-sent what the
server had lost after a gap, but the re-sent and the new records got sequence numbers the
other laptop's pull cursor had already passed."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from live import Client, LiveServer, make_client
from sqlalchemy import select, text
from test_engine_live import ORGNRS, register_company, visit

from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.services.companies import update_hunter_fields
from lpj_desktop.store.models import Company, OutboxMutation, SyncConflict, Visit


def _visits(client: Client) -> set[str]:
    with client.store.reader() as s:
        return set(s.scalars(select(Visit.id).where(Visit.deleted_at.is_(None))))


def _server_visits(server: LiveServer) -> list[str]:
    with server.db.reader() as s:
        return list(s.scalars(text("SELECT record_id FROM records WHERE entity = 'visit'")))


def _pending(client: Client) -> int:
    with client.store.reader() as s:
        return len(list(s.scalars(select(OutboxMutation.mutation_id)
                                  .where(OutboxMutation.state == "pending"))))


def test_a_restore_without_new_epoch_loses_no_visit(tmp_path: Path, restorable_server: LiveServer) -> None:
    server = restorable_server
    server.add_user("kari")
    server.add_user("ola")
    kari, ola = make_client(tmp_path, server, "kari"), make_client(tmp_path, server, "ola")
    rng = random.Random(26)
    companies = [register_company(c, orgnr) for orgnr in ORGNRS[:4] for c in (kari, ola)][::2]
    made: set[str] = set()

    def work(client: Client, n: int) -> None:
        for _ in range(n):
            made.add(visit(client, rng.choice(companies), rng.choice(list(Outcome))))

    for _ in range(3):
        work(kari, 10)
        work(ola, 10)
        kari.engine.sync()
        ola.engine.sync()
    backup = server.backup(tmp_path / "older.sqlite3")
    # After the copy: acknowledged work, pulled by the other laptop, that the restore loses.
    work(kari, 15)
    kari.engine.sync()
    work(ola, 5)
    ola.engine.sync()
    kari.engine.sync()

    server.restore(backup, new_epoch=False)
    assert len(_server_visits(server)) < len(made)

    # Ola is back first, with more new visits than the server lost: the server's sequence grows
    # past Kari's cursor again before Kari pulls. Kari has nothing to send at first.
    work(ola, 40)
    ola.engine.sync()
    assert _pending(kari) == 0
    kari.engine.sync()
    for _ in range(3):
        work(kari, 5)
        work(ola, 5)
        kari.engine.sync()
        ola.engine.sync()
    for c in (kari, ola, kari, ola):
        report = c.engine.sync()
        assert report.finished

    on_server = _server_visits(server)
    assert len(on_server) == len(set(on_server)), "a visit is on the server twice"
    assert set(on_server) == made
    for c in (kari, ola):
        assert _visits(c) == made, f"{c.name}: {len(made - _visits(c))} visits missing"
        assert _pending(c) == 0
    # A laptop starting now gets exactly the same.
    fresh = make_client(tmp_path, server, "kari")
    fresh.engine.sync()
    assert _visits(fresh) == made


def test_the_laptop_finds_out_by_itself_from_a_server_that_does_not(
        tmp_path: Path, server: LiveServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """A server of before this change finds no loss: the laptop's push then meets a plain
    `mutation_gap`. That the server had answered the mutations it now lacks tells the laptop the
    server lost them: it sends them again and takes the whole view again (its cursor may lie
    beyond what the server numbers anew)."""
    import sync.server.pull as server_pull
    import sync.server.push as server_push

    monkeypatch.setattr(server_push, "history_lost", lambda *_a: None)
    monkeypatch.setattr(server_pull, "history_lost", lambda *_a: None)
    server.add_user("kari")
    server.add_user("ola")
    kari, ola = make_client(tmp_path, server, "kari"), make_client(tmp_path, server, "ola")
    cid = register_company(kari, ORGNRS[5])
    register_company(ola, ORGNRS[5])
    made = {visit(kari, cid)}
    kari.engine.sync()
    ola.engine.sync()
    backup = server.backup(tmp_path / "older.sqlite3")
    made |= {visit(kari, cid) for _ in range(3)}
    kari.engine.sync()
    server.restore(backup, new_epoch=False)
    # Ola's new visits take the sequence numbers Kari had pulled past.
    made |= {visit(ola, cid) for _ in range(6)}
    ola.engine.sync()

    made.add(visit(kari, cid))
    report = kari.engine.sync()
    assert report.finished and report.warnings
    ola.engine.sync()
    assert set(_server_visits(server)) == made and len(_server_visits(server)) == len(made)
    assert _visits(kari) == made
    assert _visits(ola) == made


def _conflicts(client: Client) -> set[tuple[str, str, object, object]]:
    with client.store.reader() as s:
        return {(c.record_id, c.field, c.kept_value, c.lost_value) for c in s.scalars(select(SyncConflict))}


def _conflict_ids(client: Client) -> set[str]:
    with client.store.reader() as s:
        return set(s.scalars(select(SyncConflict.id)))


def test_conflicts_the_restored_server_lost_leave_the_laptops(tmp_path: Path,
                                                              restorable_server: LiveServer) -> None:
    """A conflict recorded after the backup is gone from the restored server; when the edits are
    sent again it is recorded again, under a new id. Each laptop then holds the server's
    conflicts only: before, the old one stayed too, listed to resolve for ever."""
    server = restorable_server
    server.add_user("kari")
    server.add_user("ola")
    kari, ola = make_client(tmp_path, server, "kari"), make_client(tmp_path, server, "ola")
    company = register_company(kari, ORGNRS[0])
    register_company(ola, ORGNRS[0])
    kari.engine.sync()
    ola.engine.sync()
    backup = server.backup(tmp_path / "older.sqlite3")
    for client, phone in ((kari, "+47 11111111"), (ola, "+47 22222222")):
        with client.store.session() as s:
            update_hunter_fields(s, s.get(Company, company), phone=phone)
    kari.engine.sync()
    ola.engine.sync()
    kari.engine.sync()
    assert len(_conflict_ids(kari)) == len(_conflict_ids(ola)) == 1
    before = _conflict_ids(kari)

    server.restore(backup, new_epoch=False)
    for _ in range(2):
        kari.engine.sync()
        ola.engine.sync()

    with server.db.reader() as s:
        on_server = set(s.scalars(text("SELECT record_id FROM records WHERE entity = 'conflict'")))
    assert on_server and not (on_server & before)  # recorded again, under a new id
    assert _conflict_ids(kari) == _conflict_ids(ola) == on_server
    assert _conflicts(kari) == _conflicts(ola)
