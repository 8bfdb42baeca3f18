"""My goals: progress against the hunter's and the team's goals for the current period."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from lpj_desktop.domain.enums import GoalScope
from lpj_desktop.domain.when import fmt_date
from lpj_desktop.services import goals
from lpj_desktop.services.use import read
from lpj_desktop.store.database import Store
from lpj_desktop.ui.workers import Job, run_job

GoalsData = goals.MyGoals


class GoalsView(QWidget):
    loaded = Signal()

    def __init__(self, store: Store, user_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user_id = store, user_id
        self.body = QVBoxLayout(self)
        self.bars: dict[tuple[str, str], QProgressBar] = {}
        # Filled by refresh() when the page is first shown (the main window asks), not at start-up.

    def set_user(self, user_id: str) -> None:
        """The user changed (the first login gives the server's id): save in the new one's name."""
        self.user_id = user_id

    def refresh(self, on: date | None = None, *, wait: bool = False) -> None:
        """Count in the background (a busy hunter has thousands of visits), then show."""
        on = on or date.today()
        if self.body.count() == 0:
            self.body.addWidget(QLabel(self.tr("Regner ut målene …")))
        if wait:
            self._show(self._load(on))
            return
        self._job = run_job(Job(self._load, on), self._show, self._failed)

    def _failed(self, message: str, _details: str) -> None:
        note = QLabel(self.tr("Målene kunne ikke regnes ut: {0}").format(message))
        note.setWordWrap(True)
        self.body.insertWidget(0, note)
        self.loaded.emit()

    def _load(self, on: date) -> GoalsData:
        return read(self.store, goals.my_goals, self.user_id, on)

    def _show(self, data: GoalsData) -> None:
        progress, start, end, month = data.progress, data.start, data.end, data.month
        while self.body.count():
            item = self.body.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.bars.clear()
        if not progress:
            note = QLabel(
                self.tr(
                    "Ingen mål er satt for deg i denne perioden. Målene settes av kontoret "
                    "og kommer hit ved synkronisering."
                )
            )
            note.setWordWrap(True)
            self.body.addWidget(note)
        for p in progress:
            self.body.addWidget(self._goal_box(p))
        mine = QGroupBox(self.tr("Denne måneden ({0}–{1})").format(fmt_date(start), fmt_date(end)))
        grid = QGridLayout(mine)
        for row, (label, value) in enumerate(
            (
                (self.tr("Besøk og kontakter"), month.visits),
                (self.tr("Avtaler"), month.agreements),
                (self.tr("Tilbudte læreplasser"), month.places),
            )
        ):
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(QLabel(str(value)), row, 1)
        grid.setColumnStretch(2, 1)
        self.body.addWidget(mine)
        self.body.addStretch(1)
        self.loaded.emit()

    def _goal_box(self, p: goals.GoalProgress) -> QGroupBox:
        g = p.goal
        who = (
            self.tr("Mine mål")
            if g.scope == GoalScope.HUNTER.value
            else self.tr("Teamets mål ({0})").format(g.subject)
        )
        box = QGroupBox(f"{who}: {fmt_date(g.period_start)}–{fmt_date(g.period_end)}")
        grid = QGridLayout(box)
        rows = (
            (self.tr("Besøk og kontakter"), "visits", p.achieved.visits, g.visits),
            (self.tr("Avtaler"), "agreements", p.achieved.agreements, g.agreements),
            (self.tr("Tilbudte læreplasser"), "places", p.achieved.places, g.places),
        )
        # The same widths in every box, so the hunter's and the team's bars line up one under another.
        metrics = self.fontMetrics()
        grid.setColumnMinimumWidth(0, max(metrics.horizontalAdvance(r[0]) for r in rows) + 12)
        grid.setColumnMinimumWidth(2, metrics.horizontalAdvance(self.tr("{0} bak planen").format(9999)) + 12)
        for r, (label, key, done, target) in enumerate(rows):
            bar = QProgressBar()
            bar.setObjectName(f"goal_{g.scope}_{key}")
            bar.setRange(0, max(target, 1))
            bar.setValue(min(done, max(target, 1)))
            bar.setFormat(self.tr("{0} av {1}").format(done, target))
            expected = round(target * p.elapsed)
            pace = QLabel(
                self.tr("i rute") if done >= expected else self.tr("{0} bak planen").format(expected - done)
            )
            grid.addWidget(QLabel(label), r, 0)
            grid.addWidget(bar, r, 1)
            grid.addWidget(pace, r, 2)
            self.bars[(g.scope, key)] = bar
        grid.setColumnStretch(1, 1)
        elapsed = QLabel(self.tr("{0} % av perioden er gått.").format(round(p.elapsed * 100)))
        grid.addWidget(elapsed, len(rows), 0, 1, 3)
        return box
