"""Services behind the hunter's app: follow-ups, goals, timeline, contacts (GDPR), drafts, paging."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from lpj_desktop.domain.enums import Channel, EventKind, GoalScope
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import PlaceOffer, VisitDraft
from lpj_desktop.services import changes, contacts, followups, goals, timeline
from lpj_desktop.services.companies import (
    CompanyQuery,
    add_company_by_hand,
    search_companies,
    search_companies_after,
)
from lpj_desktop.services.drafts import DraftStore
from lpj_desktop.services.profile import set_profile
from lpj_desktop.services.visits import check_draft, record_event, record_visit
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Contact, Goal, OutboxMutation

NOW = datetime(2024, 9, 11, 10, 0, tzinfo=UTC)  # a Wednesday


def _setup(store: Store) -> tuple[str, list[str]]:
    with store.session() as s:
        me = set_profile(s, display_name="Ida Hansen", organisation="OK Nord", team="Nord").user_id
        ids = [add_company_by_hand(s, name=n, municipality_number="5601").id
               for n in ("Alta Elektro AS", "Bygg Nord AS", "Kafé Nordlys")]
    return me, ids


def _visit(store: Store, me: str, company: str, when: datetime, outcome: Outcome, **kw: object) -> None:
    with store.session() as s:
        record_visit(s, VisitDraft(company_id=company, occurred_at=when, channel=Channel.VISIT,
                                   outcome=outcome, **kw), me, now=NOW)  # type: ignore[arg-type]


def test_followup_buckets_done_and_move(store: Store) -> None:
    me, (a, b, c) = _setup(store)
    today = NOW.date()
    for company, due in ((a, today - timedelta(days=2)), (b, today), (c, today + timedelta(days=3))):
        _visit(store, me, company, NOW - timedelta(days=5), Outcome.WANTS_INFORMATION,
               next_step="Ring tilbake", next_step_on=due)
    with store.reader() as s:
        buckets = followups.followup_buckets(s, me, today)
    assert [i.company_name for i in buckets.overdue] == ["Alta Elektro AS"]
    assert [i.company_name for i in buckets.today] == ["Bygg Nord AS"]
    assert [i.company_name for i in buckets.this_week] == ["Kafé Nordlys"]
    with store.session() as s:
        followups.mark_done(s, buckets.overdue[0].id)
        with pytest.raises(followups.FollowUpError) as err:
            followups.move(s, buckets.today[0].id, today - timedelta(days=1), today)
        assert err.value.key == "due_in_past"
        followups.move(s, buckets.today[0].id, today + timedelta(days=10), today)
    with store.reader() as s:
        after = followups.followup_buckets(s, me, today)
        assert (len(after.overdue), len(after.today), len(after.this_week), len(after.later)) == (0, 0, 1, 1)
        names = [m.name for m in s.scalars(select(OutboxMutation).where(OutboxMutation.entity == "followup"))]
        assert names.count("update") == 2


def test_goal_progress_counts_visits_agreements_places_for_hunter_and_team(store: Store) -> None:
    me, (a, b, c) = _setup(store)
    _visit(store, me, a, NOW - timedelta(days=1), Outcome.FOLLOW_UP_AGREED)
    _visit(store, me, a, NOW - timedelta(hours=2), Outcome.FOLLOW_UP_AGREED)  # same company: 1 agreement
    _visit(store, me, b, NOW - timedelta(days=2), Outcome.PLACE_OFFERED,
           places=[PlaceOffer("Elektrikerfaget", 2), PlaceOffer("Tømrerfaget", 1)])
    _visit(store, me, c, NOW - timedelta(days=3), Outcome.NOT_INTERESTED)
    _visit(store, me, c, NOW - timedelta(days=40), Outcome.CONTRACT_SIGNED)  # before the period
    with store.session() as s:
        mine = Goal(scope=GoalScope.HUNTER.value, subject=me, period_start=date(2024, 9, 1),
                    period_end=date(2024, 9, 30), visits=20, agreements=4, places=6)
        team = Goal(scope=GoalScope.TEAM.value, subject="Nord", period_start=date(2024, 9, 1),
                    period_end=date(2024, 9, 30), visits=100, agreements=10, places=10)
        s.add_all([mine, team])
    with store.reader() as s:
        found = goals.goals_for_user(s, me, NOW.date())
        assert [g.scope for g in found] == ["hunter", "team"]
        progress = goals.goal_progress(s, found[0], on=NOW.date())
        assert progress.achieved == goals.Activity(visits=4, agreements=2, places=3)
        assert progress.visits_ratio == pytest.approx(0.2)
        assert progress.elapsed == pytest.approx(11 / 30)
        assert goals.goal_progress(s, found[1], on=NOW.date()).achieved.visits == 4
        assert goals.goals_for_user(s, me, date(2024, 10, 1)) == []


def test_timeline_newest_first_with_event_on_each_company(store: Store) -> None:
    me, (a, b, _) = _setup(store)
    _visit(store, me, a, NOW - timedelta(days=3), Outcome.WANTS_INFORMATION,
           next_step="Send brosjyre", next_step_on=NOW.date() + timedelta(days=2))
    with store.session() as s:
        record_event(s, name="Yrkesmesse Alta", kind=EventKind.MARKET_DAY,
                     occurred_at=NOW - timedelta(days=1),
                     hunter_id=me, company_ids=[a, b], outcome=Outcome.WANTS_INFORMATION)
    with store.reader() as s:
        entries = timeline.company_timeline(s, a)
        assert [e.kind for e in entries] == ["followup", "visit", "visit"]
        assert entries[1].event_name == "Yrkesmesse Alta" and entries[1].author == "Ida Hansen"
        assert [e.event_name for e in timeline.company_timeline(s, b)] == ["Yrkesmesse Alta"]


def test_contact_export_and_erasure_keeps_a_synced_tombstone(store: Store) -> None:
    me, (a, _, _) = _setup(store)
    with store.session() as s:
        with pytest.raises(contacts.ContactInputError) as err:
            contacts.add_contact(s, a, contacts.ContactInput(name="Kari", email="kari@"))
        assert err.value.key == "email_invalid"
        cid = contacts.add_contact(s, a, contacts.ContactInput(
            name="Kari Nilsen", role="fagansvarlig", phone="+47 900 00 000", email="kari@alta.no")).id
    _visit(store, me, a, NOW - timedelta(days=1), Outcome.WANTS_INFORMATION, contact_id=cid)
    with store.reader() as s:
        data = contacts.export_contact(s, cid)
    json.dumps(data)
    assert data["person"]["email"] == "kari@alta.no" and len(data["contacts_with_this_person"]) == 1
    with store.session() as s:
        contacts.erase_contact(s, cid)
    with store.reader() as s:
        gone = s.get(Contact, cid)
        assert gone is not None and gone.deleted_at is not None
        assert (gone.name, gone.phone, gone.email, gone.role) == ("", None, None, None)
        assert contacts.contacts_of_company(s, a) == []
        muts = list(s.scalars(select(OutboxMutation).where(OutboxMutation.record_id == cid)
                              .order_by(OutboxMutation.mutation_id)))
        assert [m.name for m in muts] == ["create", "update", "delete"]
        assert muts[1].args["fields"]["email"] is None


def test_drafts_roundtrip_and_damaged_file_is_set_aside(tmp_path) -> None:  # type: ignore[no-untyped-def]
    ds = DraftStore(tmp_path / "drafts")
    draft = VisitDraft(company_id="c1", occurred_at=NOW, outcome=Outcome.PLACE_OFFERED,
                       places=[PlaceOffer("Elektrikerfaget", 2)], notes="æøå", next_step_on=date(2024, 9, 20))
    key = ds.new_key()
    ds.save(key, draft, "Alta Elektro AS")
    (tmp_path / "drafts" / "visit-broken.json").write_text("{half", encoding="utf-8")
    loaded = ds.load_all()
    assert len(loaded) == 1 and loaded[0].draft == draft and loaded[0].company_name == "Alta Elektro AS"
    assert (tmp_path / "drafts" / "visit-broken.damaged").exists()
    ds.remove(key)
    assert ds.load_all() == []
    ds.save(key, draft, "Alta Elektro AS", visit_id="v-1")  # a correction stays a correction
    assert ds.load_all()[0].visit_id == "v-1"


def test_check_draft_refuses_next_step_in_the_past() -> None:
    draft = VisitDraft(company_id="c", occurred_at=NOW - timedelta(days=10), outcome=Outcome.NOT_REACHED,
                       next_step="Ring", next_step_on=NOW.date() - timedelta(days=1))
    assert [p.key for p in check_draft(draft, now=NOW, today=NOW.date())] == ["next_step_in_past"]


@pytest.mark.parametrize("sort", ["name", "employees", "last_contact", "stage"])
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_equal_one_big_query(store: Store, sort: str, descending: bool) -> None:
    with store.session() as s:
        for i in range(57):
            c = add_company_by_hand(s, name=f"Firma {i % 13:02d}")
            changes.update(s, c, employees=None if i % 4 == 0 else i % 7)
            c.stage = None if i % 3 == 0 else ("approved" if i % 2 else "not_reached")
            c.last_contact_at = None if i % 5 == 0 else NOW - timedelta(days=i % 6)
    q = CompanyQuery(sort=sort, descending=descending)
    with store.reader() as s:
        everything = search_companies(s, q, limit=1000)
        paged, last = [], None
        while True:
            page = search_companies_after(s, q, last, limit=10)
            if not page:
                break
            paged.extend(page)
            last = page[-1]
    assert [r.id for r in paged] == [r.id for r in everything]
