"""The engine against the real server on 127.0.0.1: two laptops, visits, shared edits, conflicts,
rejections, replays, versions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from live import Client, LiveServer, make_client
from sqlalchemy import func, select

from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import PlaceOffer, VisitDraft
from lpj_desktop.services.companies import update_hunter_fields
from lpj_desktop.services.visits import record_visit
from lpj_desktop.store.models import Company, OutboxMutation, SyncConflict, Visit
from lpj_desktop.sync_client.api import STATE_LAST_ERROR, STATE_LAST_SUCCESS, VersionError
from lpj_desktop.sync_client.state import get_state
from sync.kernel.ids import company_id_for_orgnr
from sync.kernel.orgnr import with_check_digit

ORGNRS = [n for n in (with_check_digit(f"9{i:07d}") for i in range(100, 200)) if n]


def register_company(client: Client, orgnr: str, name: str = "Bedrift AS") -> str:
    """As the importer does: a register company, not in the outbox."""
    cid = company_id_for_orgnr(orgnr)
    with client.store.session() as s:
        s.add(Company(id=cid, orgnr=orgnr, name=name, source="register", municipality_number="5501"))
    return cid


def visit(client: Client, company_id: str, outcome: Outcome = Outcome.WANTS_INFORMATION,
          when: datetime | None = None) -> str:
    # An offer names its places (VisitDraft.problems refuses one without).
    places = [PlaceOffer("Tømrerfaget", 1)] if outcome is Outcome.PLACE_OFFERED else []
    with client.store.session() as s:
        saved = record_visit(s, VisitDraft(company_id=company_id, occurred_at=when or datetime.now(UTC),
                                           channel=Channel.PHONE, outcome=outcome, places=places),
                             client.user_id)
        return saved.visit.id


def count(client: Client, model: type, *conds: object) -> int:
    with client.store.reader() as s:
        return s.scalar(select(func.count()).select_from(model).where(*conds)) or 0


@pytest.fixture
def two(tmp_path: Path, server: LiveServer) -> tuple[Client, Client]:
    server.add_user("kari")
    server.add_user("ola")
    return make_client(tmp_path, server, "kari"), make_client(tmp_path, server, "ola")


def test_visits_travel_and_register_companies_go_first(two: tuple[Client, Client]) -> None:
    kari, ola = two
    report = ola.engine.sync()
    assert report.finished and report.pulled >= 0
    cid = register_company(kari, ORGNRS[0])
    vid = visit(kari, cid, Outcome.APPROVED)
    report = kari.engine.sync()
    assert (report.pushed, report.rejected, report.finished) == (2, 0, True)
    assert count(kari, OutboxMutation, OutboxMutation.state == "pending") == 0
    with kari.store.reader() as s:
        assert s.get(Visit, vid).server_version is not None
        assert get_state(s, STATE_LAST_SUCCESS) and get_state(s, STATE_LAST_ERROR) == ""
    ola.engine.sync()
    with ola.store.reader() as s:
        v = s.get(Visit, vid)
        assert v is not None and v.hunter_id == kari.user_id
        # Derived locally from the pulled visit.
        assert s.get(Company, cid).stage == Outcome.APPROVED.value
    # Nothing new: a second sync moves nothing.
    again = ola.engine.sync()
    assert (again.pushed, again.pulled) == (0, 0)


def test_same_field_gives_one_conflict_different_fields_both_survive(two: tuple[Client, Client]) -> None:
    kari, ola = two
    cid = register_company(kari, ORGNRS[1])
    visit(kari, cid)
    kari.engine.sync()
    ola.engine.sync()
    with kari.store.session() as s:
        update_hunter_fields(s, s.get(Company, cid), phone="11111111", tags=["kari"])
    with ola.store.session() as s:
        update_hunter_fields(s, s.get(Company, cid), phone="22222222", email="ola@x.no")
    assert kari.engine.sync().conflicts == 0
    report = ola.engine.sync()
    assert report.conflicts == 1 and report.rejected == 0
    kari.engine.sync()
    for c in (kari, ola):
        with c.store.reader() as s:
            company = s.get(Company, cid)
            assert (company.phone, company.email, company.tags) == ("11111111", "ola@x.no", ["kari"])
            conflicts = list(s.scalars(select(SyncConflict)))
            assert len(conflicts) == 1
            assert (conflicts[0].field, conflicts[0].kept_value, conflicts[0].lost_value) == \
                ("phone", "11111111", "22222222")


def test_someone_elses_visit_cannot_be_edited_and_stays_visible(two: tuple[Client, Client]) -> None:
    from lpj_desktop.services import changes

    kari, ola = two
    cid = register_company(kari, ORGNRS[2])
    vid = visit(kari, cid)
    kari.engine.sync()
    ola.engine.sync()
    with ola.store.session() as s:
        changes.update(s, s.get(Visit, vid), notes="Ola var her")
    report = ola.engine.sync()
    assert report.rejected == 1 and report.finished
    with ola.store.reader() as s:
        row = s.scalars(select(OutboxMutation).where(OutboxMutation.state == "rejected")).one()
        assert row.error_code == "not_owner" and row.error_message


def test_replayed_push_changes_nothing(two: tuple[Client, Client]) -> None:
    kari, _ = two
    cid = register_company(kari, ORGNRS[3])
    visit(kari, cid)
    kari.engine.sync()
    with kari.store.session() as s:
        s.execute(OutboxMutation.__table__.update().values(state="pending"))
    report = kari.engine.sync()
    assert report.pushed == 2 and report.conflicts == 0 and report.rejected == 0
    with kari.store.reader() as s:
        results = [r.result for r in s.scalars(select(OutboxMutation))]
    assert all(r["replayed"] for r in results)


def test_clock_days_wrong_changes_no_outcome(two: tuple[Client, Client], monkeypatch) -> None:
    import lpj_desktop.services.changes as changes_mod

    kari, ola = two
    cid = register_company(kari, ORGNRS[4])
    visit(kari, cid)
    kari.engine.sync()
    ola.engine.sync()
    # Ola's laptop is five days ahead and edits first; Kari's is right and edits later.
    monkeypatch.setattr(changes_mod, "utcnow", lambda: datetime.now(UTC) + timedelta(days=5))
    with ola.store.session() as s:
        update_hunter_fields(s, s.get(Company, cid), lb_status="potential")
    monkeypatch.undo()
    ola.engine.sync()
    with kari.store.session() as s:
        update_hunter_fields(s, s.get(Company, cid), lb_status="approved_no_apprentices")
    kari.engine.sync()
    ola.engine.sync()
    # Arrival order decided: Ola's value arrived first and stays; Kari's is the conflict.
    for c in (kari, ola):
        with c.store.reader() as s:
            assert s.get(Company, cid).lb_status == "potential"
            k = s.scalars(select(SyncConflict)).one()
            assert k.lost_value == "approved_no_apprentices"


def test_old_client_and_old_server_get_words_and_keep_the_outbox(two: tuple[Client, Client],
                                                                 server: LiveServer) -> None:
    kari, _ = two
    cid = register_company(kari, ORGNRS[5])
    visit(kari, cid)
    server.restart(protocol_min=2, protocol_max=2)
    with pytest.raises(VersionError, match="for gammel"):
        kari.engine.sync()
    assert count(kari, OutboxMutation, OutboxMutation.state == "pending") == 2
    with kari.store.reader() as s:
        assert "Oppdater appen" in get_state(s, STATE_LAST_ERROR)
    server.restart(protocol_min=0, protocol_max=0)
    with pytest.raises(VersionError, match="Serveren er eldre"):
        kari.engine.sync()
    assert count(kari, OutboxMutation, OutboxMutation.state == "pending") == 2
    server.restart()
    assert kari.engine.sync().pushed == 2
