"""Reading an Enhetsregisteret bulk file as a stream of rows, whatever its official format.

The formats (CSV or JSON, plain or gzip) are told apart by content, not by file name: a gzip
file starts with its magic bytes, a JSON download with `[`, a CSV file with its header line.
Rows come out as lists of strings in one fixed column order (`COLUMNS`), so the importer maps
them once, whatever the source: CSV columns are found by header name (new columns never break
it), JSON objects are flattened (`forretningsadresse.kommunenummer`) and matched without regard
to casing, which differs between the two downloads.

Nothing here loads the whole file: CSV is read line by line, JSON object by object.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

GZIP_MAGIC = b"\x1f\x8b"
HEAD_BYTES = 64 * 1024
JSON_CHUNK = 1 << 20

# Every column the importer reads, each with the header names it may have (lower case). The first
# name present in a file wins; enheter have forretningsadresse, underenheter beliggenhetsadresse.
_ADDR = ("forretningsadresse", "beliggenhetsadresse")
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "orgnr": ("organisasjonsnummer",),
    "name": ("navn",),
    "legal_form": ("organisasjonsform.kode",),
    "industry_code": ("naeringskode1.kode",),
    "industry_code_2": ("naeringskode2.kode",),
    "industry_code_3": ("naeringskode3.kode",),
    "employees": ("antallansatte",),
    "website": ("hjemmeside",),
    "phone": ("telefon", "mobil"),
    "email": ("epostadresse",),
    "business_address": tuple(f"{a}.adresse" for a in _ADDR),
    "business_postcode": tuple(f"{a}.postnummer" for a in _ADDR),
    "business_city": tuple(f"{a}.poststed" for a in _ADDR),
    "business_municipality": tuple(f"{a}.kommunenummer" for a in _ADDR),
    "business_municipality_name": tuple(f"{a}.kommune" for a in _ADDR),
    "postal_address": ("postadresse.adresse",),
    "postal_postcode": ("postadresse.postnummer",),
    "postal_city": ("postadresse.poststed",),
    "postal_municipality": ("postadresse.kommunenummer",),
    "parent_orgnr": ("overordnetenhet",),
    "registered_on": ("registreringsdatoenhetsregisteret",),
    "founded_on": ("stiftelsesdato", "oppstartsdato"),
    "bankrupt": ("konkurs",),
    "under_liquidation": ("underavvikling",),
    "forced_dissolution": ("undertvangsavviklingellertvangsopplosning",),
    "deregistered_on": ("slettedato", "nedleggelsesdato"),
}
COLUMNS: tuple[str, ...] = tuple(COLUMN_NAMES)
SUBUNIT_MARKERS = {"beliggenhetsadresse.kommunenummer", "beliggenhetsadresse.adresse", "oppstartsdato",
                   "nedleggelsesdato"}


class RegisterFileError(ValueError):
    """The file is not an Enhetsregisteret file we can read; the message says why, in words."""


@dataclass(frozen=True, slots=True)
class RegisterFormat:
    gzip: bool
    kind: str  # "csv" or "json"
    subunits: bool  # underenheter (workplaces) rather than enheter

    @property
    def label(self) -> str:
        unit = "underenheter" if self.subunits else "enheter"
        return f"{unit} {self.kind.upper()}{' (gzip)' if self.gzip else ''}"


def _resolve(names: list[str]) -> tuple[list[int | None], bool]:
    """Positions of `COLUMNS` among a file's column names (lower case), and whether they are subunits."""
    where = {n: i for i, n in reversed(list(enumerate(names)))}
    picks: list[int | None] = []
    for col in COLUMNS:
        picks.append(next((where[c] for c in COLUMN_NAMES[col] if c in where), None))
    return picks, bool(SUBUNIT_MARKERS & set(where))


def _check_columns(picks: list[int | None], what: str, filename: str) -> None:
    missing = [COLUMN_NAMES[c][0] for c in ("orgnr", "name") if picks[COLUMNS.index(c)] is None]
    if missing:
        raise RegisterFileError(
            f"{filename} is not an Enhetsregisteret file: its {what} has no "
            f"{' or '.join(missing)} column."
        )


class RegisterFile:
    """An open register file. Use as a context manager; iterate `rows()` once.

    Opening checks the head of the file (format, header, first record) without touching any store,
    so a wrong file is refused before an import writes anything.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.size = self.path.stat().st_size
        except OSError as exc:
            raise RegisterFileError(f"Cannot read {self.path}: {exc.strerror or exc}.") from exc
        if not self.path.is_file():
            raise RegisterFileError(f"{self.path} is not a file.")
        if self.size == 0:
            raise RegisterFileError(f"{self.path.name} is empty.")
        self._raw: IO[bytes] = self.path.open("rb")
        try:
            self.format, picks = self._sniff()
        except BaseException:
            self._raw.close()
            raise
        # Where each of COLUMNS sits in the rows that `rows()` yields (None: not in this file).
        self.columns: dict[str, int | None] = (
            dict(zip(COLUMNS, picks, strict=True)) if self.format.kind == "csv"
            else {name: i for i, name in enumerate(COLUMNS)}
        )
        self.position = 0  # line (CSV) or record number (JSON) of the current row
        self.records = 0  # records read so far, prefiltered ones included
        self.prefiltered = 0

    # The compressed bytes read so far, for progress.
    def bytes_read(self) -> int:
        try:
            return self._raw.tell()
        except (OSError, ValueError):
            return self.size

    def close(self) -> None:
        self._raw.close()

    def __enter__(self) -> RegisterFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _binary(self) -> IO[bytes]:
        self._raw.seek(0)
        is_gzip = self._raw.read(2) == GZIP_MAGIC
        self._raw.seek(0)
        if is_gzip:
            return gzip.GzipFile(fileobj=self._raw, mode="rb")  # type: ignore[return-value]
        return self._raw

    def _text(self) -> io.TextIOWrapper:
        return io.TextIOWrapper(self._binary(), encoding="utf-8-sig", newline="")  # type: ignore[arg-type]

    def _sniff(self) -> tuple[RegisterFormat, list[int | None]]:
        self._raw.seek(0)
        is_gzip = self._raw.read(2) == GZIP_MAGIC
        binary = self._binary()
        try:
            head = binary.read(HEAD_BYTES)
        except (EOFError, OSError, zlib.error) as exc:
            raise RegisterFileError(
                f"{self.path.name} is a damaged or cut-short gzip file ({exc})."
            ) from exc
        if not head:
            raise RegisterFileError(f"{self.path.name} is empty once unpacked.")
        if b"\x00" in head:
            raise RegisterFileError(
                f"{self.path.name} is not a text file: expected an Enhetsregisteret CSV or JSON file."
            )
        try:
            text = codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=False)
        except UnicodeDecodeError as exc:
            raise RegisterFileError(
                f"{self.path.name} is not UTF-8 text: expected an Enhetsregisteret CSV or JSON file."
            ) from exc
        stripped = text.lstrip()
        first = stripped[:1]
        if first == "[" and stripped[1:].lstrip()[:1] in ("{", "]"):
            picks, subunits = self._sniff_json()
            return RegisterFormat(is_gzip, "json", subunits), picks
        if first == "{":
            raise RegisterFileError(
                f"{self.path.name} is a single JSON object, not the bulk download (a list of units)."
            )
        line = text.splitlines()[0] if text.splitlines() else ""
        self._delimiter = ";" if line.count(";") > line.count(",") else ","
        header = next(csv.reader([line], delimiter=self._delimiter), [])
        picks, subunits = _resolve([h.strip().lower() for h in header])
        _check_columns(picks, "header", self.path.name)
        self._width = len(header)
        self._quoted = line.startswith('"')  # the official export quotes every field
        return RegisterFormat(is_gzip, "csv", subunits), picks

    def _sniff_json(self) -> tuple[list[int | None], bool]:
        text = self._text()
        try:
            first = next(_json_objects(text), None)
        except (EOFError, OSError, zlib.error, UnicodeDecodeError, ValueError) as exc:
            raise RegisterFileError(
                f"{self.path.name} is not an Enhetsregisteret file: its first unit cannot be read ({exc})."
            ) from exc
        finally:
            text.detach()  # a collected wrapper would close the file under us
        if first is None:
            raise RegisterFileError(f"{self.path.name} holds an empty list: no units to import.")
        if not isinstance(first, dict):
            raise RegisterFileError(f"{self.path.name} is a JSON list, but not of register units.")
        flat = _flatten(first)
        picks, subunits = _resolve(list(flat))
        _check_columns(picks, "first unit", self.path.name)
        return picks, subunits

    def rows(self, prefilter: set[str] | None = None) -> Iterator[list[str]]:
        """Every unit, in file order, as a list of strings indexed by `columns`.

        A malformed row (wrong number of columns, not an object) comes out as an empty list; while
        it is current, `position` says where it is. `prefilter` (CSV only) is a set of 4-digit
        municipality numbers: a line in which none of them appears anywhere cannot belong to
        them and is counted in `prefiltered` without being parsed — the cheap test that makes a
        county import of the national file fast. Raises RegisterFileError when the file breaks
        off or is damaged.
        """
        try:
            if self.format.kind == "csv":
                yield from self._csv_rows(prefilter)
            else:
                yield from self._json_rows()
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            raise RegisterFileError(f"{self.path.name} is damaged or cut short ({exc}).") from exc
        except UnicodeDecodeError as exc:
            raise RegisterFileError(f"{self.path.name} has bytes that are not UTF-8 text ({exc}).") from exc
        except csv.Error as exc:
            raise RegisterFileError(f"{self.path.name} is not valid CSV ({exc}).") from exc
        except ValueError as exc:  # broken JSON
            raise RegisterFileError(f"{self.path.name} is not valid JSON ({exc}).") from exc

    def _records(self, text: IO[str], prefilter: set[str] | None) -> Iterator[str]:
        """Whole CSV records as text (a quoted field may hold a line break), counted and prefiltered."""
        pattern = _number_pattern(prefilter, quoted=self._quoted) if prefilter else None
        records = prefiltered = 0
        line_no = 1  # the header
        pending: str | None = None
        start = 0
        for line in text:
            line_no += 1
            if pending is not None:
                pending += line
                if pending.count('"') % 2:
                    continue
                line, pending = pending, None
            elif line.count('"') % 2:
                pending, start = line, line_no
                continue
            else:
                start = line_no
            records += 1
            if pattern is not None and not any(m in prefilter for m in pattern.findall(line)):  # type: ignore[operator]
                prefiltered += 1
                continue
            self.records, self.prefiltered, self.position = records, prefiltered, start
            yield line
        if pending is not None:  # an open quote at the end: let the CSV reader judge it
            records += 1
            self.position = start
            self.records, self.prefiltered = records, prefiltered
            yield pending
        self.records, self.prefiltered = records, prefiltered

    def _csv_rows(self, prefilter: set[str] | None) -> Iterator[list[str]]:
        text = self._text()
        text.readline()  # the header, read and checked when the file was opened
        reader = csv.reader(self._records(text, prefilter), delimiter=self._delimiter)
        width = self._width
        empty: list[str] = []
        for row in reader:
            if len(row) != width:
                if not row:
                    continue
                yield empty  # the importer rejects it (wrong number of columns)
                continue
            yield row

    def _json_rows(self) -> Iterator[list[str]]:
        # JSON leaves out empty keys, so each object is matched on its own.
        candidates = [COLUMN_NAMES[c] for c in COLUMNS]
        for number, obj in enumerate(_json_objects(self._text()), start=1):
            self.records = self.position = number
            if not isinstance(obj, dict):
                yield []
                continue
            flat = _flatten(obj)
            values = []
            for names in candidates:
                value = next((flat[n] for n in names if n in flat), None)
                values.append(_text_of(value))
            yield values


def _number_pattern(numbers: set[str], *, quoted: bool) -> re.Pattern[str]:
    """A regex finding 4-digit fields that could be one of `numbers` ("5501" → any "55dd").

    In a quoted file the field is `"5501"`, so the pattern starts with a literal (`"5`) when all
    numbers share their first digit — the regex engine then skims a line at C speed.
    """
    by_first: dict[str, set[str]] = {}
    for n in numbers:
        by_first.setdefault(n[0], set()).add(n[1])
    alternatives = "|".join(f"{first}[{''.join(sorted(seconds))}]"
                            for first, seconds in sorted(by_first.items()))
    if quoted:
        if len(by_first) == 1:
            return re.compile(f'"({alternatives}[0-9]{{2}})"')
        return re.compile(f'"((?:{alternatives})[0-9]{{2}})"')
    return re.compile(f"(?<![0-9])((?:{alternatives})[0-9]{{2}})(?![0-9])")


def _text_of(value: Any) -> str:
    """A JSON value in the form the CSV download writes it."""
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, list):
        return "/n".join(_text_of(v) for v in value)
    return str(value)


def _flatten(obj: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in obj.items():
        if key.startswith("_"):  # _links and other API decoration
            continue
        name = f"{prefix}{key.lower()}"
        if isinstance(value, dict):
            out.update(_flatten(value, name + "."))
        else:
            out[name] = value
    return out


def _json_objects(text: IO[str]) -> Iterator[Any]:
    """The elements of a top-level JSON list, one at a time, reading the text in chunks."""
    decoder = json.JSONDecoder()
    buf = text.read(JSON_CHUNK)
    pos = 0
    eof = False

    def skip(chars: str) -> None:
        nonlocal pos
        while pos < len(buf) and (buf[pos].isspace() or buf[pos] in chars):
            pos += 1

    skip("")
    if buf[pos:pos + 1] != "[":
        raise ValueError("the file does not start with a JSON list")
    pos += 1
    while True:
        skip(",")
        if pos >= len(buf) - 1 and not eof:
            more = text.read(JSON_CHUNK)
            eof = not more
            buf = buf[pos:] + more
            pos = 0
            skip(",")
        if pos < len(buf) and buf[pos] == "]":
            return
        if pos >= len(buf):
            raise EOFError("the JSON list breaks off before its closing ]")
        try:
            obj, end = decoder.raw_decode(buf, pos)
        except json.JSONDecodeError as exc:
            if eof:
                raise ValueError(f"broken JSON near character {exc.pos}: {exc.msg}") from exc
            more = text.read(JSON_CHUNK)
            eof = not more
            buf = buf[pos:] + more
            pos = 0
            continue
        # A number or literal cut at the chunk edge decodes "successfully" but short; re-read.
        if end == len(buf) and not eof:
            more = text.read(JSON_CHUNK)
            eof = not more
            buf = buf[pos:] + more
            pos = 0
            continue
        pos = end
        yield obj
