"""Visits as one flat table (every visit, oldest first), written by the exports module: the same
CSV (semicolons, UTF-8 with BOM) and Excel (typed cells) as every other table the app exports, with
channels and outcomes in words, not stored codes.

Times are Norwegian wall-clock time: Excel has no time zones, and that is the time the hunter saw.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lpj_desktop.domain import labels, regions
from lpj_desktop.services.exports import Column, ColumnKind, Table, export_csv, export_xlsx
from lpj_desktop.store.models import Company, User, Visit

COLUMNS: tuple[Column, ...] = (
    Column("when", "Tidspunkt", ColumnKind.DATETIME), Column("orgnr", "Orgnr"),
    Column("company", "Bedrift"), Column("municipality", "Kommune"),
    Column("hunter", "Læreplassjeger"), Column("channel", "Kanal"), Column("outcome", "Utfall"),
    Column("reason", "Grunn"), Column("trades", "Fag"), Column("places", "Læreplasser", ColumnKind.INT),
    Column("notes", "Notat"), Column("next_step", "Neste steg"),
    Column("next_step_on", "Neste steg dato", ColumnKind.DATE),
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
            visit.occurred_at, orgnr, name, regions.municipality_label(muni_number, muni_name),
            hunter or visit.hunter_id,
            labels.word(labels.CHANNEL, visit.channel), labels.word(labels.OUTCOME, visit.outcome),
            visit.reason, ", ".join(visit.trades or []), visit.places_total, visit.notes,
            visit.next_step, visit.next_step_on,
        )


def visits_table(session: Session) -> Table:
    """All visits as a table for `exports`."""
    count = session.scalar(select(func.count()).select_from(Visit).where(Visit.deleted_at.is_(None))) or 0
    return Table("Besøk", COLUMNS, visit_rows(session), count)


def write_visits_csv(session: Session, path: Path) -> int:
    """All visits as CSV for Norwegian Excel. Returns the number of rows."""
    return export_csv(visits_table(session), path)


def write_visits_xlsx(session: Session, path: Path) -> int:
    """All visits as an Excel sheet with typed cells. Returns the number of rows."""
    return export_xlsx(visits_table(session), path)
