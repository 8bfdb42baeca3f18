"""The update feed on a laptop without a server (`lpj import brreg` with change files): the same
saved pages the server imports, over the real Troms/Finnmark bulk sample, through the same rules."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lpj_desktop.cli.main import main
from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import VisitDraft
from lpj_desktop.importers.brreg import import_register
from lpj_desktop.importers.register_feed import FeedError, apply_feed
from lpj_desktop.paths import AppPaths
from lpj_desktop.services.companies import update_hunter_fields
from lpj_desktop.services.timeline import company_timeline
from lpj_desktop.services.visits import record_visit
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Company, FollowUp, OutboxMutation, RegisterChange, User, Visit
from sync.kernel.ids import company_id_for_orgnr

FEED = Path(__file__).parents[1] / "data" / "register-feed"
ANDHOLDING, FINNSNES, JMB = "927717468", "980394654", "913212193"
OWNER = "01900000-0000-7000-8000-0000000000aa"


def _prepared(store: Store, sample: Path) -> None:
    """The bulk sample imported; the hunter's own fields on three companies; visits on two."""
    import_register(store, sample)
    with store.session() as s:
        for orgnr in (ANDHOLDING, FINNSNES, JMB):
            company = s.scalar(select(Company).where(Company.orgnr == orgnr))
            assert company is not None
            update_hunter_fields(s, company, owner_id=OWNER, lb_status="potential",
                                 phone="+47 900 11 222", hunter_notes="Vil ha lærling i 2027")
        for orgnr in (FINNSNES, JMB):
            record_visit(s, VisitDraft(company_id=company_id_for_orgnr(orgnr),
                                       occurred_at=datetime(2026, 10, 1, 9, tzinfo=UTC),
                                       channel=Channel.VISIT, outcome=Outcome.WANTS_INFORMATION), OWNER)


def _count(store: Store, model: type) -> int:
    with store.reader() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_feed_on_a_laptop_follows_the_server_rules(store: Store, brreg_sample: Path) -> None:
    _prepared(store, brreg_sample)
    summary = apply_feed(store, [FEED / "first"])
    assert summary.cursors == {"enheter": (0, 1010), "underenheter": (0, 501)}
    assert summary.changed == 5 and summary.new == 1 and summary.not_held == 2  # 2: not in the sample
    with store.reader() as s:
        andholding = s.get(Company, company_id_for_orgnr(ANDHOLDING))
        finnsnes = s.get(Company, company_id_for_orgnr(FINNSNES))
        jmb = s.get(Company, company_id_for_orgnr(JMB))
        assert andholding is not None and finnsnes is not None and jmb is not None
        assert andholding.name == "ANDHOLDING NORD AS"
        assert (andholding.owner_id, andholding.lb_status, andholding.phone, andholding.hunter_notes) == (
            OWNER, "potential", "+47 900 11 222", "Vil ha lærling i 2027")
        assert finnsnes.bankrupt and not finnsnes.is_active_in_register and finnsnes.deleted_at is None
        assert jmb.deregistered_on == date(2026, 11, 12) and jmb.deleted_at is None
        assert s.scalar(select(func.count()).select_from(Visit)) == 2
        titles = sorted(s.scalars(select(FollowUp.title)))
        assert titles == ["konkurs registrert 12.11.2026", "slettet fra Enhetsregisteret 12.11.2026"]
        # The follow-ups are the owner's tasks: queued for a server like any other.
        queued = set(s.scalars(select(OutboxMutation.entity).where(OutboxMutation.entity == "followup")))
        assert queued == {"followup"}
        new = s.scalar(select(Company).where(Company.orgnr == "928374653"))
        assert new is not None and new.municipality_name == "Alta" and new.county_number == "56"
        timeline = company_timeline(s, company_id_for_orgnr(ANDHOLDING))
    register = [e for e in timeline if e.kind == "register"]
    assert [(e.change, e.reason, e.text) for e in register] == [
        ("name", "ANDHOLDING AS", "ANDHOLDING NORD AS")]

    # The same files again: nothing changes.
    lines = _count(store, RegisterChange)
    again = apply_feed(store, [FEED / "first"])
    assert again.changes == 0 and again.replayed == 8 and _count(store, RegisterChange) == lines


def test_gap_and_malformed_refused_on_the_laptop(store: Store, brreg_sample: Path) -> None:
    _prepared(store, brreg_sample)
    apply_feed(store, [FEED / "first"])
    with pytest.raises(FeedError, match="gap"):
        apply_feed(store, [FEED / "gap"])
    with pytest.raises(FeedError, match="konkurs is 'ja'"):
        apply_feed(store, [FEED / "malformed"])
    with store.reader() as s:
        assert s.scalar(select(Company.name).where(Company.orgnr == ANDHOLDING)) == "ANDHOLDING NORD AS"
    assert apply_feed(store, [FEED / "next"]).cursors == {"enheter": (1010, 1012)}


def test_lpj_import_brreg_takes_change_files(paths: AppPaths, brreg_sample: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = str(paths.data_dir)
    assert main(["--data-dir", data_dir, "import", "brreg", str(brreg_sample)]) == 0
    assert main(["--data-dir", data_dir, "import", "brreg", str(FEED / "first")]) == 0
    out = capsys.readouterr().out
    assert "enheter: oppdatering 0 → 1010" in out
    assert main(["--data-dir", data_dir, "import", "brreg", str(FEED / "gap")]) != 0
    assert "ingenting er endret" in capsys.readouterr().err


def test_a_feed_page_is_told_from_a_bulk_download_by_its_head(tmp_path: Path, brreg_sample: Path) -> None:
    import gzip
    import json

    from lpj_desktop.importers.register_feed import is_feed_path

    page = FEED / "first" / "enheter-001000-p0.json"
    zipped = tmp_path / "side.json.gz"
    zipped.write_bytes(gzip.compress(page.read_bytes()))
    bulk = tmp_path / "enheter_alle.json"
    bulk.write_text(json.dumps([{"organisasjonsnummer": "927717468", "navn": "ANDHOLDING AS"}]))
    assert is_feed_path(page) and is_feed_path(zipped) and is_feed_path(FEED / "first")
    assert not is_feed_path(bulk) and not is_feed_path(brreg_sample)


def test_no_follow_up_for_an_owner_who_has_left(store: Store, brreg_sample: Path) -> None:
    """The owner left (the synced user record says so): the feed flags the companies and writes
    their timeline lines, makes no follow-up for them (the server would refuse it at the next
    sync; before, the feed queued it anyway), and counts them."""
    _prepared(store, brreg_sample)
    with store.session() as s:
        s.add(User(id=OWNER, name="Kari Nordmann", role="hunter", active=False))  # as pulled
    summary = apply_feed(store, [FEED / "first"])
    assert summary.flagged == 2 and summary.followups == 0 and summary.owner_gone == 2
    assert _count(store, FollowUp) == 0
    with store.reader() as s:
        kinds = set(s.scalars(select(RegisterChange.kind)))
    assert {"bankrupt", "deregistered"} <= kinds
