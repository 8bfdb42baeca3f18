"""The company list as a table model that pages from the store, for lists of 200,000 companies.

The first page of a new query is fetched in a worker (the UI stays responsive while SQLite works);
further pages come by keyset paging as the view scrolls (canFetchMore/fetchMore). Sorting is done
by the query in SQL, never in a proxy over what happens to be loaded.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from lpj_desktop.domain import codelists
from lpj_desktop.domain.when import fmt_date
from lpj_desktop.services.companies import CompanyQuery, CompanyRow, count_companies, search_companies_after
from lpj_desktop.services.use import read
from lpj_desktop.store.database import Store
from lpj_desktop.ui import labels
from lpj_desktop.ui.roles import ROLE_ID
from lpj_desktop.ui.workers import Job, pool

log = logging.getLogger(__name__)
PAGE = 200
ID_ROLE = ROLE_ID
_ROLES = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        ID_ROLE,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
    )
)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # the CompanyQuery sort key
    title: str


translate = QCoreApplication.translate


def columns() -> tuple[Column, ...]:
    return (
        Column("name", translate("CompanyListModel", "Navn")),
        Column("orgnr", translate("CompanyListModel", "Org.nr.")),
        Column("municipality", translate("CompanyListModel", "Kommune")),
        Column("industry", translate("CompanyListModel", "Bransje")),
        Column("employees", translate("CompanyListModel", "Ansatte")),
        Column("status", translate("CompanyListModel", "Lærebedrift")),
        Column("stage", translate("CompanyListModel", "Stadium")),
        Column("last_contact", translate("CompanyListModel", "Siste kontakt")),
    )


@dataclass(frozen=True, slots=True)
class FirstPage:
    generation: int
    rows: list[CompanyRow]
    total: int


class CompanyListModel(QAbstractTableModel):
    """Rows of `CompanyRow`, loaded page by page for the current `CompanyQuery`."""

    loaded = Signal(int)  # number of matches (-1 while counting), after a new query's first page arrived
    counted = Signal(int)  # the exact number of matches, when it had to be counted apart
    failed = Signal(str)

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.cols = columns()
        self.query = CompanyQuery()
        self.rows: list[CompanyRow] = []
        self.total = 0
        self._exhausted = True
        self._generation = 0
        self._jobs: list[Job] = []
        self._locale = QLocale()
        self._cells: dict[tuple[int, int], str] = {}
        self._wait_mode = False

    # -- loading ---------------------------------------------------------------------------------
    def set_query(self, query: CompanyQuery, *, wait: bool = False) -> None:
        """Start loading a new query. The old rows stay visible until the new ones arrive."""
        self.query = query
        self._generation += 1
        gen = self._generation
        self._wait_mode = wait
        if wait:
            self._apply(self._first_page(gen, query))
            return
        self._start(Job(self._first_page, gen, query), self._apply)

    def _start(self, job: Job, on_done) -> None:  # type: ignore[no-untyped-def]
        self._jobs.append(job)
        # All connected before the job starts (a quick job could otherwise finish unheard), and
        # the job is forgotten only after its result has been handled.
        job.setAutoDelete(False)
        job.signals.done.connect(on_done)
        job.signals.failed.connect(self._failed)
        job.signals.done.connect(lambda _r, j=job: self._forget(j))
        job.signals.failed.connect(lambda *_a, j=job: self._forget(j))
        pool().start(job)

    def _forget(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)

    def _first_page(self, gen: int, query: CompanyQuery) -> FirstPage:
        rows = read(self.store, search_companies_after, query, None, limit=PAGE)
        # A full page: the exact count (a scan of the matches) follows in its own job, so the rows
        # appear first. -1 means "counting".
        return FirstPage(gen, rows, len(rows) if len(rows) < PAGE else -1)

    def _count(self, gen: int, query: CompanyQuery) -> FirstPage:
        return FirstPage(gen, [], read(self.store, count_companies, query))

    def _counted(self, result: FirstPage) -> None:
        if result.generation == self._generation:
            self.total = result.total
            self.counted.emit(result.total)

    def _apply(self, page: FirstPage) -> None:
        if page.generation != self._generation:
            return  # an older query answered after a newer one was asked
        self.beginResetModel()
        self._cells.clear()
        self.rows = page.rows
        self.total = page.total
        self._exhausted = len(page.rows) < PAGE
        self.endResetModel()
        self.loaded.emit(self.total)
        if self.total < 0:
            if self._wait_mode:
                self._counted(self._count(page.generation, self.query))
            else:
                self._start(Job(self._count, page.generation, self.query), self._counted)

    def _failed(self, message: str, details: str) -> None:
        log.error("company search failed: %s", details)
        self.failed.emit(message)

    def refresh(self, *, wait: bool = False) -> None:
        self.set_query(self.query, wait=wait)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or not self.rows:
            return
        # A keyset page is a short indexed range read (a few ms), so it is done in place.
        more = read(self.store, search_companies_after, self.query, self.rows[-1], limit=PAGE)
        if len(more) < PAGE:
            self._exhausted = True
        if more:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    # -- the table -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cols)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.cols[section].title
        return None

    def row_at(self, row: int) -> CompanyRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, company_id: str) -> int:
        for i, r in enumerate(self.rows):
            if r.id == company_id:
                return i
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called thousands of times per repaint: unknown roles leave first, texts come from a cache.
        if int(role) not in _ROLES or not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            cell = self._cells.get((r, c))
            if cell is None:
                cell = self._cells[(r, c)] = self._display(self.rows[r], self.cols[c].key)
            return cell
        row = self.rows[r]
        key = self.cols[c].key
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "industry" and row.industry_code:
                return codelists.industry_name(row.industry_code)
            if row.inactive:
                return translate(
                    "CompanyListModel",
                    "Ikke lenger aktiv i Enhetsregisteret (konkurs, avvikling eller slettet)",
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("employees", "orgnr"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.inactive:
            return _struck_font()
        return None

    def _display(self, row: CompanyRow, key: str) -> str:
        if key == "name":
            return row.name
        if key == "orgnr":
            nr = row.orgnr or ""
            return f"{nr[:3]} {nr[3:6]} {nr[6:]}" if len(nr) == 9 else nr
        if key == "municipality":
            return row.municipality_label
        if key == "industry":
            return codelists.industry_name(row.industry_code)
        if key == "employees":
            return "" if row.employees is None else self._locale.toString(row.employees)
        if key == "status":
            return labels.lb_status(row.lb_status)
        if key == "stage":
            return labels.outcome(row.stage) if row.stage else ""
        if key == "last_contact":
            return _date(row.last_contact_at, self._locale)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.cols[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self.query.sort and descending == self.query.descending:
            return
        self.set_query(replace(self.query, sort=key, descending=descending))


_STRUCK: list[Any] = []


def _struck_font() -> Any:
    """Struck-out text for companies gone from the register (one QFont, made once)."""
    if not _STRUCK:
        from PySide6.QtGui import QFont

        font = QFont()
        font.setStrikeOut(True)
        _STRUCK.append(font)
    return _STRUCK[0]


def _date(value: datetime | None, locale: QLocale) -> str:
    if value is None:
        return ""
    return fmt_date(value)
