"""Register files made in tests from the real sample: JSON like the official download, gzip, big."""

from __future__ import annotations

import csv
import gzip
import json
import sqlite3
from pathlib import Path
from typing import Any

from sync.kernel.orgnr import with_check_digit

# CSV header → key as the JSON download spells it (other casing in a few places).
JSON_KEYS = {"registreringsdatoenhetsregisteret": "registreringsdatoEnhetsregisteret"}
BOOLEAN = {"harRegistrertAntallAnsatte", "registrertIMvaRegisteret", "registrertIFrivillighetsregisteret",
           "registrertIForetaksregisteret", "registrertIStiftelsesregisteret", "konkurs",
           "underAvvikling", "underTvangsavviklingEllerTvangsopplosning"}


def read_sample(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def write_csv(path: Path, header: list[str], rows: list[list[str]], *, gz: bool = False) -> Path:
    opener = gzip.open if gz else open
    with opener(path, "wt", encoding="utf-8", newline="") as fh:  # type: ignore[operator]
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def as_official_json(header: list[str], row: list[str]) -> dict[str, Any]:
    """One CSV row as the JSON download has it: nested objects, real booleans, address lists."""
    obj: dict[str, Any] = {}
    for name, value in zip(header, row, strict=True):
        if value == "":
            continue  # the JSON download leaves empty fields out
        key = JSON_KEYS.get(name.lower(), name)
        parts = key.split(".")
        if parts[-1] == "adresse":
            typed: Any = value.split("/n")
        elif key in BOOLEAN:
            typed = value == "true"
        elif key == "antallAnsatte":
            typed = int(value)
        else:
            typed = value
        target = obj
        for part in parts[:-1]:
            target = target.setdefault(part, {})
        target[parts[-1]] = typed
    obj["_links"] = {"self": {"href": f"https://data.brreg.no/enhetsregisteret/api/enheter/{row[0]}"}}
    return obj


def write_json(path: Path, header: list[str], rows: list[list[str]], *, gz: bool = False) -> Path:
    opener = gzip.open if gz else open
    with opener(path, "wt", encoding="utf-8") as fh:  # type: ignore[operator]
        json.dump([as_official_json(header, r) for r in rows], fh, ensure_ascii=False, indent=2)
    return path


def many_rows(rows: list[list[str]], count: int, start: int = 31_000_000) -> list[list[str]]:
    """`count` rows copied from the sample with fresh valid organisation numbers."""
    out: list[list[str]] = []
    serial = start
    while len(out) < count:
        serial += 1
        orgnr = with_check_digit(f"{serial:08d}")
        if orgnr is None:
            continue
        row = list(rows[len(out) % len(rows)])
        row[0] = orgnr
        out.append(row)
    return out


def dump(db_file: Path) -> list[str]:
    """Every row of every table, as SQL text: two equal dumps mean an unchanged store."""
    conn = sqlite3.connect(db_file)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
