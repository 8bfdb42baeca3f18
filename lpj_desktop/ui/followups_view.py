"""The hunter's follow-ups: overdue, today, this week, later; mark done, move, open the company."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lpj_desktop.domain.when import fmt_date
from lpj_desktop.services import followups
from lpj_desktop.services.use import read
from lpj_desktop.store.database import Store
from lpj_desktop.ui import labels, shortcuts
from lpj_desktop.ui.roles import ROLE_COMPANY, ROLE_ID
from lpj_desktop.ui.store_writes import RetryQueue
from lpj_desktop.ui.widgets import FieldError, save_cancel_buttons

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class FollowUpsView(QWidget):
    open_company = Signal(str)
    changed = Signal()

    def __init__(self, store: Store, user_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user_id = store, user_id
        self.summary = QLabel()
        self.summary.setObjectName("followupSummary")
        self.tree = QTreeWidget()
        self.tree.setObjectName("followupTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Frist"), self.tr("Bedrift"), self.tr("Hva")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnWidth(0, 160)
        self.tree.setColumnWidth(1, 320)
        self.tree.itemActivated.connect(lambda item, _c: self.open_selected())
        self.done_button = QPushButton(self.tr("Merk som utført (Ctrl+D)"))
        self.done_button.setObjectName("markDone")
        self.move_button = QPushButton(self.tr("Flytt…"))
        self.open_button = QPushButton(self.tr("Åpne bedrift (Enter)"))
        self.done_button.clicked.connect(self.mark_done)
        self.move_button.clicked.connect(self.move_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.message = FieldError()
        self.writes = RetryQueue(self)  # waits its turn while the sync holds the store
        for seq in shortcuts.keys("done"):
            QShortcut(seq, self, self.mark_done)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.move_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.counts = (0, 0, 0, 0)
        # Filled by refresh() when the page is first shown (the main window asks), not at start-up.

    def set_user(self, user_id: str) -> None:
        """The user changed (the first login gives the server's id): save in the new one's name."""
        self.user_id = user_id

    def refresh(self) -> None:
        today = date.today()
        b = read(self.store, followups.followup_buckets, self.user_id, today)
        selected = self.selected_id()
        self.tree.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for title, items in (
            (self.tr("Forfalt"), b.overdue),
            (self.tr("I dag"), b.today),
            (self.tr("Resten av uken"), b.this_week),
            (self.tr("Senere"), b.later),
        ):
            head = QTreeWidgetItem([f"{title} ({len(items)})", "", ""])
            head.setFont(0, bold)
            head.setFirstColumnSpanned(True)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            for it in items:
                row = QTreeWidgetItem([fmt_date(it.due_on), it.company_name, it.title])
                row.setData(0, ROLE_ID, it.id)
                row.setData(0, ROLE_COMPANY, it.company_id)
                row.setToolTip(2, labels.followup_kind(it.kind))
                self.tree.addTopLevelItem(row)
                if it.id == selected:
                    self.tree.setCurrentItem(row)
        self.summary.setText(
            self.tr("{0} forfalt · {1} i dag · {2} resten av uken").format(
                len(b.overdue), len(b.today), len(b.this_week)
            )
        )
        self.counts = (len(b.overdue), len(b.today), len(b.this_week), len(b.later))
        if self.tree.currentItem() is None:
            for i in range(self.tree.topLevelItemCount()):
                if self.tree.topLevelItem(i).data(0, ROLE_ID):
                    self.tree.setCurrentItem(self.tree.topLevelItem(i))
                    break

    def take_focus(self) -> None:
        """Where a person starts here: the list, its first open follow-up chosen (refresh does)."""
        self.tree.setFocus()

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ROLE_ID) if item else None

    def item_ids(self) -> list[str]:
        return [
            self.tree.topLevelItem(i).data(0, ROLE_ID)
            for i in range(self.tree.topLevelItemCount())
            if self.tree.topLevelItem(i).data(0, ROLE_ID)
        ]

    def select(self, followup_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            if self.tree.topLevelItem(i).data(0, ROLE_ID) == followup_id:
                self.tree.setCurrentItem(self.tree.topLevelItem(i))

    def mark_done(self) -> None:
        fid = self.selected_id()
        if not fid:
            return
        self._write(lambda s: followups.mark_done(s, fid))

    def move_selected(self) -> None:
        fid = self.selected_id()
        if not fid:
            return
        dialog = MoveDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.move_to(fid, dialog.date.date().toPython())  # type: ignore[arg-type]

    def move_to(self, followup_id: str, due_on: date) -> bool:
        """True when moved now; False when refused, or waiting for the sync (moved a moment later)."""
        return self._write(lambda s: followups.move(s, followup_id, due_on, date.today()))

    def _write(self, change: Callable[[Session], object]) -> bool:
        return self.writes.write(
            self.store, change, say=self.message.show_problem, done=self._written,
            refusals=(followups.FollowUpError,),
            refused=lambda exc: self.message.show_problem(labels.problem(exc.key)))

    def _written(self, _result: object) -> None:
        self.message.show_problem("")
        self.refresh()
        self.changed.emit()

    def open_selected(self) -> None:
        item = self.tree.currentItem()
        if item and item.data(0, ROLE_COMPANY):
            self.open_company.emit(item.data(0, ROLE_COMPANY))


class MoveDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Flytt oppfølging"))
        self.date = QDateEdit(QDate.currentDate().addDays(7))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setMinimumDate(QDate.currentDate())
        buttons = save_cancel_buttons(self.tr("Flytt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Ny frist:")))
        layout.addWidget(self.date)
        layout.addWidget(buttons)
