"""Campaign letters (mail merge): templates, the facts of each target company, and the outputs.

`produce_letters` makes, for a campaign's target list, any of: one print-ready PDF (window
envelope, one letter per page group), a PDF per company, e-mail drafts (.eml) and a CSV for a
mailing service. Companies without a usable postal address or e-mail for the outputs asked for are
listed in the result and in a CSV beside the letters, never skipped in silence; so are the
companies no longer active in Enhetsregisteret (bankrupt, being dissolved, deleted), which get no
letter at all: every target that got nothing is in `ikke-sendt-….csv`, with the reason in words.
When the files are complete, the targets reached are marked "letter sent" with the date and the
channel through `campaigns.mark_letters_sent`, so the marks sync; a cancelled run leaves no files
and marks nothing.

Templates and the hunters' phone/e-mail for letters are tables of this laptop (store/models/letters.py).
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lpj_desktop.domain.codelists import trades_for_industry
from lpj_desktop.domain.contact_info import email_problem, phone_problem
from lpj_desktop.domain.letters import (
    DEFAULT_SUBJECT,
    Language,
    Letter,
    LetterFacts,
    Template,
    TemplateProblem,
    address_lines,
    default_body,
    empty_fields,
    render,
    reply_code,
    template_problems,
    usable_email,
    values_of,
)
from lpj_desktop.services import campaigns
from lpj_desktop.services.collector import collector_paused
from lpj_desktop.services.use import read, write
from lpj_desktop.store.base import utcnow
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import (
    Campaign,
    CampaignTarget,
    Company,
    Contact,
    LetterSender,
    LetterTemplate,
    User,
)
from sync.register_feed import INACTIVE_FLAGS
from sync.vocabulary import LetterChannel, RegisterChangeKind

# --- templates ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LetterDraft:
    """A template as edited: what the preview shows and what is saved."""

    name: str
    language: Language
    subject: str
    body: str
    organisation: str = ""
    interest_address: str = ""
    sender_name: str = ""
    sender_phone: str = ""
    sender_email: str = ""

    @property
    def template(self) -> Template:
        return Template(self.language, self.subject, self.body)


class LetterTemplateError(ValueError):
    """A template that cannot be saved; `key` names the problem, `problems` the placeholders."""

    def __init__(self, key: str, problems: list[TemplateProblem] | None = None) -> None:
        super().__init__(key)
        self.key = key
        self.problems = problems or []


def draft_of(template: LetterTemplate) -> LetterDraft:
    """The stored template as a draft."""
    return LetterDraft(template.name, Language(template.language), template.subject, template.body,
                       template.organisation, template.interest_address, template.sender_name,
                       template.sender_phone, template.sender_email)


def draft_problem(draft: LetterDraft) -> LetterTemplateError | None:
    """Why `draft` cannot be saved or used, or None."""
    if not draft.name.strip():
        return LetterTemplateError("name_missing")
    problems = template_problems(draft.subject, draft.body)
    if problems:
        return LetterTemplateError("template_invalid", problems)
    if email_problem(draft.sender_email):
        return LetterTemplateError("email_invalid")
    if phone_problem(draft.sender_phone):
        return LetterTemplateError("phone_invalid")
    return None


def templates(session: Session) -> list[LetterTemplate]:
    """Every template by name; the two shipped ones (bokmål and nynorsk) are stored on first use."""
    found = list(session.scalars(select(LetterTemplate).order_by(LetterTemplate.name)))
    if found:
        return found
    for language, name in ((Language.BOKMAL, "Læreplassbrev (bokmål)"),
                           (Language.NYNORSK, "Læreplassbrev (nynorsk)")):
        session.add(LetterTemplate(name=name, language=language.value, subject=DEFAULT_SUBJECT[language],
                                   body=default_body(language), organisation="", interest_address="",
                                   sender_name="", sender_phone="", sender_email=""))
    session.flush()
    return list(session.scalars(select(LetterTemplate).order_by(LetterTemplate.name)))


def template_drafts(session: Session) -> list[tuple[str, LetterDraft]]:
    """(id, draft) of every template by name, the shipped ones stored on first use: what the
    editor lists (views get drafts, not rows)."""
    return [(t.id, draft_of(t)) for t in templates(session)]


def save_template(session: Session, template_id: str | None, draft: LetterDraft) -> str:
    """Store `draft` as a new template (no id) or over the template `template_id`.

    Refused with LetterTemplateError for an empty name, a name another template has, an unknown
    placeholder or a lone brace, or a sender e-mail/phone that is not one.
    """
    problem = draft_problem(draft)
    if problem is not None:
        raise problem
    name = draft.name.strip()
    clash = session.scalar(select(LetterTemplate).where(LetterTemplate.name == name))
    if clash is not None and clash.id != template_id:
        raise LetterTemplateError("name_taken")
    template = session.get(LetterTemplate, template_id) if template_id else None
    if template is None:
        template = LetterTemplate(name=name)
        session.add(template)
    template.name, template.language = name, draft.language.value
    template.subject, template.body = draft.subject, draft.body
    template.organisation = draft.organisation.strip()
    template.interest_address = draft.interest_address.strip()
    template.sender_name = draft.sender_name.strip()
    template.sender_phone = draft.sender_phone.strip()
    template.sender_email = draft.sender_email.strip()
    template.updated_at = utcnow()
    session.flush()
    return template.id


# --- the hunters' phone and e-mail -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SenderRow:
    """A hunter responsible for targets of a campaign, with what letters print for them."""

    user_id: str
    name: str
    phone: str
    email: str
    companies: int


def campaign_senders(session: Session, campaign_id: str) -> list[SenderRow]:
    """The hunters owning the campaign's target companies, most companies first."""
    counts: dict[str, int] = {}
    for owner in session.scalars(select(Company.owner_id).join(
            CampaignTarget, CampaignTarget.company_id == Company.id).where(
            CampaignTarget.campaign_id == campaign_id, CampaignTarget.deleted_at.is_(None),
            Company.owner_id.is_not(None))):
        if owner:
            counts[owner] = counts.get(owner, 0) + 1
    names = dict(session.execute(select(User.id, User.name).where(User.id.in_(list(counts)))).all())
    known = {s.user_id: s for s in session.scalars(
        select(LetterSender).where(LetterSender.user_id.in_(list(counts))))}
    rows = [SenderRow(uid, names.get(uid, ""), known[uid].phone if uid in known else "",
                      known[uid].email if uid in known else "", n) for uid, n in counts.items()]
    return sorted(rows, key=lambda r: (-r.companies, r.name))


def save_sender(session: Session, user_id: str, phone: str, email: str) -> None:
    """Keep a hunter's phone and e-mail for letters; refused (ValueError with the key) when either
    is not one."""
    for problem in (phone_problem(phone), email_problem(email)):
        if problem:
            raise LetterTemplateError(problem)
    row = session.get(LetterSender, user_id)
    if row is None:
        row = LetterSender(user_id=user_id)
        session.add(row)
    row.phone, row.email, row.updated_at = phone.strip(), email.strip(), utcnow()


# --- the facts of each target ------------------------------------------------------------------

# Whom a letter is addressed to, best first: the person who answers for apprentices, then any other
# named contact, then the daglig leder.
_MANAGER = re.compile(r"daglig\s*leder|dagleg\s*leiar", re.IGNORECASE)


def _contact_rank(role: str | None) -> int:
    role = (role or "").casefold()
    if "fagansvarlig" in role or "fagleg" in role:
        return 0
    return 2 if _MANAGER.search(role) else 1


_COMPANY_COLUMNS = (
    Company.id, Company.name, Company.orgnr, Company.postal_address, Company.postal_postcode,
    Company.postal_city, Company.business_address, Company.business_postcode, Company.business_city,
    Company.municipality_name, Company.industry_code, Company.industry_code_2, Company.industry_code_3,
    Company.owner_id, Company.email, Company.register_email,
)


def campaign_facts(session: Session, campaign_id: str, draft: LetterDraft, on: date,
                   company_ids: list[str] | None = None) -> list[LetterFacts]:
    """The letter facts of the campaign's live targets (or of `company_ids` among them), sorted by
    postcode and name as a mailing service wants them; those without a postal address last."""
    targets = select(CampaignTarget.company_id).where(
        CampaignTarget.campaign_id == campaign_id, CampaignTarget.deleted_at.is_(None))
    stmt = select(*_COMPANY_COLUMNS).where(Company.id.in_(targets), Company.deleted_at.is_(None))
    if company_ids is not None:
        stmt = stmt.where(Company.id.in_(company_ids))
    rows = session.execute(stmt).all()
    ids = [r.id for r in rows]
    contacts: dict[str, tuple[int, str, str | None]] = {}
    for start in range(0, len(ids), 5000):  # under SQLite's bound-parameter limit
        for company_id, name, role, email in session.execute(
                select(Contact.company_id, Contact.name, Contact.role, Contact.email).where(
                    Contact.company_id.in_(ids[start:start + 5000]), Contact.deleted_at.is_(None))
                .order_by(Contact.created_at)):
            if not (name or "").strip():
                continue  # an erased contact keeps its row, not its name
            rank = _contact_rank(role)
            if company_id not in contacts or rank < contacts[company_id][0]:
                contacts[company_id] = (rank, name.strip(), email)
    owners = {r.owner_id for r in rows if r.owner_id}
    names = dict(session.execute(select(User.id, User.name).where(User.id.in_(list(owners)))).all())
    senders = {s.user_id: s for s in session.scalars(
        select(LetterSender).where(LetterSender.user_id.in_(list(owners))))}
    out: list[LetterFacts] = []
    for r in rows:
        address = (address_lines(r.postal_address, r.postal_postcode, r.postal_city)
                   or address_lines(r.business_address, r.business_postcode, r.business_city))
        contact = contacts.get(r.id)
        sender = senders.get(r.owner_id) if r.owner_id else None
        out.append(LetterFacts(
            company_id=r.id, company_name=r.name, orgnr=r.orgnr, address=address,
            email=usable_email(r.email, contact[2] if contact else None, r.register_email),
            municipality=r.municipality_name, contact_name=contact[1] if contact else None,
            trades=trades_for_industry(r.industry_code, r.industry_code_2, r.industry_code_3),
            hunter_name=(names.get(r.owner_id, "") if r.owner_id else "") or draft.sender_name,
            hunter_phone=(sender.phone if sender else "") or draft.sender_phone,
            hunter_email=(sender.email if sender else "") or draft.sender_email,
            organisation=draft.organisation, interest_address=draft.interest_address,
            reply_code=reply_code(campaign_id, r.id), letter_date=on,
        ))
    out.sort(key=lambda f: (f.address is None, f.address[-1][:4] if f.address else "",
                            f.company_name.casefold()))
    return out


@dataclass(frozen=True, slots=True)
class TargetChoice:
    company_id: str
    name: str
    place: str
    # Not active in the register (a RegisterChangeKind value: "bankrupt", …): it gets no letter.
    inactive: str | None = None


def target_choices(session: Session, campaign_id: str, limit: int = 500) -> list[TargetChoice]:
    """Target companies to preview a letter on, by name (the first `limit`), each with whether the
    register still has it as active."""
    rows = session.execute(select(Company.id, Company.name, Company.municipality_name).join(
        CampaignTarget, CampaignTarget.company_id == Company.id).where(
        CampaignTarget.campaign_id == campaign_id, CampaignTarget.deleted_at.is_(None),
        Company.deleted_at.is_(None)).order_by(Company.name).limit(limit)).all()
    inactive = {t.company_id: t.kind.value for t in campaigns.inactive_targets(session, campaign_id)}
    return [TargetChoice(r.id, r.name, r.municipality_name or "", inactive.get(r.id)) for r in rows]


@dataclass(frozen=True, slots=True)
class LetterWindow:
    """What the "Brev" window shows when it opens: the templates by name, the target companies to
    preview a letter on, and the hunters whose phone and e-mail the letters give."""

    templates: list[tuple[str, LetterDraft]]
    targets: list[TargetChoice]
    senders: list[SenderRow]


def letter_window(session: Session, campaign_id: str) -> LetterWindow:
    """Everything the "Brev" window reads when it opens, in one transaction (run off the UI thread;
    the shipped templates are stored on first use, so it writes once)."""
    return LetterWindow(template_drafts(session), target_choices(session, campaign_id),
                        campaign_senders(session, campaign_id))


def preview_letter(session: Session, campaign_id: str, company_id: str, draft: LetterDraft,
                   on: date) -> Letter | None:
    """The letter `draft` makes for one target company (None when it is not a target)."""
    facts = campaign_facts(session, campaign_id, draft, on, company_ids=[company_id])
    return render(draft.template, facts[0]) if facts else None


# --- producing ---------------------------------------------------------------------------------


class Output(StrEnum):
    PRINT_PDF = "print_pdf"  # one PDF of every letter, for the printer
    COMPANY_PDFS = "company_pdfs"  # a PDF per company
    EMAILS = "emails"  # .eml drafts a mail program opens
    MAILING_CSV = "mailing_csv"  # addresses and reply codes for a mailing service


POSTAL_OUTPUTS = frozenset({Output.PRINT_PDF, Output.COMPANY_PDFS, Output.MAILING_CSV})


@dataclass(frozen=True, slots=True)
class LetterRequest:
    campaign_id: str
    draft: LetterDraft
    outputs: frozenset[Output]
    folder: Path  # the letters go into a new folder inside this one
    on: date
    mark_sent: bool = True
    # The print PDF for a double-sided printer: each letter padded to an even page count, so that
    # none starts on the back of another's (the "Tosidig utskrift" box, on by default).
    duplex: bool = False
    # Letters with a placeholder that comes out empty ("Ring meg på ."): made only when asked for
    # again with this set, after the window said how many and which.
    allow_empty: bool = False


@dataclass(frozen=True, slots=True)
class LetterProgress:
    stage: str  # "reading", "print_pdf", "company_pdfs", "emails", "mailing_csv", "marking"
    done: int
    total: int


@dataclass(frozen=True, slots=True)
class MissingRecipient:
    """A target that did not get every output asked for, and why."""

    company_id: str
    name: str
    orgnr: str | None
    # "no_postal_address", "no_email", "no_address_or_email", or, for a company no longer active
    # in the register (no letter at all), its RegisterChangeKind: "bankrupt", "forced_dissolution",
    # "under_liquidation", "deregistered"
    reason: str
    reached: bool  # got at least one of the outputs (by post or by e-mail)
    deregistered_on: date | None = None

    @property
    def inactive(self) -> bool:
        """Left out because the register no longer has the company as active."""
        return self.reason in _INACTIVE_REASONS


@dataclass
class LetterResult:
    folder: Path | None = None
    targets: int = 0
    printed: int = 0  # letters in the print PDF
    pages: int = 0  # pages of the print PDF, the blank backs of a duplex print included
    blank_pages: int = 0  # of those, the blank backs
    company_pdfs: int = 0
    emails: int = 0
    csv_rows: int = 0
    missing: list[MissingRecipient] = field(default_factory=list)
    marked_letter: int = 0
    marked_email: int = 0
    cancelled: bool = False
    seconds: float = 0.0
    # Placeholder → how many of the letters it comes out empty in ({jeger_telefon}: 412).
    empty: dict[str, int] = field(default_factory=dict)
    # True: nothing was made, because of `empty` (the request did not allow them).
    held_for_empty: bool = False


def _empty_counts(template: Template, recipients: Iterable[LetterFacts]) -> dict[str, int]:
    """How many of the recipients' letters each placeholder of `template` comes out empty in."""
    counts: dict[str, int] = {}
    for f in recipients:
        for name in empty_fields(template.subject, template.body, values_of(f, template.language)):
            counts[name] = counts.get(name, 0) + 1
    return counts


def _slug(text: str, limit: int = 40) -> str:
    """A file name part from free text: letters, digits and dashes only (Windows takes it too)."""
    out = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_").lower()
    return out[:limit].strip("-") or "brev"


def _free_folder(parent: Path, name: str) -> Path:
    candidate, n = parent / name, 2
    while candidate.exists():
        candidate, n = parent / f"{name}-{n}", n + 1
    return candidate


class _Throttle:
    """Progress reports at most every 100 ms (and always the last): 8,000 letters reported one by
    one would flood the window's event queue with signals."""

    def __init__(self, say: Callable[[LetterProgress], object] | None) -> None:
        self.say, self.last = say, 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if self.say is not None and (done >= total or now - self.last >= 0.1):
            self.last = now
            self.say(LetterProgress(stage, done, total))


def _eml(letter: Letter, facts: LetterFacts, draft: LetterDraft, on: date) -> bytes:
    sender_name = facts.hunter_name or draft.sender_name or draft.organisation
    sender_mail = facts.hunter_email or draft.sender_email
    to_name, to_mail = facts.contact_name or facts.company_name, facts.email or ""
    # Plain ASCII addresses get the classic form (names and subject as encoded words), which every
    # mail program reads; an address such as rør@polar.no can only be written as UTF-8 (RFC 6532).
    ascii_only = all(a.isascii() for a in (sender_mail, to_mail))
    message = EmailMessage(policy=policy.default if ascii_only else policy.SMTPUTF8)
    if sender_mail:
        message["From"] = _mailbox(sender_name, sender_mail, ascii_only)
    message["To"] = _mailbox(to_name, to_mail, ascii_only)
    message["Subject"] = letter.subject
    message["Date"] = format_datetime(datetime.combine(on, datetime.min.time(), UTC))
    message["Message-ID"] = make_msgid(domain="lpj.local")
    # Outlook opens a file with this header as a draft to send, not as a received message.
    message["X-Unsent"] = "1"
    message["X-LPJ-Reply-Code"] = letter.reply_code
    message.set_content("\n".join(letter.lines) + "\n")
    return message.as_bytes()


def _mailbox(name: str, address: str, ascii_only: bool) -> str:
    if ascii_only:
        return formataddr((name, address))
    quoted = name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{quoted}" <{address}>'


MAILING_COLUMNS = ("orgnr", "navn", "att", "adresse1", "adresse2", "adresse3", "postnummer", "poststed",
                   "svarkode", "sider")


def produce_letters(store: Store, request: LetterRequest,
                    progress: Callable[[LetterProgress], object] | None = None,
                    cancel: Callable[[], bool] | None = None) -> LetterResult:
    """Make the letters `request` asks for; see the module's docstring. Runs off the UI thread,
    with the cyclic garbage collector held off (services/collector.py: its full passes over the
    run's objects stalled the window for up to 200 ms)."""
    with collector_paused():
        return _produce(store, request, progress, cancel)


def _produce(store: Store, request: LetterRequest, progress: Callable[[LetterProgress], object] | None,
             cancel: Callable[[], bool] | None) -> LetterResult:
    from lpj_desktop.reports.letter_pdf import LettersCancelled, padded_pages, write_letters

    started = time.perf_counter()
    problem = draft_problem(request.draft)
    if problem is not None:
        raise problem
    stopped = cancel or (lambda: False)
    say = _Throttle(progress)
    say("reading", 0, 1)
    campaign = read(store, campaigns.get_campaign, request.campaign_id)
    if campaign is None:
        raise LetterTemplateError("campaign_gone")
    facts = read(store, campaign_facts, request.campaign_id, request.draft, request.on)
    inactive = read(store, campaigns.inactive_targets, request.campaign_id)
    result = LetterResult(targets=len(facts))
    # Bankrupt, dissolving and deleted companies get no letter, and are listed saying so.
    gone = {t.company_id for t in inactive}
    result.missing.extend(MissingRecipient(t.company_id, t.name, t.orgnr, t.kind.value, False,
                                           t.deregistered_on) for t in inactive)
    facts = [f for f in facts if f.company_id not in gone]
    say("reading", 1, 1)
    template = request.draft.template
    wants_post = bool(request.outputs & POSTAL_OUTPUTS)
    wants_mail = Output.EMAILS in request.outputs
    postal = [f for f in facts if f.address]
    mailable = [f for f in facts if f.email] if wants_mail else []
    for f in facts:
        lacks_post, lacks_mail = wants_post and not f.address, wants_mail and not f.email
        if lacks_post or lacks_mail:
            reached = (wants_post and bool(f.address)) or (wants_mail and bool(f.email))
            reason = ("no_address_or_email" if not reached else
                      "no_postal_address" if lacks_post else "no_email")
            result.missing.append(MissingRecipient(f.company_id, f.company_name, f.orgnr, reason, reached))

    # Every company that gets a letter, on paper or by e-mail, counted once.
    recipients = {f.company_id: f for f in (postal if wants_post else [])}
    recipients.update({f.company_id: f for f in mailable})
    result.empty = _empty_counts(template, recipients.values())
    if result.empty and not request.allow_empty:
        result.held_for_empty = True
        result.seconds = time.perf_counter() - started
        return result

    name = f"brev-{_slug(campaign.name)}-{request.on:%Y-%m-%d}"
    request.folder.mkdir(parents=True, exist_ok=True)
    final = _free_folder(request.folder, name)
    staging = request.folder / f".{final.name}.{uuid.uuid4().hex[:8]}.tmp"
    staging.mkdir()
    try:
        pages_of: dict[str, int] = {}
        if Output.PRINT_PDF in request.outputs and postal:
            def step(done: int) -> bool:
                say(Output.PRINT_PDF.value, done, len(postal))
                return not stopped()
            letters = (render(template, f) for f in postal)
            counts = write_letters(staging / f"{name}.pdf", letters, title=campaign.name,
                                   duplex=request.duplex, step=step)
            pages_of = {f.company_id: n for f, n in zip(postal, counts, strict=True)}
            result.printed, result.pages = len(counts), padded_pages(counts, request.duplex)
            result.blank_pages = result.pages - sum(counts)
        if Output.COMPANY_PDFS in request.outputs and postal:
            folder = staging / "per-bedrift"
            folder.mkdir()
            for i, f in enumerate(postal, start=1):
                file = folder / f"{f.orgnr or f.company_id[:8]}-{_slug(f.company_name)}.pdf"
                counts = write_letters(file, [render(template, f)], title=f.company_name)
                pages_of.setdefault(f.company_id, counts[0])
                say(Output.COMPANY_PDFS.value, i, len(postal))
                if stopped():
                    raise LettersCancelled
            result.company_pdfs = len(postal)
        if mailable:
            folder = staging / "e-post"
            folder.mkdir()
            for i, f in enumerate(mailable, start=1):
                file = folder / f"{f.orgnr or f.company_id[:8]}-{_slug(f.company_name)}.eml"
                file.write_bytes(_eml(render(template, f), f, request.draft, request.on))
                say(Output.EMAILS.value, i, len(mailable))
                if stopped():
                    raise LettersCancelled
            result.emails = len(mailable)
        if Output.MAILING_CSV in request.outputs and postal:
            result.csv_rows = _write_mailing_csv(staging / f"postutsending-{name}.csv", postal, template,
                                                 pages_of)
            say(Output.MAILING_CSV.value, 1, 1)
        lacking = [m for m in result.missing if not m.inactive]
        if lacking:
            _write_missing_csv(staging / f"uten-adresse-{name}.csv", lacking)
        not_sent = [m for m in result.missing if not m.reached]
        if not_sent:
            _write_not_sent_csv(staging / f"ikke-sendt-{name}.csv", not_sent)
        if stopped():
            raise LettersCancelled
        os.replace(staging, final)
    except LettersCancelled:
        shutil.rmtree(staging, ignore_errors=True)
        result.cancelled = True
        result.seconds = time.perf_counter() - started
        return result
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)  # no half-made letters left behind; re-raised
        raise
    result.folder = final

    if request.mark_sent:
        by_post = [f.company_id for f in postal] if wants_post else []
        posted = set(by_post)
        by_mail = [f.company_id for f in mailable if f.company_id not in posted]
        say("marking", 0, 1)
        result.marked_letter, result.marked_email = write(
            store, _mark, request.campaign_id, request.on, by_post, by_mail)
        say("marking", 1, 1)
    result.seconds = time.perf_counter() - started
    return result


def _mark(session: Session, campaign_id: str, on: date, by_post: list[str],
          by_mail: list[str]) -> tuple[int, int]:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        return 0, 0
    return (campaigns.mark_letters_sent(session, campaign, on, by_post, channel=LetterChannel.LETTER),
            campaigns.mark_letters_sent(session, campaign, on, by_mail, channel=LetterChannel.EMAIL))


def _write_mailing_csv(path: Path, postal: list[LetterFacts], template: Template,
                       pages_of: dict[str, int]) -> int:
    # UTF-8 with a byte-order mark and semicolons: what Norwegian Excel and the mailing services
    # that take Excel files read without asking.
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(MAILING_COLUMNS)
        for f in postal:
            assert f.address is not None
            street = list(f.address[:-1])[:3]
            street += [""] * (3 - len(street))
            code, _, place = f.address[-1].partition(" ")
            writer.writerow([f.orgnr or "", f.company_name, f.contact_name or "", *street, code, place,
                             f.reply_code, pages_of.get(f.company_id, "")])
    return len(postal)


MISSING_COLUMNS = ("orgnr", "navn", "mangler", "fikk_brev_på_annen_måte")
_MISSING_WORDS = {"no_postal_address": "postadresse", "no_email": "e-postadresse",
                  "no_address_or_email": "postadresse og e-postadresse"}


def _write_missing_csv(path: Path, missing: list[MissingRecipient]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(MISSING_COLUMNS)
        for m in missing:
            writer.writerow([m.orgnr or "", m.name, _MISSING_WORDS[m.reason], "ja" if m.reached else "nei"])


NOT_SENT_COLUMNS = ("orgnr", "navn", "ikke_sendt_fordi")
# Why a target got nothing, as the file says it (Norwegian: the file is for the office's own
# records and for whoever follows the companies up).
_NOT_SENT_WORDS = {
    RegisterChangeKind.BANKRUPT.value: "konkurs registrert i Enhetsregisteret",
    RegisterChangeKind.FORCED_DISSOLUTION.value: "tvangsavvikling registrert i Enhetsregisteret",
    RegisterChangeKind.UNDER_LIQUIDATION.value: "avvikling registrert i Enhetsregisteret",
    RegisterChangeKind.DEREGISTERED.value: "slettet fra Enhetsregisteret",
    "no_address_or_email": "mangler både postadresse og e-postadresse",
    "no_postal_address": "mangler postadresse",
    "no_email": "mangler e-postadresse",
}
_INACTIVE_REASONS = frozenset(kind.value for _, kind, _ in INACTIVE_FLAGS)


def _write_not_sent_csv(path: Path, not_sent: list[MissingRecipient]) -> None:
    """Every target that got no letter at all, with the reason in words: the companies no longer
    active in the register first (by name), then those without any address."""
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(NOT_SENT_COLUMNS)
        for m in sorted(not_sent, key=lambda m: (not m.inactive, m.name.casefold())):
            reason = _NOT_SENT_WORDS[m.reason]
            if m.deregistered_on is not None and m.reason == RegisterChangeKind.DEREGISTERED.value:
                reason += f" {m.deregistered_on:%d.%m.%Y}"
            writer.writerow([m.orgnr or "", m.name, reason])
