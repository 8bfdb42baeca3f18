"""Enhetsregisteret's update feed: reading its pages and the one rule for what a change may do.

Both ends apply the feed through this module: the server (`sync.server.register_feed`, then every
laptop pulls the result) and the desktop import for a laptop without a server
(`lpj_desktop.importers.register_feed`). So which fields a register change may touch, and what
counts as bankrupt, dissolved or deleted, is written once, here. No SQL, no Qt.

Built to Brønnøysundregistrene's published API description ("Åpne data – Enhetsregisteret",
https://data.brreg.no/enhetsregisteret/api/dokumentasjon/, OpenAPI 3 in brreg/openAPI
specs/enhetsregisteret.json; the update feeds arrived in API version 1.1.0):

* ``GET /enhetsregisteret/api/oppdateringer/enheter`` and ``…/underenheter``, with query
  parameters ``oppdateringsid`` (from and including this update id), ``dato`` (from this time),
  ``size``, ``page`` and ``includeChanges=true`` (each update carries its changes);
* a HAL answer: ``_embedded.oppdaterteEnheter`` (or ``oppdaterteUnderenheter``), a list of
  ``{oppdateringsid, dato, organisasjonsnummer, endringstype, endringer?, _links}``; ``_links``
  with ``self``/``first``/``next``/``last`` hrefs; ``page`` ``{size, totalElements, totalPages,
  number}``. An empty answer has no ``_embedded``;
* ``endringstype`` is one of Ukjent, Ny, Endring, Sletting, Fjernet; ``endringer`` is an RFC 6902
  JSON Patch against the unit as the register shows it (``/navn``, ``/forretningsadresse/adresse``,
  ``/konkurs``…), the same JSON as ``GET /enheter/{orgnr}`` and the bulk download.

Gaps: update ids rise but need not be dense, so a gap cannot be seen from the ids alone. A page
shows what it covers by its ``self`` link: every update from its ``oppdateringsid`` parameter on,
``page`` × ``size`` in. A run of pages is accepted only when it provably continues from the
cursor (the last update id applied): its first page asks from at most cursor + 1, and each
following page is the next page of the same query or a new query from at most the last id + 1.
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import json
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import orjson

from sync.entities import COMPANY_REGISTER_FACTS, ENTITIES, MAX_TEXT, Kind
from sync.kernel.ids import company_id_for_orgnr
from sync.vocabulary import RegisterChangeKind

OSLO = ZoneInfo("Europe/Oslo")
API_BASE = "https://data.brreg.no/enhetsregisteret/api"
# The register's two feeds: (the key of the list in `_embedded`, the unit's link name, subunits).
STREAMS: dict[str, tuple[str, str, bool]] = {
    "enheter": ("oppdaterteEnheter", "enhet", False),
    "underenheter": ("oppdaterteUnderenheter", "underenhet", True),
}
# What a register change may write: the register facts and nothing else. The hunter's fields
# (lb_status, trades, tags, owner, phone, e-mail, notes) are outside this tuple, so no feed can
# overwrite them, on the server or on a laptop.
REGISTER_CHANGE_FIELDS: tuple[str, ...] = COMPANY_REGISTER_FACTS
# A company the feed makes new holds these as well (the app's defaults; never null on the wire).
NEW_COMPANY_DEFAULTS: dict[str, Any] = {
    "source": "register", "lb_status": "unknown", "approved_trades": [], "interest_trades": [],
    "tags": [],
}
# The client id register writes are stamped with in a record's field history (sync.server.merge):
# a laptop's edit of a register fact made before the feed changed it meets it as a conflict.
FEED_CLIENT_ID = "register-feed"
MAX_PATCH_OPS = 2_000
FETCH_TIMEOUT_SECONDS = 30.0
FETCH_PAGE_SIZE = 1000
_ID_NAMESPACE = uuid.UUID("0b6f7e9c-3d0a-4c49-8f1e-5a2d7c4b9e30")


class ChangeType(StrEnum):
    """`endringstype` as the API spells it."""

    UNKNOWN = "Ukjent"
    NEW = "Ny"
    CHANGED = "Endring"
    DELETED = "Sletting"  # deleted from the register
    REMOVED = "Fjernet"  # removed from the open data (the unit's page answers 410 Gone)


# The flags that make a company inactive in the register, most serious first, with the words of
# its owner's follow-up ("konkurs registrert 12.11.2026").
INACTIVE_FLAGS: tuple[tuple[str, RegisterChangeKind, str], ...] = (
    ("bankrupt", RegisterChangeKind.BANKRUPT, "konkurs registrert"),
    ("forced_dissolution", RegisterChangeKind.FORCED_DISSOLUTION, "tvangsavvikling registrert"),
    ("under_liquidation", RegisterChangeKind.UNDER_LIQUIDATION, "avvikling registrert"),
    ("deregistered_on", RegisterChangeKind.DEREGISTERED, "slettet fra Enhetsregisteret"),
)
# Facts the timeline shows when they change, grouped as a person reads them.
TIMELINE_GROUPS: tuple[tuple[RegisterChangeKind, tuple[str, ...]], ...] = (
    (RegisterChangeKind.NAME, ("name",)),
    (RegisterChangeKind.BUSINESS_ADDRESS, ("business_address", "business_postcode", "business_city")),
    (RegisterChangeKind.POSTAL_ADDRESS, ("postal_address", "postal_postcode", "postal_city")),
)


_CHANGE_TYPES = {c.value: c for c in ChangeType}


class FeedError(ValueError):
    """A feed file or answer that cannot be applied; the message says why, in words. Raised
    before anything is written."""


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One update of the feed."""

    update_id: int
    orgnr: str
    change: ChangeType
    at: datetime  # aware, UTC
    patch: tuple[Mapping[str, Any], ...] | None  # None: the page was fetched without includeChanges

    @property
    def day(self) -> date:
        """The day of the update in Norway (what a person calls its date)."""
        return self.at.astimezone(OSLO).date()


@dataclass(frozen=True, slots=True)
class FeedPage:
    """One page of a feed, checked: entries in rising update id order."""

    stream: str
    entries: tuple[FeedEntry, ...]
    source: str  # file name or URL, for messages
    query_start: int | None = None  # the `oppdateringsid` the page was asked from
    query_key: str | None = None  # the query without page/size: pages of one query share it
    number: int = 0
    size: int | None = None
    next_href: str | None = None


@dataclass
class FeedRun:
    """The pages of one stream that continue from a cursor: what is new in them, in order."""

    stream: str
    cursor_before: int
    entries: list[FeedEntry] = field(default_factory=list)  # ids above the cursor only
    replayed: int = 0  # entries at or below the cursor, skipped
    last_id: int = 0  # the highest id seen (the cursor after applying)


# --- reading pages ------------------------------------------------------------------------------


def parse_page(data: Any, source: str, stream: str | None = None) -> FeedPage:
    """Check one feed page (parsed JSON) and read its entries; FeedError when it is malformed.

    `stream` ("enheter"/"underenheter") is found from the page itself when not given.
    """
    if not isinstance(data, dict):
        raise FeedError(f"{source}: not a feed page from Enhetsregisteret (no JSON object)")
    embedded = data.get("_embedded")
    raw_links = data.get("_links")
    links: Mapping[str, Any] = raw_links if isinstance(raw_links, dict) else {}
    self_href = _href(links, "self")
    found = None
    if isinstance(embedded, dict):
        found = next((name for name, (key, _, _) in STREAMS.items() if key in embedded), None)
        if found is None:
            raise FeedError(f"{source}: _embedded holds neither oppdaterteEnheter nor "
                            f"oppdaterteUnderenheter: not an update feed page")
    elif embedded is not None:
        raise FeedError(f"{source}: _embedded is not an object")
    elif self_href:
        found = next((name for name in STREAMS if f"/oppdateringer/{name}" in self_href), None)
    if found is None and not isinstance(data.get("page"), dict):
        raise FeedError(f"{source}: not an update feed page (neither _embedded nor page)")
    if stream is not None and found is not None and found != stream:
        raise FeedError(f"{source}: a page of the {found} feed, where {stream} was expected")
    stream = found or stream
    if stream is None:
        raise FeedError(f"{source}: an empty page that does not say which feed it is from")
    key = STREAMS[stream][0]
    raw = embedded.get(key) if isinstance(embedded, dict) else []
    if not isinstance(raw, list):
        raise FeedError(f"{source}: _embedded.{key} is not a list")
    entries = tuple(_entry(item, f"{source}, update {n + 1}") for n, item in enumerate(raw))
    for before, after in zip(entries, entries[1:], strict=False):
        if after.update_id <= before.update_id:
            raise FeedError(f"{source}: update ids do not rise ({before.update_id} then {after.update_id})")
    page = data.get("page")
    number = page.get("number", 0) if isinstance(page, dict) else 0
    size = page.get("size") if isinstance(page, dict) else None
    if not isinstance(number, int) or isinstance(number, bool) or number < 0:
        raise FeedError(f"{source}: page.number is not a page number")
    start, query_key, href_page, href_size = _query_of(self_href)
    return FeedPage(stream=stream, entries=entries, source=source, query_start=start,
                    query_key=query_key, number=href_page if href_page is not None else number,
                    size=href_size if href_size is not None else (size if isinstance(size, int) else None),
                    next_href=_href(links, "next"))


def _href(links: Mapping[str, Any], name: str) -> str | None:
    link = links.get(name)
    href = link.get("href") if isinstance(link, dict) else None
    return href if isinstance(href, str) else None


def _query_of(href: str | None) -> tuple[int | None, str | None, int | None, int | None]:
    """(oppdateringsid, the query without page, page, size) of a page's self link."""
    if not href:
        return None, None, None, None
    parts = urlsplit(href)
    query = parse_qs(parts.query)

    def number(name: str) -> int | None:
        values = query.get(name)
        return int(values[0]) if values and values[0].isdigit() else None

    rest = sorted((k, tuple(v)) for k, v in query.items() if k not in ("page",))
    return number("oppdateringsid"), f"{parts.path}?{rest}", number("page"), number("size")


def _entry(item: Any, where: str) -> FeedEntry:
    if not isinstance(item, dict):
        raise FeedError(f"{where}: not an object")
    update_id = item.get("oppdateringsid")
    if not isinstance(update_id, int) or isinstance(update_id, bool) or update_id <= 0:
        raise FeedError(f"{where}: oppdateringsid is missing or not a positive whole number")
    orgnr = item.get("organisasjonsnummer")
    if not isinstance(orgnr, str) or not _is_orgnr(orgnr):
        raise FeedError(f"{where} (id {update_id}): organisasjonsnummer {orgnr!r} is not a valid "
                        f"organisation number")
    kind = item.get("endringstype")
    change = _CHANGE_TYPES.get(kind) if isinstance(kind, str) else None
    if change is None:
        raise FeedError(f"{where} (id {update_id}): endringstype {item.get('endringstype')!r} is "
                        f"none of {', '.join(c.value for c in ChangeType)}")
    when = item.get("dato")
    try:
        at = datetime.fromisoformat(when) if isinstance(when, str) else None  # 3.11+ reads "Z"
    except ValueError:
        at = None
    if at is None:
        raise FeedError(f"{where} (id {update_id}): dato {when!r} is not a time")
    at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    patch = item.get("endringer")
    if patch is not None:
        if not isinstance(patch, list) or len(patch) > MAX_PATCH_OPS:
            raise FeedError(f"{where} (id {update_id}): endringer is not a list of changes")
        for op in patch:
            if not (isinstance(op, dict) and op.get("op") in _OPS and isinstance(op.get("path"), str)
                    and (op["path"] == "" or op["path"].startswith("/"))):
                raise FeedError(f"{where} (id {update_id}): endringer holds {op!r}, not a JSON "
                                f"Patch operation")
        patch = tuple(patch)
    return FeedEntry(update_id, orgnr, change, at, patch)


_OPS = frozenset({"add", "remove", "replace", "move", "copy", "test"})


def _is_orgnr(nr: str) -> bool:
    """`orgnr_problem(nr) is None` for exactly 9 digits, without spaces: the mod-11 check on the
    bytes (a fifth of reading a feed page went to the general check)."""
    if len(nr) != 9 or not nr.isascii() or not nr.isdigit():
        return False
    d = nr.encode()
    # The weights 3,2,7,6,5,4,3,2 sum to 32: the ASCII offset of each digit is taken off at once.
    total = 3 * d[0] + 2 * d[1] + 7 * d[2] + 6 * d[3] + 5 * d[4] + 4 * d[5] + 3 * d[6] + 2 * d[7] - 48 * 32
    remainder = total % 11
    check = 0 if remainder == 0 else 11 - remainder
    return check != 10 and check == d[8] - 48


def continuing(pages: Sequence[FeedPage], cursor: int) -> FeedRun:
    """The entries of `pages` (one stream, in order) above `cursor`, once the pages are shown to
    continue from it without a gap; FeedError otherwise. A cursor of 0 (never imported) takes
    any start: the bulk download is the starting point."""
    if not pages:
        raise FeedError("no feed pages given")
    stream = pages[0].stream
    run = FeedRun(stream=stream, cursor_before=cursor, last_id=cursor)
    covered = cursor  # every update up to here is applied or in the pages read so far
    previous: FeedPage | None = None
    for page in pages:
        if page.stream != stream:
            raise FeedError(f"{page.source}: a page of the {page.stream} feed among {stream} pages")
        first = page.entries[0].update_id if page.entries else None
        if not _continues(page, previous, covered, first):
            start = page.query_start if page.query_start is not None else first
            raise FeedError(
                f"{page.source}: a gap in the {stream} feed: the updates applied or read end at "
                f"{covered}, and this page starts at {start}" + (
                    f" (page {page.number} of its query)" if page.number else "")
                + f". Fetch from oppdateringsid={covered + 1}; nothing was applied")
        for entry in page.entries:
            if entry.update_id <= run.last_id:
                if entry.update_id > cursor:
                    raise FeedError(f"{page.source}: update {entry.update_id} comes again after "
                                    f"{run.last_id}: pages out of order")
                run.replayed += 1
                continue
            run.entries.append(entry)
            run.last_id = entry.update_id
        covered = max(covered, run.last_id)
        previous = page
    return run


def _continues(page: FeedPage, previous: FeedPage | None, covered: int, first: int | None) -> bool:
    if covered == 0 and previous is None:
        return True
    if first is not None and first <= covered + 1:
        return True  # overlaps what is covered: nothing can be missing before it
    if (previous is not None and page.number == previous.number + 1 and page.query_key is not None
            and page.query_key == previous.query_key):
        return True  # the next page of the same query
    return page.number == 0 and page.query_start is not None and page.query_start <= covered + 1


# --- applying one change to a company's register facts -----------------------------------------


def fact_changes(current: Mapping[str, Any], entry: FeedEntry, subunit: bool) -> dict[str, Any]:
    """The register facts `entry` changes in a company whose facts are `current` (a mapping
    that may hold other fields too): {fact: new value}, only those that differ. FeedError for a
    value of the wrong kind. A deletion without a date of its own is dated the day of the
    update. Only REGISTER_CHANGE_FIELDS can come back: nothing a hunter entered."""
    new = _leaf_changes(entry, subunit)
    if new is None:
        return {k: v for k, v in facts_after(current, entry, subunit).items() if current.get(k) != v}
    if current.get("is_subunit") != subunit:
        new["is_subunit"] = subunit
    if (entry.change in (ChangeType.DELETED, ChangeType.REMOVED)
            and not new.get("deregistered_on", current.get("deregistered_on"))):
        new["deregistered_on"] = entry.day.isoformat()
    return {k: v for k, v in new.items() if current.get(k) != v}


def facts_after(current: Mapping[str, Any] | None, entry: FeedEntry, subunit: bool) -> dict[str, Any]:
    """All the register facts of a company after `entry`: `current` (its facts, or None for a
    unit not held) with the entry's patch applied; FeedError for a value of the wrong kind.
    (`fact_changes` says the same as the facts that differ, and is what applying uses.)"""
    doc = _doc_of(current or {}, subunit)
    for op in entry.patch or ():
        _apply_op(doc, op, entry)
    facts = _facts_of(doc, subunit, entry)
    if entry.change in (ChangeType.DELETED, ChangeType.REMOVED) and not facts["deregistered_on"]:
        facts["deregistered_on"] = entry.day.isoformat()
    return facts


def is_active_in_register(facts: Mapping[str, Any]) -> bool:
    """Not bankrupt, not being dissolved and not deleted: the one definition for both ends."""
    return inactive_flag(facts) is None


def inactive_flag(facts: Mapping[str, Any]) -> tuple[RegisterChangeKind, str] | None:
    """The most serious inactive flag `facts` hold, as (kind, follow-up words); None for a
    company active in the register. (Campaign letters go to none of these.)"""
    for name, kind, words in INACTIVE_FLAGS:
        if facts.get(name):
            return kind, words
    return None


def newly_inactive(before: Mapping[str, Any],
                   changes: Mapping[str, Any]) -> tuple[RegisterChangeKind, str] | None:
    """The most serious inactive flag `changes` set that `before` did not hold: (kind,
    follow-up words)."""
    for name, kind, words in INACTIVE_FLAGS:
        if changes.get(name) and not before.get(name):
            return kind, words
    return None


def followup_for_owner(owner_id: str | None, owner_has_left: bool) -> str | None:
    """Whom a flagged company's follow-up is for: its owner, unless there is none or the owner
    has left (a deactivated account is given no work; the server would refuse it). The company is
    flagged and its timeline line written either way; the import reports the follow-ups not made
    so the office can hand the departed hunter's companies over."""
    return owner_id if owner_id and not owner_has_left else None


def followup_title(words: str, day: date) -> str:
    """"konkurs registrert 12.11.2026": the words and the day as Norwegians write it."""
    return f"{words} {day.day:02d}.{day.month:02d}.{day.year}"


@dataclass(frozen=True, slots=True)
class TimelineChange:
    kind: RegisterChangeKind
    old: str | None
    new: str | None


def timeline_changes(before: Mapping[str, Any], changes: Mapping[str, Any]) -> list[TimelineChange]:
    """What a company's timeline shows of one change (`changes`, from `fact_changes`, to facts
    that were `before`): name and address changes as read ("Storgata 1, 9600 Hammerfest"), and
    each inactive flag newly set."""
    out = []
    for kind, names in TIMELINE_GROUPS:
        if not changes.keys().isdisjoint(names):
            out.append(TimelineChange(kind, _read(before, {}, names), _read(before, changes, names)))
    for name, kind, _ in INACTIVE_FLAGS:
        value = changes.get(name)
        if value and not before.get(name):
            out.append(TimelineChange(kind, None, value if isinstance(value, str) else None))
    return out


def _read(before: Mapping[str, Any], changes: Mapping[str, Any], names: Iterable[str]) -> str | None:
    values = [changes[n] if n in changes else before.get(n) for n in names]
    if len(values) == 3:
        address, postcode, city = values
        place = " ".join(str(v) for v in (postcode, city) if v)
        text = ", ".join(str(v) for v in (address, place) if v)
        return text or None
    return str(values[0]) if values[0] is not None else None


def record_id(stream: str, entry: FeedEntry, what: str) -> str:
    """The id of a record made from a feed entry (a follow-up, a timeline line): the same on the
    server and on every laptop that applies the same feed, so the records never double.
    `uuid.uuid5(_ID_NAMESPACE, name)`, without the UUID object (a tenth of applying a feed)."""
    digest = bytearray(hashlib.sha1(_ID_NAMESPACE.bytes + f"{stream}:{entry.update_id}:{entry.orgnr}:{what}"
                                    .encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def company_id(orgnr: str) -> str:
    """The id a company new from the feed gets: the one every replica derives from its orgnr."""
    return company_id_for_orgnr(orgnr)


# The patches the feed carries are nearly all a few leaves (/navn, /antallAnsatte, /konkurs,
# /forretningsadresse/poststed): those are applied straight to the facts, without building the
# unit's JSON and reading it back (which was half the time of applying 100,000 updates). Any
# other operation on a part the app reads (a whole address object, a municipality number with
# its county, an index into the address lines) takes the general way below; parts the app does
# not read (/konkursdato, /registrertIMvaregisteret…) change nothing either way.
_Convert = Callable[[Any, str, "FeedEntry"], Any]


@cache
def _leaves(subunit: bool) -> dict[str, tuple[str, _Convert]]:
    where = "beliggenhetsadresse" if subunit else "forretningsadresse"
    return {
        "/navn": ("name", _text), "/antallAnsatte": ("employees", _int),
        "/hjemmeside": ("website", _text), "/telefon": ("register_phone", _text),
        "/epostadresse": ("register_email", _text),
        "/organisasjonsform/kode": ("legal_form", _text), "/naeringskode1/kode": ("industry_code", _text),
        "/naeringskode2/kode": ("industry_code_2", _text), "/naeringskode3/kode": ("industry_code_3", _text),
        "/organisasjonsform": ("legal_form", _kode), "/naeringskode1": ("industry_code", _kode),
        "/naeringskode2": ("industry_code_2", _kode), "/naeringskode3": ("industry_code_3", _kode),
        f"/{where}/adresse": ("business_address", _lines),
        f"/{where}/postnummer": ("business_postcode", _text), f"/{where}/poststed": ("business_city", _text),
        "/postadresse/adresse": ("postal_address", _lines),
        "/postadresse/postnummer": ("postal_postcode", _text),
        "/postadresse/poststed": ("postal_city", _text),
        "/overordnetEnhet": ("parent_orgnr", _text),
        "/registreringsdatoEnhetsregisteret": ("registered_on", _day),
        "/oppstartsdato" if subunit else "/stiftelsesdato": ("founded_on", _day),
        "/konkurs": ("bankrupt", _flag), "/underAvvikling": ("under_liquidation", _flag),
        "/underTvangsavviklingEllerTvangsopplosning": ("forced_dissolution", _flag),
        "/nedleggelsesdato" if subunit else "/slettedato": ("deregistered_on", _day),
    }


@cache
def _read_keys(subunit: bool) -> frozenset[str]:
    """The top-level keys of the unit's JSON that `_facts_of` reads."""
    return frozenset({"navn", "organisasjonsform", "naeringskode1", "naeringskode2", "naeringskode3",
                      "antallAnsatte", "hjemmeside", "telefon", "mobil", "epostadresse",
                      "beliggenhetsadresse" if subunit else "forretningsadresse", "postadresse",
                      "overordnetEnhet", "registreringsdatoEnhetsregisteret",
                      "oppstartsdato" if subunit else "stiftelsesdato", "konkurs", "underAvvikling",
                      "underTvangsavviklingEllerTvangsopplosning",
                      "nedleggelsesdato" if subunit else "slettedato"})




def _leaf_changes(entry: FeedEntry, subunit: bool) -> dict[str, Any] | None:
    """The facts a patch of leaves only sets (whether they differ or not); None when the patch
    holds anything else."""
    leaves, read = _leaves(subunit), _read_keys(subunit)
    facts: dict[str, Any] = {}
    for op in entry.patch or ():
        name, path = op["op"], op["path"]
        leaf = leaves.get(path)
        if leaf is None:
            if name == "test" or (path and path.split("/", 2)[1] not in read):
                continue
            return None
        if name == "remove":
            facts[leaf[0]] = leaf[1](None, path, entry)
        elif name in ("add", "replace"):
            if "value" not in op:
                raise FeedError(f"update {entry.update_id} ({entry.orgnr}): {name} {path} without a value")
            facts[leaf[0]] = leaf[1](op["value"], path, entry)
        else:
            return None
    return _fitted(facts) if facts else facts


# The unit's JSON as the register writes it, built from our facts so that a patch can be applied
# to it, then read back. Addresses are held as one line joined with ", ": a line that itself holds
# ", " comes back split in two, which reads the same.
_ADDRESS_PARTS = (("adresse", "address"), ("postnummer", "postcode"), ("poststed", "city"))


def _doc_of(facts: Mapping[str, Any], subunit: bool) -> dict[str, Any]:
    where = "beliggenhetsadresse" if subunit else "forretningsadresse"
    doc: dict[str, Any] = {
        "navn": facts.get("name"),
        "organisasjonsform": {"kode": facts.get("legal_form")},
        "naeringskode1": {"kode": facts.get("industry_code")},
        "naeringskode2": {"kode": facts.get("industry_code_2")},
        "naeringskode3": {"kode": facts.get("industry_code_3")},
        "antallAnsatte": facts.get("employees"),
        "hjemmeside": facts.get("website"),
        "telefon": facts.get("register_phone"),
        "epostadresse": facts.get("register_email"),
        where: _address_doc(facts, "business"),
        "postadresse": _address_doc(facts, "postal"),
        "overordnetEnhet": facts.get("parent_orgnr"),
        "registreringsdatoEnhetsregisteret": facts.get("registered_on"),
        "oppstartsdato" if subunit else "stiftelsesdato": facts.get("founded_on"),
        "konkurs": bool(facts.get("bankrupt")),
        "underAvvikling": bool(facts.get("under_liquidation")),
        "underTvangsavviklingEllerTvangsopplosning": bool(facts.get("forced_dissolution")),
        "nedleggelsesdato" if subunit else "slettedato": facts.get("deregistered_on"),
    }
    doc[where]["kommunenummer"] = facts.get("municipality_number")
    doc[where]["kommune"] = facts.get("municipality_name")
    return doc


def _address_doc(facts: Mapping[str, Any], prefix: str) -> dict[str, Any]:
    line = facts.get(f"{prefix}_address")
    return {
        "adresse": [part for part in line.split(", ")] if isinstance(line, str) and line else [],
        "postnummer": facts.get(f"{prefix}_postcode"),
        "poststed": facts.get(f"{prefix}_city"),
    }


def _facts_of(doc: Mapping[str, Any], subunit: bool, entry: FeedEntry) -> dict[str, Any]:
    where = "beliggenhetsadresse" if subunit else "forretningsadresse"
    business = _obj(doc.get(where), where, entry)
    postal = _obj(doc.get("postadresse"), "postadresse", entry)
    municipality = _text(business.get("kommunenummer"), f"{where}/kommunenummer", entry)
    municipality_name = _text(business.get("kommune"), f"{where}/kommune", entry)
    phone = _text(doc.get("telefon"), "telefon", entry) or _text(doc.get("mobil"), "mobil", entry)
    facts: dict[str, Any] = {
        "name": _text(doc.get("navn"), "navn", entry),
        "legal_form": _code(doc, "organisasjonsform", entry),
        "industry_code": _code(doc, "naeringskode1", entry),
        "industry_code_2": _code(doc, "naeringskode2", entry),
        "industry_code_3": _code(doc, "naeringskode3", entry),
        "employees": _int(doc.get("antallAnsatte"), "antallAnsatte", entry),
        "website": _text(doc.get("hjemmeside"), "hjemmeside", entry),
        "register_phone": phone,
        "register_email": _text(doc.get("epostadresse"), "epostadresse", entry),
        "business_address": _lines(business.get("adresse"), f"{where}/adresse", entry),
        "business_postcode": _text(business.get("postnummer"), f"{where}/postnummer", entry),
        "business_city": _text(business.get("poststed"), f"{where}/poststed", entry),
        "postal_address": _lines(postal.get("adresse"), "postadresse/adresse", entry),
        "postal_postcode": _text(postal.get("postnummer"), "postadresse/postnummer", entry),
        "postal_city": _text(postal.get("poststed"), "postadresse/poststed", entry),
        "municipality_number": municipality,
        # The register writes place names in capitals; the app shows them as names are written.
        "municipality_name": municipality_name.title() if municipality_name and municipality_name.isupper()
        else municipality_name,
        "county_number": municipality[:2] if municipality and len(municipality) == 4 else None,
        "parent_orgnr": _text(doc.get("overordnetEnhet"), "overordnetEnhet", entry),
        "is_subunit": subunit,
        "registered_on": _day(doc.get("registreringsdatoEnhetsregisteret"), "registreringsdato", entry),
        "founded_on": _day(doc.get("oppstartsdato" if subunit else "stiftelsesdato"), "stiftelsesdato",
                           entry),
        "bankrupt": _flag(doc.get("konkurs"), "konkurs", entry),
        "under_liquidation": _flag(doc.get("underAvvikling"), "underAvvikling", entry),
        "forced_dissolution": _flag(doc.get("underTvangsavviklingEllerTvangsopplosning"),
                                    "underTvangsavviklingEllerTvangsopplosning", entry),
        "deregistered_on": _day(doc.get("nedleggelsesdato" if subunit else "slettedato"), "slettedato",
                                entry),
    }
    return _fitted(facts)


_COMPANY = ENTITIES["company"]
_LIMITS = {name: _COMPANY.max_length(name) for name in REGISTER_CHANGE_FIELDS
           if _COMPANY.kind_of(name) == Kind.TEXT and _COMPANY.max_length(name) < MAX_TEXT}


def _fitted(facts: dict[str, Any]) -> dict[str, Any]:
    """Texts cut to the contract's limits, as the bulk import does: register data is nobody's
    typing, and a longer value would be refused when a laptop sends the company."""
    for name, value in facts.items():
        limit = _LIMITS.get(name)
        if limit is not None and isinstance(value, str) and len(value) > limit:
            facts[name] = value[:limit - 1].rstrip() + "…"
    return facts


def _wrong(entry: FeedEntry, path: str, value: Any, what: str) -> FeedError:
    return FeedError(f"update {entry.update_id} ({entry.orgnr}): {path} is {value!r}, not {what}")


def _obj(value: Any, path: str, entry: FeedEntry) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _wrong(entry, path, value, "an object")
    return value


def _text(value: Any, path: str, entry: FeedEntry) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _wrong(entry, path, value, "a text")
    return str(value).strip() or None


def _code(doc: Mapping[str, Any], name: str, entry: FeedEntry) -> str | None:
    return _text(_obj(doc.get(name), name, entry).get("kode"), f"{name}/kode", entry)


def _kode(value: Any, path: str, entry: FeedEntry) -> str | None:
    """The code of a code object ({"kode": "43.210", "beskrivelse": …}) set whole."""
    return _text(_obj(value, path, entry).get("kode"), f"{path}/kode", entry)


def _int(value: Any, path: str, entry: FeedEntry) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _wrong(entry, path, value, "a whole number")
    return value


def _flag(value: Any, path: str, entry: FeedEntry) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise _wrong(entry, path, value, "true or false")
    return value


def _day(value: Any, path: str, entry: FeedEntry) -> str | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat() if isinstance(value, str) else None
    except ValueError:
        pass
    raise _wrong(entry, path, value, "a date")


def _lines(value: Any, path: str, entry: FeedEntry) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _wrong(entry, path, value, "address lines")
    return ", ".join(v.strip() for v in value if v and v.strip()) or None


# --- RFC 6902, as much as a register patch needs -------------------------------------------------


def _apply_op(doc: dict[str, Any], op: Mapping[str, Any], entry: FeedEntry) -> None:
    """Apply one JSON Patch operation. Paths into parts of the unit the app does not hold are
    applied all the same (and then not read back); a remove of what is not there changes
    nothing, since the app holds less of the unit than the register."""
    name = op["op"]
    if name == "test":
        return  # a guard for patching the register's own copy; our copy is partial by design
    if name in ("move", "copy"):
        source = op.get("from")
        if not isinstance(source, str):
            raise FeedError(f"update {entry.update_id}: a {name} without 'from'")
        value = _get(doc, source)
        if name == "move":
            _remove(doc, source)
        _put(doc, op["path"], value, entry, insert=True)
        return
    if name == "remove":
        _remove(doc, op["path"])
        return
    if "value" not in op:
        raise FeedError(f"update {entry.update_id} ({entry.orgnr}): {name} {op['path']} without a value")
    _put(doc, op["path"], op["value"], entry, insert=name == "add")


def _tokens(path: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in path.split("/")[1:]]


def _get(doc: Any, path: str) -> Any:
    node = doc
    for token in _tokens(path):
        if isinstance(node, dict):
            node = node.get(token)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def _put(doc: dict[str, Any], path: str, value: Any, entry: FeedEntry, *, insert: bool) -> None:
    """Set the value at `path`; in a list, `insert` (add, move, copy) puts it before the index
    and replace overwrites it."""
    tokens = _tokens(path)
    if not tokens:
        if not isinstance(value, dict):
            raise FeedError(f"update {entry.update_id}: the whole unit replaced by a non-object")
        doc.clear()
        doc.update(value)
        return
    node: Any = doc
    for token in tokens[:-1]:
        if isinstance(node, dict):
            if not isinstance(node.get(token), dict | list):
                node[token] = {}
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise FeedError(f"update {entry.update_id} ({entry.orgnr}): path {path} leads nowhere")
    last = tokens[-1]
    if isinstance(node, dict):
        node[last] = value
    elif isinstance(node, list):
        if last == "-":
            node.append(value)
        elif last.isdigit() and int(last) <= len(node):
            index = int(last)
            if insert or index == len(node):
                node.insert(index, value)
            else:
                node[index] = value
        else:
            raise FeedError(f"update {entry.update_id} ({entry.orgnr}): path {path} leads nowhere")


def _remove(doc: dict[str, Any], path: str) -> None:
    tokens = _tokens(path)
    if not tokens:
        doc.clear()
        return
    parent = _get(doc, "/" + "/".join(t.replace("~", "~0").replace("/", "~1") for t in tokens[:-1])) \
        if len(tokens) > 1 else doc
    last = tokens[-1]
    if isinstance(parent, dict):
        parent.pop(last, None)
    elif isinstance(parent, list) and last.isdigit() and int(last) < len(parent):
        parent.pop(int(last))


# --- where pages come from ----------------------------------------------------------------------


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cycle collections for the length of the block, then one.

    A feed of 100,000 updates is a few million small objects (parsed JSON, patches, facts), all
    alive until the import ends and none of them in a cycle; Python's collector walked them
    again and again as they were made, a third of the time of reading and applying them.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_pages(paths: Iterable[Path]) -> list[FeedPage]:
    """Saved feed pages (JSON as the API answers, plain or gzip; a folder: its *.json and
    *.json.gz files), each stream's pages in feed order. FeedError for an unreadable file."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.name.endswith((".json", ".json.gz"))))
        else:
            files.append(path)
    with collector_paused():
        pages = [_read_page(path) for path in files]
    return sort_pages(pages)


def _read_page(path: Path) -> FeedPage:
    """One saved page, checked."""
    try:
        raw = path.read_bytes()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        data = orjson.loads(raw)
    except FileNotFoundError:
        raise FeedError(f"{path}: no such file") from None
    except (OSError, EOFError, ValueError) as exc:  # orjson.JSONDecodeError is a ValueError
        raise FeedError(f"{path.name}: not readable as JSON ({exc})") from exc
    return parse_page(data, path.name)


def sort_pages(pages: list[FeedPage]) -> list[FeedPage]:
    """Each stream's pages in feed order (by their first update id; empty pages last)."""
    def key(page: FeedPage) -> tuple[str, int, int]:
        first = page.entries[0].update_id if page.entries else 1 << 62
        return page.stream, first, page.number

    return sorted(pages, key=key)


Opener = Callable[[urllib.request.Request, float], Any]


def fetch_pages(stream: str, after: int, *, base_url: str = API_BASE, size: int = FETCH_PAGE_SIZE,
                timeout: float = FETCH_TIMEOUT_SECONDS, max_pages: int = 1000,
                save_to: Path | None = None,
                opener: Opener | None = None) -> list[FeedPage]:
    """The updates of `stream` after update id `after`, fetched from the API page by page until
    an empty answer. Each request asks from the last id seen + 1 (never `page` beyond the API's
    depth limit). `save_to`: each answer is also saved there as it came, for a later re-run or a
    laptop without a server. Network errors raise FeedError in words."""
    if stream not in STREAMS:
        raise FeedError(f"unknown feed {stream!r}: enheter or underenheter")
    open_url = opener or (lambda request, seconds: urllib.request.urlopen(request, timeout=seconds))
    pages: list[FeedPage] = []
    start = after + 1
    for _ in range(max_pages):
        url = f"{base_url}/oppdateringer/{stream}?oppdateringsid={start}&size={size}&includeChanges=true"
        request = urllib.request.Request(url, headers={"Accept": "application/json"})
        try:
            with open_url(request, timeout) as answer:
                raw = answer.read()
        except urllib.error.HTTPError as exc:
            raise FeedError(f"{url}: the register answered {exc.code} {exc.reason}") from exc
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise FeedError(f"{url}: the register could not be reached ({exc})") from exc
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise FeedError(f"{url}: the answer is not JSON ({exc})") from exc
        page = parse_page(data, url, stream)
        if save_to is not None:
            save_to.mkdir(parents=True, exist_ok=True)
            (save_to / f"{stream}-{start:012d}.json").write_bytes(raw)
        if page.query_start is None:
            # The API states its own query in the self link; saved without it, the page could not
            # be shown to continue a cursor on a later re-run.
            page = FeedPage(stream, page.entries, page.source, start, page.query_key, 0, page.size, None)
        pages.append(page)
        if not page.entries:
            break
        start = page.entries[-1].update_id + 1
    return pages
