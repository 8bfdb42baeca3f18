"""Interest registrations from a web form (CSV) → contacts and follow-ups assigned to hunters.

Columns (any order, loose names): orgnr, company, contact, email, phone, trades, message. A row that
cannot be used is reported with its line and the reason; nothing is dropped silently. Companies not
in the store are added by hand (they may be too new for the register).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lpj_desktop.domain.contact_info import email_problem, phone_problem
from lpj_desktop.domain.enums import FollowUpKind, FollowUpStatus, LaerebedriftStatus
from lpj_desktop.domain.fnr import find_fodselsnummer
from lpj_desktop.services import changes
from lpj_desktop.services.campaigns import add_targets
from lpj_desktop.services.companies import CompanyInputError, add_company_by_hand, company_by_orgnr
from lpj_desktop.services.csv_tables import Table, TableRow, parse_table, read_table
from lpj_desktop.services.region_numbers import all_numbers_of_municipalities
from lpj_desktop.services.trade_names import canonical_trade, split_trades
from lpj_desktop.store.models import Campaign, Company, Contact, FollowUp
from sync.kernel.orgnr import normalize_orgnr, orgnr_problem

ALIASES: dict[str, tuple[str, ...]] = {
    "orgnr": ("organisasjonsnummer", "org nr", "orgnummer", "organisationnumber", "orgno"),
    "company": ("bedrift", "firma", "firmanavn", "bedriftsnavn", "virksomhet", "companyname",
                "navn på bedrift"),
    "contact": ("kontaktperson", "kontakt", "navn", "name", "contactperson", "fullt navn"),
    "email": ("epost", "e-post", "e-postadresse", "mail", "e-mail", "emailaddress"),
    "phone": ("telefon", "tlf", "mobil", "telefonnummer", "phonenumber", "mobile"),
    "trades": ("fag", "lærefag", "laerefag", "aktuelle fag", "trade"),
    "message": ("melding", "kommentar", "beskjed", "comment", "comments", "fritekst"),
}



@dataclass(frozen=True, slots=True)
class InterestRow:
    line: int
    orgnr: str | None
    company: str
    contact: str
    email: str | None
    phone: str | None
    trades: tuple[str, ...]
    message: str


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    reason: str  # a key the UI words: "orgnr_bad_checksum", "company_missing", "email_invalid", …
    text: str  # the row as read, to show beside the reason


@dataclass
class InterestFile:
    rows: list[InterestRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)


def _check(row: TableRow) -> tuple[InterestRow | None, str | None]:
    v = row.values
    orgnr: str | None = None
    if v["orgnr"]:
        problem = orgnr_problem(v["orgnr"])
        if problem:
            return None, f"orgnr_{problem}"
        orgnr = normalize_orgnr(v["orgnr"])
    if not orgnr and not v["company"]:
        return None, "company_missing"
    email = v["email"] or None
    if email and email_problem(email):
        return None, "email_invalid"
    phone = v["phone"] or None
    if phone and phone_problem(phone):
        return None, "phone_invalid"
    if not email and not phone:
        return None, "no_contact_means"
    if find_fodselsnummer(v["message"]) or find_fodselsnummer(v["contact"]):
        return None, "personal_number"
    trades = tuple(dict.fromkeys(canonical_trade(t) for t in split_trades(v["trades"])))
    return InterestRow(row.line, orgnr, v["company"], v["contact"], email, phone, trades, v["message"]), None


def _describe(row: TableRow) -> str:
    v = row.values
    return " · ".join(x for x in (v["orgnr"], v["company"], v["contact"], v["email"], v["phone"]) if x)


def _check_all(table: Table) -> InterestFile:
    table.require_any("orgnr", "company")
    table.require_any("email", "phone")
    out = InterestFile(unknown_columns=table.unknown)
    seen: set[tuple[str, str]] = set()
    for raw in table.rows:
        row, reason = _check(raw)
        if row is None:
            out.problems.append(RowProblem(raw.line, reason or "invalid", _describe(raw)))
            continue
        key = (row.orgnr or row.company.casefold(), (row.email or row.phone or "").casefold())
        if key in seen:
            out.problems.append(RowProblem(raw.line, "duplicate", _describe(raw)))
            continue
        seen.add(key)
        out.rows.append(row)
    return out


def read_interest_file(path: Path) -> InterestFile:
    """Read and check a web-form export. Raises TableFileError when it is not such a table at all."""
    return _check_all(read_table(path, ALIASES))


def parse_interest_text(text: str) -> InterestFile:
    return _check_all(parse_table(text, ALIASES))


@dataclass
class InterestResult:
    followups: int = 0
    contacts: int = 0
    companies_added: int = 0
    already: int = 0  # rows imported before (same company, campaign and message)
    problems: list[RowProblem] = field(default_factory=list)


def municipality_owner(session: Session, municipality_number: str | None,
                       gone: set[str] | None = None) -> str | None:
    """The hunter still here (not in `gone`, read when not given) who owns most companies in a
    municipality (any number it has had)."""
    if not municipality_number:
        return None
    gone = changes.users_gone(session) if gone is None else gone
    numbers = all_numbers_of_municipalities([municipality_number])
    row = session.execute(
        select(Company.owner_id, func.count()).where(
            Company.municipality_number.in_(numbers), Company.owner_id.is_not(None),
            Company.deleted_at.is_(None), Company.owner_id.not_in(gone))
        .group_by(Company.owner_id).order_by(func.count().desc(), Company.owner_id).limit(1)
    ).first()
    return row[0] if row else None


def _find_company(session: Session, row: InterestRow) -> tuple[Company | None, str | None, bool]:
    """(company, problem, added)."""
    if row.orgnr:
        company = company_by_orgnr(session, row.orgnr)
        if company is not None and company.deleted_at is None:
            return company, None, False
    else:
        matches = session.scalars(select(Company).where(
            func.lower(Company.name) == row.company.lower(), Company.deleted_at.is_(None)).limit(2)).all()
        if len(matches) == 1:
            return matches[0], None, False
        if len(matches) > 1:
            return None, "company_ambiguous", False
    try:
        company = add_company_by_hand(session, name=row.company or row.orgnr or "", orgnr=row.orgnr)
    except CompanyInputError as exc:
        return None, f"company_{exc.key}", False
    return company, None, True


def _contact(session: Session, company: Company, row: InterestRow) -> tuple[Contact | None, bool]:
    if not row.contact and not row.email:
        return None, False
    existing = session.scalars(select(Contact).where(Contact.company_id == company.id,
                                                     Contact.deleted_at.is_(None))).all()
    for contact in existing:
        same_email = row.email and (contact.email or "").casefold() == row.email.casefold()
        same_name = row.contact and contact.name.casefold() == row.contact.casefold()
        if same_email or same_name:
            fill = {k: v for k, v in (("email", row.email), ("phone", row.phone))
                    if v and not getattr(contact, k)}
            if fill:
                changes.update(session, contact, **fill)
            return contact, False
    contact = Contact(company_id=company.id, name=row.contact or row.email or "",
                      phone=row.phone, email=row.email)
    changes.create(session, contact)
    return contact, True


def import_interest(session: Session, rows: list[InterestRow], *, due_on: date,
                    campaign: Campaign | None = None, hunter_id: str | None = None,
                    fallback_hunter_id: str | None = None) -> InterestResult:
    """Turn checked rows into contacts and call-back follow-ups.

    The follow-up goes to `hunter_id` when given; otherwise to the company's owner, then to the
    hunter owning most companies in its municipality, then to `fallback_hunter_id`. A row that still
    has no hunter is reported, not guessed. Importing the same file twice adds nothing the second time.
    """
    result = InterestResult()
    gone = changes.users_gone(session)
    for row in rows:
        with session.begin_nested():  # one bad row must not undo the good ones
            company, problem, added = _find_company(session, row)
            if company is None:
                result.problems.append(RowProblem(row.line, problem or "company_missing", row.company))
                continue
            # The company's own hunter unless they have left; then the municipality's.
            owner = company.owner_id if company.owner_id not in gone else None
            assignee = (hunter_id or owner
                        or municipality_owner(session, company.municipality_number, gone)
                        or fallback_hunter_id)
            if assignee is None:
                # The hand-added company stays: the registration is real even with nobody assigned.
                result.problems.append(RowProblem(row.line, "no_hunter", row.company or row.orgnr or ""))
                result.companies_added += int(added)
                continue
            result.companies_added += int(added)
            contact, created = _contact(session, company, row)
            result.contacts += int(created)
            who = row.contact or row.email or row.phone or ""
            title = f"Interessemelding: kontakt {who}".strip()
            notes = "\n".join(x for x in (
                row.message, f"Fag: {', '.join(row.trades)}" if row.trades else "",
                f"E-post: {row.email}" if row.email else "", f"Telefon: {row.phone}" if row.phone else "",
            ) if x)
            same_campaign = (FollowUp.campaign_id == campaign.id if campaign is not None
                             else FollowUp.campaign_id.is_(None))
            duplicate = session.scalar(select(FollowUp.id).where(
                FollowUp.company_id == company.id, FollowUp.title == title, FollowUp.notes == notes,
                FollowUp.deleted_at.is_(None), same_campaign))
            if duplicate:
                result.already += 1
                continue
            changes.create(session, FollowUp(
                company_id=company.id, assignee_id=assignee, title=title, kind=FollowUpKind.CALL_BACK.value,
                due_on=due_on, status=FollowUpStatus.OPEN.value, notes=notes,
                campaign_id=campaign.id if campaign else None,
            ))
            result.followups += 1
            hunter_changes: dict[str, object] = {}
            if row.trades:
                merged = list(dict.fromkeys([*(company.interest_trades or []), *row.trades]))
                if merged != list(company.interest_trades or []):
                    hunter_changes["interest_trades"] = merged
            if company.lb_status == LaerebedriftStatus.UNKNOWN.value:
                hunter_changes["lb_status"] = LaerebedriftStatus.POTENTIAL.value
            if hunter_changes:
                changes.update(session, company, **hunter_changes)
            if campaign is not None:
                add_targets(session, campaign, [company.id], "interest")
    result.problems.sort(key=lambda p: p.line)
    return result
