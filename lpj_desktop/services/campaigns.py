"""Campaigns: create one, build its target list, mark letters sent, enter the figures measured outside.

Every change goes through `changes` (campaigns and targets sync, staff only).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Boolean, ColumnElement, or_, select
from sqlalchemy.orm import Session

from lpj_desktop.services import changes
from lpj_desktop.services.companies import CompanyQuery, company_select
from lpj_desktop.store.models import Campaign, CampaignTarget, Company
from sync.kernel.orgnr import normalize_orgnr, orgnr_problem
from sync.register_feed import INACTIVE_FLAGS, inactive_flag
from sync.vocabulary import LetterChannel, RegisterChangeKind

R = TypeVar("R")


class CampaignInputError(ValueError):
    """A campaign cannot be saved as entered; `key` names the problem for the UI."""

    def __init__(self, field_name: str, key: str) -> None:
        super().__init__(f"{field_name}: {key}")
        self.field = field_name
        self.key = key


def create_campaign(session: Session, *, name: str, starts_on: date, ends_on: date,
                    organisation: str | None = None, description: str | None = None) -> Campaign:
    """A new campaign with its period."""
    if not name.strip():
        raise CampaignInputError("name", "name_missing")
    if ends_on < starts_on:
        raise CampaignInputError("ends_on", "ends_before_start")
    campaign = Campaign(name=name.strip(), starts_on=starts_on, ends_on=ends_on,
                        organisation=(organisation or "").strip() or None,
                        description=(description or "").strip() or None)
    changes.create(session, campaign)
    return campaign


def list_campaigns(session: Session) -> list[Campaign]:
    """All live campaigns, newest first."""
    return list(session.scalars(select(Campaign).where(Campaign.deleted_at.is_(None))
                                .order_by(Campaign.starts_on.desc(), Campaign.name)))


def set_manual_figures(session: Session, campaign: Campaign, *, letters_sent: int | None,
                       social_views: int | None, link_clicks: int | None) -> None:
    """Figures measured outside the app (post, social media), kept beside the measured ones."""
    for key, value in (("letters_sent", letters_sent), ("social_views", social_views),
                       ("link_clicks", link_clicks)):
        if value is not None and value < 0:
            raise CampaignInputError(key, "negative")
    changes.update(session, campaign, letters_sent=letters_sent, social_views=social_views,
                   link_clicks=link_clicks)


@dataclass
class TargetResult:
    added: int = 0
    already: int = 0
    removed_before: int = 0  # taken off the list earlier (by anyone): not put back
    unknown: list[str] = field(default_factory=list)  # organisation numbers not in the store


def _existing_targets(session: Session, campaign_id: str) -> set[str]:
    return set(session.scalars(select(CampaignTarget.company_id).where(
        CampaignTarget.campaign_id == campaign_id, CampaignTarget.deleted_at.is_(None))))


def add_targets(session: Session, campaign: Campaign, company_ids: Iterable[str],
                added_from: str) -> TargetResult:
    """Put companies on the target list; companies already on it are counted, not doubled."""
    result = TargetResult()
    existing = _existing_targets(session, campaign.id)
    # A target someone removed keeps its tombstone (sync has no undelete, and a tombstone must not
    # come back by accident): such companies are counted, not added again.
    removed = set(session.scalars(select(CampaignTarget.company_id).where(
        CampaignTarget.campaign_id == campaign.id, CampaignTarget.deleted_at.is_not(None))))
    for company_id in dict.fromkeys(company_ids):
        if company_id in existing:
            result.already += 1
        elif company_id in removed:
            result.removed_before += 1
        else:
            changes.create(session, CampaignTarget(campaign_id=campaign.id, company_id=company_id,
                                                   added_from=added_from))
            existing.add(company_id)
            result.added += 1
    return result


def add_targets_from_query(session: Session, campaign: Campaign, query: CompanyQuery) -> TargetResult:
    """Every company the company filter finds goes on the target list."""
    ids = session.scalars(company_select(query).with_only_columns(Company.id).order_by(None)).all()
    return add_targets(session, campaign, ids, "filter")


@dataclass(frozen=True, slots=True)
class RejectedLine:
    line: int  # 1-based line number in the file
    text: str
    reason: str  # a key: "bad_checksum", "wrong_length", "not_digits", "duplicate", "not_in_store"


@dataclass
class OrgnrList:
    orgnrs: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # where each orgnr came from
    rejected: list[RejectedLine] = field(default_factory=list)


def read_orgnr_text(text: str) -> OrgnrList:
    """Organisation numbers, one a line (the first column of a CSV counts too); bad lines rejected.

    A header line (no digits in it) is skipped, as are blank lines.
    """
    out = OrgnrList()
    seen: dict[str, int] = {}
    for number, line in enumerate(io.StringIO(text), start=1):
        raw = line.strip().lstrip("\ufeff")
        if not raw:
            continue
        first = next(csv.reader([raw], delimiter=";" if ";" in raw else ","), [""])[0].strip()
        if number == 1 and not any(ch.isdigit() for ch in first):
            continue  # a header
        problem = orgnr_problem(first)
        if problem:
            out.rejected.append(RejectedLine(number, raw, problem))
            continue
        nr = normalize_orgnr(first)
        if nr in seen:
            out.rejected.append(RejectedLine(number, raw, "duplicate"))
            continue
        seen[nr] = number
        out.orgnrs.append(nr)
        out.lines.append(number)
    return out


def read_orgnr_file(path: Path) -> OrgnrList:
    """`read_orgnr_text` on a file, UTF-8 (with or without BOM) or Windows-1252."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252")
    return read_orgnr_text(text)


def add_targets_from_orgnrs(session: Session, campaign: Campaign, listing: OrgnrList) -> TargetResult:
    """The companies of a read file onto the target list; numbers not in the store become rejects."""
    ids: list[str] = []
    by_nr: dict[str | None, str] = {}
    for start in range(0, len(listing.orgnrs), 5000):  # stay under SQLite's bound-parameter limit
        chunk = listing.orgnrs[start:start + 5000]
        by_nr.update(session.execute(select(Company.orgnr, Company.id).where(
            Company.orgnr.in_(chunk), Company.deleted_at.is_(None))).all())
    unknown: list[str] = []
    for nr, line in zip(listing.orgnrs, listing.lines, strict=True):
        if nr in by_nr:
            ids.append(by_nr[nr])
        else:
            unknown.append(nr)
            listing.rejected.append(RejectedLine(line, nr, "not_in_store"))
    result = add_targets(session, campaign, ids, "file")
    result.unknown = unknown
    listing.rejected.sort(key=lambda r: r.line)
    return result


def remove_target(session: Session, campaign: Campaign, company_id: str) -> bool:
    target = session.scalar(select(CampaignTarget).where(
        CampaignTarget.campaign_id == campaign.id, CampaignTarget.company_id == company_id,
        CampaignTarget.deleted_at.is_(None)))
    if target is None:
        return False
    changes.delete(session, target)
    return True


def mark_letters_sent(session: Session, campaign: Campaign, on: date,
                      company_ids: Iterable[str] | None = None,
                      channel: LetterChannel | None = None) -> int:
    """Record the letter date (and how it went, when `channel` is given) on targets: all targets
    without a letter date, or the given companies. Returns the number of targets changed."""
    base = select(CampaignTarget).where(CampaignTarget.campaign_id == campaign.id,
                                        CampaignTarget.deleted_at.is_(None))
    if company_ids is None:
        batches = [base.where(CampaignTarget.letter_sent_on.is_(None))]
    else:
        ids = list(company_ids)
        # Under SQLite's bound-parameter limit: a campaign's letters go to 8,000 companies at once.
        batches = [base.where(CampaignTarget.company_id.in_(ids[start:start + 5000]))
                   for start in range(0, len(ids), 5000)]
    fields: dict[str, object] = {"letter_sent_on": on}
    if channel is not None:
        fields["letter_channel"] = channel.value
    count = 0
    for stmt in batches:
        for target in session.scalars(stmt).all():
            if changes.update(session, target, **fields):
                count += 1
    return count


@dataclass(frozen=True, slots=True)
class TargetCounts:
    targets: int
    letters_marked: int


def count_targets(letter_dates: Iterable[date | None]) -> TargetCounts:
    """Målbedrifter and brev registrert sendt, from the letter date of each live target row: every
    target not taken off the list, and those of them with a letter date. (The dashboard's key
    figures count the same way, from this.)"""
    dates = list(letter_dates)
    return TargetCounts(len(dates), sum(1 for d in dates if d is not None))


def target_counts(session: Session, campaign_id: str) -> TargetCounts:
    """`count_targets` of a campaign's live target list."""
    return count_targets(session.execute(select(CampaignTarget.letter_sent_on).where(
        CampaignTarget.campaign_id == campaign_id, CampaignTarget.deleted_at.is_(None))).scalars())


def get_campaign(session: Session, campaign_id: str | None) -> Campaign | None:
    """A live campaign by id; None for no id or a deleted campaign."""
    if not campaign_id:
        return None
    campaign = session.get(Campaign, campaign_id)
    return campaign if campaign is not None and campaign.deleted_at is None else None


@dataclass(frozen=True, slots=True)
class InactiveTarget:
    """A target company Enhetsregisteret no longer has as active (bankrupt, being dissolved,
    deleted): it keeps its place on the list and its history, and gets no letter."""

    company_id: str
    name: str
    orgnr: str | None
    kind: RegisterChangeKind  # bankrupt, forced_dissolution, under_liquidation or deregistered
    deregistered_on: date | None


# The flag columns of the contract's rule (sync.register_feed.INACTIVE_FLAGS), for SQL to find the
# few companies to check; the rule itself is applied in Python, by inactive_flag.
_FLAG_COLUMNS = tuple(getattr(Company, name) for name, _, _ in INACTIVE_FLAGS)


def _flag_set(column: ColumnElement[object]) -> ColumnElement[bool]:
    return column.is_(True) if isinstance(column.type, Boolean) else column.is_not(None)


def inactive_targets(session: Session, campaign_id: str) -> list[InactiveTarget]:
    """The campaign's live targets that are no longer active in the register, by name."""
    rows = session.execute(
        select(Company.id, Company.name, Company.orgnr, *_FLAG_COLUMNS)
        .join(CampaignTarget, CampaignTarget.company_id == Company.id)
        .where(CampaignTarget.campaign_id == campaign_id, CampaignTarget.deleted_at.is_(None),
               Company.deleted_at.is_(None), or_(*(_flag_set(c) for c in _FLAG_COLUMNS)))).all()
    out = []
    for row in rows:
        flag = inactive_flag(dict(row._mapping))
        if flag is not None:
            out.append(InactiveTarget(row.id, row.name, row.orgnr, flag[0], row.deregistered_on))
    return sorted(out, key=lambda t: (t.name.casefold(), t.company_id))  # as a person reads a list


@dataclass(frozen=True, slots=True)
class CampaignOverview:
    """What the campaign page shows of one campaign."""

    campaign: Campaign
    counts: TargetCounts
    inactive: list[InactiveTarget] = field(default_factory=list)


def campaign_overview(session: Session, campaign_id: str | None) -> CampaignOverview | None:
    """A campaign with its target counts and the targets no longer active in the register, or
    None when there is no such live campaign."""
    campaign = get_campaign(session, campaign_id)
    if campaign is None:
        return None
    return CampaignOverview(campaign, target_counts(session, campaign.id),
                            inactive_targets(session, campaign.id))


def on_campaign(session: Session, campaign_id: str | None,
                work: Callable[[Session, Campaign], R]) -> R | None:
    """`work(session, campaign)` on a live campaign in the caller's transaction; None when the
    campaign is gone (deleted by someone else meanwhile)."""
    campaign = get_campaign(session, campaign_id)
    return None if campaign is None else work(session, campaign)
