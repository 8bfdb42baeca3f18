"""Any table → CSV or Excel. Cells keep their types: numbers as numbers, dates as dates.

A table is columns (with a kind) and rows of plain values. Exports stream rows and report progress
through a callback, so a view can run them in a worker and show a bar; a callback answering False
cancels (the partial file is removed).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from lpj_desktop.services.history import LOCAL_TZ

Progress = Callable[[int, int], bool]  # (rows written, rows in all or 0 if unknown) → go on?


class ColumnKind(StrEnum):
    TEXT = "text"
    INT = "int"
    FLOAT = "float"
    PERCENT = "percent"
    DATE = "date"
    DATETIME = "datetime"


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    kind: ColumnKind = ColumnKind.TEXT
    width: int | None = None  # characters; None: from the title and the first rows


@dataclass
class Table:
    """Columns and rows. `rows` may be a generator; `row_count` (when known) drives progress."""

    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    row_count: int = 0


class ExportCancelled(Exception):
    pass


def _local(value: datetime) -> datetime:
    """Excel has no time zones: write the Norwegian wall-clock time people read in the app."""
    if value.tzinfo is None:
        return value
    return value.astimezone(LOCAL_TZ).replace(tzinfo=None)


def _csv_text(value: Any, kind: ColumnKind) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return _local(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if kind is ColumnKind.PERCENT and isinstance(value, int | float):
        return f"{value * 100:.1f}".replace(".", ",") + " %"
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")  # Norwegian decimal comma, as Excel here expects
    if isinstance(value, list | tuple | set):
        return ", ".join(str(v) for v in value)
    return str(value)


def _finish(tmp: Path, path: Path) -> None:
    os.replace(tmp, path)


def export_csv(table: Table, path: Path, progress: Progress | None = None) -> int:
    """Write `table` as CSV for Norwegian Excel: semicolons, UTF-8 with BOM. Returns rows written."""
    tmp = path.with_name(path.name + ".part")
    written = 0
    try:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh, delimiter=";")
            out.writerow([c.title for c in table.columns])
            kinds = [c.kind for c in table.columns]
            for row in table.rows:
                out.writerow([_csv_text(v, k) for v, k in zip(row, kinds, strict=False)])
                written += 1
                if progress and written % 500 == 0 and progress(written, table.row_count) is False:
                    raise ExportCancelled()
        _finish(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if progress:
        progress(written, written)
    return written


_NUMBER_FORMATS = {
    ColumnKind.DATE: "DD.MM.YYYY",
    ColumnKind.DATETIME: "DD.MM.YYYY HH:MM",
    ColumnKind.INT: "#,##0",
    ColumnKind.FLOAT: "#,##0.00",
    ColumnKind.PERCENT: "0.0%",
}


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return _local(value)
    if isinstance(value, list | tuple | set):
        return ", ".join(str(v) for v in value)
    return value


def _write_sheet(wb: Any, table: Table, progress: Progress | None) -> int:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title=_sheet_title(table.title))
    for index, column in enumerate(table.columns, start=1):
        width = column.width or max(len(column.title) + 2, {
            ColumnKind.DATE: 12, ColumnKind.DATETIME: 17, ColumnKind.INT: 10, ColumnKind.FLOAT: 12,
            ColumnKind.PERCENT: 9}.get(column.kind, 18))
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE6F0")
    header = []
    for column in table.columns:
        cell = WriteOnlyCell(ws, value=column.title)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(vertical="center")
        header.append(cell)
    ws.append(header)
    formats = [_NUMBER_FORMATS.get(c.kind) for c in table.columns]
    written = 0
    for row in table.rows:
        cells = []
        for value, fmt in zip(row, formats, strict=False):
            cell = WriteOnlyCell(ws, value=_xlsx_value(value))
            if fmt and value is not None:
                cell.number_format = fmt
            cells.append(cell)
        ws.append(cells)
        written += 1
        if progress and written % 500 == 0 and progress(written, table.row_count) is False:
            raise ExportCancelled()
    if written:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(table.columns))}{written + 1}"
    return written


def _sheet_title(title: str) -> str:
    """A sheet name Excel takes (31 characters, none of []:*?/\\), cut between words, not in one."""
    cleaned = " ".join("".join(ch for ch in (title or "Tabell") if ch not in "[]:*?/\\").split())
    if len(cleaned) <= 31:
        return cleaned or "Tabell"
    head = cleaned[:31]
    cut = head.rfind(" ")
    return (head[:cut] if cut >= 12 else head).rstrip(" -–,") or "Tabell"


def export_xlsx(table: Table, path: Path, progress: Progress | None = None) -> int:
    """Write `table` as an Excel workbook: a bold, frozen header row, typed cells, set widths."""
    return export_workbook([table], path, progress)


def export_workbook(tables: Sequence[Table], path: Path, progress: Progress | None = None) -> int:
    """Several tables, one sheet each, in one workbook. Returns the rows written in all."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)  # streams rows: a 1,000,000-row table does not sit in memory
    tmp = path.with_name(path.name + ".part")
    written = 0
    try:
        for table in tables:
            written += _write_sheet(wb, table, progress)
        wb.save(tmp)
        _finish(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if progress:
        progress(written, written)
    return written


def export_table(table: Table, path: Path, progress: Progress | None = None) -> int:
    """By the file's suffix: .xlsx → Excel, anything else → CSV."""
    if path.suffix.lower() == ".xlsx":
        return export_xlsx(table, path, progress)
    return export_csv(table, path, progress)
