"""Finding companies, and the edits a hunter makes to them."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Select, String, and_, func, literal_column, or_, select, text, type_coerce
from sqlalchemy.orm import Session

from lpj_desktop.domain import regions
from lpj_desktop.domain.enums import CompanySource
from lpj_desktop.domain.ids import company_id_for_orgnr, uuid7
from lpj_desktop.domain.orgnr import normalize_orgnr, orgnr_problem
from lpj_desktop.services import changes
from lpj_desktop.store.models import CampaignTarget, Company
from lpj_desktop.store.models.company import HUNTER_FIELDS


@dataclass(frozen=True, slots=True)
class CompanyRow:
    """One line of a company list: just what lists show, read without building ORM objects."""

    id: str
    orgnr: str | None
    name: str
    municipality_name: str | None
    county_number: str | None
    industry_code: str | None
    employees: int | None
    lb_status: str
    stage: str | None
    owner_id: str | None
    last_contact_at: datetime | None
    inactive: bool


ROW_COLUMNS = (
    Company.id, Company.orgnr, Company.name, Company.municipality_name, Company.county_number,
    Company.industry_code, Company.employees, Company.lb_status, Company.stage, Company.owner_id,
    Company.last_contact_at,
    (Company.bankrupt | Company.under_liquidation | Company.forced_dissolution
     | Company.deregistered_on.is_not(None)).label("inactive"),
)

SORTABLE = {
    "name": Company.name, "orgnr": Company.orgnr, "municipality": Company.municipality_name,
    "industry": Company.industry_code, "employees": Company.employees,
    "status": Company.lb_status, "stage": Company.stage, "last_contact": Company.last_contact_at,
}


@dataclass
class CompanyQuery:
    """A company search: free text plus filters. Every filter is optional."""

    text: str = ""
    counties: set[str] = field(default_factory=set)
    municipalities: set[str] = field(default_factory=set)
    statuses: set[str] = field(default_factory=set)
    stages: set[str] = field(default_factory=set)
    trade: str | None = None
    owner_id: str | None = None
    no_contact_days: int | None = None
    campaign_id: str | None = None
    include_inactive: bool = True
    sort: str = "name"
    descending: bool = False


_WORD = re.compile(r"\w+", re.UNICODE)


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _where(query: CompanyQuery, now: datetime | None = None) -> list[Any]:
    conds: list[Any] = [Company.deleted_at.is_(None)]
    raw = query.text.strip()
    if raw:
        digits = normalize_orgnr(raw)
        if digits.isdigit() and digits.isascii():
            # An organisation number prefix: a range on the unique index.
            upper = digits[:-1] + chr(ord(digits[-1]) + 1)
            conds.append(and_(Company.orgnr >= digits, Company.orgnr < upper))
        else:
            words = _WORD.findall(raw)
            long_words = [w for w in words if len(w) >= 3]
            short_words = [w for w in words if len(w) < 3]
            if long_words:
                match = " AND ".join(_fts_phrase(w) for w in long_words)
                conds.append(literal_column("company.rowid").in_(
                    select(literal_column("rowid")).select_from(text("company_fts"))
                    .where(text("company_fts MATCH :fts_match")).params(fts_match=match)
                ))
            for w in short_words:
                pattern = f"%{w}%"
                conds.append(or_(Company.name.ilike(pattern), Company.municipality_name.ilike(pattern)))
            if not words:
                conds.append(Company.name.ilike(f"%{raw}%"))
    if query.counties:
        conds.append(Company.county_number.in_(query.counties))
    if query.municipalities:
        current = {regions.current_municipality_number(m) for m in query.municipalities}
        conds.append(Company.municipality_number.in_(current))
    if query.statuses:
        conds.append(Company.lb_status.in_(query.statuses))
    if query.stages:
        if "none" in query.stages:
            conds.append(or_(Company.stage.in_(query.stages - {"none"}), Company.stage.is_(None)))
        else:
            conds.append(Company.stage.in_(query.stages))
    if query.trade:
        # JSON columns hold text as json.dumps wrote it ("R\u00f8rleggerfaget"): search for that form.
        needle = json.dumps(query.trade)
        conds.append(or_(
            type_coerce(Company.approved_trades, String).contains(needle, autoescape=True),
            type_coerce(Company.interest_trades, String).contains(needle, autoescape=True),
        ))
    if query.owner_id:
        conds.append(Company.owner_id == query.owner_id)
    if query.no_contact_days is not None:
        cutoff = (now or datetime.now(UTC)) - timedelta(days=query.no_contact_days)
        conds.append(or_(Company.last_contact_at.is_(None), Company.last_contact_at < cutoff))
    if query.campaign_id:
        conds.append(Company.id.in_(
            select(CampaignTarget.company_id).where(
                CampaignTarget.campaign_id == query.campaign_id, CampaignTarget.deleted_at.is_(None))
        ))
    if not query.include_inactive:
        conds.extend([~Company.bankrupt, ~Company.under_liquidation, ~Company.forced_dissolution,
                      Company.deregistered_on.is_(None)])
    return conds


def company_select(query: CompanyQuery) -> Select[Any]:
    """The SELECT of list rows for a query, ordered, without limit (callers page it)."""
    order = SORTABLE.get(query.sort, Company.name)
    primary = order.desc() if query.descending else order.asc()
    return select(*ROW_COLUMNS).where(*_where(query)).order_by(primary, Company.id)


def search_companies(session: Session, query: CompanyQuery, *, limit: int = 200,
                     offset: int = 0) -> list[CompanyRow]:
    """One page of companies matching `query`."""
    rows = session.execute(company_select(query).limit(limit).offset(offset)).all()
    return [CompanyRow(*row) for row in rows]


def count_companies(session: Session, query: CompanyQuery) -> int:
    return session.scalar(select(func.count()).select_from(Company).where(*_where(query))) or 0


def company_by_orgnr(session: Session, orgnr: str) -> Company | None:
    return session.scalar(select(Company).where(Company.orgnr == normalize_orgnr(orgnr)))


class CompanyInputError(ValueError):
    """A hand-entered company cannot be saved; `key` names the problem for the UI."""

    def __init__(self, field_name: str, key: str) -> None:
        super().__init__(f"{field_name}: {key}")
        self.field = field_name
        self.key = key


def add_company_by_hand(session: Session, *, name: str, orgnr: str | None = None,
                        municipality_number: str | None = None, **extra: Any) -> Company:
    """A company the register does not have (yet). The orgnr is optional, but checked when given."""
    if not name.strip():
        raise CompanyInputError("name", "name_missing")
    nr = normalize_orgnr(orgnr or "") or None
    if nr is not None:
        problem = orgnr_problem(nr)
        if problem:
            raise CompanyInputError("orgnr", problem)
        existing = company_by_orgnr(session, nr)
        if existing is not None:
            raise CompanyInputError("orgnr", "orgnr_exists")
    muni = regions.municipality(municipality_number) if municipality_number else None
    if municipality_number and muni is None:
        raise CompanyInputError("municipality_number", "municipality_unknown")
    company = Company(
        id=company_id_for_orgnr(nr) if nr else uuid7(), orgnr=nr, name=name.strip(),
        source=CompanySource.MANUAL.value,
        municipality_number=muni.number if muni else None,
        municipality_name=muni.name if muni else None,
        county_number=muni.county_number if muni else None,
        **extra,
    )
    return changes.create(session, company)  # type: ignore[return-value]


def update_hunter_fields(session: Session, company: Company, **values: Any) -> dict[str, Any]:
    """Edit the hunter's own fields of a company (status, trades, tags, owner…)."""
    unknown = set(values) - set(HUNTER_FIELDS)
    if unknown:
        raise ValueError(f"not hunter fields: {sorted(unknown)}")
    return changes.update(session, company, **values)
