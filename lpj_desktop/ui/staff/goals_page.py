"""Goals (produksjonsmål): set one per hunter or team and period, and see progress against it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from lpj_desktop.domain.enums import GoalScope
from lpj_desktop.domain.when import fmt_date
from lpj_desktop.services.figures import GoalProgress, goal_table
from lpj_desktop.services.goal_admin import GoalInputError, delete_goal, set_goal
from lpj_desktop.services.history import people, teams
from lpj_desktop.services.use import read
from lpj_desktop.ui.staff import labels
from lpj_desktop.ui.staff.base import StaffPage
from lpj_desktop.ui.staff.charts import fmt_number

# The widest the who column grows for a long name (it is cut with "…" beyond): at 1366×768 the three
# progress bars keep room for "1 234 av 5 000" each.
WHO_MAX_WIDTH = 260


def _month(today: date) -> tuple[date, date]:
    start = today.replace(day=1)
    if start.month == 12:
        nxt = start.replace(year=start.year + 1, month=1)
    else:
        nxt = start.replace(month=start.month + 1)
    return start, date.fromordinal(nxt.toordinal() - 1)


class GoalsPage(StaffPage):
    changed = Signal()

    def build(self) -> None:
        self.progress: list[GoalProgress] = []
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Læreplassjeger"), GoalScope.HUNTER.value)
        self.scope.addItem(self.tr("Team"), GoalScope.TEAM.value)
        self.subject = QComboBox()
        start, end = _month(date.today())
        self.period_start = QDateEdit(QDate(start.year, start.month, start.day))
        self.period_end = QDateEdit(QDate(end.year, end.month, end.day))
        for edit in (self.period_start, self.period_end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.visits, self.agreements, self.places = QSpinBox(), QSpinBox(), QSpinBox()
        for spin in (self.visits, self.agreements, self.places):
            spin.setRange(0, 1_000_000)
            spin.setGroupSeparatorShown(True)
        self.save_button = QPushButton(self.tr("Lagre mål"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #B00020")
        form = QFormLayout()
        form.addRow(self.tr("Gjelder"), self.scope)
        form.addRow(self.tr("Hvem"), self.subject)
        form.addRow(self.tr("Fra"), self.period_start)
        form.addRow(self.tr("Til"), self.period_end)
        form.addRow(self.tr("Besøk og kontakter"), self.visits)
        form.addRow(self.tr("Avtaler (bedrifter)"), self.agreements)
        form.addRow(self.tr("Læreplasser"), self.places)
        form.addRow(self.error)
        form.addRow(self.save_button)
        form_box = QGroupBox(self.tr("Sett mål"))
        form_box.setLayout(form)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Jeger / team"), self.tr("Periode"), self.tr("Besøk"),
                                              self.tr("Avtaler"), self.tr("Læreplasser")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # One line per goal: a long name is cut with "…" (the tooltip has it whole), never wrapped.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Who and when as wide as they need (who within WHO_MAX_WIDTH); the bars share the rest.
        # Fixed bar widths squeezed the name to a few letters on a 1366-pixel laptop screen.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for c in (2, 3, 4):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        self.delete_button = QPushButton(self.tr("Slett valgt mål"))
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Mål og hvor langt de har kommet</b> (telles fra besøkene i "
                                       "målets periode)")))
        right.addWidget(self.table, 1)
        right.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.addWidget(form_box)
        layout.addLayout(right, 1)

        self.scope.currentIndexChanged.connect(self._fill_subjects)
        self.save_button.clicked.connect(self.save_from_form)
        self.delete_button.clicked.connect(self.delete_selected)

    def refresh(self) -> None:
        if self.locked:
            return
        self.loaded = True
        self._fill_subjects()
        self.progress = read(self.store, goal_table)
        self.table.setRowCount(len(self.progress))
        for r, g in enumerate(self.progress):
            who = g.subject_name + (self.tr(" (team)") if g.scope == GoalScope.TEAM.value else "")
            item = QTableWidgetItem(who)
            item.setToolTip(who)
            item.setData(Qt.ItemDataRole.UserRole, g.goal_id)
            self.table.setItem(r, 0, item)
            period = f"{fmt_date(g.period_start)}–{fmt_date(g.period_end)}"
            period_item = QTableWidgetItem(period)
            period_item.setToolTip(period)
            self.table.setItem(r, 1, period_item)
            for c, (done, goal) in enumerate(((g.visits, g.goal_visits), (g.agreements, g.goal_agreements),
                                              (g.places, g.goal_places)), start=2):
                self.table.setCellWidget(r, c, self._bar(done, goal))
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), WHO_MAX_WIDTH))

    def _bar(self, done: int, goal: int) -> QProgressBar:
        bar = QProgressBar()
        bar.setRange(0, max(goal, 1))
        bar.setValue(min(done, max(goal, 1)))
        bar.setFormat(self.tr("{0} av {1}").format(fmt_number(done), fmt_number(goal)) if goal
                      else fmt_number(done))
        bar.setTextVisible(True)
        return bar

    def _fill_subjects(self, *_: object) -> None:
        chosen = self.subject.currentData()
        self.subject.clear()
        if self.scope.currentData() == GoalScope.TEAM.value:
            for team in read(self.store, teams):
                self.subject.addItem(team, team)
        else:
            for p in read(self.store, people):
                if p.role == "hunter":
                    self.subject.addItem(f"{p.name}" + (f" ({p.team})" if p.team else ""), p.id)
        index = self.subject.findData(chosen)
        self.subject.setCurrentIndex(max(0, index))

    def save_from_form(self) -> bool:
        def day(edit: QDateEdit) -> date:
            d = edit.date()
            return date(d.year(), d.month(), d.day())

        goal = {"scope": GoalScope(self.scope.currentData()), "subject": self.subject.currentData() or "",
                "period_start": day(self.period_start), "period_end": day(self.period_end),
                "visits": self.visits.value(), "agreements": self.agreements.value(),
                "places": self.places.value()}
        return self.writes.write(self.store, lambda session: set_goal(session, **goal),
                                 say=self.error.setText, done=self._goals_changed,
                                 refusals=(GoalInputError,),
                                 refused=lambda exc: self.error.setText(labels.problem(exc.key)))

    def _goals_changed(self, _result: object) -> None:
        self.error.clear()
        self.refresh()
        self.changed.emit()

    def delete_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        goal_id = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

        self.writes.write(self.store, lambda session: delete_goal(session, goal_id),
                          say=self.error.setText, done=self._goals_changed)
