"""Campaign letters as plain rules: the placeholders a template may use, the check of a template,
the reply code of a company, the recipient's address block and the rendering of one letter.

No SQL and no Qt: the services gather a company's facts (`LetterFacts`), this module turns a
template and those facts into a letter, and the PDF, e-mail and CSV writers put it on paper.
A template is text with placeholders in braces, `{bedrift}`; `{{` and `}}` are literal braces.
A line is a paragraph (wrapped on paper); an empty line is a gap.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from lpj_desktop.domain.contact_info import email_problem
from lpj_desktop.resources import resource


class Language(StrEnum):
    """The written standard of a template: a letter is wholly in one of them."""

    BOKMAL = "nb"
    NYNORSK = "nn"


# Every placeholder a template may use, with what it holds (shown in the editor's list). The names
# are Norwegian because the people who write the templates read them.
PLACEHOLDERS: dict[str, str] = {
    "bedrift": "Bedriftens navn",
    "orgnr": "Organisasjonsnummeret",
    "adresse": "Postadressen på én linje",
    "kommune": "Kommunen",
    "kontaktperson": "Kontaktpersonen, ellers daglig leder når vi kjenner navnet, ellers «daglig leder»",
    "fag": "Lærefagene som passer bedriftens næringskode",
    "jeger": "Navnet på bedriftens læreplassjeger",
    "jeger_telefon": "Læreplassjegerens telefon",
    "jeger_epost": "Læreplassjegerens e-post",
    "organisasjon": "Organisasjonen som sender brevet",
    "interesseadresse": "Adressen der bedriften melder interesse",
    "svarkode": "Bedriftens svarkode (oppgis når den melder interesse)",
    "dato": "Brevets dato",
}

_FIELD = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


class ProblemKind(StrEnum):
    UNKNOWN = "unknown_placeholder"  # {firma}: not a placeholder
    UNCLOSED = "unclosed_brace"  # a lone { or }
    EMPTY = "empty_text"  # a template without subject or body


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    """Something in a template that would print wrong: `part` is "subject" or "body", `line` 1-based."""

    kind: ProblemKind
    part: str
    line: int
    text: str = ""  # the placeholder as written, for unknown ones


def template_problems(subject: str, body: str) -> list[TemplateProblem]:
    """Everything that stops a template from being saved: unknown placeholders and lone braces.

    Checked on every edit, so the editor can say what is wrong while it is typed, and again by the
    service that stores the template: a refused template never reaches a letter.
    """
    out: list[TemplateProblem] = []
    for part, text in (("subject", subject), ("body", body)):
        if not text.strip():
            out.append(TemplateProblem(ProblemKind.EMPTY, part, 1))
            continue
        for number, line in enumerate(text.splitlines() or [""], start=1):
            for match in _FIELD.finditer(line):
                token = match.group(0)
                if token in ("{{", "}}"):
                    continue
                if token in ("{", "}"):
                    out.append(TemplateProblem(ProblemKind.UNCLOSED, part, number, token))
                elif match.group(1).strip() not in PLACEHOLDERS:
                    out.append(TemplateProblem(ProblemKind.UNKNOWN, part, number, token))
    return out


def fill(text: str, values: dict[str, str]) -> str:
    """`text` with each placeholder replaced by its value (a checked template is assumed)."""
    def one(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        name = match.group(1)
        # Only reached with a template that skipped the check: the placeholder stays visible
        # rather than vanishing from the letter.
        return values.get(name.strip(), token) if name is not None else token
    return _FIELD.sub(one, text)


def empty_fields(subject: str, body: str, values: dict[str, str]) -> list[str]:
    """The placeholders the template uses that come out empty for this company, in the order they
    first appear: an empty {organisasjon} leaves "… står uten. hjelper bedrifter …" in the letter,
    so the editor says which facts to fill in before letters are made."""
    found: list[str] = []
    for match in _FIELD.finditer(f"{subject}\n{body}"):
        name = (match.group(1) or "").strip()
        if name in PLACEHOLDERS and not values.get(name, "").strip() and name not in found:
            found.append(name)
    return found


# Letters people confuse on paper (0/O, 1/I/L) are left out: a code is read off a letter and typed.
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def reply_code(campaign_id: str, company_id: str) -> str:
    """A company's reply code in a campaign, "K7M-4QP": the same every time it is worked out (a
    reprinted letter carries the code of the first), different between campaigns, and not
    guessable from the organisation number."""
    digest = hashlib.sha256(f"{campaign_id}:{company_id}".encode()).digest()
    number = int.from_bytes(digest[:8], "big")
    chars = []
    for _ in range(6):
        number, rest = divmod(number, len(_CODE_ALPHABET))
        chars.append(_CODE_ALPHABET[rest])
    return "".join(chars[:3]) + "-" + "".join(chars[3:])


_POSTCODE = re.compile(r"^\d{4}$")


def address_lines(address: str | None, postcode: str | None, city: str | None) -> tuple[str, ...] | None:
    """The street lines and "9501 ALTA" of a Norwegian address, or None when it cannot carry a
    letter (no street or box, no four-digit postcode, no place). The register joins several lines
    with "/n"; each becomes a line."""
    lines = tuple(part.strip() for part in re.split(r"/n|\n", address or "") if part.strip())
    code, place = (postcode or "").strip(), (city or "").strip()
    if not lines or not _POSTCODE.match(code) or not place:
        return None
    return (*lines, f"{code} {place.upper()}")


def usable_email(*candidates: str | None) -> str | None:
    """The first candidate that is an e-mail address (the hunter's entry before the register's)."""
    for candidate in candidates:
        value = (candidate or "").strip()
        if value and email_problem(value) is None:
            return value
    return None


MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
          "oktober", "november", "desember")  # the same in bokmål and nynorsk


def long_date(value: date) -> str:
    """"5. desember 2026", as a letter is dated."""
    return f"{value.day}. {MONTHS[value.month - 1]} {value.year}"


# Words a letter needs besides the template, per written standard.
_WORDS: dict[Language, dict[str, str]] = {
    Language.BOKMAL: {"manager": "daglig leder", "and": "og", "trades": "flere lærefag",
                      "attention": "v/"},
    Language.NYNORSK: {"manager": "dagleg leiar", "and": "og", "trades": "fleire lærefag",
                       "attention": "v/"},
}


# Words of register names that stay in capitals when an all-capitals name is written as a name:
# legal forms and the abbreviations trades go by.
_KEEP_CAPS = frozenset({"AS", "ASA", "ANS", "DA", "SA", "BA", "NUF", "ENK", "KS", "HF", "IKS", "BL", "FLI",
                        "STI", "BRL", "IT", "VVS", "EL", "TV", "KF", "AL", "SF", "NAV", "BKK"})
_SMALL_WORDS = frozenset({"og", "i", "på", "av", "for", "til", "med", "ved", "&"})


def name_as_written(name: str) -> str:
    """A company name as a letter writes it: the register's ALL-CAPITALS "ALTA ELEKTRO AS" becomes
    "Alta Elektro AS" (a letter in capitals shouts); a name with small letters is left as it is."""
    if not name or name != name.upper() or not any(ch.isalpha() for ch in name):
        return name
    words = []
    for i, word in enumerate(name.split()):
        if word in _KEEP_CAPS or any(ch.isdigit() for ch in word):
            words.append(word)
        elif i > 0 and word.lower() in _SMALL_WORDS:
            words.append(word.lower())
        else:
            # "NORD-TROMS" → "Nord-Troms"
            words.append("-".join(part[:1] + part[1:].lower() for part in word.split("-")))
    return " ".join(words)


def trade_in_text(trade: str) -> str:
    """A trade as running text writes it: "tømrerfaget", but "IT-utviklerfaget" keeps its capitals."""
    return trade[:1].lower() + trade[1:] if trade[1:2].islower() else trade


def join_words(items: tuple[str, ...] | list[str], language: Language) -> str:
    """"a, b og c"."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {_WORDS[language]['and']} " + items[-1]


@dataclass(frozen=True, slots=True)
class LetterFacts:
    """What a letter says about one company and who sends it, gathered by the services."""

    company_id: str
    company_name: str
    orgnr: str | None
    address: tuple[str, ...] | None  # usable postal lines (None: no letter by post)
    email: str | None  # a usable address (None: no e-mail)
    municipality: str | None
    contact_name: str | None  # the contact person, or the daglig leder when known
    trades: tuple[str, ...]
    hunter_name: str
    hunter_phone: str
    hunter_email: str
    organisation: str
    interest_address: str
    reply_code: str
    letter_date: date


@dataclass(frozen=True, slots=True)
class Template:
    """A template as the renderer needs it."""

    language: Language
    subject: str
    body: str


@dataclass(frozen=True, slots=True)
class Letter:
    """One rendered letter: the window-envelope block, the subject and the body's lines ("" = gap)."""

    company_id: str
    recipient: tuple[str, ...]  # empty when there is no postal address
    subject: str
    lines: tuple[str, ...]
    sender: tuple[str, ...]  # the sender block at the top right: organisation, hunter, phone, e-mail
    date_line: str
    reply_code: str
    email: str | None = None
    values: dict[str, str] = field(default_factory=dict)


def values_of(facts: LetterFacts, language: Language) -> dict[str, str]:
    """The text each placeholder stands for in this company's letter."""
    words = _WORDS[language]
    return {
        "bedrift": name_as_written(facts.company_name),
        "orgnr": facts.orgnr or "",
        "adresse": ", ".join(facts.address) if facts.address else "",
        "kommune": facts.municipality or "",
        "kontaktperson": facts.contact_name or words["manager"],
        "fag": (join_words([trade_in_text(t) for t in facts.trades], language) if facts.trades
                else words["trades"]),
        "jeger": facts.hunter_name,
        "jeger_telefon": facts.hunter_phone,
        "jeger_epost": facts.hunter_email,
        "organisasjon": facts.organisation,
        "interesseadresse": facts.interest_address,
        "svarkode": facts.reply_code,
        "dato": long_date(facts.letter_date),
    }


def render(template: Template, facts: LetterFacts) -> Letter:
    """The letter `template` makes for the company of `facts`."""
    values = values_of(facts, template.language)
    words = _WORDS[template.language]
    recipient: tuple[str, ...] = ()
    if facts.address:
        recipient = (name_as_written(facts.company_name),)
        if facts.contact_name:
            recipient += (f"{words['attention']} {facts.contact_name}",)
        recipient += facts.address
    body = fill(template.body, values).splitlines()
    # Gaps at the start and end of the body would only push the text about on the page.
    while body and not body[0].strip():
        body.pop(0)
    while body and not body[-1].strip():
        body.pop()
    sender = tuple(line for line in (facts.organisation, facts.hunter_name, facts.hunter_phone,
                                     facts.hunter_email) if line)
    return Letter(
        company_id=facts.company_id, recipient=recipient,
        subject=" ".join(fill(template.subject, values).split()),
        lines=tuple(line.rstrip() for line in body), sender=sender,
        date_line=long_date(facts.letter_date), reply_code=facts.reply_code, email=facts.email,
        values=values,
    )


DEFAULT_SUBJECT: dict[Language, str] = {
    Language.BOKMAL: "Kan {bedrift} ta inn en lærling?",
    Language.NYNORSK: "Kan {bedrift} ta inn ein lærling?",
}

def default_body(language: Language) -> str:
    """The shipped letter text (resources/letters): kept as text files, one paragraph a line, so
    that it reads and is reviewed as the letter it is."""
    return resource("letters", f"laereplassbrev-{language.value}.txt").read_text(encoding="utf-8").strip()
