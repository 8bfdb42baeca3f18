"""Where visits are saved: a visit, its follow-up from the next step, and the company's new stage."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lpj_desktop.domain.enums import Channel, EventKind, FollowUpKind
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.privacy import guard
from lpj_desktop.domain.visit_draft import PlaceOffer, Problem, VisitDraft
from lpj_desktop.services import changes
from lpj_desktop.services.stage import refresh_company_stage
from lpj_desktop.store.models import Attachment, Company, Event, FollowUp, Visit
from sync.entities import contract_problems
from sync.vocabulary import AttachmentParent


class InvalidVisit(ValueError):
    """The draft cannot be saved; `problems` says why, field by field."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(", ".join(f"{p.field}: {p.key}" for p in problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class SavedVisit:
    visit: Visit
    followup: FollowUp | None
    stage: Outcome | None


def _visit_fields(draft: VisitDraft) -> dict[str, object]:
    assert draft.channel is not None and draft.outcome is not None and draft.occurred_at is not None
    return {
        "occurred_at": draft.occurred_at,
        "channel": draft.channel.value,
        "contact_id": draft.contact_id,
        "trades": list(draft.trades),
        "outcome": draft.outcome.value,
        "reason": (draft.reason or "").strip() or None,
        "places": [{"trade": p.trade.strip(), "count": p.count} for p in draft.places],
        "notes": draft.notes.strip() or None,
        "next_step": draft.next_step.strip() or None,
        "next_step_on": draft.next_step_on,
        "event_id": draft.event_id,
        "campaign_id": draft.campaign_id,
    }


def check_draft(draft: VisitDraft, now: datetime | None = None,
                today: date | None = None) -> list[Problem]:
    """What the visit form shows in place: the draft's own problems, plus a next step dated in the past
    (a follow-up that is overdue the moment it is made is almost always a typo)."""
    problems = draft.problems(now)
    today = today or date.today()
    if (draft.next_step_on is not None and draft.next_step_on < today
            and not any(p.field == "next_step_on" for p in problems)):
        problems.append(Problem("next_step_on", "next_step_in_past"))
    return problems


def record_visit(session: Session, draft: VisitDraft, hunter_id: str,
                 now: datetime | None = None, *, allow_sensitive: bool = False) -> SavedVisit:
    """Save a new visit. With a next step and date, a follow-up is created for the hunter.

    Raises InvalidVisit, and SensitiveText when its texts look like they hold a national identity
    number or health details and the person has not said to save them anyway (`allow_sensitive`).
    """
    problems = draft.problems(now)
    if problems:
        raise InvalidVisit(problems)
    guard(draft.notes, draft.next_step, draft.reason, allow=allow_sensitive)
    assert draft.company_id is not None
    company = session.get(Company, draft.company_id)
    if company is None or company.deleted_at is not None:
        raise InvalidVisit([Problem("company", "company_unknown")])
    visit = Visit(company_id=draft.company_id, hunter_id=hunter_id, **_visit_fields(draft))
    changes.create(session, visit)
    followup = None
    if draft.next_step.strip() and draft.next_step_on is not None:
        followup = FollowUp(
            company_id=draft.company_id, visit_id=visit.id, assignee_id=hunter_id,
            title=draft.next_step.strip(), kind=FollowUpKind.OTHER.value,
            due_on=draft.next_step_on, campaign_id=draft.campaign_id,
        )
        changes.create(session, followup)
    stage = refresh_company_stage(session, draft.company_id)
    return SavedVisit(visit, followup, stage)


def correct_visit(session: Session, visit: Visit, draft: VisitDraft, user_id: str, *,
                  allow_sensitive: bool = False) -> Visit:
    """The author corrects a visit they recorded (the author's corrections win on sync); anyone
    else is refused here, whichever way they came (form, CLI, a stale draft)."""
    if visit.hunter_id != user_id:
        raise InvalidVisit([Problem("company", "visit_not_yours")])
    problems = draft.problems()
    if problems:
        raise InvalidVisit(problems)
    guard(draft.notes, draft.next_step, draft.reason, allow=allow_sensitive)
    changes.update(session, visit, **_visit_fields(draft))
    refresh_company_stage(session, visit.company_id)
    return visit


def save_visit(session: Session, visit_id: str | None, draft: VisitDraft, user_id: str, *,
               allow_sensitive: bool = False) -> Visit:
    """The visit form's save: record a new visit (`visit_id` None) or correct the one with that id,
    with every rule of `record_visit` and `correct_visit`."""
    if visit_id is None:
        return record_visit(session, draft, user_id, allow_sensitive=allow_sensitive).visit
    visit = session.get(Visit, visit_id)
    if visit is None or visit.deleted_at is not None:
        raise InvalidVisit([Problem("company", "visit_not_yours")])
    return correct_visit(session, visit, draft, user_id, allow_sensitive=allow_sensitive)


def delete_visit(session: Session, visit: Visit) -> None:
    changes.delete(session, visit)
    refresh_company_stage(session, visit.company_id)


def record_event(session: Session, *, name: str, kind: EventKind, occurred_at: datetime,
                 hunter_id: str, company_ids: list[str], outcome: Outcome,
                 notes: str = "", municipality_number: str | None = None,
                 allow_sensitive: bool = False) -> Event:
    """One gathering, many companies: an event and a visit on each attending company's timeline.
    Raises InvalidVisit, or SensitiveText as `record_visit` does."""
    _check_event(name, company_ids, outcome, notes, allow_sensitive)
    event = Event(name=name.strip(), kind=kind.value, occurred_at=occurred_at, hunter_id=hunter_id,
                  municipality_number=municipality_number, notes=notes.strip() or None)
    changes.create(session, event)
    for company_id in dict.fromkeys(company_ids):  # keep order, drop repeats
        record_visit(session, VisitDraft(
            company_id=company_id, occurred_at=occurred_at, channel=Channel.EVENT,
            outcome=outcome, notes=notes, event_id=event.id,
        ), hunter_id, allow_sensitive=True)  # the event's notes were guarded above
    return event


def _check_event(name: str, company_ids: list[str], outcome: Outcome | None, notes: str,
                 allow_sensitive: bool) -> None:
    """An event's rules, for recording it and for correcting it."""
    if not name.strip():
        raise InvalidVisit([Problem("name", "event_name_missing")])
    if not company_ids:
        raise InvalidVisit([Problem("companies", "event_companies_missing")])
    if outcome is Outcome.PLACE_OFFERED:
        # The visits an event writes carry no places, and an offer without places is refused (see
        # VisitDraft.problems): say so in the event's own words before anything is written.
        raise InvalidVisit([Problem("outcome", "event_place_offered")])
    too_long = contract_problems("event", {"name": name.strip(), "notes": notes.strip()})
    if too_long:
        raise InvalidVisit([Problem(p.field, "text_too_long", p.limit) for p in too_long])
    guard(name, notes, allow=allow_sensitive)


def _own_event(session: Session, event_id: str, user_id: str) -> Event:
    """The live event with this id if `user_id` recorded it (only its author changes it, as the
    server's owned policy says); InvalidVisit otherwise."""
    event = session.get(Event, event_id)
    if event is None or event.deleted_at is not None:
        raise InvalidVisit([Problem("name", "event_gone")])
    if event.hunter_id != user_id:
        raise InvalidVisit([Problem("name", "event_not_yours")])
    return event


def _event_visits(session: Session, event: Event) -> list[Visit]:
    return list(session.scalars(select(Visit).where(
        Visit.event_id == event.id, Visit.hunter_id == event.hunter_id, Visit.deleted_at.is_(None))))


def event_outcome(session: Session, event_id: str) -> Outcome | None:
    """The outcome every company at the event has, or None when they differ (one was corrected
    on its own) or there are none."""
    outcomes = set(session.scalars(select(Visit.outcome).where(
        Visit.event_id == event_id, Visit.deleted_at.is_(None))))
    return Outcome(outcomes.pop()) if len(outcomes) == 1 else None


def correct_event(session: Session, event_id: str, *, name: str, kind: EventKind, occurred_at: datetime,
                  user_id: str, company_ids: list[str], outcome: Outcome | None, notes: str = "",
                  allow_sensitive: bool = False) -> Event:
    """Its author's correction of an event: its facts, and the visits it wrote follow. A company
    taken off the list loses the event's visit, one added gets one; the others move with the
    event's time where they had it, take `outcome` when one is given (None: each keeps its own),
    and the new notes where they still had the event's notes. Each visit is corrected under every
    rule of `correct_visit`. InvalidVisit or SensitiveText as `record_event`."""
    event = _own_event(session, event_id, user_id)
    _check_event(name, company_ids, outcome, notes, allow_sensitive)
    old_when, old_notes = event.occurred_at, event.notes or ""
    changes.update(session, event, name=name.strip(), kind=kind.value, occurred_at=occurred_at,
                   notes=notes.strip() or None)
    wanted = list(dict.fromkeys(company_ids))
    visits = {v.company_id: v for v in _event_visits(session, event)}
    for company_id, visit in visits.items():
        if company_id not in wanted:
            delete_visit(session, visit)
    common = event_outcome(session, event.id) or Outcome.WANTS_INFORMATION
    for company_id in wanted:
        kept = visits.get(company_id)
        if kept is None:
            record_visit(session, VisitDraft(
                company_id=company_id, occurred_at=occurred_at, channel=Channel.EVENT,
                outcome=outcome or common, notes=notes, event_id=event.id,
            ), user_id, allow_sensitive=True)  # the event's notes were guarded above
            continue
        draft = draft_of_visit(kept)
        if kept.occurred_at == old_when:
            draft.occurred_at = occurred_at
        if outcome is not None:
            draft.outcome = outcome
        if (kept.notes or "") == old_notes.strip():
            draft.notes = notes
        correct_visit(session, kept, draft, user_id, allow_sensitive=True)
    return event


def delete_event(session: Session, event_id: str, user_id: str) -> int:
    """Its author deletes an event: the event, the visit it wrote on each company's timeline and
    its files become tombstones (synced like any delete). Returns how many visits went."""
    event = _own_event(session, event_id, user_id)
    visits = _event_visits(session, event)
    for visit in visits:
        delete_visit(session, visit)
    for attachment in session.scalars(select(Attachment).where(
            Attachment.parent_entity == AttachmentParent.EVENT.value, Attachment.parent_id == event.id,
            Attachment.deleted_at.is_(None))):
        changes.delete(session, attachment)
    changes.delete(session, event)
    return len(visits)


def draft_of_visit(visit: Visit) -> VisitDraft:
    """A saved visit as a draft, for its author to correct."""
    return VisitDraft(
        company_id=visit.company_id, occurred_at=visit.occurred_at, channel=Channel(visit.channel),
        contact_id=visit.contact_id, trades=list(visit.trades or []), outcome=Outcome(visit.outcome),
        reason=visit.reason, places=[PlaceOffer(str(p.get("trade", "")), int(p.get("count", 0)))
                                     for p in visit.places or []],
        notes=visit.notes or "", next_step=visit.next_step or "", next_step_on=visit.next_step_on,
        event_id=visit.event_id, campaign_id=visit.campaign_id,
    )


def author_of(session: Session, visit_id: str) -> str | None:
    """Who recorded the visit (the only one who may correct it); None if there is no such visit."""
    return session.scalar(select(Visit.hunter_id).where(Visit.id == visit_id))


def draft_of_visit_id(session: Session, visit_id: str) -> VisitDraft | None:
    """The saved visit with this id as a draft, or None when it is gone."""
    visit = session.get(Visit, visit_id)
    return None if visit is None or visit.deleted_at is not None else draft_of_visit(visit)


def visits_of_company(session: Session, company_id: str) -> list[Visit]:
    """A company's visits, newest first, tombstones left out."""
    return list(session.scalars(
        select(Visit).where(Visit.company_id == company_id, Visit.deleted_at.is_(None))
        .order_by(Visit.occurred_at.desc())
    ))
