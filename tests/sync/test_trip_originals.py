"""Originals ahead of a trip (issue 23), against the real server over HTTP on 127.0.0.1: the
originals of the hunter's own companies and their visits (whoever attached them), not others',
newest first within a byte budget; cancelled midway and fetched again, nothing comes twice;
`lpj files fetch-originals` says it in Norwegian and exits as the other sync commands do.
SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import io
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from faulty_proxy import FaultyProxy
from live import Client, LiveServer, make_client
from PIL import Image
from test_engine_live import ORGNRS, register_company

from lpj_desktop.cli.main import main
from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import VisitDraft
from lpj_desktop.services.attachments import AttachOptions, attach_file
from lpj_desktop.services.companies import update_hunter_fields
from lpj_desktop.services.trip_files import MB
from lpj_desktop.services.visits import record_visit
from lpj_desktop.store.blobs import LocalBlobs
from lpj_desktop.store.models import Attachment, Company
from lpj_desktop.sync_client.engine import SyncEngine
from lpj_desktop.sync_client.files import OriginalsProgress
from lpj_desktop.sync_client.transport import Deadlines


def _visit(client: Client, company: str, days_ago: int) -> str:
    with client.store.session() as s:
        return record_visit(s, VisitDraft(
            company_id=company, occurred_at=datetime.now(UTC) - timedelta(days=days_ago),
            channel=Channel.VISIT, outcome=Outcome.WANTS_INFORMATION), client.user_id).visit.id


def _attach(client: Client, parent_entity: str, parent: str, side: int) -> Attachment:
    buf = io.BytesIO()
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(buf, "JPEG", quality=90)
    path = client.data_dir / f"IMG_{os.urandom(3).hex()}.jpg"
    path.write_bytes(buf.getvalue())
    with client.store.session() as s:
        return attach_file(s, LocalBlobs.beside(client.store.path), path, parent_entity, parent,
                           author_id=client.user_id, options=AttachOptions(keep_original=True))


def _own(client: Client, company: str) -> None:
    with client.store.session() as s:
        update_hunter_fields(s, s.get(Company, company), owner_id=client.user_id)


def _synced(*clients: Client) -> None:
    for c in clients:
        assert c.engine.sync().finished
        assert c.engine.sync_files().waiting_files == 0
    for c in clients:
        assert c.engine.sync().finished


@pytest.fixture
def trip(tmp_path: Path, any_server: LiveServer) -> tuple[Client, Client, dict[str, Attachment]]:
    """Kari's laptop with her own two companies, Ola's company, and photos on all three: on a
    company, on Kari's visits and on a visit Ola made to one of Kari's companies."""
    any_server.add_user("kari")
    any_server.add_user("ola")
    kari, ola = make_client(tmp_path, any_server, "kari"), make_client(tmp_path, any_server, "ola")
    alta = register_company(kari, ORGNRS[50], "Alta Elektro AS")
    vardo = register_company(kari, ORGNRS[51], "Vardø Bygg AS")
    olas = register_company(ola, ORGNRS[52], "Hammerfest Rør AS")
    register_company(ola, ORGNRS[50], "Alta Elektro AS")
    for company in (alta, vardo):
        _own(kari, company)
    _own(ola, olas)
    photos = {
        "alta_company": _attach(kari, "company", alta, 500),
        "alta_old_visit": _attach(kari, "visit", _visit(kari, alta, 30), 600),
        "vardo_visit": _attach(kari, "visit", _visit(kari, vardo, 2), 400),
    }
    _synced(kari)
    photos["olas_visit_at_alta"] = _attach(ola, "visit", _visit(ola, alta, 1), 450)
    photos["olas_own"] = _attach(ola, "company", olas, 450)
    _synced(ola, kari)
    # Kari's laptop has only what another laptop gets: her own files are here (she attached
    # them), so they go, as on a new laptop.
    kari_blobs = LocalBlobs.beside(kari.store.path)
    for photo in photos.values():
        kari_blobs.remove(photo.sha256)
    return kari, ola, photos


def test_the_originals_of_my_companies_and_their_visits_come_within_the_budget(
        trip: tuple[Client, Client, dict[str, Attachment]], any_server: LiveServer) -> None:
    kari, _ola, photos = trip
    mine = ["olas_visit_at_alta", "vardo_visit", "alta_old_visit", "alta_company"]
    plan = kari.engine.plan_trip_originals(100 * MB)
    # Newest first (the attaching order here), each of her companies' files, not Ola's own.
    assert [f.attachment_id for f in plan.files] == [photos[k].id for k in mine]
    assert plan.companies == 2 and plan.over_budget == 0
    assert {f.company_name for f in plan.files} == {"Alta Elektro AS", "Vardø Bygg AS"}
    # A budget that takes the newest two only: the rest are named as over the budget.
    budget = photos["olas_visit_at_alta"].size + photos["vardo_visit"].size
    seen: list[OriginalsProgress] = []
    result = kari.engine.fetch_trip_originals(budget, progress=seen.append)
    assert result.report.fetched == 2 and result.report.error is None
    assert result.plan.over_budget == 2
    blobs = LocalBlobs.beside(kari.store.path)
    for key in mine:
        assert blobs.has(photos[key].sha256) == (key in mine[:2]), key
    assert hashlib.sha256(blobs.path(photos["vardo_visit"].sha256).read_bytes()).hexdigest() == \
        photos["vardo_visit"].sha256
    assert seen[-1].bytes_done == seen[-1].bytes_total == budget and seen[-1].files == 2
    assert not blobs.has(photos["olas_own"].sha256)


def test_a_cancelled_fetch_goes_on_where_it_stopped(
        trip: tuple[Client, Client, dict[str, Attachment]], any_server: LiveServer) -> None:
    kari, _ola, photos = trip
    total = sum(p.size for k, p in photos.items() if k != "olas_own")
    # A slow link (200 KB/s), so that the cancel lands inside the second file; the cancel check
    # is asked every 50 ms.
    proxy = FaultyProxy(any_server.port, bytes_per_s=200_000)
    stop = {"now": False}

    def progress(p: OriginalsProgress) -> None:
        if p.file == 2 and p.bytes_done > photos["olas_visit_at_alta"].size + 20_000:
            stop["now"] = True

    try:
        engine = SyncEngine(kari.store, server_url=proxy.url, token=kari.token,
                            deadlines=Deadlines(tick=0.05))
        first = engine.fetch_trip_originals(100 * MB, progress, cancelled=lambda: stop["now"])
        assert first.report.cancelled and first.report.fetched == 1, first.report
        second = engine.fetch_trip_originals(100 * MB)
    finally:
        proxy.close()
    assert second.plan.files[0].here > 0  # the cut file goes on from its partial file
    assert second.report.fetched == 3 and second.report.error is None
    assert first.report.bytes_fetched + second.report.bytes_fetched == total
    assert proxy.bytes_down < total + 60_000  # headers and one piece at the cancel; nothing twice
    assert engine.plan_trip_originals(100 * MB).files == []


def test_the_command_line(trip: tuple[Client, Client, dict[str, Attachment]], any_server: LiveServer,
                          capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    kari, _ola, photos = trip
    monkeypatch.setenv("LPJ_TOKEN", kari.token)

    def lpj(*args: str) -> tuple[int, str, str]:
        status = main(["--data-dir", str(kari.data_dir), "files", "fetch-originals", *args])
        out, err = capsys.readouterr()
        return status, out, err

    status, out, _err = lpj("--plan")
    assert status == 0
    assert out.startswith("Dine bedrifter: 2. Originaler å hente: 4 (")
    assert "Fil" in out and "Vardø Bygg AS" in out
    status, out, err = lpj("--maks-mb", "100")
    assert status == 0, err
    assert "Hentet 4 av 4 (" in out and "MB over nettet)." in out
    status, out, _err = lpj()
    assert status == 0 and "Originaler å hente: 0 (0,0 MB); allerede her: 4." in out
    # The server gone: offline, 75, in words, what came is kept.
    for photo in photos.values():
        LocalBlobs.beside(kari.store.path).remove(photo.sha256)
    any_server.stop()
    status, _out, err = lpj()
    assert status == 75 and "stoppet:" in err and "kjør kommandoen igjen" in err
    assert lpj("--maks-mb", "0")[0] == 2
