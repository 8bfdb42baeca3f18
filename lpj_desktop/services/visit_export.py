"""Visits as a flat table, written to CSV or Excel with typed cells (dates as dates).

Times are written as Norwegian wall-clock time: Excel has no time zones, and that is the time the
hunter saw. The file is written next to the target and moved into place, so a failed export never
leaves half a file under the chosen name.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lpj_desktop.domain import regions
from lpj_desktop.store.models import Company, User, Visit

try:
    from zoneinfo import ZoneInfo

    LOCAL_TZ: tzinfo = ZoneInfo("Europe/Oslo")
except Exception:  # noqa: BLE001 — no tz database (bare Windows): UTC is still a true time
    LOCAL_TZ = UTC

# (header, kind) — kind decides the cell type in Excel.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("Tidspunkt", "datetime"), ("Orgnr", "text"), ("Bedrift", "text"), ("Kommune", "text"),
    ("Læreplassjeger", "text"), ("Kanal", "text"), ("Utfall", "text"), ("Grunn", "text"),
    ("Fag", "text"), ("Læreplasser", "int"), ("Notat", "text"), ("Neste steg", "text"),
    ("Neste steg dato", "date"),
)


def visit_rows(session: Session) -> Iterator[tuple[Any, ...]]:
    """Every visit (tombstones left out), oldest first, one tuple per visit in `COLUMNS` order."""
    stmt = (
        select(Visit, Company.orgnr, Company.name, Company.municipality_number, Company.municipality_name,
               User.name)
        .join(Company, Company.id == Visit.company_id)
        .outerjoin(User, User.id == Visit.hunter_id)
        .where(Visit.deleted_at.is_(None))
        .order_by(Visit.occurred_at, Visit.id)
        .execution_options(yield_per=2000)
    )
    for visit, orgnr, name, muni_number, muni_name, hunter in session.execute(stmt):
        yield (
            visit.occurred_at.astimezone(LOCAL_TZ).replace(tzinfo=None), orgnr, name,
            regions.municipality_label(muni_number, muni_name),
            hunter or visit.hunter_id, visit.channel, visit.outcome, visit.reason,
            ", ".join(visit.trades or []), visit.places_total, visit.notes, visit.next_step,
            visit.next_step_on,
        )


def _csv_cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else value


def _replace(tmp: Path, path: Path) -> None:
    os.replace(tmp, path)


def write_visits_csv(session: Session, path: Path) -> int:
    """Write all visits as CSV (UTF-8 with BOM so Excel reads æøå). Returns the number of rows."""
    tmp = path.with_name(path.name + ".part")
    count = 0
    try:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([h for h, _ in COLUMNS])
            for row in visit_rows(session):
                writer.writerow([_csv_cell(v) for v in row])
                count += 1
        _replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return count


def write_visits_xlsx(session: Session, path: Path) -> int:
    """Write all visits as an Excel sheet with typed cells. Returns the number of rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    tmp = path.with_name(path.name + ".part")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Besøk")
    for i, (header, kind) in enumerate(COLUMNS):
        width = 18 if kind in ("datetime", "date") else max(12, len(header) + 2)
        ws.column_dimensions[chr(ord("A") + i)].width = width
    ws.freeze_panes = "A2"
    ws.append([h for h, _ in COLUMNS])
    formats = {"datetime": "yyyy-mm-dd hh:mm", "date": "yyyy-mm-dd"}
    count = 0
    for row in visit_rows(session):
        cells = []
        for value, (_, kind) in zip(row, COLUMNS, strict=True):
            cell = WriteOnlyCell(ws, value=value)
            if kind in formats and value is not None:
                cell.number_format = formats[kind]
            cells.append(cell)
        ws.append(cells)
        count += 1
    try:
        wb.save(tmp)
        _replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return count
