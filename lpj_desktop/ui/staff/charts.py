"""Charts drawn with QPainter (QtCharts is not part of PySide6-Essentials), each with its table.

A `ChartCard` holds a chart and the table of the very numbers it draws; a button flips between
them, and the table is what an export of the card writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lpj_desktop.reports.scale import nice_step
from lpj_desktop.services.exports import Column, ColumnKind, Table

ACCENT = QColor("#1F5F8B")
TRACK = QColor("#EEF2F6")
GRID = QColor("#D5DCE3")
MUTED = QColor("#5B6675")


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float
    note: str = ""  # printed after the value (e.g. a share)
    text: str = ""  # the value as printed, when not the plain number (e.g. "5,3 %")

    @property
    def shown(self) -> str:
        return self.text or fmt_number(self.value)


def fmt_number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", "\u00a0")
    return f"{value:,.1f}".replace(",", "\u00a0").replace(".", ",")


class BarChart(QWidget):
    """Horizontal bars (a funnel, a ranking) or vertical columns (a time series)."""

    def __init__(self, horizontal: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.bars: list[Bar] = []
        self.scale_at_least = 0.0  # e.g. 100 for shares of a goal: a short bar then looks short
        self.label_share = 0.4  # at most this much of the width for the labels (horizontal bars)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        # Every bar gets a readable row: the chart grows (the page scrolls) rather than squeeze them.
        self.setMinimumHeight(max(120, self.sizeHint().height()) if self.horizontal else 200)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        if self.horizontal:
            return QSize(480, max(120, 26 * len(self.bars) + 10))
        return QSize(600, 220)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self.bars:
            painter.setPen(MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Ingen data i utvalget"))
            return
        if self.horizontal:
            self._paint_horizontal(painter)
        else:
            self._paint_vertical(painter)

    def _paint_horizontal(self, p: QPainter) -> None:
        fm = QFontMetrics(self.font())
        widest = max(fm.horizontalAdvance(b.label) for b in self.bars) + 12
        label_w = min(self.width() * self.label_share, widest)
        value_w = max(fm.horizontalAdvance(f"{b.shown}  {b.note}") for b in self.bars) + 16
        room = max(10.0, self.width() - label_w - value_w - 8)
        row = min(28.0, (self.height() - 8) / len(self.bars))
        top = max(max((b.value for b in self.bars), default=0), self.scale_at_least) or 1
        for i, bar in enumerate(self.bars):
            y = 4 + i * row
            h = row * 0.7
            p.setPen(self.palette().text().color())
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            p.drawText(QRectF(0, y, label_w - 8, h), right,
                       fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_w - 8)))
            p.fillRect(QRectF(label_w, y, room, h), TRACK)
            width = room * bar.value / top
            if width > 0:
                p.fillRect(QRectF(label_w, y, max(width, 1.5), h), ACCENT)
            bold = QFont(self.font())
            bold.setBold(True)
            p.setFont(bold)
            p.drawText(QRectF(label_w + room + 6, y, value_w, h), Qt.AlignmentFlag.AlignVCenter, bar.shown)
            p.setFont(self.font())
            if bar.note:
                p.setPen(MUTED)
                offset = QFontMetrics(bold).horizontalAdvance(bar.shown + "  ")
                p.drawText(QRectF(label_w + room + 6 + offset, y, value_w, h), Qt.AlignmentFlag.AlignVCenter,
                           bar.note)

    def _paint_vertical(self, p: QPainter) -> None:
        fm = QFontMetrics(self.font())
        peak = max((b.value for b in self.bars), default=0) or 1
        step = nice_step(peak)
        ceiling = max(step, -(-peak // step) * step)
        left = fm.horizontalAdvance(fmt_number(ceiling)) + 10
        bottom = fm.height() + 6
        plot = QRectF(left, 6, self.width() - left - 6, self.height() - bottom - 10)
        p.setPen(QPen(GRID, 1))
        k = 0.0
        while k <= ceiling:
            y = plot.bottom() - plot.height() * k / ceiling
            p.setPen(QPen(GRID, 1))
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            p.setPen(MUTED)
            p.drawText(QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, fmt_number(k))
            k += step
        slot = plot.width() / len(self.bars)
        every = max(1, int((fm.horizontalAdvance("u52") + 8) // slot) + 1)
        for i, bar in enumerate(self.bars):
            h = plot.height() * bar.value / ceiling
            x = plot.left() + i * slot + slot * 0.14
            if h > 0:
                p.fillRect(QRectF(x, plot.bottom() - h, slot * 0.72, h), ACCENT)
            if i % every == 0:
                p.setPen(MUTED)
                p.drawText(QRectF(plot.left() + i * slot - 20, plot.bottom() + 3, slot + 40, fm.height()),
                           Qt.AlignmentFlag.AlignHCenter, bar.label)


def _cell_text(value: Any, kind: ColumnKind) -> str:
    if value is None:
        return ""
    if kind is ColumnKind.PERCENT:
        return f"{value * 100:.1f}".replace(".", ",") + " %"
    if kind in (ColumnKind.INT, ColumnKind.FLOAT):
        return fmt_number(value)
    if kind is ColumnKind.DATE:
        return value.strftime("%d.%m.%Y")
    return str(value)


class ChartCard(QWidget):
    """A titled chart with the table behind it, one button away."""

    def __init__(self, title: str, chart: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.chart = chart
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.data = Table(title, [], [], 0)
        self._unfilled: tuple[list[Column], list[list[Any]]] | None = None  # set, not yet in the widget
        heading = QLabel(f"<b>{title}</b>")
        self.flip = QPushButton(self.tr("Vis tabell"))
        self.flip.setCheckable(True)
        self.flip.toggled.connect(self._flip)
        self.stack = QStackedWidget()
        self.stack.addWidget(chart)
        self.stack.addWidget(self.table)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.flip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.stack)

    def _flip(self, show_table: bool) -> None:
        if show_table:
            self._fill_table()
        self.stack.setCurrentIndex(1 if show_table else 0)
        self.flip.setText(self.tr("Vis diagram") if show_table else self.tr("Vis tabell"))

    def set_table(self, columns: Sequence[Column], rows: Sequence[Sequence[Any]]) -> None:
        """The numbers behind the chart (also what an export of this card writes).

        The table widget is filled when it is shown: a whole history's weeks × hunters and goals
        are 25,000 cells, 0.3 s of the figures' arrival for tables mostly never looked at."""
        rows = [list(r) for r in rows]
        self.data = Table(self.title, list(columns), rows, len(rows))
        self._unfilled = (list(columns), rows)
        if self.flip.isChecked():
            self._fill_table()

    def _fill_table(self) -> None:
        if self._unfilled is None:
            return
        columns, rows = self._unfilled
        self._unfilled = None
        self.table.clear()
        # The header sizes its columns to their contents each time a label is set, over every row
        # there is: the labels first, on no rows.
        self.table.setRowCount(0)
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([c.title for c in columns])
        self.table.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, row in enumerate(rows):
            for c, (value, column) in enumerate(zip(row, columns, strict=False)):
                item = QTableWidgetItem(_cell_text(value, column.kind))
                if column.kind is not ColumnKind.TEXT:
                    item.setTextAlignment(right)
                self.table.setItem(r, c, item)
