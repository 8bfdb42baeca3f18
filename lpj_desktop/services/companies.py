"""Finding companies, and the edits a hunter makes to them."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import combinations
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    func,
    literal_column,
    or_,
    select,
    text,
    type_coerce,
    union,
)
from sqlalchemy.orm import Session

from lpj_desktop.domain import regions
from lpj_desktop.domain.contact_info import email_problem, phone_problem
from lpj_desktop.domain.enums import CompanySource
from lpj_desktop.domain.privacy import guard
from lpj_desktop.services import changes
from lpj_desktop.services.lookups import Choice, receivers
from lpj_desktop.services.region_numbers import all_numbers_of_counties, all_numbers_of_municipalities
from lpj_desktop.store.models import CampaignTarget, Company, User
from lpj_desktop.store.models.company import HUNTER_FIELDS
from sync.entities import ENTITIES, contract_problems
from sync.kernel.ids import company_id_for_orgnr, uuid7
from sync.kernel.orgnr import normalize_orgnr, orgnr_problem


@dataclass(frozen=True, slots=True)
class CompanyRow:
    """One line of a company list: just what lists show, read without building ORM objects."""

    id: str
    orgnr: str | None
    name: str
    municipality_name: str | None  # the one form of the name stored with the company
    county_number: str | None
    industry_code: str | None
    employees: int | None
    lb_status: str
    stage: str | None
    owner_id: str | None
    last_contact_at: datetime | None
    inactive: bool
    municipality_number: str | None = None

    @property
    def municipality_label(self) -> str:
        """The municipality as lists show it: all its official names ("Karasjok – Kárášjohka")."""
        return regions.municipality_label(self.municipality_number, self.municipality_name)


ROW_COLUMNS = (
    Company.id, Company.orgnr, Company.name, Company.municipality_name, Company.county_number,
    Company.industry_code, Company.employees, Company.lb_status, Company.stage, Company.owner_id,
    Company.last_contact_at,
    (Company.bankrupt | Company.under_liquidation | Company.forced_dissolution
     | Company.deregistered_on.is_not(None)).label("inactive"),
    Company.municipality_number,
)

# Lists show a municipality by its label; the stored name is that for every municipality with one
# name, and one of the names (any, depending on who stored it) for those with several: they sort
# by their label, as shown.
MUNICIPALITY_SORT = case(regions.multi_name_labels(), value=Company.municipality_number,
                         else_=Company.municipality_name)

SORTABLE = {
    "name": Company.name, "orgnr": Company.orgnr, "municipality": MUNICIPALITY_SORT,
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


# With more name matches than this, a name-sorted page walks the name index in order instead of
# sorting every match (bench/bench_search.py: "bygg" on 200,000 companies, 8,300 matches:
# 17 ms → 4 ms); with fewer, sorting the matches is faster (a rare word: 0.2 ms against 30 ms).
# Measured break-even: about sqrt(80 × companies), ≈ 4,000 at 200,000 companies.
WALK_NAME_INDEX_FROM = 4000


# A search for several place-name words at once ("Sør Varanger") tries each of them by name and by
# number; beyond this many, the words are matched one by one (correct, but without the fast plan).
PLACE_WORDS_COMBINED = 3


@dataclass(frozen=True, slots=True)
class _Words:
    """A free-text search taken apart: words of three letters or more, shorter words, and for
    those that name a place, the municipality numbers (old and new) they stand for."""

    long: list[str]
    short: list[str]
    places: dict[str, frozenset[str]]


def _words(raw: str) -> _Words | None:
    """None for a search that is an organisation number (or empty)."""
    digits = normalize_orgnr(raw)
    if not raw or (digits.isdigit() and digits.isascii()):
        return None
    words = _WORD.findall(raw)
    return _Words([w for w in words if len(w) >= 3], [w for w in words if len(w) < 3],
                  {w: numbers for w in words if (numbers := _place_numbers(w))})


def _place_numbers(word: str) -> frozenset[str]:
    """The municipality numbers (old and new) a search word stands for as a place, where the search
    index alone would miss companies there.

    Companies store one form of their municipality's name: the register's Norwegian one, or
    whichever form an older app stored ("Kárášjohka"). The index finds a word in that text; a
    place whose every name contains the word is found that way already (and faster), the others
    ("Karasjok" against a stored "Kárášjohka", a county, a name typed without its accents) are
    found by number.
    """
    hits = regions.search_regions(word)
    if not hits:
        return frozenset()
    key = word.casefold()
    missed = set()
    for number in hits.municipalities:
        found = regions.municipality(number)
        if found is None or not all(key in name.casefold() for name in found.names):
            missed.add(number)
    return frozenset(all_numbers_of_municipalities(missed) | all_numbers_of_counties(hits.counties))


def _fts_rows(words: list[str]) -> Select[*tuple[Any, ...]]:
    """Row ids of the companies the search index finds every word in."""
    match = " AND ".join(_fts_phrase(w) for w in words)
    return (select(literal_column("rowid")).select_from(text("company_fts"))
            .where(literal_column("company_fts").op("MATCH")(match)))


def _row_sources(words: _Words) -> list[Select[*tuple[Any, ...]]] | None:
    """Row-id SELECTs whose union is the companies that match every long word, each word in the
    search index or, for a place name, by municipality number. None when there are too many place
    words to combine (`_text_where` then matches them one by one).

    One SELECT per way of taking the place words (by name or by number), so that SQLite answers each
    from one index: the search index's own AND for names, the municipality index for numbers.
    """
    place_words = [w for w in words.long if w in words.places]
    if len(place_words) > PLACE_WORDS_COMBINED:
        return None
    sources: list[Select[*tuple[Any, ...]]] = []
    for size in range(len(place_words) + 1):
        for by_number in combinations(place_words, size):
            by_name = [w for w in words.long if w not in by_number]
            if not by_number:
                sources.append(_fts_rows(by_name))
                continue
            numbers = frozenset.intersection(*(words.places[w] for w in by_number))
            if not numbers:
                continue
            rows: Select[*tuple[Any, ...]] = (select(literal_column("rowid")).select_from(Company)
                    .where(Company.municipality_number.in_(sorted(numbers))))
            if by_name:
                rows = rows.where(literal_column("company.rowid").in_(_fts_rows(by_name)))
            sources.append(rows)
    return sources


def _fts_match(query: CompanyQuery) -> str | None:
    """The FTS5 MATCH expression of a free-text search without place names, when it uses the index."""
    words = _words(query.text.strip())
    if words is None or words.places:
        return None
    return " AND ".join(_fts_phrase(w) for w in words.long) or None


def _walks_name_index(session: Session, query: CompanyQuery) -> bool:
    if SORTABLE.get(query.sort, Company.name) is not Company.name:
        return False
    words = _words(query.text.strip())
    if words is None or not words.long:
        return False
    if words.places:
        sources = _row_sources(words)
        if not sources:
            return False
        # The union has at least as many rows as its biggest part: enough to decide, and each part
        # is counted from its own index, stopping at the threshold.
        return any(
            (session.scalar(select(func.count()).select_from(
                source.limit(WALK_NAME_INDEX_FROM).subquery())) or 0) >= WALK_NAME_INDEX_FROM
            for source in sources)
    match = _fts_match(query)
    if match is None:
        return False
    # Counting stops at the threshold: knowing "at least that many" is enough.
    hits = session.scalar(text(
        "SELECT count(*) FROM (SELECT 1 FROM company_fts WHERE company_fts MATCH :m LIMIT :n)"
    ), {"m": match, "n": WALK_NAME_INDEX_FROM})
    return (hits or 0) >= WALK_NAME_INDEX_FROM


def _text_where(raw: str, *, walk_order: bool) -> list[Any]:
    """The conditions of a free-text search: an organisation number prefix, or every word found in
    a company's name, organisation number or municipality (by any of its official names)."""
    words = _words(raw)
    if words is None:
        if not raw:
            return []
        # An organisation number prefix: a range on the unique index.
        digits = normalize_orgnr(raw)
        upper = digits[:-1] + chr(ord(digits[-1]) + 1)
        return [and_(Company.orgnr >= digits, Company.orgnr < upper)]
    if not words.long and not words.short:
        return [Company.name.ilike(f"%{raw}%")]
    # "+rowid" hides the rowid from the planner, so it walks the sort index instead; the row ids
    # are then checked against the lists the subqueries make, without reading the table.
    rowid: ColumnElement[int] = literal_column("+company.rowid" if walk_order else "company.rowid")
    conds: list[Any] = []
    if words.long:
        sources = _row_sources(words)
        if sources is None:
            for w in words.long:
                by_name = rowid.in_(_fts_rows([w]))
                conds.append(or_(by_name, Company.municipality_number.in_(sorted(words.places[w])))
                             if w in words.places else by_name)
        else:
            conds.append(rowid.in_(union(*sources) if len(sources) > 1 else sources[0]))
    for w in words.short:
        pattern = f"%{w}%"
        like = or_(Company.name.ilike(pattern), Company.municipality_name.ilike(pattern))
        conds.append(or_(like, Company.municipality_number.in_(sorted(words.places[w])))
                     if w in words.places else like)
    return conds


def _where(query: CompanyQuery, now: datetime | None = None, *, walk_order: bool = False) -> list[Any]:
    conds: list[Any] = [Company.deleted_at.is_(None)]
    raw = query.text.strip()
    if raw:
        conds.extend(_text_where(raw, walk_order=walk_order))
    if query.counties:
        conds.append(Company.county_number.in_(query.counties))
    if query.municipalities:
        # Every number the chosen municipalities have had: companies stored before 2024 keep 54xx.
        conds.append(Company.municipality_number.in_(sorted(all_numbers_of_municipalities(query.municipalities))))
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


def company_select(query: CompanyQuery, *, walk_order: bool = False) -> Select[*tuple[Any, ...]]:
    """The SELECT of list rows for a query, ordered, without limit (callers page it)."""
    order = SORTABLE.get(query.sort, Company.name)
    primary = order.desc() if query.descending else order.asc()
    where = _where(query, walk_order=walk_order)
    statement: Select[*tuple[Any, ...]] = select(*ROW_COLUMNS).where(*where)
    return statement.order_by(primary, Company.id)


def search_companies(session: Session, query: CompanyQuery, *, limit: int = 200,
                     offset: int = 0) -> list[CompanyRow]:
    """One page of companies matching `query`."""
    walk = _walks_name_index(session, query)
    rows = session.execute(company_select(query, walk_order=walk).limit(limit).offset(offset)).all()
    return [CompanyRow(*row) for row in rows]


def count_companies(session: Session, query: CompanyQuery) -> int:
    return session.scalar(select(func.count()).select_from(Company).where(*_where(query))) or 0


def company_by_orgnr(session: Session, orgnr: str) -> Company | None:
    return session.scalar(select(Company).where(Company.orgnr == normalize_orgnr(orgnr)))


class CompanyInputError(ValueError):
    """A hand-entered company cannot be saved; `key` names the problem for the UI."""

    def __init__(self, field_name: str, key: str, limit: int | None = None) -> None:
        super().__init__(f"{field_name}: {key}")
        self.field = field_name
        self.key = key
        self.limit = limit


def add_company_by_hand(session: Session, *, name: str, orgnr: str | None = None,
                        municipality_number: str | None = None, municipality: str | None = None,
                        **extra: Any) -> Company:
    """A company the register does not have (yet). The orgnr is optional, but checked when given.

    The municipality is given by number, or as a person typed it (`municipality`): a number or any
    of its official names, Norwegian, Sami or Kven ("Karasjok", "Kárášjohka", "karasjohka").
    """
    if not name.strip():
        raise CompanyInputError("name", "name_missing")
    _check_contact_info({"name": name, **extra})
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
    typed = (municipality or "").strip()
    if muni is None and typed:
        muni = regions.find_municipality(typed)
        if muni is None:
            shared = not typed.isdigit() and len(regions.municipalities_named(typed)) > 1
            raise CompanyInputError("municipality_number",
                                    "municipality_ambiguous" if shared else "municipality_unknown")
    company = Company(
        id=company_id_for_orgnr(nr) if nr else uuid7(), orgnr=nr, name=name.strip(),
        source=CompanySource.MANUAL.value,
        municipality_number=muni.number if muni else None,
        municipality_name=muni.name if muni else None,
        county_number=muni.county_number if muni else None,
        **extra,
    )
    return changes.create(session, company)  # type: ignore[return-value]


def _check_contact_info(values: dict[str, Any]) -> None:
    """A company's own phone and e-mail are checked as a contact's are (one rule for both), and
    every value against the contract's allowed values and limits."""
    for name, check in (("phone", phone_problem), ("email", email_problem)):
        if name in values and (problem := check(values[name])):
            raise CompanyInputError(name, problem)
    wire = {k: v for k, v in values.items() if k in ENTITIES["company"].fields}
    for p in contract_problems("company", wire):
        raise CompanyInputError(p.field, "text_too_long" if p.key == "too_long" else p.key, p.limit)


def save_hunter_fields(session: Session, company_id: str, *, allow_sensitive: bool = False,
                       **values: Any) -> bool | None:
    """The company page's save: whether anything changed, None if the company is gone meanwhile."""
    company = company_by_id(session, company_id)
    if company is None:
        return None
    return bool(update_hunter_fields(session, company, allow_sensitive=allow_sensitive, **values))


def update_hunter_fields(session: Session, company: Company, *, allow_sensitive: bool = False,
                         **values: Any) -> dict[str, Any]:
    """Edit the hunter's own fields of a company (status, trades, tags, owner…)."""
    unknown = set(values) - set(HUNTER_FIELDS)
    if unknown:
        raise ValueError(f"not hunter fields: {sorted(unknown)}")
    _check_contact_info(values)
    changing = {k: v for k, v in values.items() if getattr(company, k, None) != v}
    for p in changes.receiver_problems(session, "company", changing):
        raise CompanyInputError(p.field, p.key)
    if values.get("hunter_notes") != company.hunter_notes:
        guard(values.get("hunter_notes"), allow=allow_sensitive)
    return changes.update(session, company, **values)


def _sort_value(row: CompanyRow, sort: str) -> Any:
    if sort == "municipality":  # what MUNICIPALITY_SORT gives in SQL
        return regions.multi_name_labels().get(row.municipality_number or "", row.municipality_name)
    attr = {"industry": "industry_code", "status": "lb_status",
            "last_contact": "last_contact_at"}.get(sort, sort)
    return getattr(row, attr if hasattr(row, attr) else "name")


def search_companies_after(session: Session, query: CompanyQuery, after: CompanyRow | None, *,
                           limit: int = 200) -> list[CompanyRow]:
    """The page of companies that follows `after` in the query's order (keyset paging).

    Unlike OFFSET, the cost does not grow with how far down the list the user has scrolled.
    SQLite puts NULLs first ascending and last descending; the conditions follow that.
    """
    stmt = company_select(query)
    if after is not None:
        col = SORTABLE.get(query.sort, Company.name)
        value = _sort_value(after, query.sort if query.sort in SORTABLE else "name")
        tie = and_(Company.id > after.id)
        if value is None:
            cond = (or_(and_(col.is_(None), tie), col.is_not(None)) if not query.descending
                    else and_(col.is_(None), tie))
        elif not query.descending:
            cond = or_(col > value, and_(col == value, tie))
        else:
            cond = or_(col < value, and_(col == value, tie), col.is_(None))
        stmt = stmt.where(cond)
    rows = session.execute(stmt.limit(limit)).all()
    return [CompanyRow(*row) for row in rows]


def company_by_id(session: Session, company_id: str) -> Company | None:
    company = session.get(Company, company_id)
    return None if company is None or company.deleted_at is not None else company


@dataclass(frozen=True, slots=True)
class CompanyAndPeople:
    """The company page's company, the people its owner may be chosen from (those who have not
    left), and the name of its owner when that owner has left (shown, not offered to others)."""

    company: Company
    receivers: list[Choice]
    owner_gone: str | None = None


def company_and_people(session: Session, company_id: str) -> CompanyAndPeople | None:
    """The company page's company and whom its owner may be (None: no such company)."""
    company = company_by_id(session, company_id)
    if company is None:
        return None
    owner = session.get(User, company.owner_id) if company.owner_id else None
    gone = owner.name if owner is not None and owner.active is False else None
    return CompanyAndPeople(company, receivers(session), gone)


def company_count_total(session: Session) -> int:
    """How many companies the store holds (for the first-run check and the status bar)."""
    return session.scalar(select(func.count()).select_from(Company).where(Company.deleted_at.is_(None))) or 0
