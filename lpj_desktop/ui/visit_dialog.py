"""Recording a visit: keyboard-first, problems shown in place, Ctrl+Enter saves, drafts on disk."""

from __future__ import annotations

import logging
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.privacy import SensitiveText
from lpj_desktop.domain.visit_draft import PlaceOffer, Problem, VisitDraft
from lpj_desktop.domain.when import today
from lpj_desktop.services.companies import company_by_id
from lpj_desktop.services.contacts import contacts_of_company
from lpj_desktop.services.drafts import DraftFile, DraftStore
from lpj_desktop.services.use import quick_write, read
from lpj_desktop.services.visits import InvalidVisit, check_draft, draft_of_visit_id, save_visit
from lpj_desktop.store.database import Store, StoreBusy
from lpj_desktop.ui import labels
from lpj_desktop.ui.attachments.attach_dialog import choose_files, sources_from_mime
from lpj_desktop.ui.attachments.attach_queue import Source
from lpj_desktop.ui.privacy import findings_warning
from lpj_desktop.ui.store_writes import Retry
from lpj_desktop.ui.when_edit import WhenEdit
from lpj_desktop.ui.widgets import CompanyPicker, FieldError, FormDialog, TradeEdit, TradeListEdit

log = logging.getLogger(__name__)


class PlaceRow(QWidget):
    removed = Signal(object)
    edited = Signal()

    def __init__(self, trade: str = "", count: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trade = TradeEdit()
        self.trade.setPlaceholderText(self.tr("Fag"))
        self.trade.setText(trade)
        self.count = QSpinBox()
        self.count.setRange(0, 999)
        self.count.setValue(count)
        self._name_places(count)
        self.count.valueChanged.connect(self._name_places)
        remove = QToolButton()
        remove.setText("×")
        remove.setToolTip(self.tr("Fjern"))
        remove.clicked.connect(lambda: self.removed.emit(self))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.trade, 1)
        lay.addWidget(self.count)
        lay.addWidget(remove)
        self.trade.textChanged.connect(lambda _t: self.edited.emit())
        self.count.valueChanged.connect(lambda _v: self.edited.emit())

    def offer(self) -> PlaceOffer:
        return PlaceOffer(self.trade.text().strip(), self.count.value())

    def _name_places(self, n: int) -> None:
        # "1 plass", "2 plasser": the suffix follows the number, as a person writes it.
        number, whole = str(n), self.tr("%n plass(er)", "", n)
        self.count.setSuffix(whole.split(number, 1)[1] if number in whole else " " + whole)


class VisitDialog(FormDialog):
    """A new visit. `saved(company_id)` is emitted once it is in the store; `files_chosen(visit_id,
    sources)` after it when files were chosen for it (the window attaches them)."""

    saved = Signal(str)
    files_chosen = Signal(str, object)

    def __init__(
        self,
        store: Store,
        user_id: str,
        drafts: DraftStore,
        *,
        company_id: str | None = None,
        draft: VisitDraft | None = None,
        typed: dict[str, str] | None = None,
        draft_key: str | None = None,
        visit_id: str | None = None,
        files: list[DraftFile] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user_id, self.drafts = store, user_id, drafts
        self.draft_key = draft_key or drafts.new_key()
        self.visit_id = visit_id  # set: this form corrects a saved visit instead of adding one
        self._loading = True
        self._tried = False
        self._warned_for: str | None = None
        self.last_save_seconds = 0.0
        self.setWindowTitle(self.tr("Nytt besøk"))
        self.setObjectName("visitDialog")
        self.resize(620, 640)

        self.company = CompanyPicker(store)
        self.company.setObjectName("visitCompany")
        self.company.setPlaceholderText(self.tr("Skriv navn eller org.nr. og velg fra listen"))
        self.when = WhenEdit(with_time=True)
        self.when.setObjectName("visitWhen")
        self.when.set_value(datetime.now(UTC))
        self.channel = QComboBox()
        self.channel.setObjectName("visitChannel")
        for ch in labels.CHANNELS:
            self.channel.addItem(labels.channel(ch.value), ch.value)
        self.contact = QComboBox()
        self.contact.setObjectName("visitContact")
        self.trades = TradeListEdit()
        self.trades.setObjectName("visitTrades")
        self.trades.setPlaceholderText(self.tr("f.eks. Elektrikerfaget, Tømrerfaget"))
        self.outcome = QComboBox()
        self.outcome.setObjectName("visitOutcome")
        self.outcome.addItem(self.tr("— velg utfall —"), None)
        for o in labels.OUTCOMES:
            self.outcome.addItem(labels.outcome(o.value), o.value)
        self.reason = QLineEdit()
        self.reason.setObjectName("visitReason")
        self.reason.setPlaceholderText(self.tr("Hvorfor ikke? (valgfritt)"))
        self.places_box = QVBoxLayout()
        self.places_box.setContentsMargins(0, 0, 0, 0)
        self.place_rows: list[PlaceRow] = []
        add_place = QPushButton(self.tr("Legg til læreplass"))
        add_place.setObjectName("addPlace")
        add_place.clicked.connect(lambda: self.add_place_row())
        places = QWidget()
        pl = QVBoxLayout(places)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addLayout(self.places_box)
        pl.addWidget(add_place, 0, Qt.AlignmentFlag.AlignLeft)
        # Alt+A ("Tilbudte pl&asser") lands on the button: the box itself takes no focus, so the
        # key did nothing. A label's Alt+letter also skips a buddy whose own policy is NoFocus,
        # proxy or not (QLabel::event), hence the policy.
        places.setFocusProxy(add_place)
        places.setFocusPolicy(add_place.focusPolicy())
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("visitNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(
            self.tr("Hva skjedde? Ikke skriv fødselsnummer eller helseopplysninger.")
        )
        self.next_step = QLineEdit()
        self.next_step.setObjectName("visitNextStep")
        self.next_step.setPlaceholderText(self.tr("f.eks. Ring tilbake om lærlingtilskudd"))
        self.next_step_on = WhenEdit(with_time=False, optional=True, ahead=True)
        self.next_step_on.setObjectName("visitNextStepOn")
        self.next_step_on.line.setPlaceholderText(self.tr("dato, f.eks. 15.3"))
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_step, 1)
        next_row.addWidget(QLabel(self.tr("innen")), 0, Qt.AlignmentFlag.AlignTop)
        next_row.addWidget(self.next_step_on)

        self.errors = {
            k: FieldError()
            for k in ("company", "occurred_at", "channel", "outcome", "reason", "places", "notes",
                      "next_step", "next_step_on")
        }
        self.errors["next_step"].setObjectName("errorNextStep")
        self.errors["next_step_on"].setObjectName("errorNextStepOn")
        self.errors["outcome"].setObjectName("errorOutcome")
        self.errors["company"].setObjectName("errorCompany")
        self.privacy = FieldError()
        self.privacy.setObjectName("privacyWarning")
        self.general = FieldError()
        self.general.setObjectName("visitGeneral")
        # While the sync holds the store (a first sync builds its indexes for seconds), a save
        # is tried again from here instead of freezing the window until the store is free.
        self._retry = Retry(self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(label: str, widget: QWidget | QHBoxLayout, key: str | None = None) -> None:
            lab = QLabel(label)
            form.addRow(lab, widget)
            lab.setBuddy(widget if isinstance(widget, QWidget) else widget.itemAt(0).widget())
            if key:
                form.addRow("", self.errors[key])

        self.new_company_button = QPushButton(self.tr("Ny bedrift…"))
        self.new_company_button.setObjectName("visitNewCompany")
        self.new_company_button.setToolTip(self.tr("Legg inn en bedrift som ikke finnes i registeret"))
        self.new_company_button.setAutoDefault(False)
        self.new_company_button.clicked.connect(self.add_company_by_hand)
        company_row = QHBoxLayout()
        company_row.addWidget(self.company, 1)
        company_row.addWidget(self.new_company_button)
        row(self.tr("&Bedrift"), company_row, "company")
        row(self.tr("&Når"), self.when, "occurred_at")
        row(self.tr("&Kanal"), self.channel, "channel")
        row(self.tr("Kontakt&person"), self.contact)
        row(self.tr("&Fag drøftet"), self.trades)
        row(self.tr("&Utfall"), self.outcome, "outcome")
        row(self.tr("&Grunn"), self.reason, "reason")
        row(self.tr("Tilbudte pl&asser"), places, "places")
        row(self.tr("N&otater"), self.notes, "notes")
        row(self.tr("Neste &steg"), next_row, "next_step")
        form.addRow("", self.errors["next_step_on"])
        # Photos and documents of the visit: chosen here, attached in the background once the
        # visit is saved (the save never waits for them; ui/attachments/attach_queue.py).
        self.pending_files: list[Source] = []
        self.setAcceptDrops(True)
        self.files_button = QPushButton(self.tr("Velg filer …"))
        self.files_button.setObjectName("visitFiles")
        self.files_button.setAutoDefault(False)
        self.files_button.clicked.connect(self.choose_files)
        self.files_label = QLabel(self.tr("Ingen"))
        self.files_label.setObjectName("visitFilesChosen")
        self.files_label.setWordWrap(True)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files_button)
        files_row.addWidget(self.files_label, 1)
        row(self.tr("&Vedlegg"), files_row)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Lagre (Ctrl+Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveVisit")
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        discard = self.buttons.addButton(self.tr("Forkast"), QDialogButtonBox.ButtonRole.DestructiveRole)
        discard.setToolTip(self.tr("Lukk og slett utkastet"))
        later = self.buttons.addButton(self.tr("Lukk, behold utkast"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
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
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

        self.company.picked.connect(lambda cid, _n: (self._company_changed(cid), self.when.setFocus()))
        for signal in (
            self.company.textChanged,
            self.trades.textChanged,
            self.reason.textChanged,
            self.notes.textChanged,
            self.next_step.textChanged,
            self.when.edited,
            self.channel.currentIndexChanged,
            self.contact.currentIndexChanged,
            self.outcome.currentIndexChanged,
            self.next_step_on.edited,
        ):
            signal.connect(self._edited)
        self.next_step.textEdited.connect(self._suggest_date)

        if visit_id is not None:
            self.setWindowTitle(self.tr("Rett besøk"))
            if draft is None:
                draft = read(store, draft_of_visit_id, visit_id)
            self.company.setReadOnly(True)
            self.new_company_button.setEnabled(False)
        # Files chosen before a crash or a close come back with the draft.
        self.pending_files += [Source(f.name, path=Path(f.path), owned=f.owned) for f in files or []]
        self._show_pending()
        if draft is not None:
            self.load_draft(draft, typed)
            if visit_id is None:
                self.notice.setText(self.tr("Et besøk du ikke lagret, er hentet fram. "
                                            "«Forkast» sletter det og gir et tomt skjema."))
                self.notice.show()
        elif company_id:
            self._set_company(company_id)
        self._loading = False
        (self.channel if self.company.company_id else self.company).setFocus()

    def set_user(self, user_id: str) -> None:
        """The user changed (the first login gives the server's id): save in the new one's name."""
        self.user_id = user_id

    # -- filling ----------------------------------------------------------------------------------
    def _set_company(self, company_id: str | None) -> None:
        name = ""
        if company_id:
            c = read(self.store, company_by_id, company_id)
            name = c.name if c else ""
            if not c:
                company_id = None
        self.company.set_company(company_id, name)
        self._company_changed(company_id)

    def _company_changed(self, company_id: str | None) -> None:
        self.contact.blockSignals(True)
        self.contact.clear()
        self.contact.addItem(self.tr("(ingen bestemt)"), None)
        if company_id:
            for p in read(self.store, contacts_of_company, company_id):
                self.contact.addItem(p.name + (f" ({p.role})" if p.role else ""), p.id)
        self.contact.blockSignals(False)
        self._edited()

    def add_company_by_hand(self) -> str | None:
        """The company is not in the register: add it here and go on with the visit."""
        from lpj_desktop.ui.add_company_dialog import AddCompanyDialog

        dialog = AddCompanyDialog(self.store, self)
        typed = self.company.text().strip()
        if typed and not typed.replace(" ", "").isdigit():
            dialog.name.setText(typed)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.company_id:
            self._set_company(dialog.company_id)
            self.when.setFocus()
            return dialog.company_id
        return None

    def add_place_row(self, trade: str = "", count: int = 1) -> PlaceRow:
        r = PlaceRow(trade, count)
        r.removed.connect(self._remove_place)
        r.edited.connect(self._edited)
        self.place_rows.append(r)
        self.places_box.addWidget(r)
        r.trade.setFocus()
        self._edited()
        return r

    def _remove_place(self, r: PlaceRow) -> None:
        self.place_rows.remove(r)
        r.setParent(None)
        r.deleteLater()
        self._edited()

    def _suggest_date(self, text: str) -> None:
        if text.strip() and not self.next_step_on.text().strip():
            self.next_step_on.set_value(today() + timedelta(days=7))

    def load_draft(self, d: VisitDraft, typed: dict[str, str] | None = None) -> None:
        """Fill the form from a draft; `typed` (kept with a draft) restores date texts exactly as
        they were typed, also those that did not mean a date yet."""
        self._set_company(d.company_id)
        if d.occurred_at:
            self.when.set_value(d.occurred_at)
        self.channel.setCurrentIndex(max(0, self.channel.findData(d.channel.value if d.channel else None)))
        idx = self.contact.findData(d.contact_id) if d.contact_id else 0
        self.contact.setCurrentIndex(max(0, idx))
        self.trades.set_values(d.trades)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(d.outcome.value if d.outcome else None)))
        self.reason.setText(d.reason or "")
        for p in d.places:
            self.add_place_row(p.trade, p.count)
        self.notes.setPlainText(d.notes)
        self.next_step.setText(d.next_step)
        self.next_step_on.set_value(d.next_step_on)
        for key, field in (("when", self.when), ("next_step_on", self.next_step_on)):
            if typed and key in typed:
                field.setText(typed[key])
        self._event_id, self._campaign_id = d.event_id, d.campaign_id

    # -- reading ----------------------------------------------------------------------------------
    def to_draft(self) -> VisitDraft:
        occurred = self.when.value_or_none()
        next_on = self.next_step_on.value_or_none()
        outcome = self.outcome.currentData()
        return VisitDraft(
            company_id=self.company.company_id,
            occurred_at=occurred if isinstance(occurred, datetime) else None,
            channel=Channel(self.channel.currentData()),
            contact_id=self.contact.currentData(),
            trades=self.trades.values(),
            outcome=Outcome(outcome) if outcome else None,
            reason=self.reason.text(),
            places=[r.offer() for r in self.place_rows if r.offer().trade or r.offer().count != 1],
            notes=self.notes.toPlainText(),
            next_step=self.next_step.text(),
            next_step_on=next_on if isinstance(next_on, date) else None,
            event_id=getattr(self, "_event_id", None),
            campaign_id=getattr(self, "_campaign_id", None),
        )

    def typed(self) -> dict[str, str]:
        """The date fields' text as typed (kept with the draft: it may not mean a date yet)."""
        return {"when": self.when.text(), "next_step_on": self.next_step_on.text()}

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        draft = self.to_draft()
        try:
            self.drafts.save(self.draft_key, draft, self.company.text(), self.visit_id, typed=self.typed(),
                             files=[DraftFile(str(f.path), f.name, f.owned)
                                    for f in self.pending_files if f.path is not None])
        except OSError as exc:  # the visit is still in the form; say that the safety net is gone
            log.exception("draft not saved")
            self.general.show_problem(self.tr("Utkastet kunne ikke lagres på disk: {0}").format(exc))
        if self._tried:
            self.show_problems(check_draft(draft))

    def show_problems(self, problems: list) -> None:  # type: ignore[type-arg]
        for e in self.errors.values():
            e.show_problem("")
        by_field: dict[str, list[str]] = {}
        for p in problems:
            by_field.setdefault(p.field if p.field in self.errors else "company", []).append(
                labels.problem_of(p))
        # A date that means nothing says why under itself ("31.02" is no day), not again as "missing".
        for field, edit in (("occurred_at", self.when), ("next_step_on", self.next_step_on)):
            if edit.text().strip() and edit.problem():
                by_field.pop(field, None)
        for field, texts in by_field.items():
            self.errors[field].show_problem(" ".join(dict.fromkeys(texts)))

    def _focus_field(self, field: str) -> None:
        widget = {
            "company": self.company,
            "occurred_at": self.when,
            "channel": self.channel,
            "outcome": self.outcome,
            "notes": self.notes,
            "reason": self.reason,
            "next_step": self.next_step,
            "next_step_on": self.next_step_on,
            "places": self.place_rows[0].trade if self.place_rows else self.outcome,
        }.get(field)
        if widget:
            widget.setFocus()

    # -- saving -----------------------------------------------------------------------------------
    def save(self) -> bool:
        """Check, warn about personal data, save; on success the dialog closes."""
        started = time.perf_counter()
        # Whether this save came from the button or the retry timer, no other may follow it:
        # a stale retry after a successful save would record the visit twice.
        self._retry.cancel()
        self._tried = True
        if self.company.company_id is None and self.company.text().strip():
            self.company.pick_first()
        draft = self.to_draft()
        # A correction keeps the visit's own next step date, even when that day has passed.
        problems = draft.problems() if self.visit_id else check_draft(draft)
        if self.next_step_on.text().strip() and self.next_step_on.problem():
            problems.append(Problem("next_step_on", "date_unreadable"))
        self.show_problems(problems)
        if problems:
            self._focus_field(problems[0].field)
            return False
        # The service guards the texts; saving again after its warning says "save anyway".
        sensitive = "\n".join((draft.notes, draft.next_step, draft.reason or ""))
        allow = self._warned_for == sensitive
        try:
            visit = quick_write(self.store, save_visit, self.visit_id or None, draft, self.user_id,
                                allow_sensitive=allow)
        except InvalidVisit as exc:
            self.show_problems(exc.problems)
            return False
        except SensitiveText as exc:
            self._warned_for = sensitive
            self.privacy.show_problem(findings_warning(exc.findings))
            self.notes.setFocus()
            return False
        except StoreBusy:
            # Nothing was written; the draft is on disk. Tried again until the sync lets go.
            log.info("store busy (the sync is writing): the visit is saved as soon as it is free")
            self.general.show_problem(self.tr(
                "Synkroniseringen skriver til databasen akkurat nå. Besøket lagres av seg selv "
                "om et øyeblikk – vinduet lukkes når det er lagret."))
            self._retry.later(self.save)
            return False
        self.general.show_problem("")
        self.drafts.remove(self.draft_key)
        assert draft.company_id is not None
        self.saved.emit(draft.company_id)
        if self.pending_files:
            self.files_chosen.emit(visit.id, list(self.pending_files))
        self.last_save_seconds = time.perf_counter() - started
        self.accept()
        return True

    def discard(self) -> None:
        self.drafts.remove(self.draft_key)
        for f in self.pending_files:  # pictures pasted here go with the draft
            if f.owned and f.path is not None:
                f.path.unlink(missing_ok=True)
        self.pending_files = []
        self.reject()

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.add_files(sources_from_mime(event.mimeData()))
        event.acceptProposedAction()

    def choose_files(self) -> None:
        """Files for this visit, from the system's picker (added to those chosen before)."""
        chosen = [Source(p.name, path=p) for p in choose_files(self)]
        known = {s.path for s in self.pending_files}
        self.pending_files += [s for s in chosen if s.path not in known]
        self._show_pending()
        self._edited()

    def add_files(self, sources: list[Source]) -> None:
        """Files dropped or pasted onto the form. A picture without a file of its own is written
        to the drafts folder first, so that the draft keeps it across a crash."""
        for source in sources:
            if source.path is None and source.image is not None:
                path = self.drafts.picture_file()
                if not source.image.save(str(path), "PNG"):
                    self.general.show_problem(self.tr("Bildet kunne ikke lagres på disk: {0}").format(path))
                    continue
                source = Source(source.name, path=path, owned=True)
            self.pending_files.append(source)
        self._show_pending()
        self._edited()

    def _show_pending(self) -> None:
        names = [s.name for s in self.pending_files]
        if not names:
            self.files_label.setText(self.tr("Ingen"))
            return
        shown = ", ".join(names[:3]) + (" …" if len(names) > 3 else "")
        self.files_label.setText(self.tr("%n fil(er): {0}. Legges ved når besøket er lagret.", "", len(names))
                                 .format(shown))

    def has_content(self) -> bool:
        d = self.to_draft()
        return bool(d.company_id or d.notes.strip() or d.outcome or d.next_step.strip() or d.trades
                    or self.pending_files)

    def reject(self) -> None:
        self._retry.cancel()
        if not self.has_content():
            self.drafts.remove(self.draft_key)
        super().reject()
