"""One company: register facts, the hunter's own fields, contact persons, and the timeline."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lpj_desktop.domain import codelists, regions
from lpj_desktop.domain.privacy import SensitiveText
from lpj_desktop.services import contacts as contact_service
from lpj_desktop.services.companies import (
    CompanyInputError,
    company_and_people,
    company_by_id,
    save_hunter_fields,
)
from lpj_desktop.services.drafts import FormDrafts
from lpj_desktop.services.lookups import Choice
from lpj_desktop.services.notes import NoteError, add_note
from lpj_desktop.services.read_models import Company
from lpj_desktop.services.use import quick_write, read
from lpj_desktop.store.database import Store, StoreBusy
from lpj_desktop.ui import labels, shortcuts
from lpj_desktop.ui.attachments.attach_dialog import sources_from_mime
from lpj_desktop.ui.attachments.company_files import CompanyFiles
from lpj_desktop.ui.form_drafts import DraftKeeper
from lpj_desktop.ui.privacy import findings_warning, privacy_warning
from lpj_desktop.ui.roles import ROLE_ID, ROLE_KIND
from lpj_desktop.ui.store_writes import Retry, RetryQueue, busy_message
from lpj_desktop.ui.timeline_delegate import TimelineDelegate
from lpj_desktop.ui.timeline_model import TimelineModel
from lpj_desktop.ui.widgets import FieldError, FormDialog, TradeListEdit, draft_form_buttons

log = logging.getLogger(__name__)


class CompanyPage(QWidget):
    """Shows the company set with `show_company`; emits `record_visit` for the visit dialog."""

    record_visit = Signal(str)
    edit_visit = Signal(str)  # visit id: its author wants to correct it
    changed = Signal()

    def __init__(self, store: Store, user_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user_id = user_id
        self.company_id: str | None = None

        self.title = QLabel()
        self.title.setObjectName("companyTitle")
        f = QFont(self.font())
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        self.title.setFont(f)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.stage_label = QLabel()
        self.stage_label.setObjectName("companyStage")
        self.visit_button = QPushButton(self.tr("Nytt besøk…"))
        self.visit_button.setToolTip(self.tr("Registrer et besøk eller en annen kontakt (Ctrl+N)"))
        self.note_button = QPushButton(self.tr("Nytt notat…"))
        self.attach_button = QPushButton(self.tr("Legg ved …"))
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setToolTip(self.tr(
            "Legg ved bilder eller dokumenter (Ctrl+Shift+A). Du kan også dra filer hit, eller lime "
            "inn et bilde med Ctrl+V i historikken."))
        self.visit_button.clicked.connect(lambda: self.company_id and self.record_visit.emit(self.company_id))
        self.note_button.clicked.connect(self.new_note)
        self.setAcceptDrops(True)

        # Register facts.
        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts_box = QGroupBox(self.tr("Fra Enhetsregisteret"))
        facts_box.setLayout(self.facts)

        # The hunter's own fields.
        self.status = QComboBox()
        self.status.setObjectName("companyStatus")
        for st in labels.STATUSES:
            self.status.addItem(labels.lb_status(st.value), st.value)
        self.approved = TradeListEdit()
        self.approved.setObjectName("approvedTrades")
        self.interest = TradeListEdit()
        self.interest.setObjectName("interestTrades")
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("f.eks. kampanje2024, prioritet"))
        self.owner = QComboBox()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.save_fields = QPushButton(self.tr("Lagre endringer"))
        self.save_fields.setObjectName("saveHunterFields")
        self.save_fields.clicked.connect(self.save_hunter_fields)
        self.fields_message = QLabel()
        self.fields_message.setWordWrap(True)
        # The page's writes, each with what it writes taken when asked for: while the sync holds
        # the store they wait their turn, even after another company is shown.
        self.writes = RetryQueue(self)
        self._warned_notes: str | None = None  # notes the privacy warning was shown for
        self._refused_at: QWidget | None = None  # the own field a refused leave was about
        own = QFormLayout()
        own.addRow(self.tr("Status"), self.status)
        own.addRow(self.tr("Godkjent i fag"), self.approved)
        own.addRow(self.tr("Interessert i fag"), self.interest)
        own.addRow(self.tr("Stikkord"), self.tags)
        own.addRow(self.tr("Ansvarlig"), self.owner)
        own.addRow(self.tr("Telefon"), self.phone)
        own.addRow(self.tr("E-post"), self.email)
        own.addRow(self.tr("Notater"), self.notes)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_fields)
        own.addRow(row)
        own.addRow(self.fields_message)  # a row of its own: the wait for the sync takes two lines
        own_box = QGroupBox(self.tr("Dine opplysninger"))
        own_box.setLayout(own)
        # Ctrl+Enter saves here as in every form (F1 says so); it did nothing on this page. Taken
        # from the fields' own key presses, not a shortcut: a shortcut on the page also matched
        # while a visit form was open over it, and saved these fields instead of the visit.
        self._save_keys = shortcuts.shortcut("save").sequences()
        for field in (self.status, self.approved, self.interest, self.tags, self.owner, self.phone,
                      self.email, self.notes):
            field.installEventFilter(self)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(facts_box)
        left_layout.addWidget(own_box)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        # Contacts.
        self.contacts = QListWidget()
        self.contacts.setObjectName("contactList")
        self.contacts.setMaximumHeight(self.fontMetrics().height() * 6)
        self.contacts.itemActivated.connect(lambda _i: self.edit_contact())
        add_c = QPushButton(self.tr("Ny…"))
        edit_c = QPushButton(self.tr("Endre…"))
        export_c = QPushButton(self.tr("Eksporter…"))
        erase_c = QPushButton(self.tr("Slett personopplysninger…"))
        export_c.setToolTip(self.tr("Lagre alt appen vet om personen som en fil (innsyn etter GDPR)"))
        erase_c.setToolTip(self.tr("Slett personen på forespørsel (GDPR); slettingen synkroniseres"))
        add_c.clicked.connect(self.new_contact)
        edit_c.clicked.connect(self.edit_contact)
        export_c.clicked.connect(self.export_contact)
        erase_c.clicked.connect(self.erase_contact)
        cbuttons = QHBoxLayout()
        for b in (add_c, edit_c, export_c, erase_c):
            cbuttons.addWidget(b)
        cbuttons.addStretch(1)
        contacts_box = QGroupBox(self.tr("Kontaktpersoner"))
        cl = QVBoxLayout(contacts_box)
        cl.addWidget(self.contacts)
        cl.addLayout(cbuttons)

        # Timeline.
        self.timeline_model = TimelineModel(store, self)
        self.timeline = QListView()
        self.timeline.setModel(self.timeline_model)
        self.timeline.setObjectName("timeline")
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.files = CompanyFiles(self)
        self.attach_button.clicked.connect(lambda: self.files.attach())
        self.timeline.setItemDelegate(TimelineDelegate(self.timeline, self.files.thumbnails))
        self.timeline.setUniformItemSizes(False)
        self.timeline.setResizeMode(QListView.ResizeMode.Adjust)
        self.timeline.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        # Rows are laid out a batch at a time between events: the top of a long timeline is on
        # screen before the rest of its page has been measured.
        self.timeline.setLayoutMode(QListView.LayoutMode.Batched)
        self.timeline.setBatchSize(40)
        self.timeline.activated.connect(self._timeline_activated)
        self.timeline.setToolTip(self.tr(
            "Dobbeltklikk eller Enter på et besøk for å rette det; mellomrom viser vedleggene"))
        timeline_box = QGroupBox(self.tr("Historikk"))
        tl = QVBoxLayout(timeline_box)
        tl.addWidget(self.timeline)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(contacts_box)
        right_layout.addWidget(self.files.box)
        right_layout.addWidget(timeline_box, 1)

        split = QSplitter()
        split.addWidget(scroll)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.stage_label)
        head.addWidget(self.attach_button)
        head.addWidget(self.note_button)
        head.addWidget(self.visit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(split, 1)
        self.empty = QLabel(self.tr("Velg en bedrift i listen for å se den her."))
        layout.addWidget(self.empty)
        self._split = split
        self._set_visible(False)

    def set_user(self, user_id: str) -> None:
        """The user changed (the first login gives the server's id): save in the new one's name."""
        self.user_id = user_id

    def _set_visible(self, shown: bool) -> None:
        for w in (
            self._split,
            self.visit_button,
            self.note_button,
            self.attach_button,
            self.title,
            self.subtitle,
            self.stage_label,
        ):
            w.setVisible(shown)
        self.empty.setVisible(not shown)

    # -- showing -----------------------------------------------------------------------------------
    def show_company(self, company_id: str) -> None:
        if company_id != self.company_id and not self.keep_own_fields():
            return  # stays on the company whose edits could not be saved; the page says why
        shown = read(self.store, company_and_people, company_id)
        if shown is None:
            return
        company = shown.company
        if company_id != self.company_id:
            self.fields_message.clear()
        self.company_id = company_id
        self._set_visible(True)
        self._show_facts(company)
        self._show_own_fields(company, shown.receivers, shown.owner_gone)
        self.refresh_history()

    def refresh(self) -> None:
        if self.company_id:
            self.show_company(self.company_id)

    def _field_widget(self, name: str) -> QWidget | None:
        """The own field a service's refusal names (None for a name no field here shows)."""
        return {
            "lb_status": self.status, "approved_trades": self.approved, "interest_trades": self.interest,
            "tags": self.tags, "owner_id": self.owner, "phone": self.phone, "email": self.email,
            "hunter_notes": self.notes,
        }.get(name)

    def take_focus(self) -> None:
        """Where a person starts on a company: its timeline (Enter opens a visit to correct it); after
        a refused leave, the field whose value was refused, so it can be mended at once."""
        refused, self._refused_at = self._refused_at, None
        if refused is not None and self.unsaved_own_fields():
            refused.setFocus()
            return
        (self.timeline if self.company_id else self).setFocus()
        if self.company_id and not self.timeline.currentIndex().isValid() and self.timeline_model.rowCount():
            self.timeline.setCurrentIndex(self.timeline_model.index(0))

    def _show_facts(self, c: Company) -> None:
        self.title.setText(c.name)
        nr = c.orgnr or ""
        orgnr = f"{nr[:3]} {nr[3:6]} {nr[6:]}" if len(nr) == 9 else self.tr("uten organisasjonsnummer")
        where = regions.municipality_label(c.municipality_number, c.municipality_name)
        self.subtitle.setText(" · ".join(p for p in (orgnr, where) if p))
        while self.facts.rowCount():
            self.facts.removeRow(0)

        def add(label: str, value: object) -> None:
            text = "" if value is None else str(value)
            if text:
                v = QLabel(text)
                v.setWordWrap(True)
                v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.facts.addRow(label, v)

        if not c.is_active_in_register:
            warn = QLabel(self.tr("Ikke lenger aktiv i Enhetsregisteret."))
            warn.setStyleSheet("font-weight: bold;")
            self.facts.addRow(warn)
        add(self.tr("Org.nr."), orgnr if nr else None)
        add(self.tr("Organisasjonsform"), codelists.legal_forms().get(c.legal_form or "", c.legal_form))
        if c.industry_code:
            add(self.tr("Bransje"), f"{c.industry_code} {codelists.industry_name(c.industry_code)}")
        add(self.tr("Ansatte"), c.employees)
        add(self.tr("Forretningsadresse"), _address(c.business_address, c.business_postcode, c.business_city))
        add(self.tr("Postadresse"), _address(c.postal_address, c.postal_postcode, c.postal_city))
        add(
            self.tr("Kommune"),
            f"{where} ({c.municipality_number})" if c.municipality_number else where or None,
        )
        add(self.tr("Hjemmeside"), c.website)
        add(self.tr("Telefon"), c.register_phone)
        add(self.tr("E-post"), c.register_email)
        if c.is_subunit and c.parent_orgnr:
            add(self.tr("Hovedenhet"), c.parent_orgnr)
        if self.facts.rowCount() == 0:
            self.facts.addRow(QLabel(self.tr("Lagt inn for hånd; ingen opplysninger fra registeret.")))

    def _own_values(self) -> dict[str, object]:
        """What the hunter's own fields show now (to tell an unsaved edit from loaded values)."""
        return {
            "status": self.status.currentData(), "approved": self.approved.text(),
            "interest": self.interest.text(), "tags": self.tags.text(), "owner": self.owner.currentData(),
            "phone": self.phone.text(), "email": self.email.text(), "notes": self.notes.toPlainText(),
        }

    def _show_own_fields(self, c: Company, users: list[Choice], owner_gone: str | None) -> None:
        # A refresh of the same company (after a sync pulled changes) keeps what the user is typing:
        # only fields still showing what was loaded take the new values.
        same = c.id == getattr(self, "_own_company", None)
        loaded = getattr(self, "_own_loaded", {}) if same else {}
        typed = {k: v for k, v in self._own_values().items() if same and loaded.get(k) != v}
        focus = QApplication.focusWidget()
        cursor = self.notes.textCursor().position() if "notes" in typed else None
        self.status.setCurrentIndex(max(0, self.status.findData(c.lb_status)))
        self.approved.set_values(list(c.approved_trades or []))
        self.interest.set_values(list(c.interest_trades or []))
        self.tags.setText(", ".join(c.tags or []))
        self.owner.clear()
        self.owner.addItem(self.tr("Ingen"), None)
        self.owner.addItem(self.tr("Meg"), self.user_id)
        for u in users:
            if u.value != self.user_id:
                self.owner.addItem(u.label, u.value)
        idx = self.owner.findData(c.owner_id) if c.owner_id else 0
        if idx < 0:
            # An owner who has left is shown as the owner (the company stays theirs until it is
            # handed over) but is offered to no other company.
            self.owner.addItem(self.tr("%1 (har sluttet)").replace("%1", owner_gone) if owner_gone
                               else self.tr("Annen bruker"), c.owner_id)
            idx = self.owner.count() - 1
        self.owner.setCurrentIndex(idx)
        self.phone.setText(c.phone or "")
        self.email.setText(c.email or "")
        self.notes.setPlainText(c.hunter_notes or "")
        self._own_company, self._own_loaded = c.id, self._own_values()
        if typed:
            self._restore_typed(typed, cursor)
            if focus is not None and self.isAncestorOf(focus):
                focus.setFocus()

    def _restore_typed(self, typed: dict[str, object], cursor: int | None) -> None:
        for key, widget in (("approved", self.approved), ("interest", self.interest), ("tags", self.tags),
                            ("phone", self.phone), ("email", self.email)):
            if key in typed:
                widget.setText(str(typed[key]))
        for key, combo in (("status", self.status), ("owner", self.owner)):
            if key in typed and combo.findData(typed[key]) >= 0:
                combo.setCurrentIndex(combo.findData(typed[key]))
        if "notes" in typed:
            self.notes.setPlainText(str(typed["notes"]))
            if cursor is not None:
                text_cursor = self.notes.textCursor()
                text_cursor.setPosition(min(cursor, len(str(typed["notes"]))))
                self.notes.setTextCursor(text_cursor)

    def refresh_history(self) -> None:
        if not self.company_id:
            return
        company, people_ = read(self.store, contact_service.company_and_contacts, self.company_id)
        self.stage_label.setText(
            self.tr("Stadium: {0}").format(labels.stage(company.stage if company else None))
        )
        self._people = [(p.id, p.name) for p in people_]
        self.files.show_company(self.company_id)
        self.contacts.clear()
        for p in people_:
            bits = [p.name] + [b for b in (p.role, p.phone, p.email) if b]
            item = QListWidgetItem(" · ".join(bits))
            item.setData(ROLE_ID, p.id)
            self.contacts.addItem(item)
        # Same company again (a sync pulled changes): keep the user's place in the timeline.
        same = getattr(self, "_history_company", None) == self.company_id
        scroll = self.timeline.verticalScrollBar().value() if same else 0
        current = self.timeline.currentIndex()
        selected = current.data(ROLE_ID) if same and current.isValid() else None
        shown_rows = self.timeline_model.rowCount() if same else 0
        self._history_company = self.company_id
        self.timeline_model.show_company(self.company_id, at_least=shown_rows)
        if selected is not None and (row := self.timeline_model.row_of(selected)) >= 0:
            self.timeline.setCurrentIndex(self.timeline_model.index(row))
        if scroll:
            self.timeline.verticalScrollBar().setValue(scroll)

    def visit_saved(self) -> None:
        """A visit was just saved on the company shown: its stage, and the new visit (and its
        follow-up) on top of the timeline, without reading or laying out the rest again."""
        if not self.company_id:
            return
        company = read(self.store, company_by_id, self.company_id)
        self.stage_label.setText(
            self.tr("Stadium: {0}").format(labels.stage(company.stage if company else None))
        )
        self.timeline_model.show_new()
        self.timeline.scrollToTop()

    def _timeline_activated(self, index: QModelIndex) -> None:
        if index.data(ROLE_KIND) == "visit":
            self.edit_visit.emit(index.data(ROLE_ID))
        elif index.data(ROLE_KIND) == "file":
            self.files.open_file(index.data(ROLE_ID))

    def contact_people(self) -> list[tuple[str, str]]:
        """(id, name) of the company's contact persons, as shown."""
        return list(getattr(self, "_people", []))

    def attach_files(self) -> None:
        """Ctrl+Shift+A: attach files to the company shown (or the visit chosen in its timeline)."""
        self.files.attach()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in self._save_keys):
                self.save_hunter_fields()
                return True
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.company_id and (event.mimeData().hasUrls() or event.mimeData().hasImage()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        event.acceptProposedAction()
        # The form opens after the drop has finished: the program the files came from waits for
        # the drop to end, and a form opened inside it would hold that program too.
        sources = sources_from_mime(event.mimeData())
        if sources:
            QTimer.singleShot(0, self, lambda: self.files.attach(sources))

    # -- editing -------------------------------------------------------------------------------------
    def _values_to_save(self) -> dict[str, object]:
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        return {
            "lb_status": self.status.currentData(),
            "approved_trades": self.approved.values(),
            "interest_trades": self.interest.values(),
            "tags": tags,
            "owner_id": self.owner.currentData(),
            "phone": self.phone.text().strip() or None,
            "email": self.email.text().strip() or None,
            "hunter_notes": self.notes.toPlainText().strip() or None,
        }

    def unsaved_own_fields(self) -> bool:
        """The hunter's own fields of the company shown hold edits not saved yet."""
        return (bool(self.company_id) and getattr(self, "_own_company", None) == self.company_id
                and self._own_values() != getattr(self, "_own_loaded", {}))

    def keep_own_fields(self) -> bool:
        """Before the page leaves this company (another company, the app closing): own fields
        typed and not saved are saved now, as a person expects of what they typed (they were
        dropped without a word). False when they cannot be: the page stays on the company and
        says why (a refused value, the privacy warning, the sync holding the store)."""
        if not self.unsaved_own_fields():
            return True
        assert self.company_id is not None
        values = self._values_to_save()
        allow = self._warned_notes == values["hunter_notes"]
        try:
            changed = quick_write(self.store, partial(save_hunter_fields, company_id=self.company_id,
                                                      allow_sensitive=allow, **values))
        except SensitiveText as e:
            self._warned_notes = values["hunter_notes"]
            self.fields_message.setText(findings_warning(e.findings))
            self._refused_at = self.notes
            return False
        except CompanyInputError as e:
            self.fields_message.setText(
                self.tr("Endringene dine er ikke lagret: {0}").format(labels.problem_of(e)))
            self._refused_at = self._field_widget(e.field)
            return False
        except StoreBusy:
            self.fields_message.setText(busy_message())
            return False
        self._own_loaded = self._own_values()
        if changed:
            self.changed.emit()
        return True

    def save_hunter_fields(self) -> None:
        if not self.company_id:
            return
        company_id = self.company_id
        values = self._values_to_save()
        allow = self._warned_notes == values["hunter_notes"]
        as_saved = self._own_values()

        change = partial(save_hunter_fields, company_id=company_id, allow_sensitive=allow, **values)

        def refused(e: CompanyInputError | SensitiveText) -> None:
            if isinstance(e, SensitiveText):
                self._warned_notes = values["hunter_notes"]  # saving again saves it anyway
                self.fields_message.setText(findings_warning(e.findings))
            else:
                self.fields_message.setText(labels.problem_of(e))

        def done(changed: bool | None) -> None:
            if changed is None:
                return
            if company_id == self.company_id:
                self.fields_message.setText(self.tr("Lagret.") if changed else self.tr("Ingen endringer."))
                self._own_loaded = as_saved  # what is typed after the save is still unsaved
            if changed:
                self.changed.emit()

        self.writes.write(self.store, change, say=self.fields_message.setText, done=done,
                          refusals=(CompanyInputError, SensitiveText), refused=refused)

    def new_note(self) -> None:
        if not self.company_id:
            return
        dialog = NoteDialog(self.store, self.company_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.save_note(dialog.text.toPlainText(), dialog.draft.done, allow_sensitive=dialog.warned)

    def save_note(self, text: str, saved: Callable[[], None] | None = None, *,
                  allow_sensitive: bool = False) -> bool:
        """True when the note is saved now; False when refused, or waiting for the sync to let go
        of the store (it is then saved by itself a moment later)."""
        if not self.company_id:
            return False
        company_id = self.company_id

        def refused(exc: NoteError | SensitiveText) -> None:
            words = (findings_warning(exc.findings) if isinstance(exc, SensitiveText)
                     else labels.problem_of(exc))
            QMessageBox.warning(self, self.tr("Notatet ble ikke lagret"), words)

        def done(_note: object) -> None:
            if saved is not None:
                saved()  # only now may its draft go: a refused note comes back at the next opening
            self.refresh_history()
            self.changed.emit()

        return self.writes.write(self.store,
                                 partial(add_note, company_id=company_id, author_id=self.user_id,
                                         text=text, allow_sensitive=allow_sensitive),
                                 say=self.fields_message.setText, done=done,
                                 refusals=(NoteError, SensitiveText), refused=refused)

    def selected_contact_id(self) -> str | None:
        item = self.contacts.currentItem()
        return item.data(ROLE_ID) if item else None

    def new_contact(self) -> None:
        if self.company_id:
            ContactDialog(self.store, self.company_id, None, self).exec()
            self.refresh_history()

    def edit_contact(self) -> None:
        cid = self.selected_contact_id()
        if self.company_id and cid:
            ContactDialog(self.store, self.company_id, cid, self).exec()
            self.refresh_history()

    def export_contact(self) -> None:
        cid = self.selected_contact_id()
        if not cid:
            QMessageBox.information(self, self.tr("Eksporter"), self.tr("Velg en kontaktperson først."))
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Lagre personopplysninger"),
            str(Path.home() / "personopplysninger.json"),
            "JSON (*.json)",
        )
        if path:
            self.export_contact_to(cid, Path(path))

    def export_contact_to(self, contact_id: str, path: Path) -> None:
        data = read(self.store, contact_service.export_contact, contact_id)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")

    def erase_contact(self) -> None:
        cid = self.selected_contact_id()
        if not cid:
            QMessageBox.information(self, self.tr("Slett"), self.tr("Velg en kontaktperson først."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Slette personopplysninger?"),
            self.tr(
                "Navn, rolle, telefon og e-post til personen slettes for godt, her og på serveren. "
                "Besøkene blir stående uten navnet. Vil du fortsette?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.erase_contact_now(cid)

    def erase_contact_now(self, contact_id: str) -> None:
        self.writes.write(self.store, lambda s: contact_service.erase_contact(s, contact_id),
                          say=self.fields_message.setText, done=lambda _result: self.refresh_history())


def _address(street: str | None, postcode: str | None, city: str | None) -> str | None:
    if not (street or postcode or city):
        return None
    street = (street or "").replace("/n", ", ")
    return ", ".join(p for p in (street, " ".join(x for x in (postcode, city) if x)) if p)


class NoteDialog(FormDialog):
    """A free-text note, with the privacy guard. Ctrl+Enter saves; Esc keeps a draft that the next
    note on this company brings back (it goes once the note is saved)."""

    def __init__(self, store: Store, company_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nytt notat"))
        self.resize(480, 260)
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.text.setTabChangesFocus(True)
        self.warning = FieldError()
        self._warned_for = ""
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.warning)
        layout.addWidget(draft_form_buttons(self.save, self.discard, self.reject))
        self.draft = DraftKeeper(FormDrafts.beside(store.path), "note", scope={"company_id": company_id},
                                 read=lambda: {"text": self.text.toPlainText()},
                                 write=lambda f: self.text.setPlainText(str(f.get("text") or "")))
        self.text.textChanged.connect(self.draft.edited)
        self.text.setFocus()

    @property
    def warned(self) -> bool:
        """The person saw the privacy warning for this very text and saved again."""
        return self._warned_for == self.text.toPlainText()

    def save(self) -> bool:
        text = self.text.toPlainText()
        warning = privacy_warning(text)
        if warning and self._warned_for != text:
            self._warned_for = text
            self.warning.show_problem(warning)
            return False
        self.accept()
        return True

    def discard(self) -> None:
        self.draft.done()
        self.reject()


class ContactDialog(FormDialog):
    """Add or edit a contact person, with the problems shown under each field; Enter moves on,
    Ctrl+Enter saves, Esc keeps a draft."""

    def __init__(
        self, store: Store, company_id: str, contact_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.company_id, self.contact_id = store, company_id, contact_id
        self.setWindowTitle(self.tr("Kontaktperson"))
        self.name, self.role, self.phone, self.email = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.role.setPlaceholderText(self.tr("f.eks. daglig leder, fagansvarlig"))
        self.errors = {k: FieldError() for k in ("name", "role", "phone", "email", "company", "contact")}
        self._retry = Retry(self)
        form = QFormLayout(self)
        for label, key, w in (
            (self.tr("Navn"), "name", self.name),
            (self.tr("Rolle"), "role", self.role),
            (self.tr("Telefon"), "phone", self.phone),
            (self.tr("E-post"), "email", self.email),
        ):
            form.addRow(label, w)
            if key:
                form.addRow("", self.errors[key])
        form.addRow(self.errors["company"])
        form.addRow(self.errors["contact"])
        form.addRow(draft_form_buttons(self.save, self.discard, self.reject))
        if contact_id:
            saved = read(store, contact_service.contact_input_of, contact_id)
            if saved is not None:
                self.name.setText(saved.name)
                self.role.setText(saved.role)
                self.phone.setText(saved.phone)
                self.email.setText(saved.email)
        fields = {"name": self.name, "role": self.role, "phone": self.phone, "email": self.email}
        self.draft = DraftKeeper(
            FormDrafts.beside(store.path), "contact",
            scope={"company_id": company_id, "contact_id": contact_id},
            read=lambda: {k: w.text() for k, w in fields.items()},
            write=lambda f: [w.setText(str(f.get(k) or "")) for k, w in fields.items()])
        for key, widget in fields.items():
            widget.textChanged.connect(self.draft.edited)
            if key in self.errors:
                widget.textEdited.connect(lambda _t, e=self.errors[key]: e.show_problem(""))

    def discard(self) -> None:
        self.draft.done()
        self.reject()

    def save(self) -> bool:
        self._retry.cancel()
        data = contact_service.ContactInput(
            self.name.text(), self.role.text(), self.phone.text(), self.email.text()
        )
        for e in self.errors.values():
            e.show_problem("")
        problems = contact_service.contact_problems(data)
        if problems:
            for p in problems:
                self.errors[p.field].show_problem(labels.problem_of(p))
            return False
        try:
            self.contact_id = quick_write(
                self.store, contact_service.save_contact, self.company_id, self.contact_id, data)
        except contact_service.ContactInputError as exc:
            self.errors.get(exc.field, self.errors["contact"]).show_problem(labels.problem_of(exc))
            return False
        except StoreBusy:
            self.errors["contact"].show_problem(busy_message())
            self._retry.later(self.save)
            return False
        self.draft.done()
        self.accept()
        return True

    def reject(self) -> None:
        self._retry.cancel()
        super().reject()
