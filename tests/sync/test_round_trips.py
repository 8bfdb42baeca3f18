"""What a sync costs on the wire, counted at a proxy between the engine and the real server:
a sync with nothing to do is one request; a sync keeps its one connection; the app's own writes
are not pulled back, and another laptop's write made between the push and the pull is.
SQLite and PostgreSQL servers, real HTTP on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from live import Client, LiveServer, make_client
from sqlalchemy import select

from bench.counting_proxy import CountingProxy
from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import VisitDraft
from lpj_desktop.services.companies import update_hunter_fields
from lpj_desktop.services.visits import record_visit
from lpj_desktop.store.models import Company, Visit
from lpj_desktop.sync_client import push as push_module
from lpj_desktop.sync_client.api import SyncPhase, SyncProgress, VersionError
from lpj_desktop.sync_client.engine import SyncEngine
from lpj_desktop.sync_client.push import pending_count, plain_result_json
from sync.kernel.ids import company_id_for_orgnr
from sync.kernel.orgnr import with_check_digit
from sync.protocol import MutationResult, MutationStatus

ORGNRS = [n for n in (with_check_digit(f"9{i:07d}") for i in range(300, 400)) if n]
PULL = "GET /api/v1/sync/pull"
PUSH = "POST /api/v1/sync/push"


def register_company(client: Client, orgnr: str) -> str:
    cid = company_id_for_orgnr(orgnr)
    with client.store.session() as s:
        s.add(Company(id=cid, orgnr=orgnr, name=f"Bedrift {orgnr}", source="register"))
    return cid


def visits(client: Client, company_id: str, n: int) -> list[str]:
    with client.store.session() as s:
        return [record_visit(s, VisitDraft(company_id=company_id, occurred_at=datetime.now(UTC),
                                           channel=Channel.PHONE, outcome=Outcome.WANTS_INFORMATION),
                             client.user_id).visit.id for _ in range(n)]


def via(client: Client, proxy: CountingProxy) -> SyncEngine:
    """The client's engine through the proxy, with its own kept-alive session (the app's own)."""
    return SyncEngine(client.store, server_url=proxy.url, token=client.token, retries=0)


@pytest.fixture
def proxy(any_server: LiveServer) -> Iterator[CountingProxy]:
    with CountingProxy.for_url(any_server.url) as p:
        yield p


@pytest.fixture
def kari(tmp_path: Path, any_server: LiveServer) -> Client:
    any_server.add_user("kari")
    client = make_client(tmp_path, any_server, "kari")
    client.engine.sync()  # the first sync: the view taken
    return client


@pytest.fixture
def ola(tmp_path: Path, any_server: LiveServer, kari: Client) -> Client:
    any_server.add_user("ola")  # the same team as kari: each pulls the other's visits
    client = make_client(tmp_path, any_server, "ola")
    client.engine.sync()
    kari.engine.sync()  # Ola's user record, made after Kari's first sync
    return client


def test_a_sync_with_nothing_to_do_is_one_request_under_2_kb(kari: Client, proxy: CountingProxy) -> None:
    visits(kari, register_company(kari, ORGNRS[0]), 3)
    engine = via(kari, proxy)
    engine.sync()
    before = proxy.counts()
    report = engine.sync()
    spent = proxy.counts() - before
    assert (report.pushed, report.pulled, report.finished) == (0, 0, True)
    assert spent.paths == (PULL,)  # no /version, no push
    assert spent.turns == 1 and spent.connections == 0  # the kept-alive connection
    assert spent.bytes_total < 2048, spent
    # An app that slept (a new engine, a new connection): still one request.
    before = proxy.counts()
    via(kari, proxy).sync()
    spent = proxy.counts() - before
    assert (spent.paths, spent.connections) == ((PULL,), 1)


def test_a_sync_keeps_one_connection(kari: Client, proxy: CountingProxy) -> None:
    cid = register_company(kari, ORGNRS[1])
    visits(kari, cid, 5)
    engine = via(kari, proxy)
    before = proxy.counts()
    engine.sync()
    visits(kari, cid, 2)
    engine.sync()
    spent = proxy.counts() - before
    assert spent.paths == (PUSH, PUSH)  # each push brought its pull with it
    assert spent.connections == 1


def test_own_writes_are_not_pulled_back(kari: Client, ola: Client, proxy: CountingProxy) -> None:
    cid = register_company(kari, ORGNRS[2])
    ids = visits(kari, cid, 30)
    report = via(kari, proxy).sync()
    assert (report.pushed, report.pulled) == (31, 0)  # the company's create and 30 visits
    # The server has them all: the other laptop pulls them.
    assert ola.engine.sync().pulled == 31
    with ola.store.reader() as s:
        assert set(s.scalars(select(Visit.id).where(Visit.company_id == cid))) == set(ids)


def test_an_edit_based_on_an_older_version_is_pulled_back_merged(kari: Client, ola: Client) -> None:
    """The server's record then holds what the other laptop changed too: it is not skipped."""
    cid = register_company(kari, ORGNRS[3])
    visits(kari, cid, 1)
    kari.engine.sync()
    ola.engine.sync()
    with ola.store.session() as s:
        update_hunter_fields(s, s.get(Company, cid), email="ola@x.no")
    ola.engine.sync()
    with kari.store.session() as s:  # kari has not pulled ola's edit: her base is older
        update_hunter_fields(s, s.get(Company, cid), phone="11111111")
    report = kari.engine.sync()
    assert report.pushed == 1 and report.pulled == 1
    with kari.store.reader() as s:
        company = s.get(Company, cid)
        assert (company.phone, company.email) == ("11111111", "ola@x.no")


@pytest.mark.parametrize("pull_with_push", [True, False], ids=["one-request", "push-then-pull"])
def test_another_laptops_write_between_push_and_pull_is_not_skipped(
        kari: Client, ola: Client, proxy: CountingProxy, pull_with_push: bool,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """As the app syncs (the push brings the pull), and as it does when the push cannot bring
    it (a server of before, an outbox of several pushes): a pull of its own after the push."""
    if not pull_with_push:
        monkeypatch.setattr(push_module, "pull_with_push", lambda session: None)
    mine = visits(kari, register_company(kari, ORGNRS[4]), 20)
    theirs_company = register_company(ola, ORGNRS[5])
    theirs = visits(ola, theirs_company, 2)
    written: list[str] = []

    def between(p: SyncProgress) -> None:
        # Kari's push is answered; before her pull goes out (or, when it came with the push,
        # before her sync ends), Ola's laptop pushes (real HTTP).
        if p.phase is SyncPhase.PULLING and not written:
            written.append("ola")
            assert ola.engine.sync().pushed == 3

    engine = via(kari, proxy)
    before = proxy.counts()
    report = engine.sync(between)
    spent = proxy.counts() - before
    assert written and report.pushed == 21
    if pull_with_push:
        # Ola's write came after the page her push brought: her next sync pulls it.
        assert spent.paths == (PUSH,) and report.pulled == 0
        assert engine.sync().pulled == 3
    else:
        assert spent.paths == (PUSH, PULL)
        assert report.pulled == 3  # Ola's company and two visits; none of Kari's own
    with kari.store.reader() as s:
        assert set(s.scalars(select(Visit.id).where(Visit.id.in_(theirs + mine)))) == set(theirs + mine)
        assert s.get(Company, theirs_company) is not None
    # And again with Kari's cursor behind Ola's write and her push after it: her own range is
    # then not next to her cursor, and is left out of the page while Ola's is pulled.
    more_theirs = visits(ola, theirs_company, 2)
    ola.engine.sync()
    more_mine = visits(kari, register_company(kari, ORGNRS[6]), 4)
    report = engine.sync()
    assert (report.pushed, report.pulled) == (5, 2)
    with kari.store.reader() as s:
        got = set(s.scalars(select(Visit.id).where(Visit.id.in_(more_theirs + more_mine))))
        assert got == set(more_theirs + more_mine)


def test_an_app_too_old_hears_so_with_the_download_link_from_its_first_request(
        kari: Client, any_server: LiveServer) -> None:
    """No /version first any more: the sync request's 426 carries what it told."""
    link = "https://example.no/lpj/last-ned"
    visits(kari, register_company(kari, ORGNRS[7]), 1)
    any_server.restart(protocol_min=2, protocol_max=2, client_download_url=link)
    with CountingProxy.for_url(any_server.url) as proxy, pytest.raises(VersionError) as raised:
        via(kari, proxy).sync()
    assert proxy.counts().paths == (PUSH,)
    assert raised.value.kind == "client_too_old" and raised.value.params["download_url"] == link
    assert link in str(raised.value)


@pytest.mark.parametrize("result", [
    MutationResult(id=7, status=MutationStatus.APPLIED, version=4),
    MutationResult(id=8, status=MutationStatus.APPLIED, version=1, replayed=True),
    MutationResult(id=9, status=MutationStatus.APPLIED),
    MutationResult(id=10, status=MutationStatus.REJECTED, error_code="not_owner", message="nei"),
])
def test_a_result_written_back_by_hand_is_pydantics_own(result: MutationResult) -> None:
    assert plain_result_json(result) == result.model_dump_json()


def test_a_first_sync_keeps_its_one_connection_through_the_snapshot(
        tmp_path: Path, any_server: LiveServer, kari: Client, proxy: CountingProxy) -> None:
    visits(kari, register_company(kari, ORGNRS[8]), 3)
    kari.engine.sync()
    any_server.add_user("per")
    per = make_client(tmp_path, any_server, "per")
    before = proxy.counts()
    report = via(per, proxy).sync()
    spent = proxy.counts() - before
    assert report.pulled >= 4
    assert spent.paths == ("GET /api/v1/version", "GET /api/v1/sync/snapshot", PULL)
    assert spent.connections == 1  # the snapshot read to its end, its connection kept


def test_a_sync_cancelled_with_a_change_left_unsent_is_not_finished(kari: Client) -> None:
    """A visit recorded while the push is on its way, then Avbryt as its answer comes: the push
    brought its pull, but the new visit was not sent, so the sync did not finish."""
    cid = register_company(kari, ORGNRS[7])
    visits(kari, cid, 3)
    cancelled: list[bool] = []

    def meanwhile(p: SyncProgress) -> None:
        if p.phase is SyncPhase.PUSHING and p.done == 0 and not cancelled:
            visits(kari, cid, 1)  # after the batch was made, before it goes
            cancelled.append(False)

    engine = kari.engine
    send = engine.transport._send

    def answered_then_cancel(*args: Any, **kwargs: Any) -> Any:
        answer = send(*args, **kwargs)
        cancelled.append(True)  # Avbryt, just as the push's answer came
        return answer

    engine.transport._send = answered_then_cancel  # type: ignore[method-assign]
    report = engine.sync(meanwhile, cancel=lambda: bool(cancelled) and cancelled[-1])
    engine.transport._send = send  # type: ignore[method-assign]
    assert report.pushed == 4 and not report.finished
    with kari.store.reader() as s:
        assert pending_count(s) == 1
    assert engine.sync().pushed == 1
