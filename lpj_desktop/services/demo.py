"""Demo data for trying the app: the real Troms/Finnmark register sample plus a hunter's history.

Everything goes through the same services a hunter's clicks use (register import, profile, visits,
follow-ups, changes), so the demo store looks like a real one: outbox rows included, stages derived.
The generated part is the same for the same seed, relative to today (so some follow-ups are always
overdue, some due today and some this week).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lpj_desktop.domain import codelists
from lpj_desktop.domain.enums import Channel, FollowUpKind, GoalScope, LaerebedriftStatus
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import PlaceOffer, VisitDraft
from lpj_desktop.importers.brreg import ImportSummary, import_register
from lpj_desktop.resources import resource
from lpj_desktop.services import changes
from lpj_desktop.services.companies import update_hunter_fields
from lpj_desktop.services.profile import get_profile, is_set_up, set_profile
from lpj_desktop.services.visits import record_visit
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import (
    Campaign,
    CampaignTarget,
    Company,
    Contact,
    FollowUp,
    Goal,
    Note,
    SyncStateEntry,
    Visit,
)

DEMO_REGISTER = ("demo", "enheter-troms-finnmark.csv")
DEMO_NAME = "Demo Jeger"
DEMO_ORGANISATION = "Opplæringskontoret Nord"
DEMO_TEAM = "Team Troms"
VISITED_COMPANIES = 60

_PEOPLE = ("Kari Nordmann", "Ole Hansen", "Marit Eira", "Per Olsen", "Ingrid Johansen", "Aslak Somby",
           "Siri Nilsen", "Trond Berg", "Elle Hætta", "Anders Karlsen")
_ROLES = ("daglig leder", "fagansvarlig", "verkstedleder", "eier")
_NOTES = {
    Outcome.NOT_REACHED: "Ingen svar, prøver igjen.",
    Outcome.NOT_INTERESTED: "Ikke aktuelt nå, for liten bedrift.",
    Outcome.WANTS_INFORMATION: "Vil ha informasjon om lærlingordningen på e-post.",
    Outcome.FOLLOW_UP_AGREED: "Avtalt nytt møte med fagansvarlig.",
    Outcome.WILL_APPLY: "Skal søke om godkjenning som lærebedrift.",
    Outcome.APPROVED: "Godkjent som lærebedrift.",
    Outcome.PLACE_OFFERED: "Tilbyr læreplass fra august.",
    Outcome.CONTRACT_SIGNED: "Lærekontrakt signert.",
}
_NEXT = {
    Outcome.NOT_REACHED: ("Ringe igjen", FollowUpKind.CALL_BACK),
    Outcome.WANTS_INFORMATION: ("Sende informasjon om lærebedrift", FollowUpKind.SEND_MATERIAL),
    Outcome.FOLLOW_UP_AGREED: ("Nytt besøk", FollowUpKind.VISIT_AGAIN),
    Outcome.WILL_APPLY: ("Hjelpe med søknaden", FollowUpKind.CALL_BACK),
}
_CHANNELS = (Channel.VISIT, Channel.VISIT, Channel.PHONE, Channel.VIDEO, Channel.EMAIL)
# Industries where apprentices are common come first (construction, vehicles, food, health…).
_TRADE_BY_INDUSTRY = {"43.22": "Rørleggerfaget",
                      "41": "Tømrerfaget", "43": "Elektrikerfaget", "45": "Bilfaget, lette kjøretøy",
                      "10": "Industriell matproduksjon", "56": "Kokkfaget", "86": "Helsearbeiderfaget",
                      "47": "Salgsfaget", "49": "Yrkessjåførfaget"}


@dataclass(frozen=True, slots=True)
class DemoProgress:
    done: int
    total: int
    step: str


@dataclass(frozen=True, slots=True)
class DemoSummary:
    register: ImportSummary
    profile_set: bool  # a demo profile was created (none was set before)
    generated: bool  # False when the store already had visits: nothing generated twice
    visits: int = 0
    followups: int = 0
    contacts: int = 0
    notes: int = 0
    campaign_targets: int = 0
    goals: int = 0


DEMO_MARK = "demo_data"  # a sync_state key, set when made-up history was written into the store


def has_demo_data(session: Session) -> bool:
    """True when this store holds the generated demo history (which must not be synced)."""
    return session.get(SyncStateEntry, DEMO_MARK) is not None


def load_demo(store: Store, *, seed: int = 1,
              progress: Callable[[DemoProgress], None] | None = None) -> DemoSummary:
    """Fill `store` with the demo: register sample, a profile if none is set, and a hunter's history.

    Safe to call again: the register import changes nothing the second time, and the history is
    generated only into a store that has no visits yet.
    """
    say = progress or (lambda _p: None)
    say(DemoProgress(0, 3, "register"))
    register = import_register(store, resource(*DEMO_REGISTER))
    say(DemoProgress(1, 3, "profile"))
    with store.session() as s:
        profile_set = not is_set_up(s)
        if profile_set:
            set_profile(s, display_name=DEMO_NAME, organisation=DEMO_ORGANISATION, team=DEMO_TEAM)
        has_visits = bool(s.scalar(select(func.count()).select_from(Visit)))
    if has_visits:
        say(DemoProgress(3, 3, "done"))
        return DemoSummary(register, profile_set, generated=False)
    say(DemoProgress(2, 3, "history"))
    with store.session() as s:
        counts = _history(s, random.Random(seed), datetime.now(UTC))
        # Made-up visits must never reach a real server: sync refuses a store carrying this mark.
        s.merge(SyncStateEntry(key=DEMO_MARK, value=datetime.now(UTC).isoformat()))
    say(DemoProgress(3, 3, "done"))
    return DemoSummary(register, profile_set, True, *counts)


def _trade_for(company: Company, trades: list[str], rng: random.Random) -> str:
    code = company.industry_code or ""
    wanted = _TRADE_BY_INDUSTRY.get(code[:5]) or _TRADE_BY_INDUSTRY.get(code[:2])
    return wanted if wanted in trades else rng.choice(trades)


def _ladder_walk(rng: random.Random, steps: int) -> list[Outcome]:
    """A believable sequence of outcomes: mostly upwards, sometimes a no, sometimes nobody answers."""
    rung = rng.choice((0, 2, 2, 3))
    out: list[Outcome] = []
    for _ in range(steps):
        ladder = list(Outcome)
        if rng.random() < 0.15:
            out.append(Outcome.NOT_REACHED)
            continue
        if rng.random() < 0.12 and rung < Outcome.WILL_APPLY.rank:
            out.append(Outcome.NOT_INTERESTED)
            break
        rung = min(len(ladder) - 1, max(rung, Outcome.WANTS_INFORMATION.rank) + rng.choice((0, 1, 1, 2)))
        out.append(ladder[rung])
    return out or [Outcome.NOT_REACHED]


def _demo_places(outcome: Outcome, offered: bool, trade: str, rng: random.Random) -> list[PlaceOffer]:
    """The places a demo visit records: an offer always has them; a signed contract only when no
    earlier visit offered them (the contract fills that place: recording it again counts it twice)."""
    if outcome is Outcome.PLACE_OFFERED or (outcome is Outcome.CONTRACT_SIGNED and not offered):
        return [PlaceOffer(trade, rng.randint(1, 2))]
    return []


def _history(s, rng: random.Random, now: datetime) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    hunter = get_profile(s).user_id
    today = now.date()
    trades = [t.name for t in codelists.trades()]
    companies = list(s.scalars(
        select(Company)
        .where(Company.deleted_at.is_(None), Company.legal_form.in_(("AS", "ENK", "ANS", "DA")))
        .order_by(Company.orgnr)
    ))
    visited = rng.sample(companies, min(VISITED_COMPANIES, len(companies)))

    campaign = Campaign(name=f"Læreplassjeger {today.year}", organisation=DEMO_ORGANISATION,
                        starts_on=today - timedelta(days=120), ends_on=today + timedelta(days=60),
                        description="Brev og telefon til bedrifter i Troms og Finnmark.", letters_sent=40)
    changes.create(s, campaign)
    targets = rng.sample(companies, min(40, len(companies)))
    for company in targets:
        sent = campaign.starts_on + timedelta(days=rng.randint(0, 10))
        changes.create(s, CampaignTarget(campaign_id=campaign.id, company_id=company.id,
                                         letter_sent_on=sent, added_from="demo"))
    target_ids = {c.id for c in targets}

    n_visits = n_followups = n_contacts = n_notes = 0
    due_offsets = [-12, -5, -2, 0, 0, 1, 3, 5]  # overdue, today, this week — the rest later
    for index, company in enumerate(visited):
        contact = Contact(company_id=company.id, name=rng.choice(_PEOPLE), role=rng.choice(_ROLES),
                          phone=f"9{rng.randrange(10_000_000):07d}")
        changes.create(s, contact)
        n_contacts += 1
        trade = _trade_for(company, trades, rng)
        outcomes = _ladder_walk(rng, rng.randint(1, 4))
        start = now - timedelta(days=rng.randint(30, 240))
        gap = (now - timedelta(days=2) - start) / max(1, len(outcomes))
        offered = False  # places already recorded for this company
        for i, outcome in enumerate(outcomes):
            when = (start + gap * i).replace(hour=rng.randint(7, 13), minute=rng.choice((0, 15, 30, 45)))
            last = i == len(outcomes) - 1
            next_step, kind = _NEXT.get(outcome, ("", None))
            next_on: date | None = None
            if next_step and last:
                offset = due_offsets[index] if index < len(due_offsets) else rng.randint(7, 40)
                next_on = max(when.date(), today + timedelta(days=offset))
            elif next_step:
                next_step = ""
            record_visit(s, VisitDraft(
                company_id=company.id, occurred_at=when,
                channel=rng.choice(_CHANNELS),
                contact_id=contact.id, trades=[trade], outcome=outcome,
                reason="For liten bedrift" if outcome is Outcome.NOT_INTERESTED else None,
                places=_demo_places(outcome, offered, trade, rng),
                notes=_NOTES[outcome], next_step=next_step, next_step_on=next_on,
                campaign_id=campaign.id if company.id in target_ids else None,
            ), hunter, now=now)
            n_visits += 1
            n_followups += bool(next_on)
            offered = offered or outcome.rank >= Outcome.PLACE_OFFERED.rank
        top = max(outcomes, key=lambda o: o.rank)
        if top.rank >= Outcome.APPROVED.rank:
            status = (LaerebedriftStatus.APPROVED_WITH_APPRENTICES if top is Outcome.CONTRACT_SIGNED
                      else LaerebedriftStatus.APPROVED_NO_APPRENTICES)
            update_hunter_fields(s, company, lb_status=status.value, approved_trades=[trade], owner_id=hunter)
        elif top.rank >= Outcome.WANTS_INFORMATION.rank:
            update_hunter_fields(s, company, lb_status=LaerebedriftStatus.POTENTIAL.value,
                                 interest_trades=[trade], owner_id=hunter)
        if rng.random() < 0.3:
            changes.create(s, Note(company_id=company.id, author_id=hunter,
                                   text=f"{contact.name} er positiv til {trade.lower()}."))
            n_notes += 1

    # A few follow-ups not tied to a visit: letters from the campaign to call about.
    for offset in (-1, 0, 2, 4, 9):
        company = rng.choice(targets)
        changes.create(s, FollowUp(company_id=company.id, assignee_id=hunter, title="Ringe om brevet",
                                   kind=FollowUpKind.CALL_BACK.value, due_on=today + timedelta(days=offset),
                                   campaign_id=campaign.id))
        n_followups += 1

    goals = _demo_goals(hunter, today, campaign)
    for goal in goals:
        changes.create(s, goal)
    return n_visits, n_followups, n_contacts, n_notes, len(targets), len(goals)


def _demo_goals(hunter: str, today: date, campaign: Campaign) -> list[Goal]:
    """Goals that tell themselves apart by period: the hunter's monthly goal for last month and for
    this one, the hunter's goal for the whole campaign, and the team's for the year. (Three goals
    alike but for a month nobody saw read as one goal written three times.)"""
    this_start = today.replace(day=1)
    this_end = (this_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    last_end = this_start - timedelta(days=1)
    last_start = last_end.replace(day=1)
    return [
        Goal(scope=GoalScope.HUNTER.value, subject=hunter, period_start=last_start, period_end=last_end,
             visits=20, agreements=4, places=2),
        Goal(scope=GoalScope.HUNTER.value, subject=hunter, period_start=this_start, period_end=this_end,
             visits=20, agreements=4, places=2),
        Goal(scope=GoalScope.HUNTER.value, subject=hunter, period_start=campaign.starts_on,
             period_end=campaign.ends_on, visits=60, agreements=12, places=6),
        Goal(scope=GoalScope.TEAM.value, subject=DEMO_TEAM, period_start=today.replace(month=1, day=1),
             period_end=today.replace(month=12, day=31), visits=400, agreements=80, places=30),
    ]
