"""An event that meets many companies at once, recorded once; each company's timeline shows it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lpj_desktop.domain.enums import EventKind
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.services.visits import InvalidVisit, record_event
from lpj_desktop.store.database import Store, StoreBusy
from lpj_desktop.ui import labels
from lpj_desktop.ui.privacy import privacy_warning
from lpj_desktop.ui.roles import ROLE_ID
from lpj_desktop.ui.store_writes import Retry, busy_message
from lpj_desktop.ui.widgets import CompanyPicker, FieldError, FormDialog, save_cancel_buttons


class EventDialog(FormDialog):
    saved = Signal(list)  # company ids

    def __init__(self, store: Store, user_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user_id = store, user_id
        self.setWindowTitle(self.tr("Nytt arrangement"))
        self.resize(560, 560)
        self._warned_for: str | None = None
        self.name = QLineEdit()
        self.name.setObjectName("eventName")
        self.name.setPlaceholderText(self.tr("f.eks. Yrkesmesse i Alta"))
        self.kind = QComboBox()
        for k in labels.EVENT_KINDS:
            self.kind.addItem(labels.event_kind(k.value), k.value)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.outcome = QComboBox()
        self.outcome.setObjectName("eventOutcome")
        for o in labels.OUTCOMES:
            self.outcome.addItem(labels.outcome(o.value), o.value)
        self.outcome.setCurrentIndex(self.outcome.findData(Outcome.WANTS_INFORMATION.value))
        self.picker = CompanyPicker(store)
        self.picker.setObjectName("eventCompanyPicker")
        self.picker.setPlaceholderText(self.tr("Skriv navn og trykk Enter for å legge til"))
        self.picker.picked.connect(self.add_company)
        self.companies = QListWidget()
        self.companies.setObjectName("eventCompanies")
        remove = QPushButton(self.tr("Fjern valgt"))
        remove.clicked.connect(self._remove_selected)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.errors = {k: FieldError() for k in ("name", "companies")}
        self._retry = Retry(self)
        self.privacy = FieldError()
        form = QFormLayout()
        form.addRow(self.tr("&Navn"), self.name)
        form.addRow("", self.errors["name"])
        form.addRow(self.tr("&Type"), self.kind)
        form.addRow(self.tr("&Når"), self.when)
        form.addRow(self.tr("&Utfall for alle"), self.outcome)
        form.addRow(self.tr("&Legg til bedrift"), self.picker)
        lst = QHBoxLayout()
        lst.addWidget(self.companies, 1)
        lst.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Bedrifter til stede"), lst)
        form.addRow("", self.errors["companies"])
        form.addRow(self.tr("N&otater"), self.notes)
        buttons = save_cancel_buttons()
        buttons.buttons()[0].setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.privacy)
        layout.addWidget(buttons)

    def add_company(self, company_id: str, name: str) -> None:
        for i in range(self.companies.count()):
            if self.companies.item(i).data(ROLE_ID) == company_id:
                break
        else:
            item = QListWidgetItem(name)
            item.setData(ROLE_ID, company_id)
            self.companies.addItem(item)
        self.picker.set_company(None, "")

    def _remove_selected(self) -> None:
        row = self.companies.currentRow()
        if row >= 0:
            self.companies.takeItem(row)

    def company_ids(self) -> list[str]:
        return [self.companies.item(i).data(ROLE_ID) for i in range(self.companies.count())]

    def save(self) -> bool:
        self._retry.cancel()
        for e in self.errors.values():
            e.show_problem("")
        notes = self.notes.toPlainText()
        warning = privacy_warning(notes)
        if warning and self._warned_for != notes:
            self._warned_for = notes
            self.privacy.show_problem(warning)
            return False
        when: datetime = self.when.dateTime().toPython().astimezone()  # type: ignore[union-attr]
        try:
            with self.store.quick_session() as s:
                record_event(
                    s,
                    name=self.name.text(),
                    kind=EventKind(self.kind.currentData()),
                    occurred_at=when,
                    hunter_id=self.user_id,
                    company_ids=self.company_ids(),
                    outcome=Outcome(self.outcome.currentData()),
                    notes=notes,
                )
        except InvalidVisit as exc:
            for p in exc.problems:
                self.errors.get(p.field, self.errors["name"]).show_problem(labels.problem(p.key))
            return False
        except StoreBusy:
            self.errors["companies"].show_problem(busy_message())
            self._retry.later(self.save)
            return False
        self.saved.emit(self.company_ids())
        self.accept()
        return True

    def reject(self) -> None:
        self._retry.cancel()
        super().reject()
