"""The register feed reaches the laptops with their next ordinary sync: the real server on
127.0.0.1 (SQLite and PostgreSQL) imports the saved feed pages, and two laptops' sync engines
pull the changed companies, the timeline lines and the owner's follow-up over real HTTP."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from live import Client, LiveServer, make_client
from sqlalchemy import select

from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import VisitDraft
from lpj_desktop.services.companies import update_hunter_fields
from lpj_desktop.services.timeline import company_timeline
from lpj_desktop.services.visits import record_visit
from lpj_desktop.store.models import Company, FollowUp, RegisterChange, Visit
from sync.kernel.ids import company_id_for_orgnr
from sync.register_feed import read_pages
from sync.server.register_feed import import_pages

FEED = Path(__file__).parents[1] / "data" / "register-feed"
ANDHOLDING, FINNSNES = "927717468", "980394654"


def _register_company(client: Client, orgnr: str, name: str) -> str:
    """As the bulk import does: a register company on this laptop, not in the outbox."""
    cid = company_id_for_orgnr(orgnr)
    with client.store.session() as s:
        s.add(Company(id=cid, orgnr=orgnr, name=name, source="register", legal_form="AS",
                      municipality_number="5530", municipality_name="Senja", county_number="55"))
    return cid


def test_a_second_laptop_pulls_what_the_register_changed(tmp_path: Path, any_server: LiveServer) -> None:
    any_server.add_user("kari")
    any_server.add_user("ola")
    kari = make_client(tmp_path, any_server, "kari")
    ola = make_client(tmp_path, any_server, "ola")
    andholding = _register_company(kari, ANDHOLDING, "ANDHOLDING AS")
    finnsnes = _register_company(kari, FINNSNES, "FINNSNES FOTO AS")
    with kari.store.session() as s:
        for cid in (andholding, finnsnes):
            company = s.get(Company, cid)
            assert company is not None
            update_hunter_fields(s, company, owner_id=kari.user_id, lb_status="potential",
                                 hunter_notes="Ringer tilbake etter jul")
        record_visit(s, VisitDraft(company_id=finnsnes, occurred_at=datetime(2026, 10, 1, 9, tzinfo=UTC),
                                   channel=Channel.VISIT, outcome=Outcome.WANTS_INFORMATION), kari.user_id)
    assert kari.engine.sync().rejected == 0
    ola.engine.sync()

    report = import_pages(any_server.db, read_pages([FEED / "first"]))
    assert report.companies_changed == 2 and report.followups == 1

    # Ola's laptop: its next ordinary sync brings the new name, the flag, the timeline lines.
    pulled = ola.engine.sync()
    assert pulled.finished and pulled.pulled >= 2 + 2 + 1
    with ola.store.reader() as s:
        company = s.get(Company, andholding)
        assert company is not None and company.name == "ANDHOLDING NORD AS"
        assert (company.owner_id, company.lb_status, company.hunter_notes) == (
            kari.user_id, "potential", "Ringer tilbake etter jul")
        bankrupt = s.get(Company, finnsnes)
        assert bankrupt is not None and bankrupt.bankrupt and not bankrupt.is_active_in_register
        assert s.scalar(select(Visit.id).where(Visit.company_id == finnsnes)) is not None
        kinds = set(s.scalars(select(RegisterChange.kind)))
        assert kinds == {"name", "bankrupt"}
        lines = [e for e in company_timeline(s, andholding) if e.kind == "register"]
        assert [(e.change, e.text) for e in lines] == [("name", "ANDHOLDING NORD AS")]

    # Kari's laptop: her follow-up arrives; nothing she entered was overwritten.
    kari.engine.sync()
    with kari.store.reader() as s:
        followup = s.scalar(select(FollowUp).where(FollowUp.company_id == finnsnes))
        assert followup is not None and followup.title == "konkurs registrert 12.11.2026"
        assert followup.assignee_id == kari.user_id and followup.status == "open"
        company = s.get(Company, andholding)
        assert company is not None and company.hunter_notes == "Ringer tilbake etter jul"

    # A new laptop's first sync (the snapshot) brings the same.
    fresh = make_client(tmp_path, any_server, "ola")
    assert fresh.engine.sync().finished
    with fresh.store.reader() as s:
        assert set(s.scalars(select(RegisterChange.kind))) == {"name", "bankrupt"}
        company = s.get(Company, andholding)
        assert company is not None and company.name == "ANDHOLDING NORD AS"

    # A replay of the feed on the server: the next sync brings nothing.
    assert import_pages(any_server.db, read_pages([FEED / "first"])).records_written == 0
    assert ola.engine.sync().pulled == 0
