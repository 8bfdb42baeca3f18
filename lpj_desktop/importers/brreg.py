"""Filling and refreshing the company register from Enhetsregisteret bulk files.

`import_register(store, path)` reads an official download (enheter or underenheter, CSV or JSON,
plain or gzip: see `register_file`), keeps the units of the chosen counties (default Troms and
Finnmark, whether numbered 54xx as in 2020–2023 or 55xx/56xx) and upserts them by organisation
number:

- a new unit becomes a company whose id is derived from its orgnr (`company_id_for_orgnr`), the
  same id every replica and the server give it;
- a known unit gets its register facts (`REGISTER_FIELDS`) refreshed, and nothing else: what a
  hunter entered (status, trades, owner, notes, contacts, tags) is never touched;
- bankrupt, dissolving and deleted units are flagged, never deleted; a tombstoned company stays
  a tombstone;
- a row whose facts hash (`register_hash`) matches the stored one is skipped without writing, so
  a second import of the same file changes nothing.

All writes happen in ONE transaction, after the head of the file has been checked: a wrong file
is refused before anything is written, and a late failure (a gzip file cut short, a cancel)
rolls everything back, leaving the store exactly as it was.

Sync decision: register facts are NOT queued in the outbox. Every replica (each laptop and the
server) imports the public register itself, and the company id is derived from the orgnr, so the
same unit has the same id everywhere without any traffic; pushing 50,000 register rows from each
laptop would only repeat public data. What must reach the server is a company a synced record
points at: the sync client, before pushing a visit/follow-up/contact/note whose company the
server has not acknowledged (`server_version` is None and no create for it is in the outbox),
sends an insert-if-absent company create carrying its register facts (`sync.entities`
COMPANY_FIELDS). Hunter edits of a register company go through `services.changes` as usual.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, select

from lpj_desktop.domain import regions
from lpj_desktop.domain.enums import CompanySource, LaerebedriftStatus
from lpj_desktop.importers.register_file import (
    RegisterFile,
    RegisterFileError,
    RegisterFormat,
)
from lpj_desktop.store.base import utcnow
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Company
from lpj_desktop.store.models.company import REGISTER_FIELDS
from sync.entities import ENTITIES, MAX_TEXT, Kind
from sync.kernel.ids import company_id_for_orgnr
from sync.kernel.orgnr import orgnr_problem

__all__ = [
    "DEFAULT_COUNTIES", "ImportCancelled", "ImportProgress", "ImportSummary", "Rejection",
    "RegisterFileError", "import_register",
]

# Troms (55) and Finnmark (56); the old 54xx numbers map onto them.
DEFAULT_COUNTIES: frozenset[str] = frozenset({"55", "56"})
BATCH = 2000
PROGRESS_EVERY = 10_000
MAX_REJECTIONS_KEPT = 1000

_REASONS = {
    "empty": "organisation number missing",
    "not_digits": "organisation number is not digits",
    "wrong_length": "organisation number does not have 9 digits",
    "bad_checksum": "organisation number fails the mod-11 check",
}


class ImportCancelled(Exception):
    """The user cancelled; everything written was rolled back."""


@dataclass(frozen=True, slots=True)
class ImportProgress:
    bytes_read: int
    bytes_total: int
    rows_read: int

    @property
    def fraction(self) -> float:
        return min(1.0, self.bytes_read / self.bytes_total) if self.bytes_total else 1.0


@dataclass(frozen=True, slots=True)
class Rejection:
    line: int  # CSV line number, or record number in a JSON file
    orgnr: str
    reason: str


@dataclass
class ImportSummary:
    path: Path
    format: RegisterFormat
    rows_read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # outside the chosen counties / municipalities
    rejected_count: int = 0
    rejected: list[Rejection] = field(default_factory=list)  # the first MAX_REJECTIONS_KEPT
    inactive: int = 0  # imported units flagged bankrupt, dissolving or deleted
    shortened: int = 0  # units with a text longer than the contract takes, cut to fit
    seconds: float = 0.0
    cancelled: bool = False  # the user cancelled: nothing was written, the counts are zero

    @property
    def written(self) -> int:
        return self.new + self.updated

    @property
    def position_label(self) -> str:
        return "line" if self.format.kind == "csv" else "record"


def _bool(text: str) -> int:
    return 1 if text.strip().lower() == "true" else 0


def _date(text: str) -> str | None:
    """An ISO date as stored (text), or None when empty or not a date."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        return None


def _int(text: str) -> int | None:
    try:
        return int(text) if text.strip() else None
    except ValueError:
        return None


def _address(text: str) -> str | None:
    # The CSV joins address lines with a literal "/n"; one line reads best in lists.
    if "/n" not in text:
        return text.strip() or None
    lines = [part.strip() for part in text.split("/n") if part.strip()]
    return ", ".join(lines) or None


def _opt(text: str) -> str | None:
    text = text.strip()
    return text or None


@cache
def _place(municipality_number: str | None, raw_name: str) -> tuple[str | None, str | None, str | None]:
    """(today's number, name, county) for a municipality number as the register writes it."""
    muni = regions.municipality(municipality_number)
    if muni is not None:
        return muni.number, muni.name, muni.county_number
    return municipality_number, (raw_name.title() or None), regions.county_of(municipality_number)


# The order of the tuple `_Facts.read` builds; checked against the model at import time.
_FACT_ORDER = (
    "name", "legal_form", "industry_code", "industry_code_2", "industry_code_3", "employees",
    "website", "register_phone", "register_email",
    "business_address", "business_postcode", "business_city",
    "postal_address", "postal_postcode", "postal_city",
    "municipality_number", "municipality_name", "county_number",
    "parent_orgnr", "is_subunit", "registered_on", "founded_on",
    "bankrupt", "under_liquidation", "forced_dissolution", "deregistered_on",
)
assert _FACT_ORDER == REGISTER_FIELDS, "REGISTER_FIELDS changed: update the importer's _Facts.read"
# The contract's limit for each text fact (sync/entities.py). A longer one would be refused by the
# server when the company is first sent, and the hunter's visits on it with it (unknown company);
# register data is nobody's typing, so it is cut to fit and counted instead.
_COMPANY = ENTITIES["company"]
_TEXT_LIMITS = tuple((i, _COMPANY.max_length(name)) for i, name in enumerate(_FACT_ORDER)
                     if _COMPANY.kind_of(name) == Kind.TEXT and _COMPANY.max_length(name) < MAX_TEXT)


def _fitted(facts: tuple[object, ...]) -> tuple[object, ...] | None:
    """The facts with every text cut to the contract's limit, or None when all fit."""
    long = [(i, limit) for i, limit in _TEXT_LIMITS
            if isinstance(v := facts[i], str) and len(v) > limit]
    if not long:
        return None
    fitted = list(facts)
    for i, limit in long:
        fitted[i] = str(fitted[i])[:limit - 1].rstrip() + "…"
    return tuple(fitted)


_INACTIVE = tuple(_FACT_ORDER.index(f) for f in ("bankrupt", "under_liquidation", "forced_dissolution",
                                                 "deregistered_on"))


class _Facts:
    """Reads the register facts of a unit straight from a file row, ready to store (REGISTER_FIELDS order).

    Columns a file lacks point at an empty string appended to each row (index -1).
    """

    def __init__(self, columns: dict[str, int | None], subunits: bool) -> None:
        self.at = {name: (-1 if i is None else i) for name, i in columns.items()}
        self.subunits = int(subunits)

    def read(self, row: list[str], municipality_number: str | None) -> tuple[object, ...]:
        a = self.at
        row.append("")
        number, muni_name, county = _place(municipality_number, row[a["business_municipality_name"]].strip())
        return (
            row[a["name"]].strip(),
            _opt(row[a["legal_form"]]),
            _opt(row[a["industry_code"]]),
            _opt(row[a["industry_code_2"]]),
            _opt(row[a["industry_code_3"]]),
            _int(row[a["employees"]]),
            _opt(row[a["website"]]),
            _opt(row[a["phone"]]),
            _opt(row[a["email"]]),
            _address(row[a["business_address"]]),
            _opt(row[a["business_postcode"]]),
            _opt(row[a["business_city"]]),
            _address(row[a["postal_address"]]),
            _opt(row[a["postal_postcode"]]),
            _opt(row[a["postal_city"]]),
            number,
            muni_name,
            county,
            _opt(row[a["parent_orgnr"]]),
            self.subunits,
            _date(row[a["registered_on"]]),
            _date(row[a["founded_on"]]),
            _bool(row[a["bankrupt"]]),
            _bool(row[a["under_liquidation"]]),
            _bool(row[a["forced_dissolution"]]),
            _date(row[a["deregistered_on"]]),
        )


def _is_inactive(facts: tuple[object, ...]) -> bool:
    return any(facts[i] for i in _INACTIVE)


def _hash(facts: tuple[object, ...]) -> str:
    return hashlib.blake2b(repr(facts).encode(), digest_size=16).hexdigest()


# Rows go to SQLite as plain tuples (no ORM, no per-value type processing): the storage forms are
# those SQLAlchemy's SQLite types use — ISO dates, "YYYY-MM-DD HH:MM:SS.ffffff" naive UTC, JSON text.
_INSERT_COLUMNS = ("id", "orgnr", "source", *REGISTER_FIELDS, "register_hash", "register_refreshed_at",
                   "created_at", "updated_at", "lb_status", "approved_trades", "interest_trades", "tags")
_INSERT_SQL = (f"INSERT INTO company ({', '.join(_INSERT_COLUMNS)}) "
               f"VALUES ({', '.join('?' * len(_INSERT_COLUMNS))})")
_UPDATE_SQL = (f"UPDATE company SET {', '.join(f'{f} = ?' for f in REGISTER_FIELDS)}, "
               "register_hash = ?, register_refreshed_at = ? WHERE id = ?")
_FTS_INSERT_TRIGGER = "company_fts_ai"


def _sql_now() -> str:
    return utcnow().replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


class _Writer:
    """Batches of upserts inside one open transaction.

    The search index's per-row insert trigger costs more than the insert itself; for the length of
    the transaction it is set aside and the new rows are indexed in one statement at the end
    (`finish`), then the trigger is put back exactly as the schema had it. Being inside the
    transaction, a rollback restores it too.
    """

    def __init__(self, conn: Connection, summary: ImportSummary) -> None:
        self.conn = conn
        self.summary = summary
        self.pending: list[tuple[str, tuple[object, ...], str]] = []  # (orgnr, facts, hash)
        self.trigger_sql: str | None = None
        self.rowid_before = 0

    def _set_trigger_aside(self) -> None:
        # Only inside an open SQLite transaction: pysqlite begins one at the first INSERT, and a DDL
        # statement before that would be committed at once, out of reach of a rollback.
        if not self.conn.connection.driver_connection.in_transaction:  # type: ignore[union-attr]
            return
        self.trigger_sql = self.conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_FTS_INSERT_TRIGGER,)
        ).scalar()
        if self.trigger_sql is not None:
            self.rowid_before = self.conn.exec_driver_sql(
                "SELECT coalesce(max(rowid), 0) FROM company").scalar() or 0
            self.conn.exec_driver_sql(f"DROP TRIGGER {_FTS_INSERT_TRIGGER}")

    def finish(self) -> None:
        self.flush()
        if self.trigger_sql is not None:
            self.conn.exec_driver_sql(
                "INSERT INTO company_fts(rowid, name, orgnr, municipality_name) "
                "SELECT rowid, name, orgnr, municipality_name FROM company WHERE rowid > ?",
                (self.rowid_before,),
            )
            self.conn.exec_driver_sql(self.trigger_sql)
            self.trigger_sql = None

    def add(self, orgnr: str, facts: tuple[object, ...], digest: str) -> None:
        self.pending.append((orgnr, facts, digest))
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        batch, self.pending = self.pending, []
        known = dict(
            (orgnr, (cid, digest)) for orgnr, cid, digest in self.conn.execute(
                select(Company.orgnr, Company.id, Company.register_hash)
                .where(Company.orgnr.in_([o for o, _, _ in batch]))
            )
        )
        now = _sql_now()
        inserts: list[tuple[object, ...]] = []
        updates: list[tuple[object, ...]] = []
        unknown = LaerebedriftStatus.UNKNOWN.value
        source = CompanySource.REGISTER.value
        for orgnr, facts, digest in batch:
            found = known.get(orgnr)
            if found is None:
                inserts.append((company_id_for_orgnr(orgnr), orgnr, source, *facts,
                                digest, now, now, now, unknown, "[]", "[]", "[]"))
            elif found[1] == digest:
                self.summary.unchanged += 1
            else:
                updates.append((*facts, digest, now, found[0]))
        if inserts:
            self.conn.exec_driver_sql(_INSERT_SQL, inserts)
            if self.trigger_sql is None and not self.summary.new:
                self._set_trigger_aside()  # after the first batch, indexed by the trigger as usual
            self.summary.new += len(inserts)
        if updates:
            self.conn.exec_driver_sql(_UPDATE_SQL, updates)
            self.summary.updated += len(updates)


def import_register(
    store: Store,
    path: str | Path,
    *,
    counties: set[str] | None = None,
    municipalities: set[str] | None = None,
    all_counties: bool = False,
    progress: Callable[[ImportProgress], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Import (or refresh from) one Enhetsregisteret bulk file. See the module docstring.

    `counties` defaults to Troms and Finnmark (`DEFAULT_COUNTIES`); pass `all_counties=True` to
    keep every unit. `municipalities` narrows further (old or new numbers). Raises
    `RegisterFileError` for a file that is not a readable register file, and returns a summary
    with `cancelled=True` when `cancel()` turns true; in both cases the store is left exactly as
    it was.
    """
    started = time.perf_counter()
    wanted_counties = _wanted_counties(counties, all_counties)
    wanted_munis = ({regions.current_municipality_number(m) for m in municipalities}
                    if municipalities else None)
    with RegisterFile(path) as source:  # refuses a wrong file before any write
        summary = ImportSummary(Path(path), source.format)
        try:
            _import_rows(store, source, summary, wanted_counties, wanted_munis, progress, cancel)
        except ImportCancelled:
            summary = ImportSummary(Path(path), source.format, cancelled=True)
    summary.seconds = time.perf_counter() - started
    return summary


def _import_rows(store: Store, source: RegisterFile, summary: ImportSummary,
                 wanted_counties: set[str] | None, wanted_munis: set[str | None] | None,
                 progress: Callable[[ImportProgress], None] | None,
                 cancel: Callable[[], bool] | None) -> None:
    subunits = source.format.subunits
    total = source.size
    seen: set[str] = set()
    county_cache: dict[str, str | None] = {}
    rejected = summary.rejected
    columns = source.columns
    reader = _Facts(columns, subunits)
    i_orgnr, i_name = columns["orgnr"], columns["name"]
    i_muni, i_postal_muni = columns["business_municipality"], columns["postal_municipality"]

    def reject(line: int, orgnr: str, reason: str) -> None:
        summary.rejected_count += 1
        if len(rejected) < MAX_REJECTIONS_KEPT:
            rejected.append(Rejection(line, orgnr, reason))

    with store.engine.begin() as conn:  # one transaction: all or nothing
        writer = _Writer(conn, summary)
        next_report = PROGRESS_EVERY
        for row in source.rows(_prefilter(wanted_counties, wanted_munis)):
            if source.records >= next_report:
                next_report = source.records + PROGRESS_EVERY
                if cancel is not None and cancel():
                    raise ImportCancelled("import cancelled; nothing was changed")
                if progress is not None:
                    progress(ImportProgress(source.bytes_read(), total, source.records))
            if not row:
                reject(source.position, "", "wrong number of columns")
                continue
            muni_number = ((row[i_muni].strip() if i_muni is not None else "")
                           or (row[i_postal_muni].strip() if i_postal_muni is not None else ""))
            if wanted_counties is not None:
                county = county_cache.get(muni_number, "?")
                if county == "?":
                    county = county_cache[muni_number] = regions.county_of(muni_number)
                if county not in wanted_counties:
                    summary.skipped += 1
                    continue
            if wanted_munis is not None and regions.current_municipality_number(muni_number) \
                    not in wanted_munis:
                summary.skipped += 1
                continue
            orgnr = row[i_orgnr].strip()  # type: ignore[index]
            problem = orgnr_problem(orgnr)
            if problem:
                reject(source.position, orgnr, _REASONS.get(problem, problem))
                continue
            if not row[i_name].strip():  # type: ignore[index]
                reject(source.position, orgnr, "name missing")
                continue
            if orgnr in seen:
                reject(source.position, orgnr, "organisation number appears earlier in the file")
                continue
            seen.add(orgnr)
            facts = reader.read(row, muni_number or None)
            if (fitted := _fitted(facts)) is not None:
                facts = fitted
                summary.shortened += 1
            if _is_inactive(facts):
                summary.inactive += 1
            writer.add(orgnr, facts, _hash(facts))
        if cancel is not None and cancel():
            raise ImportCancelled("import cancelled; nothing was changed")
        writer.finish()
        summary.rows_read = source.records
        summary.skipped += source.prefiltered
    if progress is not None:
        progress(ImportProgress(total, total, source.records))


def _prefilter(wanted_counties: set[str] | None, wanted_munis: set[str | None] | None) -> set[str] | None:
    """Every 4-digit municipality number the filters accept, old numbers included (see `rows()`)."""
    if wanted_counties is None and wanted_munis is None:
        return None
    prefixes = {c for c in wanted_counties or () if len(c) == 2 and c.isdigit()}
    prefixes |= {m[:2] for m in wanted_munis or () if m}
    prefixes |= {old[:2] for old, new in regions.renumbering().items() if new[:2] in prefixes}
    accepted: set[str] = set()
    for prefix in prefixes:
        for i in range(100):
            number = f"{prefix}{i:02d}"
            if wanted_counties is not None and regions.county_of(number) not in wanted_counties:
                continue
            if wanted_munis is not None and regions.current_municipality_number(number) not in wanted_munis:
                continue
            accepted.add(number)
    return accepted


def _wanted_counties(counties: set[str] | None, all_counties: bool) -> set[str] | None:
    if all_counties:
        return None
    chosen = set(counties) if counties else set(DEFAULT_COUNTIES)
    if "54" in chosen:  # Troms og Finnmark 2020–2023 is today's Troms and Finnmark
        chosen |= {"55", "56"}
    return chosen
