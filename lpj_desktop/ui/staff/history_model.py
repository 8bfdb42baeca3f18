"""The visit history as a Qt table model: first page at once, more as the user scrolls (fetchMore)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from lpj_desktop.services.exports import Column, ColumnKind, Table
from lpj_desktop.services.history import (
    LOCAL_TZ,
    PAGE_SIZE,
    VisitHistoryQuery,
    VisitRow,
    count_history,
    history_page,
    history_rows,
)
from lpj_desktop.services.use import read
from lpj_desktop.store.database import Store
from lpj_desktop.ui.roles import ROLE_ROW
from lpj_desktop.ui.staff import labels
from lpj_desktop.ui.workers import Job, run_job

ROW_ROLE = ROLE_ROW
Index = QModelIndex | QPersistentModelIndex

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class HistoryColumn:
    column: Column
    value: Callable[[VisitRow], Any]  # typed value (for exports)
    text: Callable[[VisitRow], str]  # what the table shows


def history_columns() -> list[HistoryColumn]:
    t = QCoreApplication.translate
    return [
        HistoryColumn(Column("when", t("HistoryModel", "Tidspunkt"), ColumnKind.DATETIME),
                      lambda r: r.occurred_at,
                      lambda r: r.occurred_at.astimezone(LOCAL_TZ).strftime("%d.%m.%Y %H:%M")),
        HistoryColumn(Column("hunter", t("HistoryModel", "Læreplassjeger"), width=22),
                      lambda r: r.hunter_name, lambda r: r.hunter_name),
        HistoryColumn(Column("company", t("HistoryModel", "Bedrift"), width=32),
                      lambda r: r.company_name, lambda r: r.company_name),
        HistoryColumn(Column("orgnr", t("HistoryModel", "Org.nr."), width=11),
                      lambda r: r.orgnr, lambda r: r.orgnr or ""),
        HistoryColumn(Column("municipality", t("HistoryModel", "Kommune"), width=16),
                      lambda r: r.municipality, lambda r: r.municipality),
        HistoryColumn(Column("channel", t("HistoryModel", "Kanal"), width=12),
                      lambda r: labels.channel(r.channel), lambda r: labels.channel(r.channel)),
        HistoryColumn(Column("outcome", t("HistoryModel", "Utfall"), width=28),
                      lambda r: labels.outcome(r.outcome), lambda r: labels.outcome(r.outcome)),
        HistoryColumn(Column("trades", t("HistoryModel", "Lærefag"), width=30),
                      lambda r: ", ".join(r.trades), lambda r: ", ".join(r.trades)),
        HistoryColumn(Column("places", t("HistoryModel", "Læreplasser"), ColumnKind.INT),
                      lambda r: r.places, lambda r: str(r.places) if r.places else ""),
        HistoryColumn(Column("next_step", t("HistoryModel", "Neste steg"), width=30),
                      lambda r: r.next_step, lambda r: r.next_step or ""),
        HistoryColumn(Column("next_step_on", t("HistoryModel", "Neste steg dato"), ColumnKind.DATE),
                      lambda r: r.next_step_on,
                      lambda r: r.next_step_on.strftime("%d.%m.%Y") if r.next_step_on else ""),
        HistoryColumn(Column("stage", t("HistoryModel", "Bedriftens trinn nå"), width=28),
                      lambda r: labels.stage(r.company_stage), lambda r: labels.stage(r.company_stage)),
    ]


class HistoryModel(QAbstractTableModel):
    """Rows of `history_page`, newest first. Counting all matches runs in the background."""

    counted = Signal(int)  # how many visits match the current query
    queryChanged = Signal()  # noqa: N815 (Qt signal naming)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.columns = history_columns()
        self.query = VisitHistoryQuery()
        self.rows: list[VisitRow] = []
        self._more = False
        self._generation = 0
        self._count_task: Job | None = None
        self.total: int | None = None

    def column_index(self, key: str) -> int:
        """The model column of `key` ("when", "company", "outcome" …)."""
        return next(i for i, c in enumerate(self.columns) if c.column.key == key)

    # --- loading -------------------------------------------------------------------------------

    def set_query(self, query: VisitHistoryQuery) -> None:
        """Show the first page for `query` now; count all matches in the background."""
        self.beginResetModel()
        self.query = query
        self.rows = read(self.store, history_page, query)
        self._more = len(self.rows) == PAGE_SIZE
        self.total = None if self._more else len(self.rows)
        self.endResetModel()
        self.queryChanged.emit()
        self._generation += 1
        if self._more:
            self._count(self._generation)
        else:
            self.counted.emit(len(self.rows))

    def _count(self, generation: int) -> None:
        def work(progress: Callable[[int, int], bool]) -> int:
            return read(self.store, count_history, self.query)

        def done(n: Any) -> None:
            if not shiboken6.isValid(self):  # the page closed while counting
                return
            if generation == self._generation:  # an answer to an older filter is dropped
                self.total = int(n)
                self.counted.emit(int(n))

        def failed(message: str, _details: str) -> None:
            # The table shows its rows without the total ("…"); the cause is in the log.
            log.warning("counting the visit history failed: %s", message)

        self._count_task = run_job(Job(work, with_steps=True), done, failed)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or not self._more or not self.rows:
            return
        page = read(self.store, history_page, self.query, self.rows[-1].cursor)
        self._more = len(page) == PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    # --- the model -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].column.title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.column.kind is ColumnKind.INT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.column.key in ("company", "trades", "next_step"):
            return column.text(row)
        return None

    def row_at(self, row: int) -> VisitRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # --- export --------------------------------------------------------------------------------

    def export_table(self, title: str) -> Table:
        """Every matching visit (not only the rows loaded), read afresh in a worker."""
        columns: Sequence[HistoryColumn] = self.columns
        query, store = self.query, self.store

        def rows() -> Iterator[list[Any]]:
            for r in history_rows(store, query):
                yield [c.value(r) for c in columns]

        return Table(title, [c.column for c in columns], rows(), self.total or 0)
