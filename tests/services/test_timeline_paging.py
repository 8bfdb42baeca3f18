"""The paged timeline reader: notes and follow-ups are read page by page with the visits, and after
a save only the head is read again. Paged or not, the same entries in the same order."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta

from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import VisitDraft
from lpj_desktop.services import changes
from lpj_desktop.services.companies import add_company_by_hand
from lpj_desktop.services.notes import add_note
from lpj_desktop.services.profile import set_profile
from lpj_desktop.services.timeline import TimelineReader, company_timeline
from lpj_desktop.services.visits import record_visit
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import FollowUp

NOW = datetime(2024, 9, 11, 10, 0, tzinfo=UTC)


def _filled(store: Store) -> tuple[str, str]:
    """A company with 120 visits, follow-ups due around them (some at a visit's exact instant's
    day end, some the same day), and notes between them."""
    rng = random.Random(5)
    with store.session() as s:
        me = set_profile(s, display_name="Ida Hansen", organisation="OK Nord").user_id
        company = add_company_by_hand(s, name="Alta Elektro AS", municipality_number="5601").id
    with store.session() as s:
        for i in range(120):
            when = NOW - timedelta(days=rng.randrange(0, 400), minutes=rng.randrange(0, 1440))
            if i % 10 == 0:  # a visit at 23:59 and later: its day's follow-ups sit around it
                when = datetime.combine(when.date(), time(23, 59, rng.randrange(0, 60)), tzinfo=UTC)
            next_on = when.date() + timedelta(days=rng.choice((0, 0, 1, 3, 20)))
            record_visit(s, VisitDraft(company_id=company, occurred_at=when, channel=Channel.PHONE,
                                       outcome=Outcome.WANTS_INFORMATION, notes=f"besøk {i}",
                                       next_step="Ring" if i % 3 else "",
                                       next_step_on=next_on if i % 3 else None),
                         me, now=when + timedelta(minutes=1))
        for i in range(30):
            note = add_note(s, company, me, f"notat {i}")
            note.created_at = NOW - timedelta(days=rng.randrange(0, 420), seconds=rng.randrange(86400))
    return me, company


def _key(entries: list) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(e.kind, e.record_id) for e in entries]


def test_paged_reading_gives_the_whole_timeline_in_order(store: Store) -> None:
    _me, company = _filled(store)
    with store.reader() as s:
        whole = company_timeline(s, company)
        for page in (1, 7, 50, 119, 120, 121):
            reader = TimelineReader(company)
            paged = []
            while not reader.exhausted:
                paged.extend(reader.fetch(s, page))
            assert _key(paged) == _key(whole), page
    assert len([e for e in whole if e.kind == "visit"]) == 120
    assert len([e for e in whole if e.kind == "note"]) == 30
    assert [e.when for e in whole] == sorted((e.when for e in whole), reverse=True)


def test_the_first_page_holds_only_its_stretch_of_notes_and_followups(store: Store) -> None:
    _me, company = _filled(store)
    with store.reader() as s:
        first = TimelineReader(company).fetch(s, 10)
    visits = [e for e in first if e.kind == "visit"]
    assert len(visits) == 10
    assert all(e.when >= visits[-1].when for e in first)
    assert len(first) < 60  # not all 30 notes and ~80 follow-ups


def test_head_after_a_save_brings_the_new_visit_and_its_followup(store: Store) -> None:
    me, company = _filled(store)
    reader = TimelineReader(company)
    with store.reader() as s:
        shown = reader.fetch(s, 20)
    with store.session() as s:
        saved = record_visit(s, VisitDraft(company_id=company, occurred_at=NOW + timedelta(hours=1),
                                           channel=Channel.VISIT, outcome=Outcome.FOLLOW_UP_AGREED,
                                           notes="ny", next_step="Send brosjyre",
                                           next_step_on=NOW.date() + timedelta(days=4)),
                             me, now=NOW + timedelta(hours=2))
        visit_id, followup_id = saved.visit.id, saved.followup.id  # type: ignore[union-attr]
        old_followup = s.query(FollowUp).filter(FollowUp.company_id == company).first()
        changes.update(s, old_followup, status="done")  # type: ignore[arg-type]
    with store.reader() as s:
        head = reader.head(s)
        rest = reader.fetch(s, 20)
        whole = company_timeline(s, company)
    head_visits = [e for e in head if e.kind == "visit"]
    assert [e.record_id for e in head_visits] == [visit_id]  # the old visits are not read again
    assert followup_id in {e.record_id for e in head}
    # Head (the new entries and the others of the stretch shown) then the next page: no entry twice,
    # none lost, same order as reading afresh.
    shown_visits = [e for e in shown if e.kind == "visit"]
    merged = sorted(head + shown_visits + rest, key=lambda e: (e.when, e.record_id), reverse=True)
    assert _key(merged) == _key(whole[:len(merged)])
    assert len({e.record_id for e in merged}) == len(merged)


def test_page_edges_at_the_end_of_a_day_and_at_the_same_instant(store: Store) -> None:
    """A follow-up sits at 23:59 of its due day: between two visits made in that minute it belongs
    to the later page; a note made at the very instant of a page's last visit belongs to that page."""
    with store.session() as s:
        me = set_profile(s, display_name="Ida Hansen", organisation="OK Nord").user_id
        company = add_company_by_hand(s, name="Alta Elektro AS", municipality_number="5601").id
    day = NOW.date()
    late = datetime.combine(day, time(23, 59, 30), tzinfo=UTC)
    with store.session() as s:
        for when, next_step in ((late, "Ring"), (late - timedelta(seconds=50), ""),
                                (late - timedelta(hours=5), "")):
            record_visit(s, VisitDraft(company_id=company, occurred_at=when, channel=Channel.PHONE,
                                       outcome=Outcome.WANTS_INFORMATION, next_step=next_step,
                                       next_step_on=day if next_step else None),
                         me, now=when)
        add_note(s, company, me, "samtidig").created_at = late - timedelta(hours=5)
    with store.reader() as s:
        whole = company_timeline(s, company)
        reader = TimelineReader(company)
        pages = []
        while not reader.exhausted:
            pages.append(reader.fetch(s, 1))
    # The note was made after the visit of the same instant: a greater id, so above it.
    assert [e.kind for e in whole] == ["visit", "followup", "visit", "note", "visit"]
    assert _key([e for page in pages for e in page]) == _key(whole)
    assert [len(p) for p in pages[:3]] == [1, 2, 2]  # the follow-up with the 23:58:40 visit; the note
