"""An event that meets many companies at once, recorded once; each company's timeline shows it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
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
from lpj_desktop.domain.privacy import SensitiveText
from lpj_desktop.services.drafts import FormDrafts
from lpj_desktop.services.events import event_for_editing
from lpj_desktop.services.use import quick_write, read
from lpj_desktop.services.visits import InvalidVisit, correct_event, record_event
from lpj_desktop.store.database import Store, StoreBusy
from lpj_desktop.ui import labels
from lpj_desktop.ui.form_drafts import DraftKeeper
from lpj_desktop.ui.privacy import findings_warning
from lpj_desktop.ui.roles import ROLE_ID
from lpj_desktop.ui.store_writes import Retry, busy_message
from lpj_desktop.ui.when_edit import WhenEdit
from lpj_desktop.ui.widgets import CompanyPicker, FieldError, FormDialog


class EventDialog(FormDialog):
    """A market day or another event with many companies; Esc keeps a draft that the next opening
    brings back. With `event_id`, its author corrects that event (its own draft, kept apart)."""

    saved = Signal(list)  # company ids

    def __init__(self, store: Store, user_id: str, parent: QWidget | None = None,
                 drafts: FormDrafts | None = None, event_id: str | None = None) -> None:
        super().__init__(parent)
        self.store, self.user_id, self.event_id = store, user_id, event_id
        self.setWindowTitle(self.tr("Endre arrangement") if event_id else self.tr("Nytt arrangement"))
        self.resize(560, 560)
        self._warned_for: str | None = None
        self.name = QLineEdit()
        self.name.setObjectName("eventName")
        self.name.setPlaceholderText(self.tr("f.eks. Yrkesmesse i Alta"))
        self.kind = QComboBox()
        for k in labels.EVENT_KINDS:
            self.kind.addItem(labels.event_kind(k.value), k.value)
        self.when = WhenEdit(with_time=True)
        self.when.setObjectName("eventWhen")
        self.when.set_value(datetime.now(UTC))
        self.outcome = QComboBox()
        self.outcome.setObjectName("eventOutcome")
        if event_id:
            # A correction may leave each company's outcome as it is (some were changed one by one).
            self.outcome.addItem(self.tr("Som før, for hver bedrift"), None)
        for o in labels.OUTCOMES:
            self.outcome.addItem(labels.outcome(o.value), o.value)
        self.outcome.setCurrentIndex(self.outcome.findData(Outcome.WANTS_INFORMATION.value))
        self.picker = CompanyPicker(store)
        self.picker.setObjectName("eventCompanyPicker")
        self.picker.setPlaceholderText(self.tr("Skriv navn og trykk Enter for å legge til"))
        self.picker.picked.connect(self.add_company)
        self.companies = QListWidget()
        self.companies.setObjectName("eventCompanies")
        remove = QPushButton(self.tr("&Fjern valgt"))
        remove.setToolTip(self.tr("Eller Delete i lista"))
        remove.clicked.connect(self._remove_selected)
        # Delete in the list takes the company off, and the list keeps the focus: a second key
        # press on the button took the next company off too.
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.companies, self._remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.errors = {k: FieldError() for k in ("name", "when", "companies", "notes")}
        self._retry = Retry(self)
        self.privacy = FieldError()
        form = QFormLayout()
        form.addRow(self.tr("Na&vn"), self.name)
        form.addRow("", self.errors["name"])
        form.addRow(self.tr("&Type"), self.kind)
        form.addRow(self.tr("&Når"), self.when)
        form.addRow("", self.errors["when"])
        form.addRow(self.tr("&Utfall for alle"), self.outcome)
        form.addRow(self.tr("&Legg til bedrift"), self.picker)
        lst = QHBoxLayout()
        lst.addWidget(self.companies, 1)
        lst.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        present = QLabel(self.tr("Bedrifter til &stede"))
        present.setBuddy(self.companies)
        form.addRow(present, lst)
        form.addRow("", self.errors["companies"])
        form.addRow(self.tr("N&otater"), self.notes)
        form.addRow("", self.errors["notes"])
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Lagre (Ctrl+Enter)"), QDialogButtonBox.ButtonRole.AcceptRole)
        discard = buttons.addButton(self.tr("Forkast"), QDialogButtonBox.ButtonRole.DestructiveRole)
        discard.setToolTip(self.tr("Lukk og slett utkastet"))
        later = buttons.addButton(self.tr("Lukk, behold utkast"), QDialogButtonBox.ButtonRole.RejectRole)
        for b in (save, discard, later):
            b.setAutoDefault(False)
        save.clicked.connect(self.save)
        discard.clicked.connect(self.discard)
        later.clicked.connect(self.reject)
        self.notice = QLabel()
        self.notice.setObjectName("draftNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form, 1)
        layout.addWidget(self.privacy)
        layout.addWidget(buttons)

        if event_id:
            self._fill_from_store(event_id)
        self.draft = DraftKeeper(drafts, "event", read=self._fields, write=self._fill,
                                 scope={"event_id": event_id},
                                 say=lambda e: self.privacy.show_problem(
                                     self.tr("Utkastet kunne ikke lagres på disk: {0}").format(e)))
        if self.draft.restored:
            self.notice.setText(
                self.tr("Endringer du ikke lagret, er hentet fram. «Forkast» lukker uten å endre noe.")
                if event_id else self.tr("Et arrangement du ikke lagret, er hentet fram. "
                                         "«Forkast» sletter det og gir et tomt skjema."))
            self.notice.show()
        self.name.textChanged.connect(lambda _t: self.errors["name"].show_problem(""))
        self.when.edited.connect(lambda: self.errors["when"].show_problem(""))
        for signal in (self.name.textChanged, self.kind.currentIndexChanged, self.when.edited,
                       self.outcome.currentIndexChanged, self.notes.textChanged):
            signal.connect(self.draft.edited)
        self.name.setFocus()

    def set_user(self, user_id: str) -> None:
        """The user changed (the first login gives the server's id): save in the new one's name."""
        self.user_id = user_id

    # -- the draft --------------------------------------------------------------------------------
    def _fields(self) -> dict[str, Any]:
        return {
            "name": self.name.text(), "kind": self.kind.currentData(), "when": self.when.text(),
            "outcome": self.outcome.currentData(), "notes": self.notes.toPlainText(),
            "companies": [[self.companies.item(i).data(ROLE_ID), self.companies.item(i).text()]
                          for i in range(self.companies.count())],
        }

    def _fill_from_store(self, event_id: str) -> None:
        shown = read(self.store, event_for_editing, event_id)
        if shown is None:
            self.errors["name"].show_problem(labels.problem("event_gone"))
            return
        details, outcome = shown
        r = details.row
        self.name.setText(r.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(r.kind)))
        self.when.set_value(r.occurred_at)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(outcome.value if outcome else None)))
        self.notes.setPlainText(details.notes)
        for company_id, name in details.companies:
            self.add_company(company_id, name)

    def _fill(self, f: dict[str, Any]) -> None:
        self.companies.clear()  # a correction's draft holds the whole list, removals too
        self.name.setText(str(f.get("name") or ""))
        self.kind.setCurrentIndex(max(0, self.kind.findData(f.get("kind"))))
        self.when.setText(str(f.get("when") or ""))
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(f.get("outcome"))))
        self.notes.setPlainText(str(f.get("notes") or ""))
        for company_id, name in f.get("companies") or []:
            self.add_company(str(company_id), str(name))

    def add_company(self, company_id: str, name: str) -> None:
        for i in range(self.companies.count()):
            if self.companies.item(i).data(ROLE_ID) == company_id:
                break
        else:
            item = QListWidgetItem(name)
            item.setData(ROLE_ID, company_id)
            self.companies.addItem(item)
            self.errors["companies"].show_problem("")
        self.picker.set_company(None, "")
        if hasattr(self, "draft"):
            self.draft.edited()

    def _remove_selected(self) -> None:
        row = self.companies.currentRow()
        if row >= 0:
            self.companies.takeItem(row)
            self.draft.edited()
            self.companies.setFocus()

    def company_ids(self) -> list[str]:
        return [self.companies.item(i).data(ROLE_ID) for i in range(self.companies.count())]

    def save(self) -> bool:
        self._retry.cancel()
        for e in self.errors.values():
            e.show_problem("")
        notes = self.notes.toPlainText()
        if self.when.problem():
            self.errors["when"].show_problem(self.when.problem())
            self.when.setFocus()
            return False
        when = self.when.value()
        assert isinstance(when, datetime)
        chosen = self.outcome.currentData()
        facts: dict[str, Any] = {
            "name": self.name.text(), "kind": EventKind(self.kind.currentData()), "occurred_at": when,
            "company_ids": self.company_ids(), "notes": notes,
            "allow_sensitive": self._warned_for == notes,
        }
        try:
            if self.event_id:
                quick_write(self.store, correct_event, self.event_id, user_id=self.user_id,
                            outcome=Outcome(chosen) if chosen else None, **facts)
            else:
                quick_write(self.store, record_event, hunter_id=self.user_id, outcome=Outcome(chosen),
                            **facts)
        except SensitiveText as exc:
            self._warned_for = notes  # saving again says "save anyway"
            self.privacy.show_problem(findings_warning(exc.findings))
            return False
        except InvalidVisit as exc:
            for p in exc.problems:
                self.errors.get(p.field, self.errors["name"]).show_problem(labels.problem_of(p))
            return False
        except StoreBusy:
            self.errors["companies"].show_problem(busy_message())
            self._retry.later(self.save)
            return False
        self.draft.done()
        self.saved.emit(self.company_ids())
        self.accept()
        return True

    def discard(self) -> None:
        """Close and forget what was typed."""
        self.draft.done()
        self.reject()

    def reject(self) -> None:
        """Esc or "Lukk, behold utkast": the draft stays on disk for the next opening."""
        self._retry.cancel()
        super().reject()
