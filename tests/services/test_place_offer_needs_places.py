"""«Læreplass tilbudt» with no places is refused where every visit is saved, in words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from lpj_desktop.domain import labels
from lpj_desktop.domain.enums import Channel, EventKind
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import PlaceOffer, VisitDraft
from lpj_desktop.services import changes
from lpj_desktop.services.profile import get_profile
from lpj_desktop.services.visits import InvalidVisit, correct_visit, record_event, record_visit
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Company, Event, Visit

NOW = datetime(2025, 9, 10, 12, tzinfo=UTC)


def _draft(outcome: Outcome, places: list[PlaceOffer], company_id: str = "c1") -> VisitDraft:
    return VisitDraft(company_id=company_id, occurred_at=NOW, channel=Channel.PHONE, outcome=outcome,
                      places=places)


def test_an_offer_without_places_is_a_problem_and_a_contract_is_not() -> None:
    problems = _draft(Outcome.PLACE_OFFERED, []).problems(NOW)
    assert [(p.field, p.key) for p in problems] == [("places", "place_offered_needs_places")]
    assert _draft(Outcome.PLACE_OFFERED, [PlaceOffer("Elektrikerfaget", 1)]).problems(NOW) == []
    # A contract fills a place offered before (and counted then): it may leave places out.
    assert _draft(Outcome.CONTRACT_SIGNED, []).problems(NOW) == []
    assert _draft(Outcome.CONTRACT_SIGNED, [PlaceOffer("Elektrikerfaget", 1)]).problems(NOW) == []
    # Zero places is no offer either: the count's own rule says so.
    zero = _draft(Outcome.PLACE_OFFERED, [PlaceOffer("Elektrikerfaget", 0)]).problems(NOW)
    assert [p.key for p in zero] == ["place_count_range"]
    for key in ("place_offered_needs_places", "event_place_offered"):
        assert "Læreplass tilbudt" in labels.PROBLEM[key]


def _company(store: Store) -> tuple[str, str]:
    with store.session() as s:
        company = Company(name="Alta Elektro AS", source="manual")
        changes.create(s, company)
        return company.id, get_profile(s).user_id


def test_the_service_refuses_it_on_save_and_on_correction(store: Store) -> None:
    company_id, me = _company(store)
    with store.session() as s, pytest.raises(InvalidVisit) as refused:
        record_visit(s, _draft(Outcome.PLACE_OFFERED, [], company_id), me, now=NOW)
    assert [p.key for p in refused.value.problems] == ["place_offered_needs_places"]
    with store.session() as s:
        saved = record_visit(s, _draft(Outcome.PLACE_OFFERED, [PlaceOffer("Elektrikerfaget", 2)], company_id),
                             me, now=NOW).visit
        with pytest.raises(InvalidVisit):
            correct_visit(s, saved, _draft(Outcome.PLACE_OFFERED, [], company_id), me)
    with store.reader() as s:
        assert [v.places for v in s.scalars(select(Visit))] == [[{"trade": "Elektrikerfaget", "count": 2}]]


def test_an_event_cannot_offer_places_and_writes_nothing(store: Store) -> None:
    company_id, me = _company(store)
    with store.session() as s, pytest.raises(InvalidVisit) as refused:
        record_event(s, name="Yrkesmesse Alta", kind=EventKind.MARKET_DAY, occurred_at=NOW, hunter_id=me,
                     company_ids=[company_id], outcome=Outcome.PLACE_OFFERED)
    assert [(p.field, p.key) for p in refused.value.problems] == [("outcome", "event_place_offered")]
    with store.reader() as s:
        assert s.scalar(select(func.count()).select_from(Event)) == 0
        assert s.scalar(select(func.count()).select_from(Visit)) == 0
