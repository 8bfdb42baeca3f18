"""Campaigns: create one, build its target list (filter, file, the two priority groups), mark letters
sent, import interest registrations and the county's approved list, enter the figures measured
outside the app."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lpj_desktop.services import campaigns as campaign_service
from lpj_desktop.services.approved_import import (
    PriorityGroup,
    import_approved,
    priority_group_ids,
    read_approved_file,
)
from lpj_desktop.services.campaigns import CampaignInputError
from lpj_desktop.services.companies import CompanyQuery
from lpj_desktop.services.csv_tables import TableFileError
from lpj_desktop.services.interest_import import RowProblem, import_interest, read_interest_file
from lpj_desktop.services.lookups import receivers
from lpj_desktop.services.use import read, write
from lpj_desktop.ui.attachments.record_files import RecordFiles
from lpj_desktop.ui.staff import labels
from lpj_desktop.ui.staff.base import StaffPage
from lpj_desktop.ui.staff.import_result import ImportResultDialog
from lpj_desktop.ui.staff.letter_dialog import LetterDialog
from lpj_desktop.ui.staff.target_filter_dialog import TargetFilterDialog
from lpj_desktop.ui.workers import Job, run_job
from sync.vocabulary import RegisterChangeKind

NONE_ENTERED = -1  # spin box value meaning "not entered"
ROLE_NAME = 257  # a campaign item's name (the Brev window's title, without reading it again)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _n(value: int) -> str:
    return f"{value:,}".replace(",", "\u00a0")


def _orgnr(nr: str | None) -> str:
    return f"{nr[:3]} {nr[3:6]} {nr[6:]}" if nr and len(nr) == 9 else (nr or "–")


class CampaignPage(StaffPage):
    changed = Signal()  # data was written (the main window's other pages may refresh)
    open_company = Signal(str)  # a target chosen from the page's lists

    def build(self) -> None:
        self.result_dialog: ImportResultDialog | None = None
        self._asked = 0  # overviews asked for: an answer overtaken by a newer question is dropped
        self._overview_timer = QTimer(self)
        self._overview_timer.setSingleShot(True)
        self._overview_timer.setInterval(0)
        self._overview_timer.timeout.connect(self._read_overview)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda *_: self._show_campaign())

        # New campaign.
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("F.eks. Læreplassjeger høsten 2026"))
        today = date.today()
        self.starts = QDateEdit(_qdate(today))
        self.ends = QDateEdit(_qdate(today + timedelta(days=120)))
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.organisation = QLineEdit()
        self.create_button = QPushButton(self.tr("Opprett kampanje"))
        self.create_button.clicked.connect(self.create_from_form)
        self.form_error = QLabel()
        self.form_error.setStyleSheet("color: #B00020")
        self.form_error.setWordWrap(True)
        new_form = QFormLayout()
        new_form.addRow(self.tr("Navn"), self.name)
        new_form.addRow(self.tr("Fra"), self.starts)
        new_form.addRow(self.tr("Til"), self.ends)
        new_form.addRow(self.tr("Organisasjon"), self.organisation)
        new_form.addRow(self.form_error)
        new_form.addRow(self.create_button)
        new_box = QGroupBox(self.tr("Ny kampanje"))
        new_box.setLayout(new_form)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("<b>Kampanjer</b>")))
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(new_box)

        # The chosen campaign.
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.counts = QLabel()
        self.from_filter = QPushButton(self.tr("Legg til fra filter …"))
        self.from_file = QPushButton(self.tr("Legg til fra fil med org.nr. …"))
        self.group1 = QPushButton(self.tr("Prioritet 1: godkjente uten lærling"))
        self.group2 = QPushButton(self.tr("Prioritet 2: lærling i ett fag, kan ta flere"))
        self.approved_button = QPushButton(self.tr("Importer fylkets liste over godkjente lærebedrifter …"))
        self.letter_date = QDateEdit(_qdate(today))
        self.letter_date.setCalendarPopup(True)
        self.letter_date.setDisplayFormat("dd.MM.yyyy")
        self.letters_button = QPushButton(self.tr("Marker brev sendt"))
        # Letters made in the app: templates, preview, print PDF, e-mails, CSV (letter_dialog.py).
        self.letters_dialog_button = QPushButton(self.tr("&Brev …"))
        self.letters_dialog_button.setObjectName("lettersButton")
        self.letters_dialog_button.setToolTip(self.tr(
            "Skriv brev til målbedriftene ut fra en mal, se dem før de lages, og lag PDF for utskrift, "
            "e-postutkast og CSV til postutsending"))
        self.letter_dialog: LetterDialog | None = None
        self.from_filter.clicked.connect(self._ask_filter)
        self.from_file.clicked.connect(self._ask_file)
        self.group1.clicked.connect(lambda: self.add_priority_group(PriorityGroup.APPROVED_NO_APPRENTICES))
        self.group2.clicked.connect(lambda: self.add_priority_group(PriorityGroup.ANOTHER_TRADE))
        self.approved_button.clicked.connect(self._ask_approved)
        self.letters_button.clicked.connect(self.mark_letters_sent)
        self.letters_dialog_button.clicked.connect(self.open_letters)
        # Targets the register no longer has as active (bankrupt, dissolved, deleted): named here,
        # Enter opens the company.
        self.inactive_label = QLabel()
        self.inactive_label.setWordWrap(True)
        self.inactive_label.setStyleSheet("color: #B00020")
        self.inactive = QListWidget()
        self.inactive.setObjectName("inactiveTargets")
        self.inactive.setMaximumHeight(110)
        self.inactive_label.setBuddy(self.inactive)
        self.inactive.itemActivated.connect(lambda item: self.open_company.emit(item.data(256)))
        self.inactive_label.setVisible(False)
        self.inactive.setVisible(False)
        targets = QGridLayout()
        targets.addWidget(self.counts, 0, 0, 1, 2)
        targets.addWidget(self.inactive_label, 5, 0, 1, 2)
        targets.addWidget(self.inactive, 6, 0, 1, 2)
        targets.addWidget(self.from_filter, 1, 0)
        targets.addWidget(self.from_file, 1, 1)
        targets.addWidget(self.group1, 2, 0)
        targets.addWidget(self.group2, 2, 1)
        targets.addWidget(self.approved_button, 3, 0, 1, 2)
        letters = QHBoxLayout()
        letters.addWidget(QLabel(self.tr("Brev sendt")))
        letters.addWidget(self.letter_date)
        letters.addWidget(self.letters_button)
        letters.addStretch(1)
        letters.addWidget(self.letters_dialog_button)
        targets.addLayout(letters, 4, 0, 1, 2)
        targets_box = QGroupBox(self.tr("Målbedrifter"))
        targets_box.setLayout(targets)

        self.assign = QComboBox()
        self.fallback = QComboBox()
        self.due = QDateEdit(_qdate(today + timedelta(days=7)))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd.MM.yyyy")
        self.interest_button = QPushButton(self.tr("Importer interessemeldinger (CSV fra nettskjema) …"))
        self.interest_button.clicked.connect(self._ask_interest)
        interest = QFormLayout()
        interest.addRow(self.tr("Gi oppfølgingen til"), self.assign)
        interest.addRow(self.tr("Når bedriften ikke har noen jeger"), self.fallback)
        interest.addRow(self.tr("Frist for oppfølging"), self.due)
        interest.addRow(self.interest_button)
        interest_box = QGroupBox(self.tr("Interessemeldinger"))
        interest_box.setLayout(interest)

        self.letters_sent = self._spin()
        self.social_views = self._spin()
        self.link_clicks = self._spin()
        self.manual_button = QPushButton(self.tr("Lagre tallene"))
        self.manual_button.clicked.connect(self.save_manual_figures)
        manual = QFormLayout()
        manual.addRow(self.tr("Brev sendt i posten"), self.letters_sent)
        manual.addRow(self.tr("Visninger i sosiale medier"), self.social_views)
        manual.addRow(self.tr("Klikk på lenken"), self.link_clicks)
        manual.addRow(self.manual_button)
        manual_box = QGroupBox(self.tr("Tall målt utenfor appen"))
        manual_box.setLayout(manual)

        # The campaign's own files (the flyer handed out, the letter as sent): attach_queue from
        # the window (ui/staff/pages.py).
        self.files = RecordFiles(self.store, "")

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("campaignMessage")
        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.addWidget(self.heading)
        details.addWidget(targets_box)
        details.addWidget(interest_box)
        details.addWidget(manual_box)
        details.addWidget(self.files)
        details.addWidget(self.message)
        details.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(self.details)
        scroll.setWidgetResizable(True)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def _spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(NONE_ENTERED, 1_000_000_000)
        spin.setSpecialValueText(self.tr("ikke ført"))
        spin.setGroupSeparatorShown(True)
        spin.setValue(NONE_ENTERED)
        return spin

    # --- reading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.locked:
            return
        self.loaded = True
        current = self.campaign_id()
        campaigns = read(self.store, campaign_service.list_campaigns)
        # Follow-ups go to hunters still here: one who has left is offered nothing.
        hunters = read(self.store, partial(receivers, role="hunter"))
        self.list.blockSignals(True)
        self.list.clear()
        for c in campaigns:
            item = QListWidgetItem(f"{c.name}\n{c.starts_on:%d.%m.%Y}–{c.ends_on:%d.%m.%Y}")
            item.setData(256, c.id)
            item.setData(ROLE_NAME, c.name)
            self.list.addItem(item)
            if c.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        for box, first in ((self.assign, self.tr("Bedriftens jeger, ellers kommunens jeger")),
                           (self.fallback, self.tr("Ingen: vis raden som ikke importert"))):
            chosen = box.currentData()
            box.clear()
            box.addItem(first, None)
            for p in hunters:
                box.addItem(p.label, p.value)
            index = box.findData(chosen)
            box.setCurrentIndex(max(0, index))
        self._show_campaign()

    def campaign_id(self) -> str | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        return item.data(256) if item else None

    def select_campaign(self, campaign_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(256) == campaign_id:
                self.list.setCurrentRow(row)
                return

    def _show_campaign(self) -> None:
        """Show the chosen campaign; its counts and the targets gone from the register are read in
        the background (8,000 targets: tens of milliseconds the window would stand still)."""
        campaign_id = self.campaign_id()
        self._asked += 1
        # The campaign's files at once when another campaign is chosen (their strip reads its own
        # rows and follows its files itself), named from the list.
        item = self.list.currentItem()
        if item is None:
            self.files.show_record(None, None)
        elif (self.files.entity, self.files.record_id) != ("campaign", campaign_id):
            self.files.show_record("campaign", campaign_id,
                                   self.tr("Kampanjen {0}").format(item.data(ROLE_NAME)))
        # One read for the calls of one turn of the event loop: after letters are made the page
        # is asked twice at once (its own signal, then the window's "data changed").
        self._overview_timer.start()

    def _read_overview(self) -> None:
        asked, campaign_id = self._asked, self.campaign_id()
        run_job(Job(read, self.store, campaign_service.campaign_overview, campaign_id),
                lambda overview: self._fill_campaign(asked, overview),
                lambda message, _details: self._overview_failed(asked, message))

    def _overview_failed(self, asked: int, message: str) -> None:
        if shiboken6.isValid(self) and asked == self._asked:
            self._say(self.tr("Kampanjen kunne ikke leses: {0}").format(message))

    def _fill_campaign(self, asked: int, overview: campaign_service.CampaignOverview | None) -> None:
        if not shiboken6.isValid(self) or asked != self._asked:
            return  # the page was closed, or another campaign was chosen meanwhile
        if overview is None:
            self.details.setEnabled(False)
            self.heading.setText(self.tr("Opprett eller velg en kampanje."))
            self.files.show_record(None, None)
            return
        campaign, counts = overview.campaign, overview.counts
        self.details.setEnabled(True)
        self.heading.setText(f"<h2>{campaign.name}</h2>{campaign.starts_on:%d.%m.%Y} – "
                             f"{campaign.ends_on:%d.%m.%Y}" + (f" · {campaign.organisation}"
                                                                if campaign.organisation else ""))
        self.counts.setText(self.tr("Målbedrifter: {0}. Med brev registrert sendt: {1}.").format(
            _n(counts.targets), _n(counts.letters_marked)))
        self._show_inactive(overview.inactive)
        for spin, value in ((self.letters_sent, campaign.letters_sent),
                            (self.social_views, campaign.social_views),
                            (self.link_clicks, campaign.link_clicks)):
            spin.setValue(NONE_ENTERED if value is None else value)

    def _show_inactive(self, inactive: list[campaign_service.InactiveTarget]) -> None:
        """The targets Enhetsregisteret no longer has as active, each with why: they get no letter."""
        self.inactive.clear()
        for target in inactive:
            item = QListWidgetItem(f"{target.name} ({_orgnr(target.orgnr)}): {self.inactive_words(target)}")
            item.setData(256, target.company_id)
            self.inactive.addItem(item)
        self.inactive_label.setText(self.tr(
            "Ikke lenger aktive i Enhetsregisteret: {0}. De står på lista, men får ikke brev.").format(
            _n(len(inactive))))
        self.inactive_label.setVisible(bool(inactive))
        self.inactive.setVisible(bool(inactive))

    def inactive_words(self, target: campaign_service.InactiveTarget) -> str:
        """Why a target is no longer active, as the list says it."""
        if target.kind is RegisterChangeKind.DEREGISTERED and target.deregistered_on is not None:
            return self.tr("slettet fra Enhetsregisteret {0}").format(f"{target.deregistered_on:%d.%m.%Y}")
        return {
            RegisterChangeKind.BANKRUPT: self.tr("konkurs registrert"),
            RegisterChangeKind.FORCED_DISSOLUTION: self.tr("tvangsavvikling registrert"),
            RegisterChangeKind.UNDER_LIQUIDATION: self.tr("avvikling registrert"),
        }.get(target.kind, self.tr("slettet fra Enhetsregisteret"))

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # --- creating --------------------------------------------------------------------------------

    def create_from_form(self) -> str | None:
        """Create the campaign in the form; returns its id, or None with the problem shown."""
        name, starts_on, ends_on = self.name.text(), _pydate(self.starts.date()), _pydate(self.ends.date())
        organisation = self.organisation.text()
        created: list[str] = []

        def done(new_id: str) -> None:
            created.append(new_id)
            self.form_error.clear()
            if self.name.text() == name:
                self.name.clear()
            self.refresh()
            self.select_campaign(new_id)
            self.changed.emit()

        self.writes.write(
            self.store, lambda session: campaign_service.create_campaign(
                session, name=name, starts_on=starts_on, ends_on=ends_on, organisation=organisation).id,
            say=self.form_error.setText, done=done, refusals=(CampaignInputError,),
            refused=lambda exc: self.form_error.setText(labels.problem(exc.key)))
        return created[0] if created else None

    # --- targets ---------------------------------------------------------------------------------

    def _with_campaign(self, work: Any, done: Any, title: str) -> None:
        campaign_id = self.campaign_id()
        if campaign_id is None:
            return

        def run(progress: Any) -> Any:
            return write(self.store, campaign_service.on_campaign, campaign_id, work)

        def finished(result: Any) -> None:
            self._show_campaign()
            self.changed.emit()
            done(result)

        self.run_in_background(title, run, on_done=finished)

    def _targets_added(self, result: campaign_service.TargetResult) -> None:
        text = self.tr("Lagt til som mål: {0}. Var alt med: {1}.").format(
            _n(result.added), _n(result.already))
        if result.removed_before:
            text += " " + self.tr("Tatt av lista tidligere, ikke lagt til igjen: {0}.").format(
                _n(result.removed_before))
        self._say(text)

    def add_targets_from_query(self, query: CompanyQuery) -> None:
        self._with_campaign(lambda s, c: campaign_service.add_targets_from_query(s, c, query),
                            self._targets_added, self.tr("Legger til målbedrifter …"))

    def add_priority_group(self, group: PriorityGroup) -> None:
        def work(session: Any, campaign: campaign_service.Campaign) -> campaign_service.TargetResult:
            return campaign_service.add_targets(session, campaign, priority_group_ids(session, group),
                                                f"priority:{group.value}")
        self._with_campaign(work, self._targets_added, self.tr("Legger til prioritert gruppe …"))

    def add_targets_from_file(self, path: Path) -> None:
        try:
            listing = campaign_service.read_orgnr_file(path)
        except OSError as exc:
            self._say(self.tr("Fila kan ikke leses: {0}").format(exc))
            return

        def done(result: campaign_service.TargetResult) -> None:
            self._targets_added(result)
            self._show_result(self.tr("Målbedrifter fra fil"), self.tr(
                "Lagt til: {0}. Var alt med: {1}. Linjer som ikke kunne brukes: {2}.").format(
                _n(result.added), _n(result.already), _n(len(listing.rejected))),
                [_as_problem(r) for r in listing.rejected])

        self._with_campaign(lambda s, c: campaign_service.add_targets_from_orgnrs(s, c, listing), done,
                            self.tr("Legger til målbedrifter …"))

    def mark_letters_sent(self) -> None:
        on = _pydate(self.letter_date.date())
        said = self.tr("Brev registrert sendt, antall bedrifter: {0}.")
        self._with_campaign(lambda s, c: campaign_service.mark_letters_sent(s, c, on),
                            lambda n: self._say(said.format(_n(n))), self.tr("Registrerer brev …"))

    def open_letters(self) -> LetterDialog | None:
        """The "Brev" window of the chosen campaign (one at a time); returns it for tests."""
        # Nothing read here: the window reads what it shows in the background (it says so when
        # the campaign has gone meanwhile).
        campaign_id = self.campaign_id()
        if campaign_id is None:
            return None
        if self.letter_dialog is not None and shiboken6.isValid(self.letter_dialog) \
                and self.letter_dialog.campaign_id == campaign_id:
            self.letter_dialog.raise_()
            self.letter_dialog.activateWindow()
            return self.letter_dialog
        dialog = LetterDialog(self.store, campaign_id, self.list.currentItem().data(ROLE_NAME), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.produced.connect(lambda _result: (self._show_campaign(), self.changed.emit()))
        self.letter_dialog = dialog
        dialog.show()
        return dialog

    # --- imports -----------------------------------------------------------------------------------

    def import_interest_file(self, path: Path) -> None:
        """Check the file, import its good rows as follow-ups, then list what was left out."""
        try:
            checked = read_interest_file(path)
        except TableFileError as exc:
            self._say(f"{labels.problem(exc.key)} {exc.detail}".strip())
            return
        hunter_id, fallback = self.assign.currentData(), self.fallback.currentData()
        due = _pydate(self.due.date())

        def work(session: Any, campaign: campaign_service.Campaign) -> Any:
            return import_interest(session, checked.rows, due_on=due, campaign=campaign, hunter_id=hunter_id,
                                   fallback_hunter_id=fallback)

        def done(result: Any) -> None:
            problems = sorted([*checked.problems, *result.problems], key=lambda p: p.line)
            summary = self.tr(
                "Oppfølginger opprettet: {0}. Nye kontaktpersoner: {1}. Bedrifter lagt til for hånd: {2}. "
                "Rader importert før: {3}. Rader som ikke ble importert: {4}.").format(
                _n(result.followups), _n(result.contacts), _n(result.companies_added), _n(result.already),
                _n(len(problems)))
            if checked.unknown_columns:
                summary += " " + self.tr("Kolonner som ikke ble brukt: {0}.").format(
                    ", ".join(checked.unknown_columns))
            self._say(summary)
            self._show_result(self.tr("Interessemeldinger importert"), summary, problems)

        self._with_campaign(work, done, self.tr("Importerer interessemeldinger …"))

    def import_approved_file(self, path: Path) -> None:
        try:
            listing = read_approved_file(path)
        except TableFileError as exc:
            self._say(f"{labels.problem(exc.key)} {exc.detail}".strip())
            return

        def done(result: Any) -> None:
            summary = self.tr("Bedrifter med ny status eller nye fag: {0}. Uendret: {1}. "
                              "Rader som ikke ble brukt: {2}.").format(
                _n(result.updated), _n(result.unchanged), _n(len(result.problems)))
            self._say(summary)
            self._show_result(self.tr("Godkjente lærebedrifter importert"), summary, result.problems)

        self._with_campaign(lambda s, c: import_approved(s, listing), done,
                            self.tr("Importerer godkjente lærebedrifter …"))

    def _show_result(self, title: str, summary: str, problems: list[Any]) -> None:
        self.result_dialog = ImportResultDialog(title, summary, problems, self)
        self.result_dialog.show()

    # --- manual figures ------------------------------------------------------------------------

    def save_manual_figures(self) -> None:
        def value(spin: QSpinBox) -> int | None:
            return None if spin.value() == NONE_ENTERED else spin.value()

        campaign_id = self.campaign_id()
        figures = {"letters_sent": value(self.letters_sent), "social_views": value(self.social_views),
                   "link_clicks": value(self.link_clicks)}

        def change(session: Any) -> bool:
            campaign = campaign_service.get_campaign(session, campaign_id)
            if campaign is not None:
                campaign_service.set_manual_figures(session, campaign, **figures)
            return campaign is not None

        def done(found: bool) -> None:
            if found:
                self._say(self.tr("Tallene er lagret."))
                self.changed.emit()

        self.writes.write(self.store, change, say=self._say, done=done)

    # --- file dialogs ------------------------------------------------------------------------------

    def _open_path(self, title: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, title, "", self.tr("CSV- og tekstfiler (*.csv *.txt);;"
                                                                      "Alle filer (*)"))
        return Path(name) if name else None

    def _ask_filter(self) -> None:
        dialog = TargetFilterDialog(self.store, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_targets_from_query(dialog.query())

    def _ask_file(self) -> None:
        path = self._open_path(self.tr("Fil med organisasjonsnummer"))
        if path:
            self.add_targets_from_file(path)

    def _ask_interest(self) -> None:
        path = self._open_path(self.tr("Interessemeldinger fra nettskjemaet"))
        if path:
            self.import_interest_file(path)

    def _ask_approved(self) -> None:
        path = self._open_path(self.tr("Fylkets liste over godkjente lærebedrifter"))
        if path:
            self.import_approved_file(path)


def _as_problem(rejected: campaign_service.RejectedLine) -> RowProblem:
    return RowProblem(rejected.line, rejected.reason, rejected.text)
