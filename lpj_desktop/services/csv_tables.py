"""Reading the small CSV files people bring: any of ; , or tab, UTF-8 or Windows-1252, loose headers.

Web forms and spreadsheets name their columns as they please ("E-post", "epost", "Email"); a file is
mapped by header name through a table of aliases, never by position.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


class TableFileError(ValueError):
    """The file cannot be read as a table at all (not the fault of one row)."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.detail = detail


def header_key(text: str) -> str:
    """A header reduced to letters and digits, lower case: "E-post " → "epost", "Org.nr" → "orgnr"."""
    text = text.strip().lstrip("\ufeff").casefold()
    return re.sub(r"[^0-9a-zæøå]", "", text)


@dataclass(frozen=True, slots=True)
class TableRow:
    line: int  # 1-based line of the file where the row starts
    values: dict[str, str]  # canonical field → stripped text ('' when absent)


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


@dataclass
class Table:
    present: set[str]  # canonical fields found among the headers
    unknown: list[str]  # headers that matched nothing (shown to the user)
    rows: Iterator[TableRow]

    def require_any(self, *names: str) -> None:
        """Raise unless at least one of the canonical columns is present."""
        if not self.present & set(names):
            raise TableFileError("missing_columns", " / ".join(names))


def read_table(path: Path, aliases: dict[str, tuple[str, ...]], required: tuple[str, ...] = ()) -> Table:
    """Open a CSV and map its columns to canonical fields.

    Raises TableFileError when the file is unreadable, empty or a required column is missing.
    """
    try:
        text = decode(path.read_bytes())
    except OSError as exc:
        raise TableFileError("unreadable", str(exc)) from exc
    return parse_table(text, aliases, required)


def parse_table(text: str, aliases: dict[str, tuple[str, ...]], required: tuple[str, ...] = ()) -> Table:
    """`read_table` on text already decoded."""
    if not text.strip():
        raise TableFileError("empty")
    first_line = text.lstrip("\ufeff").splitlines()[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=delimiter)
    headers = next(reader)
    lookup = {header_key(a): canonical for canonical, names in aliases.items() for a in (canonical, *names)}
    columns: dict[int, str] = {}
    unknown: list[str] = []
    for index, header in enumerate(headers):
        canonical = lookup.get(header_key(header))
        if canonical and canonical not in columns.values():
            columns[index] = canonical
        elif header.strip():
            unknown.append(header.strip())
    missing = [r for r in required if r not in columns.values()]
    if missing:
        raise TableFileError("missing_columns", ", ".join(missing))

    def rows() -> Iterator[TableRow]:
        for record in reader:
            line = reader.line_num - (sum(v.count("\n") for v in record))
            if not any(v.strip() for v in record):
                continue
            values = {c: "" for c in aliases}
            for index, canonical in columns.items():
                if index < len(record):
                    values[canonical] = record[index].strip()
            yield TableRow(line, values)

    return Table(set(columns.values()), unknown, rows())


def split_list(text: str) -> list[str]:
    """A cell holding several values ("Tømrerfaget, Rørleggerfaget" or with ; or |) as a list."""
    parts = re.split(r"[;,|/\n]+", text)
    return [p.strip() for p in parts if p.strip()]
