"""Cuts everywhere (before the request, mid-body, after the server committed, mid-answer):
every local change ends applied exactly once or visibly rejected; the server restored from an
older backup mid-session; the client killed during sync."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from faulty_proxy import FaultyProxy
from live import Client, LiveServer, make_client
from sqlalchemy import func, select, text
from test_engine_live import ORGNRS, register_company, visit

from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import VisitDraft
from lpj_desktop.services.companies import update_hunter_fields
from lpj_desktop.services.visits import record_visit
from lpj_desktop.store.models import Company, LocalProfile, OutboxMutation, Visit
from lpj_desktop.sync_client import push as push_module
from lpj_desktop.sync_client.api import SyncError

ROUNDS = int(os.environ.get("LPJ_SYNC_ROUNDS", "200"))
REPO = Path(__file__).resolve().parents[2]


def server_count(server: LiveServer, sql: str, **params: object) -> int:
    with server.db.reader() as s:
        return int(s.execute(text(sql), params).scalar() or 0)


def outbox_states(client: Client) -> dict[str, int]:
    with client.store.reader() as s:
        return dict(s.execute(select(OutboxMutation.state, func.count())
                              .group_by(OutboxMutation.state)).all())


def assert_exactly_once(server: LiveServer, client: Client) -> None:
    """Every outbox row acknowledged; the server applied each mutation id once, no more."""
    states = outbox_states(client)
    assert states.get("pending", 0) == 0, states
    with client.store.reader() as s:
        total = s.scalar(select(func.count()).select_from(OutboxMutation))
        visit_ids = set(s.scalars(select(Visit.id)))
        client_id = s.scalar(select(LocalProfile.client_id))
    assert server_count(server, "SELECT last_mutation_id FROM clients WHERE client_id = :c",
                        c=client_id) == total
    assert server_count(server, "SELECT count(*) FROM applied_mutations WHERE client_id = :c",
                        c=client_id) == total
    server_visits = server_count(server, "SELECT count(*) FROM records WHERE entity = 'visit'")
    assert server_visits == len(visit_ids)


def test_randomized_cuts_apply_every_change_exactly_once(tmp_path: Path, server: LiveServer) -> None:
    server.add_user("kari")
    proxy = FaultyProxy(server.port, seed=7, rate=0.6)
    try:
        kari = make_client(tmp_path, server, "kari", via=proxy.url)
        rng = random.Random(7)
        companies = [register_company(kari, orgnr) for orgnr in ORGNRS[:8]]
        failures = 0
        for _round in range(ROUNDS):
            for _ in range(rng.randint(0, 3)):
                cid = rng.choice(companies)
                if rng.random() < 0.7:
                    visit(kari, cid, rng.choice(list(Outcome)))
                else:
                    with kari.store.session() as s:
                        update_hunter_fields(s, s.get(Company, cid), phone=str(rng.randint(1, 10**8)))
            try:
                kari.engine.sync()
            except SyncError:
                failures += 1
        proxy.rate = 0.0
        report = kari.engine.sync()
        assert report.finished
        assert failures > ROUNDS // 4, proxy.counts  # the network really was bad
        assert all(proxy.counts[f] > 0 for f in ("before", "mid_request", "after_commit", "mid_response"))
        assert_exactly_once(server, kari)
        # The replica equals what the server holds.
        fresh = make_client(tmp_path, server, "kari")
        fresh.engine.sync()
        with kari.store.reader() as a, fresh.store.reader() as b:
            for cid in companies:
                assert a.get(Company, cid).phone == b.get(Company, cid).phone
            assert set(a.scalars(select(Visit.id))) == set(b.scalars(select(Visit.id)))
    finally:
        proxy.close()


def test_cuts_while_the_next_batch_is_on_its_way_apply_every_change_exactly_once(
        tmp_path: Path, any_server: LiveServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The push sends batch N+1 while it writes batch N's answer, and makes N+2 meanwhile (noted
    as sent before it goes): a cut of N+1 before, during or after the server's commit, or of its
    answer, must leave every change applied once. Small batches, so one push has many of them;
    the same companies edited again and again, so later batches wait for earlier versions."""
    monkeypatch.setattr(push_module, "MAX_MUTATIONS_PER_PUSH", 7)
    server = any_server
    server.add_user("kari")
    proxy = FaultyProxy(server.port, seed=11, rate=0.0)
    try:
        kari = make_client(tmp_path, server, "kari", via=proxy.url)
        rng = random.Random(11)
        companies = [register_company(kari, orgnr) for orgnr in ORGNRS[:4]]
        for _ in range(120):
            cid = rng.choice(companies)
            if rng.random() < 0.75:
                visit(kari, cid, rng.choice(list(Outcome)))
            else:
                with kari.store.session() as s:
                    update_hunter_fields(s, s.get(Company, cid), phone=str(rng.randint(1, 10**8)))
        # Every connection after the first few (the version check, the first batches) may be cut.
        proxy.rate = 0.35
        failures = 0
        for _round in range(60):
            try:
                if kari.engine.sync().finished and not outbox_states(kari).get("pending"):
                    break
            except SyncError:
                failures += 1
        proxy.rate = 0.0
        assert kari.engine.sync().finished
        assert failures >= 3, proxy.counts
        assert all(proxy.counts[f] > 0 for f in ("before", "mid_request", "after_commit", "mid_response")), \
            proxy.counts
        assert_exactly_once(server, kari)
        # One hunter's own edits, each made on top of the one before: never a conflict (an edit
        # sent before its predecessor's new version came back would meet it as one).
        assert server_count(server, "SELECT count(*) FROM records WHERE entity = 'conflict'") == 0
        fresh = make_client(tmp_path, server, "kari")
        fresh.engine.sync()
        with kari.store.reader() as a, fresh.store.reader() as b:
            for cid in companies:
                assert a.get(Company, cid).phone == b.get(Company, cid).phone
            assert set(a.scalars(select(Visit.id))) == set(b.scalars(select(Visit.id)))
    finally:
        proxy.close()


def test_server_restored_from_older_backup_clients_resend(tmp_path: Path, server: LiveServer) -> None:
    server.add_user("kari")
    server.add_user("ola")
    kari = make_client(tmp_path, server, "kari")
    ola = make_client(tmp_path, server, "ola")
    cid = register_company(kari, ORGNRS[20])
    visit(kari, cid)
    kari.engine.sync()
    ola.engine.sync()
    backup = server.backup(tmp_path / "backup.sqlite3")
    # After the backup: more work that the restore will lose.
    lost = [visit(kari, cid) for _ in range(3)]
    with kari.store.session() as s:
        update_hunter_fields(s, s.get(Company, cid), email="etter@backup.no")
    kari.engine.sync()
    ola.engine.sync()
    server.restore(backup)
    assert server_count(server, "SELECT count(*) FROM records WHERE entity = 'visit'") == 1
    report = kari.engine.sync()
    assert report.finished and report.warnings
    report = ola.engine.sync()
    assert report.finished
    assert server_count(server, "SELECT count(*) FROM records WHERE entity = 'visit'") == 4
    assert_exactly_once(server, kari)
    for c in (kari, ola):
        with c.store.reader() as s:
            assert {v for v in lost if s.get(Visit, v) is not None} == set(lost)
            assert s.get(Company, cid).email == "etter@backup.no"


def _lpj(data_dir: Path, token: str, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "LPJ_TOKEN": token, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "lpj_desktop.cli.main", "--data-dir", str(data_dir),
                             *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_client_killed_during_sync_loses_and_doubles_nothing(tmp_path: Path, server: LiveServer) -> None:
    server.add_user("kari")
    kari = make_client(tmp_path, server, "kari")
    companies = [register_company(kari, orgnr) for orgnr in ORGNRS[30:60]]
    rng = random.Random(3)
    with kari.store.session() as s:
        for _ in range(3000):
            record_visit(s, VisitDraft(company_id=rng.choice(companies), occurred_at=datetime.now(UTC),
                                       channel=Channel.VISIT, outcome=Outcome.NOT_REACHED), kari.user_id)
    kari.store.close()
    killed = 0
    for delay in (0.6, 0.9, 1.2, 1.5):
        proc = _lpj(kari.data_dir, kari.token, "sync", "--quiet")
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait()
    proc = _lpj(kari.data_dir, kari.token, "sync", "--quiet")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    assert killed >= 1
    from lpj_desktop.paths import app_paths
    from lpj_desktop.store.database import open_store

    kari.store = open_store(app_paths(kari.data_dir))
    assert_exactly_once(server, kari)
    assert server_count(server, "SELECT count(*) FROM records WHERE entity = 'visit'") == 3000
