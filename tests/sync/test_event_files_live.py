"""An event's files between laptops and the real server on 127.0.0.1 (issue 23), SQLite and
PostgreSQL: a photo of a market day's stand goes up with the event and comes to a teammate as a
thumbnail; it follows the event's rules exactly (the teammate reads it but may not attach to
someone else's event, another organisation neither sees nor fetches it); it is among the originals
fetched ahead of a trip by the hunter whose company was there; and when the event is erased its
files leave the server and every laptop."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from live import LiveServer, make_client
from PIL import Image
from sqlalchemy import select
from test_engine_live import ORGNRS, register_company

from lpj_desktop.domain.enums import EventKind
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.services import changes
from lpj_desktop.services.attachments import AttachmentRefused, AttachOptions, attach_file
from lpj_desktop.services.companies import update_hunter_fields
from lpj_desktop.services.events import event_list
from lpj_desktop.services.visits import correct_event, delete_event, record_event
from lpj_desktop.store.blobs import LocalBlobs
from lpj_desktop.store.models import Attachment, Company, Event, Visit


def _photo(path: Path, side: int = 600) -> Path:
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(path, "JPEG", quality=90)
    return path


def _server_files(server: LiveServer) -> set[str]:
    root = server.config.resolved_files_dir / "blobs"
    return {p.name for p in root.rglob("*") if p.is_file()} if root.exists() else set()


@pytest.mark.slow
def test_an_events_files_follow_the_event_to_teammates_trips_and_erasure(
        tmp_path: Path, any_server: LiveServer) -> None:
    any_server.add_user("kari")
    any_server.add_user("ola")
    any_server.add_user("per", team=None, organisation="Fagforbundet Troms")
    kari, ola, per = (make_client(tmp_path, any_server, name) for name in ("kari", "ola", "per"))
    alta = register_company(kari, ORGNRS[60], "Alta Elektro AS")
    vardo = register_company(kari, ORGNRS[61], "Vardø Bygg AS")
    with kari.store.session() as s:
        event_id = record_event(s, name="Yrkesmesse i Alta", kind=EventKind.MARKET_DAY,
                                occurred_at=datetime.now(UTC), hunter_id=kari.user_id,
                                company_ids=[alta, vardo], outcome=Outcome.WANTS_INFORMATION).id
        photo = attach_file(s, LocalBlobs.beside(kari.store.path), _photo(tmp_path / "stand.jpg"),
                            "event", event_id, author_id=kari.user_id,
                            options=AttachOptions(keep_original=True))
    report = kari.engine.sync()
    assert report.finished and report.rejected == 0, report
    assert kari.engine.sync_files().waiting_files == 0
    assert {photo.sha256, photo.thumbnail_sha256} <= _server_files(any_server)

    # Ola, on Kari's team, gets the event, its file's record and its thumbnail; not the original.
    assert ola.engine.sync().finished and ola.engine.sync_files().thumbnails == 1
    ola_blobs = LocalBlobs.beside(ola.store.path)
    assert ola_blobs.has(photo.thumbnail_sha256) and not ola_blobs.has(photo.sha256)
    with ola.store.reader() as s:
        (row,) = event_list(s)
    assert (row.id, row.files, row.companies) == (event_id, 1, 2)
    # The event is Kari's: Ola may not attach to it (said at once, as the server would refuse it).
    with ola.store.session() as s, pytest.raises(AttachmentRefused) as refused:
        attach_file(s, ola_blobs, _photo(tmp_path / "mitt.jpg", 200), "event", event_id,
                    author_id=ola.user_id)
    assert refused.value.key == "parent_not_yours"

    # Per, of another organisation, neither gets the record nor may fetch the bytes.
    assert per.engine.sync().finished and per.engine.sync_files().thumbnails == 0
    with per.store.reader() as s:
        assert s.scalar(select(Attachment).where(Attachment.id == photo.id)) is None
    for role in ("original", "thumbnail"):
        answer = requests.get(f"{any_server.url}/attachments/{photo.id}/{role}",
                              headers={"Authorization": f"Bearer {per.token}"}, timeout=10)
        assert answer.status_code == 404, answer.text

    # Ahead of a trip: Alta Elektro is Ola's now; the market day it was at brings its photo along.
    with ola.store.session() as s:
        update_hunter_fields(s, s.get(Company, alta), owner_id=ola.user_id)
    plan = ola.engine.plan_trip_originals(50 * 1024 * 1024)
    assert [(f.attachment_id, f.company_name) for f in plan.files] == [(photo.id, "Yrkesmesse i Alta")]
    trip = ola.engine.fetch_trip_originals(50 * 1024 * 1024)
    assert trip.report.error is None and trip.report.fetched == 1 and ola_blobs.has(photo.sha256)

    # Kari erases the event: its file goes from the server and from both laptops.
    with kari.store.session() as s:
        changes.delete(s, s.get(Event, event_id))
    assert kari.engine.sync().finished
    assert _server_files(any_server) == set()
    for laptop in (kari, ola):
        assert laptop.engine.sync().finished
        laptop.engine.sync_files()
        blobs = LocalBlobs.beside(laptop.store.path)
        assert not blobs.has(photo.sha256) and not blobs.has(photo.thumbnail_sha256)
        with laptop.store.reader() as s:
            assert s.scalar(select(Attachment.deleted_at).where(Attachment.id == photo.id))
            assert event_list(s) == []


@pytest.mark.slow
def test_an_event_corrected_then_deleted_reaches_a_teammate(tmp_path: Path, any_server: LiveServer) -> None:
    """Kari moves her market day a day back and takes a company off it, then deletes it: the server
    takes each step as ordinary owned changes (nothing rejected) and Ola's laptop follows, the
    companies' timelines with it."""
    any_server.add_user("kari")
    any_server.add_user("ola")
    kari, ola = (make_client(tmp_path, any_server, name) for name in ("kari", "ola"))
    alta = register_company(kari, ORGNRS[62], "Alta Elektro AS")
    vardo = register_company(kari, ORGNRS[63], "Vardø Bygg AS")
    when = datetime(2026, 11, 20, 10, tzinfo=UTC)
    with kari.store.session() as s:
        event_id = record_event(s, name="Yrkesmesse i Alta", kind=EventKind.MARKET_DAY, occurred_at=when,
                                hunter_id=kari.user_id, company_ids=[alta, vardo],
                                outcome=Outcome.WANTS_INFORMATION).id
    assert kari.engine.sync().rejected == 0 and ola.engine.sync().finished
    with kari.store.session() as s:
        correct_event(s, event_id, name="Yrkesmesse i Alta", kind=EventKind.MARKET_DAY,
                      occurred_at=when - timedelta(days=1), user_id=kari.user_id, outcome=None,
                      company_ids=[vardo])
    report = kari.engine.sync()
    assert report.finished and report.rejected == 0 and report.conflicts == 0, report
    assert ola.engine.sync().finished
    with ola.store.reader() as s:
        (row,) = event_list(s)
        assert (row.companies, row.occurred_at.replace(tzinfo=UTC)) == (1, when - timedelta(days=1))
        live = {v.company_id for v in s.scalars(select(Visit).where(
            Visit.event_id == event_id, Visit.deleted_at.is_(None)))}
        assert live == {vardo}
    with kari.store.session() as s:
        delete_event(s, event_id, kari.user_id)
    assert kari.engine.sync().rejected == 0 and ola.engine.sync().finished
    with ola.store.reader() as s:
        assert event_list(s) == []
        assert s.scalars(select(Visit.id).where(Visit.event_id == event_id,
                                                Visit.deleted_at.is_(None))).all() == []
