"""Handing a hunter's work over to other hunters, by staff, in one step, and undoing it.

What moves: the companies the hunter owns (Company.owner_id) and the hunter's open follow-ups
(FollowUp.assignee_id), all of them or those in chosen municipalities. Campaign targets carry no
hunter of their own: the company's owner is the responsible hunter a target list shows and a
letter names, so a target follows its company and nothing is written for it.

Several receivers split the companies evenly; a company's follow-ups go with it. Companies are
cut into contiguous runs by municipality and name, so each receiver gets neighbouring companies
(a driver's day), and only the runs' edges split a municipality.

Every edit goes through services.changes (row + outbox mutation in one transaction), so it syncs
as any edit does: one ordinary sync takes the handover to every laptop. Each company handed over
gets a `Handover` record (a synced kind of its own, see sync/entities.py) naming the batch, who
gave, who got, who did it and which follow-ups moved: the company's timeline shows it, and
`undo_handover` moves back exactly what the batch moved, unless someone changed it since.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Integer, distinct, func, select
from sqlalchemy.orm import Session

from lpj_desktop.domain import regions
from lpj_desktop.domain.enums import FollowUpStatus
from lpj_desktop.services import changes
from lpj_desktop.services.profile import get_profile, is_staff_profile
from lpj_desktop.services.region_numbers import all_numbers_of_municipalities
from lpj_desktop.store.base import utcnow
from lpj_desktop.store.models import Campaign, CampaignTarget, Company, FollowUp, Handover, User
from sync.entities import MAX_ITEMS
from sync.kernel.ids import uuid7

# progress(done, total) -> False to stop (ui.workers.Job's with_steps convention).
Progress = Callable[[int, int], bool]
# How often the long loops report: often enough for a bar that moves, rarely enough to cost nothing.
PROGRESS_EVERY = 250
# Ids per IN (…) list: well under SQLite's bound-parameter limit.
CHUNK = 900

HANDOVER_WORDS: dict[str, str] = {
    "staff_only": "Bare ansatte og administratorer kan overføre arbeid fra en læreplassjeger til en annen.",
    "unknown_user": "Læreplassjegeren finnes ikke i denne databasen: {0}.",
    "no_receivers": "Velg minst én læreplassjeger som skal overta.",
    "receiver_is_giver": "Den som gir fra seg arbeidet, kan ikke også være mottaker.",
    "receiver_inactive": "{0} har sluttet (kontoen er deaktivert) og kan ikke overta arbeid.",
    "unknown_municipality": "Ukjent kommunenummer: {0}.",
    "nothing_to_move": "Det er ingen bedrifter eller åpne oppfølginger å overføre.",
    "cancelled": "Overføringen ble avbrutt; ingenting er endret.",
    "batch_unknown": "Fant ingen overføring med id {0}.",
    "already_undone": "Denne overføringen er allerede angret.",
    "undo_of_undo": "En angring kan ikke angres. Gjør en ny overføring i stedet.",
}


class HandoverError(ValueError):
    """A handover or undo that cannot be done; `key` says why (words in HANDOVER_WORDS, shown by
    the UI through tr()), `detail` is the value it is about (a user id, a municipality number)."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(HANDOVER_WORDS[key].format(detail))
        self.key = key
        self.detail = detail


# --- what would move ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlannedCompany:
    """One company in a plan: whether its owner moves, and the follow-ups that move with it."""

    company_id: str
    name: str
    municipality_number: str | None
    company_moves: bool
    followup_ids: tuple[str, ...]
    to_id: str


@dataclass(frozen=True, slots=True)
class ReceiverShare:
    """What one receiver gets."""

    user_id: str
    name: str
    companies: int  # companies whose owner becomes this receiver
    followups: int
    targets: int  # campaign targets that follow those companies


class _Totals:
    """The receivers' shares added up (a plan's, and a done handover's)."""

    __slots__ = ()
    shares: list[ReceiverShare]

    @property
    def companies(self) -> int:
        return sum(s.companies for s in self.shares)

    @property
    def followups(self) -> int:
        return sum(s.followups for s in self.shares)

    @property
    def targets(self) -> int:
        return sum(s.targets for s in self.shares)


@dataclass(frozen=True, slots=True)
class HandoverPlan(_Totals):
    """What a handover would move, counted before anything is done."""

    from_id: str
    from_name: str
    items: list[PlannedCompany]
    shares: list[ReceiverShare]


@dataclass(frozen=True, slots=True)
class MunicipalityCount:
    """A municipality where a hunter has work: today's number, its label, how much."""

    number: str
    label: str
    companies: int
    followups: int


def _require_staff(session: Session) -> str:
    """The local user's id, when staff or admin; HandoverError otherwise. (The server checks again:
    handover records are staff-only in the contract.)"""
    if not is_staff_profile(session):
        raise HandoverError("staff_only")
    return get_profile(session).user_id


def _names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(User.id, User.name)).all())


def _check_people(session: Session, from_id: str, to_ids: Sequence[str]) -> list[str]:
    """The receivers without repeats, in the order given; HandoverError for anyone unknown or
    deactivated."""
    # The giver may be someone whose account is gone (that is when work is handed over most):
    # any user this store has heard of. Receivers must be current, active users: the server
    # refuses work given to a deactivated one (sync.entities: receivers).
    if session.get(User, from_id) is None:
        raise HandoverError("unknown_user", from_id)
    known = dict(session.execute(select(User.id, User.active).where(User.deleted_at.is_(None))).all())
    receivers = list(dict.fromkeys(to_ids))
    if not receivers:
        raise HandoverError("no_receivers")
    for to_id in receivers:
        if to_id == from_id:
            raise HandoverError("receiver_is_giver")
        if to_id not in known:
            raise HandoverError("unknown_user", to_id)
        if not known[to_id]:
            raise HandoverError("receiver_inactive", _names(session).get(to_id) or to_id)
    return receivers


def _municipality_numbers(municipalities: Iterable[str]) -> set[str] | None:
    """Every stored number (old ones too: 54xx before 2024) of the chosen municipalities; None
    for no choice (all)."""
    chosen = [m.strip() for m in municipalities if m.strip()]
    if not chosen:
        return None
    for number in chosen:
        if regions.municipality(number) is None:
            raise HandoverError("unknown_municipality", number)
    return all_numbers_of_municipalities(chosen)


def _work_of(session: Session, from_id: str, numbers: set[str] | None
             ) -> tuple[list[tuple[str, str, str | None]], list[tuple[str, str, str, str | None]]]:
    """The hunter's live companies (id, name, municipality) and open follow-ups on live companies
    (id, company id, company name, municipality), within `numbers` when given."""
    company_q = select(Company.id, Company.name, Company.municipality_number).where(
        Company.owner_id == from_id, Company.deleted_at.is_(None))
    followup_q = (
        select(FollowUp.id, FollowUp.company_id, Company.name, Company.municipality_number)
        .join(Company, Company.id == FollowUp.company_id)
        .where(FollowUp.assignee_id == from_id, FollowUp.status == FollowUpStatus.OPEN.value,
               FollowUp.deleted_at.is_(None), Company.deleted_at.is_(None)))
    if numbers is not None:
        company_q = company_q.where(Company.municipality_number.in_(numbers))
        followup_q = followup_q.where(Company.municipality_number.in_(numbers))
    companies = [(cid, name, muni) for cid, name, muni in session.execute(company_q)]
    followups = [(fid, cid, name, muni) for fid, cid, name, muni in session.execute(followup_q)]
    return companies, followups


def hunter_municipalities(session: Session, from_id: str) -> list[MunicipalityCount]:
    """The municipalities (today's) where `from_id` owns companies or has open follow-ups, by name:
    the choices for a handover of only some municipalities."""
    companies, followups = _work_of(session, from_id, None)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for _cid, _name, muni in companies:
        counts[regions.current_municipality_number(muni) or ""][0] += 1
    for _fid, _cid, _name, muni in followups:
        counts[regions.current_municipality_number(muni) or ""][1] += 1
    out = [MunicipalityCount(nr, regions.municipality_label(nr) if nr else "", c, f)
           for nr, (c, f) in counts.items() if nr]
    return sorted(out, key=lambda m: m.label)


def plan_handover(session: Session, from_id: str, to_ids: Sequence[str],
                  municipalities: Iterable[str] = ()) -> HandoverPlan:
    """What handing `from_id`'s work to `to_ids` would move (only in `municipalities`, today's or
    old numbers, when any are given). Reads only; anyone may look, only staff may do it."""
    receivers = _check_people(session, from_id, to_ids)
    numbers = _municipality_numbers(municipalities)
    companies, followups = _work_of(session, from_id, numbers)
    units: dict[str, dict[str, Any]] = {}
    for cid, name, muni in companies:
        units[cid] = {"name": name, "muni": muni, "moves": True, "followups": []}
    for fid, cid, name, muni in followups:
        unit = units.setdefault(cid, {"name": name, "muni": muni, "moves": False, "followups": []})
        unit["followups"].append(fid)
    # Contiguous runs by (today's) municipality and name: each receiver gets neighbours.
    order = sorted(units, key=lambda cid: (regions.current_municipality_number(units[cid]["muni"]) or "~",
                                           (units[cid]["name"] or "").casefold(), cid))
    items: list[PlannedCompany] = []
    size, extra = divmod(len(order), len(receivers))
    start = 0
    for i, to_id in enumerate(receivers):
        end = start + size + (1 if i < extra else 0)
        for cid in order[start:end]:
            u = units[cid]
            items.append(PlannedCompany(cid, u["name"], u["muni"], u["moves"],
                                        tuple(sorted(u["followups"])), to_id))
        start = end
    targets_of = _targets_per_company(session, [p.company_id for p in items if p.company_moves])
    names = _names(session)
    shares = []
    for to_id in receivers:
        mine = [p for p in items if p.to_id == to_id]
        shares.append(ReceiverShare(
            to_id, names.get(to_id, ""), sum(p.company_moves for p in mine),
            sum(len(p.followup_ids) for p in mine),
            sum(targets_of.get(p.company_id, 0) for p in mine if p.company_moves)))
    return HandoverPlan(from_id, names.get(from_id, ""), items, shares)


T = TypeVar("T")


def _chunks(ids: Sequence[T]) -> Iterable[Sequence[T]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def _targets_per_company(session: Session, company_ids: Sequence[str]) -> dict[str, int]:
    """Live campaign targets (of live campaigns) per company."""
    out: dict[str, int] = defaultdict(int)
    for part in _chunks(company_ids):
        rows = session.execute(
            select(CampaignTarget.company_id, func.count())
            .join(Campaign, Campaign.id == CampaignTarget.campaign_id)
            .where(CampaignTarget.company_id.in_(part), CampaignTarget.deleted_at.is_(None),
                   Campaign.deleted_at.is_(None))
            .group_by(CampaignTarget.company_id))
        for cid, n in rows:
            out[cid] = n
    return out


def _states(session: Session, columns: Sequence[Any], ids: Sequence[str]) -> dict[str, Any]:
    """Rows of `columns` (the first is the id) by id, read in chunks of CHUNK ids."""
    out: dict[str, Any] = {}
    for part in _chunks(list(ids)):
        for row in session.execute(select(*columns).where(columns[0].in_(part))):
            out[row[0]] = row
    return out


# --- doing it ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HandoverDone(_Totals):
    """A handover made: its batch id and what moved to whom."""

    batch_id: str
    from_id: str
    shares: list[ReceiverShare]
    moved_at: datetime


def _handover_rows(batch_id: str, company_id: str, from_id: str, to_id: str, by_id: str,
                   now: datetime, company_moved: bool, followup_ids: Sequence[str],
                   undoes: str | None) -> list[Handover]:
    """The record(s) for one company. A list in the contract holds at most MAX_ITEMS values: a
    company with more follow-ups moved at once gets a record per MAX_ITEMS of them."""
    parts = [list(followup_ids[i:i + MAX_ITEMS]) for i in range(0, len(followup_ids), MAX_ITEMS)] or [[]]
    return [Handover(id=uuid7(), created_at=now, updated_at=now, batch_id=batch_id, company_id=company_id,
                     from_id=from_id, to_id=to_id, by_id=by_id, moved_at=now,
                     company_moved=company_moved and i == 0, followup_ids=part, undoes=undoes)
            for i, part in enumerate(parts)]


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
        if not progress(done, total):
            # Raised inside the caller's transaction, which rolls back: nothing moved.
            raise HandoverError("cancelled")


def hand_over(session: Session, from_id: str, to_ids: Sequence[str],
              municipalities: Iterable[str] = (), *, now: datetime | None = None,
              progress: Progress | None = None) -> HandoverDone:
    """Move `from_id`'s companies and open follow-ups (only in `municipalities` when given) to
    `to_ids`, split evenly, as one batch: owners and assignees changed through services.changes
    and a Handover record per company, all in the caller's transaction (all or nothing). Staff
    and admins only (HandoverError "staff_only"); "nothing_to_move" when there is nothing."""
    by_id = _require_staff(session)
    plan = plan_handover(session, from_id, to_ids, municipalities)
    if not plan.items:
        raise HandoverError("nothing_to_move")
    now = now or utcnow()
    batch_id = uuid7()
    records: list[Handover] = []
    total = len(plan.items)
    # A stretch of companies at a time, each receiver's part of it in two statements (owners,
    # assignees) through changes.update_all: the progress moves, and no row is written one by one.
    for start in range(0, total, PROGRESS_EVERY):
        moves: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
        for item in plan.items[start:start + PROGRESS_EVERY]:
            company_ids, followup_ids = moves[item.to_id]
            if item.company_moves:
                company_ids.append(item.company_id)
            followup_ids.extend(item.followup_ids)
            records.extend(_handover_rows(batch_id, item.company_id, from_id, item.to_id, by_id, now,
                                          item.company_moves, item.followup_ids, None))
        for to_id, (company_ids, followup_ids) in moves.items():
            changes.update_all(session, Company, company_ids, owner_id=to_id)
            changes.update_all(session, FollowUp, followup_ids, assignee_id=to_id)
        _tick(progress, min(start + PROGRESS_EVERY, total), total)
    changes.create_all(session, records)
    return HandoverDone(batch_id, from_id, plan.shares, now)


# --- undoing it --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NotUndone:
    """Something a batch moved that its undo left alone, and why: "deleted", "owner_changed"
    (the company belongs to `now_with` now), "reassigned" (the follow-up is `now_with`'s now),
    "done"/"cancelled" (the follow-up was closed since), "already_back" (moved back already),
    "giver_inactive" (the one it came from has left: `now_with` keeps it)."""

    kind: str  # "company" or "followup"
    record_id: str
    title: str  # the company's name, or the follow-up's title
    company_name: str
    reason: str
    now_with: str | None = None  # the user id it belongs to now
    now_with_name: str = ""


@dataclass(frozen=True, slots=True)
class UndoDone:
    """An undo made: the batch it undid, its own batch id (None when nothing could move back),
    what moved back, and what was left as it is."""

    undone_batch: str
    batch_id: str | None
    companies: int
    followups: int
    not_undone: list[NotUndone] = field(default_factory=list)


def undo_handover(session: Session, batch_id: str, *, now: datetime | None = None,
                  progress: Progress | None = None) -> UndoDone:
    """Move back what batch `batch_id` moved: each company whose owner is still the one it was
    given to, each follow-up still open and still with the one it was given to. Anything changed
    since (given on, closed, deleted) is left as it is and listed in `not_undone`. The undo is a
    batch of its own (Handover records with `undoes`), so it shows in the timeline and syncs."""
    by_id = _require_staff(session)
    rows = list(session.scalars(select(Handover).where(Handover.batch_id == batch_id,
                                                       Handover.deleted_at.is_(None))))
    if not rows:
        raise HandoverError("batch_unknown", batch_id)
    if any(r.undoes for r in rows):
        raise HandoverError("undo_of_undo")
    if session.scalar(select(Handover.id).where(Handover.undoes == batch_id).limit(1)) is not None:
        raise HandoverError("already_undone")
    now = now or utcnow()
    undo_id = uuid7()
    companies = _states(session, (Company.id, Company.name, Company.owner_id, Company.deleted_at),
                        list({r.company_id for r in rows}))
    followups = _states(session, (FollowUp.id, FollowUp.title, FollowUp.status, FollowUp.assignee_id,
                                  FollowUp.deleted_at), [f for r in rows for f in r.followup_ids])
    names = _names(session)
    # Work goes back only to givers still active: one who has left is given nothing (the server
    # refuses it too); the receiver keeps it, and the list says why.
    inactive = changes.users_gone(session)
    not_undone: list[NotUndone] = []
    records: list[Handover] = []
    # Back to whom, what: owners and assignees, written per giver by changes.update_all.
    owners_back: dict[str, list[str]] = defaultdict(list)
    assignees_back: dict[str, list[str]] = defaultdict(list)

    def left(kind: str, rid: str, title: str, company: Any, reason: str, now_with: str | None = None) -> None:
        not_undone.append(NotUndone(kind, rid, title, company.name if company else "", reason, now_with,
                                    names.get(now_with or "", "")))

    for done, row in enumerate(rows, 1):
        company = companies.get(row.company_id)
        company_back = False
        if row.company_moved:
            title = company.name if company else row.company_id
            if company is None or company.deleted_at is not None:
                left("company", row.company_id, title, company, "deleted")
            elif company.owner_id == row.from_id:
                left("company", row.company_id, title, company, "already_back")
            elif company.owner_id != row.to_id:
                left("company", row.company_id, title, company, "owner_changed", company.owner_id)
            elif row.from_id in inactive:
                left("company", row.company_id, title, company, "giver_inactive", row.to_id)
            else:
                owners_back[row.from_id].append(row.company_id)
                company_back = True
        back: list[str] = []
        for fid in row.followup_ids:
            fu = followups.get(fid)
            if fu is None or fu.deleted_at is not None:
                left("followup", fid, fu.title if fu else fid, company, "deleted")
            elif fu.status != FollowUpStatus.OPEN.value:
                left("followup", fid, fu.title, company,
                     "cancelled" if fu.status == FollowUpStatus.CANCELLED.value else "done")
            elif fu.assignee_id == row.from_id:
                left("followup", fid, fu.title, company, "already_back")
            elif fu.assignee_id != row.to_id:
                left("followup", fid, fu.title, company, "reassigned", fu.assignee_id)
            elif row.from_id in inactive:
                left("followup", fid, fu.title, company, "giver_inactive", row.to_id)
            else:
                assignees_back[row.from_id].append(fid)
                back.append(fid)
        if company_back or back:
            records.extend(_handover_rows(undo_id, row.company_id, row.to_id, row.from_id, by_id, now,
                                          company_back, back, batch_id))
        _tick(progress, done, len(rows))
    for giver, ids in owners_back.items():
        changes.update_all(session, Company, ids, owner_id=giver)
    for giver, ids in assignees_back.items():
        changes.update_all(session, FollowUp, ids, assignee_id=giver)
    changes.create_all(session, records)
    moved_companies = sum(len(ids) for ids in owners_back.values())
    moved_followups = sum(len(ids) for ids in assignees_back.values())
    return UndoDone(batch_id, undo_id if records else None, moved_companies, moved_followups, not_undone)


# --- the list of handovers ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HandoverSummary:
    """One batch as a line in a list: when, by whom, from whom to whom, how much; `undoes`: the
    batch this one undid; `undone`: an undo of this batch exists."""

    batch_id: str
    moved_at: datetime
    by_name: str
    from_names: list[str]
    to_names: list[str]
    companies: int
    followups: int
    undoes: str | None
    undone: bool


def recent_handovers(session: Session, limit: int = 20) -> list[HandoverSummary]:
    """The newest handover batches (undos included), newest first, counted in SQL."""
    rows = session.execute(
        select(Handover.batch_id, func.max(Handover.moved_at), func.max(Handover.by_id),
               func.group_concat(distinct(Handover.from_id)), func.group_concat(distinct(Handover.to_id)),
               func.sum(Handover.company_moved, type_=Integer),
               func.sum(func.json_array_length(Handover.followup_ids), type_=Integer),
               func.max(Handover.undoes))
        .where(Handover.deleted_at.is_(None))
        .group_by(Handover.batch_id)
        .order_by(func.max(Handover.moved_at).desc(), Handover.batch_id.desc())
        .limit(limit)).all()
    batch_ids = [r[0] for r in rows]
    undone = set(session.scalars(select(Handover.undoes).where(Handover.undoes.in_(batch_ids))))
    names = _names(session)

    def named(ids: str | None) -> list[str]:
        return sorted(names.get(i, i) for i in (ids or "").split(",") if i)

    return [HandoverSummary(b, m, names.get(by or "", ""), named(froms), named(tos), int(moved or 0),
                            int(fus or 0), undoes, b in undone)
            for b, m, by, froms, tos, moved, fus, undoes in rows]
