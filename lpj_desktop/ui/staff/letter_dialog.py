"""Letters from a campaign: the template editor with a live preview on a real target company, the
hunters' phone and e-mail for letters, and the production of the letters in the background.

Everything reaches the store through services (services/letters.py) via services.use or the page's
retry queue. The window reads nothing on the UI thread: what it shows on opening (templates,
targets, hunters) and each preview are read by Jobs in the app's pool, and the letters are made by
one, reporting progress by signals, cancellable. The window keeps drawing while 8,000 letters are
made (bench/bench_letters.py: no stall over 50 ms).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lpj_desktop.domain.letters import (
    PLACEHOLDERS,
    Language,
    Letter,
    ProblemKind,
    empty_fields,
    template_problems,
)
from lpj_desktop.services import letters as letter_service
from lpj_desktop.services.letters import (
    LetterDraft,
    LetterProgress,
    LetterRequest,
    LetterResult,
    LetterTemplateError,
    LetterWindow,
    Output,
    SenderRow,
    TargetChoice,
)
from lpj_desktop.services.use import read, write
from lpj_desktop.store.database import Store
from lpj_desktop.ui import shortcuts
from lpj_desktop.ui.staff import labels
from lpj_desktop.ui.store_writes import RetryQueue
from lpj_desktop.ui.workers import Job, run_job

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 150  # typing pauses this long before the preview follows
ROLE_ID = Qt.ItemDataRole.UserRole


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class LetterDialog(QDialog):
    """The "Brev" window of one campaign."""

    produced = Signal(object)  # LetterResult of a finished (or cancelled) run
    previewed = Signal()  # the preview shows the text in the editor
    loaded = Signal()  # templates, targets and hunters are shown (read in the background)

    def __init__(self, store: Store, campaign_id: str, campaign_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.campaign_id = store, campaign_id
        self.job: Job | None = None
        self.result: LetterResult | None = None
        self.template_id: str | None = None
        self._drafts: dict[str, LetterDraft] = {}
        self._inactive: dict[str, str] = {}  # target company id → why it is no longer active
        self.is_loaded = False
        # Previews asked for, counted: an answer that arrives after a newer question is dropped.
        self._preview_asked = 0
        self._preview_running = False
        self._preview_again = False
        self.writes = RetryQueue(self)
        self.setWindowTitle(self.tr("Brev: {0}").format(campaign_name))
        available = self.screen().availableGeometry()
        self.resize(min(1200, available.width()), min(780, available.height() - 40))

        # --- the template -------------------------------------------------------------------
        self.templates = QComboBox()
        self.new_button = QPushButton(self.tr("&Ny mal"))
        self.save_button = QPushButton(self.tr("&Lagre malen"))
        self.save_button.setToolTip(shortcuts.shortcut("save").shown())
        self.name = QLineEdit()
        self.language = QComboBox()
        self.language.addItem(self.tr("Bokmål"), Language.BOKMAL.value)
        self.language.addItem(self.tr("Nynorsk"), Language.NYNORSK.value)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)  # Tab leaves the text: the form is used from the keyboard
        self.body.setMinimumHeight(180)
        self.placeholders = QListWidget()
        words = self.placeholder_words()
        for key in PLACEHOLDERS:
            item = QListWidgetItem(f"{{{key}}}  –  {words[key]}")
            item.setData(ROLE_ID, key)
            self.placeholders.addItem(item)
        self.placeholders.setMaximumHeight(150)
        self.placeholders.setToolTip(self.tr("Enter eller dobbeltklikk setter flettefeltet inn i teksten"))
        self.problem = QLabel()
        self.problem.setObjectName("letterProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B00020")
        self.organisation = QLineEdit()
        self.interest_address = QLineEdit()
        self.interest_address.setPlaceholderText(self.tr("F.eks. https://okn.no/laerling"))
        self.sender_name = QLineEdit()
        self.sender_phone = QLineEdit()
        self.sender_email = QLineEdit()

        top = QHBoxLayout()
        top_label = QLabel(self.tr("&Mal"))
        top_label.setBuddy(self.templates)
        top.addWidget(top_label)
        top.addWidget(self.templates, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.save_button)
        form = QFormLayout()
        for text, widget in ((self.tr("Navn &på malen"), self.name), (self.tr("M&ålform"), self.language),
                             (self.tr("&Emne"), self.subject), (self.tr("&Tekst"), self.body),
                             (self.tr("&Flettefelt"), self.placeholders)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.problem)
        sender = QFormLayout()
        for text, widget in ((self.tr("&Organisasjon"), self.organisation),
                             (self.tr("&Adresse for interessemelding"), self.interest_address),
                             (self.tr("Avsender når bedriften ikke har jeger"), self.sender_name),
                             (self.tr("Telefon når jegeren ikke har oppgitt"), self.sender_phone),
                             (self.tr("E-post når jegeren ikke har oppgitt"), self.sender_email)):
            label = QLabel(text)
            label.setBuddy(widget)
            sender.addRow(label, widget)
        sender_box = QGroupBox(self.tr("Avsender"))
        sender_box.setLayout(sender)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.addLayout(top)
        editor_layout.addLayout(form, 1)
        editor_layout.addWidget(sender_box)

        # --- the hunters' phone and e-mail ----------------------------------------------------
        self.senders = QTableWidget(0, 4)
        self.senders.setHorizontalHeaderLabels([self.tr("Læreplassjeger"), self.tr("Telefon"),
                                                self.tr("E-post"), self.tr("Bedrifter")])
        self.senders.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.senders.verticalHeader().setVisible(False)
        self.senders_message = QLabel(self.tr(
            "Telefon og e-post som brevene oppgir for hver jeger. Endringer lagres når du går ut av cellen."))
        self.senders_message.setWordWrap(True)
        hunters = QWidget()
        hunters_layout = QVBoxLayout(hunters)
        hunters_layout.addWidget(self.senders_message)
        hunters_layout.addWidget(self.senders)

        tabs = QTabWidget()
        # In a scroll area: template, merge fields and sender facts are taller than a 1366×768
        # screen leaves above the production box (the "Lag brevene" row fell off the screen).
        editor_scroll = QScrollArea()
        editor_scroll.setWidget(editor)
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        tabs.addTab(editor_scroll, self.tr("Brevmal"))
        tabs.addTab(hunters, self.tr("Jegernes kontaktinfo"))

        # --- the preview ------------------------------------------------------------------------
        self.preview_company = QComboBox()
        self.preview_company.setMinimumContentsLength(30)
        self.preview = QTextBrowser()
        self.preview.setObjectName("letterPreview")
        preview_label = QLabel(self.tr("For&håndsvisning for"))
        preview_label.setBuddy(self.preview_company)
        preview_top = QHBoxLayout()
        preview_top.addWidget(preview_label)
        preview_top.addWidget(self.preview_company, 1)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.addLayout(preview_top)
        preview_layout.addWidget(self.preview, 1)

        # --- producing ----------------------------------------------------------------------------
        self.outputs: dict[Output, QCheckBox] = {
            Output.PRINT_PDF: QCheckBox(self.tr("Utskr&ift: én PDF for vinduskonvolutt")),
            Output.COMPANY_PDFS: QCheckBox(self.tr("PDF per &bedrift")),
            Output.EMAILS: QCheckBox(self.tr("E-post&utkast (.eml)")),
            Output.MAILING_CSV: QCheckBox(self.tr("&CSV til postutsending")),
        }
        self.outputs[Output.PRINT_PDF].setChecked(True)
        self.outputs[Output.MAILING_CSV].setChecked(True)
        today = date.today()
        self.letter_date = QDateEdit(QDate(today.year, today.month, today.day))
        self.letter_date.setCalendarPopup(True)
        self.letter_date.setDisplayFormat("dd.MM.yyyy")
        self.folder = QLineEdit(str(Path.home()))
        self.folder_button = QPushButton(self.tr("&Velg mappe …"))
        self.mark_sent = QCheckBox(self.tr("Marker målbedriftene som har fått brev som «brev sendt»"))
        self.mark_sent.setChecked(True)
        self.duplex = QCheckBox(self.tr("Tosidi&g utskrift"))
        self.duplex.setObjectName("letterDuplex")
        self.duplex.setToolTip(self.tr(
            "Brev med et oddetall sider får en tom side til slutt, så hvert brev begynner på forsiden "
            "av et ark og ikke på baksiden av et annet brev"))
        self.duplex.setChecked(True)
        self.produce_button = QPushButton(self.tr("Lag b&revene"))
        self.produce_button.setToolTip(QKeySequence("Ctrl+P").toString(QKeySequence.SequenceFormat.NativeText))
        self.cancel_button = QPushButton(self.tr("Avbr&yt"))
        self.cancel_button.setEnabled(False)
        # Shown only after a run stopped because letters would have empty merge fields.
        self.anyway_button = QPushButton(self.tr("Lag brevene li&kevel"))
        self.anyway_button.setObjectName("produceAnyway")
        self.anyway_button.setVisible(False)
        self.anyway_button.clicked.connect(self.produce_anyway)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setFormat("")
        self.status = QLabel()
        self.status.setObjectName("letterStatus")
        self.status.setWordWrap(True)
        self.missing = QListWidget()
        self.missing.setObjectName("letterMissing")
        self.missing.setVisible(False)
        self.missing.setMaximumHeight(140)
        produce = QVBoxLayout()
        outputs = QHBoxLayout()
        for box in self.outputs.values():
            outputs.addWidget(box)
        produce.addLayout(outputs)
        row = QHBoxLayout()
        date_label = QLabel(self.tr("Brev&dato"))
        date_label.setBuddy(self.letter_date)
        row.addWidget(date_label)
        row.addWidget(self.letter_date)
        folder_label = QLabel(self.tr("Lagre&s i"))
        folder_label.setBuddy(self.folder)
        row.addWidget(folder_label)
        row.addWidget(self.folder, 1)
        row.addWidget(self.folder_button)
        produce.addLayout(row)
        marks = QHBoxLayout()
        marks.addWidget(self.mark_sent)
        marks.addWidget(self.duplex)
        marks.addStretch(1)
        produce.addLayout(marks)
        buttons = QHBoxLayout()
        buttons.addWidget(self.produce_button)
        buttons.addWidget(self.anyway_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        produce.addLayout(buttons)
        produce.addWidget(self.status)
        produce.addWidget(self.missing)
        produce_box = QGroupBox(self.tr("Lag brev til målbedriftene"))
        produce_box.setLayout(produce)

        split = QSplitter()
        split.addWidget(tabs)
        split.addWidget(preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(produce_box)

        # --- behaviour ------------------------------------------------------------------------------
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        for edit in (self.name, self.subject, self.organisation, self.interest_address, self.sender_name,
                     self.sender_phone, self.sender_email):
            edit.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.language.currentIndexChanged.connect(self._edited)
        self.letter_date.dateChanged.connect(self._edited)
        self.preview_company.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.templates.activated.connect(lambda _i: self._load_chosen())
        self.new_button.clicked.connect(self.new_template)
        self.save_button.clicked.connect(lambda: self.save_template())
        self.placeholders.itemActivated.connect(lambda item: self.insert_placeholder(item.data(ROLE_ID)))
        self.folder_button.clicked.connect(self._ask_folder)
        self.produce_button.clicked.connect(self.produce)
        self.cancel_button.clicked.connect(self.cancel)
        self.senders.itemChanged.connect(self._sender_edited)
        for key in shortcuts.keys("save"):
            QShortcut(key, self, activated=lambda: self.save_template())
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.produce)
        # No button is the dialog's default: Return in the placeholder list or a field must not press
        # "Velg mappe" or start a print run (those have their own keys).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        # Where a placeholder chosen from the list goes: the last of subject and text that had
        # focus. Followed from the application's focus changes, not an event filter: a filter in
        # Python runs for every event of the two fields, and each run waits for the interpreter
        # while the letters are made in the background (bench_letters: 30 ms gaps).
        self._last_text_widget: QWidget = self.body
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

        self.body.setFocus()
        self._load()

    def placeholder_words(self) -> dict[str, str]:
        """What each merge field holds, in the UI's language. Literal strings, so that lupdate finds
        them (the domain's PLACEHOLDERS says the same in Norwegian, with no Qt)."""
        return {
            "bedrift": self.tr("Bedriftens navn"),
            "orgnr": self.tr("Organisasjonsnummeret"),
            "adresse": self.tr("Postadressen på én linje"),
            "kommune": self.tr("Kommunen"),
            "kontaktperson": self.tr(
                "Kontaktpersonen, ellers daglig leder når vi kjenner navnet, ellers «daglig leder»"),
            "fag": self.tr("Lærefagene som passer bedriftens næringskode"),
            "jeger": self.tr("Navnet på bedriftens læreplassjeger"),
            "jeger_telefon": self.tr("Læreplassjegerens telefon"),
            "jeger_epost": self.tr("Læreplassjegerens e-post"),
            "organisasjon": self.tr("Organisasjonen som sender brevet"),
            "interesseadresse": self.tr("Adressen der bedriften melder interesse"),
            "svarkode": self.tr("Bedriftens svarkode (oppgis når den melder interesse)"),
            "dato": self.tr("Brevets dato"),
        }

    # --- templates ------------------------------------------------------------------------------

    def draft(self) -> LetterDraft:
        """The template as the form holds it now."""
        return LetterDraft(
            name=self.name.text(), language=Language(self.language.currentData()),
            subject=self.subject.text(), body=self.body.toPlainText(),
            organisation=self.organisation.text(), interest_address=self.interest_address.text(),
            sender_name=self.sender_name.text(), sender_phone=self.sender_phone.text(),
            sender_email=self.sender_email.text())

    def _load(self) -> None:
        """Read what the window shows in the background; until it is shown nothing can be made."""
        self.produce_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Henter maler og målbedrifter …"))
        # A write: the shipped templates are stored on first use (a small one, once).
        run_job(Job(write, self.store, letter_service.letter_window, self.campaign_id),
                self._loaded, self._load_failed)

    def _loaded(self, data: LetterWindow) -> None:
        if not shiboken6.isValid(self):
            return
        self._drafts = dict(data.templates)
        self._fill_templates(data.templates[0][0] if data.templates else None)
        self._load_chosen()
        self._fill_targets(data.targets)
        self._fill_senders(data.senders)
        self.status.clear()
        self.produce_button.setEnabled(self.job is None)
        self.save_button.setEnabled(True)
        self.is_loaded = True
        self.loaded.emit()
        self.update_preview()

    def _load_failed(self, message: str, _details: str) -> None:
        if not shiboken6.isValid(self):
            log.warning("the Brev window's data could not be read after it closed: %s", message)
            return
        self.status.setText(self.tr("Malene og målbedriftene kunne ikke leses: {0}").format(message))

    def _fill_templates(self, choose: str | None) -> None:
        """The template list from the drafts known here, by name, `choose` chosen."""
        self.templates.blockSignals(True)
        self.templates.clear()
        for template_id, draft in sorted(self._drafts.items(), key=lambda item: item[1].name):
            self.templates.addItem(draft.name, template_id)
        self.templates.setCurrentIndex(max(0, self.templates.findData(choose)) if choose else 0)
        self.templates.blockSignals(False)

    def _load_chosen(self) -> None:
        template_id = self.templates.currentData()
        draft = self._drafts.get(template_id)
        if draft is None:
            return
        self.template_id = template_id
        self.show_draft(draft)

    def show_draft(self, draft: LetterDraft) -> None:
        self.name.setText(draft.name)
        self.language.setCurrentIndex(max(0, self.language.findData(draft.language.value)))
        self.subject.setText(draft.subject)
        self.body.setPlainText(draft.body)
        self.organisation.setText(draft.organisation)
        self.interest_address.setText(draft.interest_address)
        self.sender_name.setText(draft.sender_name)
        self.sender_phone.setText(draft.sender_phone)
        self.sender_email.setText(draft.sender_email)
        self.update_preview()

    def new_template(self) -> None:
        """A new template starting from the text in the form, under a name still to be given."""
        self.template_id = None
        self.templates.setCurrentIndex(-1)
        self.name.setText(self.tr("Ny mal"))
        self.name.selectAll()
        self.name.setFocus()

    def save_template(self, then: Any = None) -> None:
        """Store the form's template; a refusal is said in words under the text."""
        draft = self.draft()

        def done(template_id: str) -> None:
            # The list learns the saved template from the form: nothing is read again.
            self.template_id = template_id
            self._drafts[template_id] = replace(draft, name=draft.name.strip())
            self._fill_templates(template_id)
            self.status.setText(self.tr("Malen «{0}» er lagret.").format(draft.name.strip()))
            if then is not None:
                then()

        self.writes.write(self.store, lambda s: letter_service.save_template(s, self.template_id, draft),
                          say=self.status.setText, done=done, refusals=(LetterTemplateError,),
                          refused=self._refused)

    def _refused(self, error: LetterTemplateError) -> None:
        text = self.problem_text(error)
        self.problem.setText(text)
        self.status.setText(text)

    def problem_text(self, error: LetterTemplateError) -> str:
        if error.key == "template_invalid":
            return self.describe_problems(error.problems)
        return {
            "name_missing": self.tr("Malen må ha et navn."),
            "name_taken": self.tr("En annen mal har alt dette navnet."),
            "campaign_gone": self.tr("Kampanjen finnes ikke lenger."),
        }.get(error.key) or labels.problem(error.key)

    def describe_problems(self, problems: list[Any]) -> str:
        """The template's problems in words, at most three, with the known placeholders named."""
        part_names = {"subject": self.tr("emnet"), "body": self.tr("teksten")}
        out = []
        for p in problems[:3]:
            where = self.tr("{0}, linje {1}").format(part_names[p.part], p.line)
            if p.kind is ProblemKind.UNKNOWN:
                out.append(self.tr("Ukjent flettefelt {0} i {1}.").format(p.text, where))
            elif p.kind is ProblemKind.UNCLOSED:
                out.append(self.tr("Krøllparentes uten make i {0}: skriv {{{{ og }}}} for en vanlig "
                                   "krøllparentes.").format(where))
            else:
                out.append(self.tr("Både emne og tekst må fylles ut."))
        if any(p.kind is ProblemKind.UNKNOWN for p in problems):
            out.append(self.tr("Flettefeltene som finnes: {0}.").format(
                ", ".join(f"{{{k}}}" for k in PLACEHOLDERS)))
        return " ".join(out)

    def insert_placeholder(self, key: str) -> None:
        """Put `{key}` where the cursor was in the subject or the text."""
        target = self._last_text_widget
        if target is self.subject:
            self.subject.insert(f"{{{key}}}")
            self.subject.setFocus()
            self._edited()
        else:
            self.body.insertPlainText(f"{{{key}}}")
            self.body.setFocus()

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if shiboken6.isValid(self) and now is not None and now in (self.subject, self.body):
            self._last_text_widget = now

    # --- preview --------------------------------------------------------------------------------

    def _fill_targets(self, choices: list[TargetChoice]) -> None:
        self.preview_company.blockSignals(True)
        self.preview_company.clear()
        self._inactive = {c.company_id: c.inactive for c in choices if c.inactive}
        for c in choices:
            text = f"{c.name} ({c.place})" if c.place else c.name
            if c.inactive:  # said in the list too: the person choosing sees it before the preview
                text += " – " + self.tr("ikke aktiv, får ikke brev")
            self.preview_company.addItem(text, c.company_id)
        self.preview_company.blockSignals(False)

    def inactive_words(self, kind: str) -> str:
        """Why the register no longer has a company as active (a RegisterChangeKind value)."""
        return {
            "bankrupt": self.tr("konkurs registrert"),
            "forced_dissolution": self.tr("tvangsavvikling registrert"),
            "under_liquidation": self.tr("avvikling registrert"),
            "deregistered": self.tr("slettet fra Enhetsregisteret"),
        }.get(kind, kind)

    def _edited(self, *_args: Any) -> None:
        # The check is instant (it is plain text rules); the preview waits for a pause in typing.
        draft = self.draft()
        problems = template_problems(draft.subject, draft.body)
        self.problem.setText(self.describe_problems(problems) if problems else "")
        self._timer.start()

    def update_preview(self) -> None:
        """Show the letter the form's template makes for the chosen target company (its facts are
        read in the background; `previewed` says when it is shown)."""
        self._timer.stop()
        if not self.is_loaded:
            return  # the preview follows once the window's data is there
        draft = self.draft()
        problems = template_problems(draft.subject, draft.body)
        self.problem.setText(self.describe_problems(problems) if problems else "")
        company_id = self.preview_company.currentData()
        self._preview_asked += 1
        if company_id is None:
            self.preview.setHtml(self.tr("<p>Kampanjen har ingen målbedrifter å vise brevet for.</p>"))
            self.previewed.emit()
            return
        if self._preview_running:
            self._preview_again = True  # one read at a time; the newest question follows it
            return
        self._preview_running = True
        asked = self._preview_asked
        run_job(Job(read, self.store, letter_service.preview_letter, self.campaign_id, company_id, draft,
                    self._date()),
                lambda letter: self._show_preview(asked, draft, letter), self._preview_failed)

    def _preview_failed(self, message: str, _details: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._preview_running = False
        self.preview.setHtml("<p style='color:#B00020'>" + _html(self.tr(
            "Forhåndsvisningen kunne ikke lages: {0}").format(message)) + "</p>")
        self.previewed.emit()

    def _show_preview(self, asked: int, draft: LetterDraft, letter: Letter | None) -> None:
        if not shiboken6.isValid(self):
            return
        self._preview_running = False
        if self._preview_again or asked != self._preview_asked:
            self._preview_again = False
            self.update_preview()  # the form or the company changed meanwhile
            return
        html = self._letter_html(letter) if letter is not None else ""
        empty = empty_fields(draft.subject, draft.body, letter.values) if letter is not None else []
        if empty:
            html = ("<p style='color:#B00020'>" + _html(self.tr(
                "Tomt i dette brevet: {0}. Fyll inn avsender og jegernes kontaktinfo før brevene lages.")
                .format(", ".join("{" + name + "}" for name in empty))) + "</p>" + html)
        gone = self._inactive.get(self.preview_company.currentData() or "")
        if gone:  # said first: this company gets no letter at all
            html = ("<p style='color:#B00020'><b>" + _html(self.tr(
                "Bedriften er ikke lenger aktiv i Enhetsregisteret ({0}): den får ikke brev, og står i "
                "fila ikke-sendt.").format(self.inactive_words(gone))) + "</b></p>" + html)
        self.preview.setHtml(html)
        self.previewed.emit()

    def _letter_html(self, letter: Letter) -> str:
        parts = ["<div style='font-family: sans-serif'>"]
        if letter.sender:
            parts.append("<p align='right'><b>" + _html(letter.sender[0]) + "</b><br>"
                         + "<br>".join(_html(s) for s in letter.sender[1:]) + "</p>")
        if letter.recipient:
            parts.append("<p>" + "<br>".join(_html(r) for r in letter.recipient) + "</p>")
        else:
            parts.append("<p style='color:#B00020'>" + self.tr(
                "Bedriften har ingen brukbar postadresse: den får ikke brev i posten.") + "</p>")
        parts.append(f"<p align='right'>{_html(letter.date_line)}<br>"
                     + self.tr("Svarkode: {0}").format(_html(letter.reply_code)) + "</p>")
        parts.append(f"<h3>{_html(letter.subject)}</h3>")
        paragraph: list[str] = []
        for line in (*letter.lines, ""):
            if line.strip():
                paragraph.append(_html(line))
            elif paragraph:
                parts.append("<p>" + "<br>".join(paragraph) + "</p>")
                paragraph = []
        parts.append("</div>")
        return "".join(parts)

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    # --- hunters ----------------------------------------------------------------------------------

    def _fill_senders(self, rows: list[SenderRow]) -> None:
        self.senders.blockSignals(True)
        self.senders.setRowCount(len(rows))
        for r, row in enumerate(rows):
            name = QTableWidgetItem(row.name or self.tr("(ukjent bruker)"))
            name.setData(ROLE_ID, row.user_id)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            count = QTableWidgetItem(str(row.companies))
            count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.senders.setItem(r, 0, name)
            self.senders.setItem(r, 1, QTableWidgetItem(row.phone))
            self.senders.setItem(r, 2, QTableWidgetItem(row.email))
            self.senders.setItem(r, 3, count)
        self.senders.blockSignals(False)

    def _sender_edited(self, item: QTableWidgetItem) -> None:
        row = item.row()
        user_id = self.senders.item(row, 0).data(ROLE_ID)
        phone, email = self.senders.item(row, 1).text(), self.senders.item(row, 2).text()
        name = self.senders.item(row, 0).text()
        self.writes.write(
            self.store, lambda s: letter_service.save_sender(s, user_id, phone, email),
            say=self.senders_message.setText,
            done=lambda _r: (self.senders_message.setText(self.tr("Lagret for {0}.").format(name)),
                             self.update_preview()),
            refusals=(LetterTemplateError,),
            refused=lambda e: self.senders_message.setText(f"{name}: {labels.problem(e.key)}"))

    # --- producing ----------------------------------------------------------------------------------

    def _date(self) -> date:
        q = self.letter_date.date()
        return date(q.year(), q.month(), q.day())

    def _ask_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Mappe for brevene"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def chosen_outputs(self) -> frozenset[Output]:
        return frozenset(o for o, box in self.outputs.items() if box.isChecked())

    def produce(self) -> None:
        """Save the template, then make the letters in the background."""
        if self.job is not None:
            return
        outputs = self.chosen_outputs()
        if not outputs:
            self.status.setText(self.tr("Velg minst én utskrift: PDF, e-post eller CSV."))
            return
        if not self.folder.text().strip():
            self.status.setText(self.tr("Velg en mappe brevene skal lagres i."))
            return
        self.save_template(then=lambda: self._start(outputs))

    def produce_anyway(self) -> None:
        """Make the letters although some would have empty merge fields (the window said which)."""
        outputs = self.chosen_outputs()
        if self.job is None and outputs and self.folder.text().strip():
            self.save_template(then=lambda: self._start(outputs, allow_empty=True))

    def _start(self, outputs: frozenset[Output], *, allow_empty: bool = False) -> None:
        self.anyway_button.setVisible(False)
        request = LetterRequest(self.campaign_id, self.draft(), outputs, Path(self.folder.text().strip()),
                                self._date(), mark_sent=self.mark_sent.isChecked(),
                                duplex=self.duplex.isChecked(), allow_empty=allow_empty)
        self.result = None
        self.missing.clear()
        self.missing.setVisible(False)
        self.produce_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Lager brevene …"))
        job = Job(letter_service.produce_letters, self.store, request, with_progress=True)
        self.job = job
        run_job(job, self._done, self._failed, self._progress)

    def cancel(self) -> None:
        """Stop the letters being made: nothing is kept and nothing is marked."""
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Avbryter …"))

    def busy(self) -> bool:
        return self.job is not None

    def _progress(self, report: LetterProgress) -> None:
        if not shiboken6.isValid(self):
            return
        stage = {
            "reading": self.tr("Leser målbedriftene"),
            Output.PRINT_PDF.value: self.tr("Utskrifts-PDF"),
            Output.COMPANY_PDFS.value: self.tr("PDF per bedrift"),
            Output.EMAILS.value: self.tr("E-postutkast"),
            Output.MAILING_CSV.value: self.tr("CSV til postutsending"),
            "marking": self.tr("Markerer brev sendt"),
        }.get(report.stage, report.stage)
        self.progress.setRange(0, max(1, report.total))
        self.progress.setValue(min(report.done, report.total))
        self.progress.setFormat(f"{stage}: %v / %m")

    def _finish(self) -> None:
        self.job = None
        self.produce_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("")

    def _done(self, result: LetterResult) -> None:
        if not shiboken6.isValid(self):
            return
        self._finish()
        self.result = result
        if result.held_for_empty:
            self.status.setText(self.tr(
                "Ingen brev er laget: {0}. Fyll inn avsender og jegernes kontaktinfo og lag brevene, "
                "eller lag dem likevel med tomme felt.").format(self._empty_words(result.empty)))
            self.anyway_button.setVisible(True)
            self.anyway_button.setFocus()
            self.produced.emit(result)
            return
        if result.cancelled:
            self.status.setText(self.tr("Avbrutt. Ingen filer er lagret, og ingen bedrifter er merket."))
        else:
            text = self.tr("Ferdig: {0} brev ({1} sider) til utskrift, {2} PDF-er per bedrift, "
                           "{3} e-postutkast, {4} rader til postutsending. Lagret i {5}.").format(
                result.printed, result.pages, result.company_pdfs, result.emails, result.csv_rows,
                result.folder)
            if result.blank_pages:
                text += " " + self.tr("{0} av sidene er tomme baksider, for tosidig utskrift.").format(
                    result.blank_pages)
            if result.empty:
                text += " " + self.tr("Med tomme felt: {0}.").format(self._empty_words(result.empty))
            if result.marked_letter or result.marked_email:
                text += " " + self.tr("Merket brev sendt: {0} i posten, {1} på e-post.").format(
                    result.marked_letter, result.marked_email)
            self.status.setText(text)
        self._show_missing(result)
        self.produced.emit(result)

    def _empty_words(self, empty: dict[str, int]) -> str:
        """"tomt flettefelt: {jeger_telefon} i 3 brev, {organisasjon} i 5 brev"."""
        parts = [self.tr("{0} i %n brev", "", n).format("{" + name + "}") for name, n in empty.items()]
        return self.tr("tomt flettefelt: {0}").format(", ".join(parts))

    def _show_missing(self, result: LetterResult) -> None:
        reasons = {
            "no_postal_address": self.tr("mangler postadresse (fikk e-post)"),
            "no_email": self.tr("mangler e-postadresse (fikk brev i posten)"),
            "no_address_or_email": self.tr("mangler både postadresse og e-post: fikk ikke brev"),
        }
        self.missing.clear()
        # The companies no longer active in the register first: they got nothing at all.
        gone = [m for m in result.missing if m.inactive]
        lacking = [m for m in result.missing if not m.inactive]
        for m in gone:
            why = self.inactive_words(m.reason)
            if m.deregistered_on is not None and m.reason == "deregistered":
                why += f" {m.deregistered_on:%d.%m.%Y}"
            self.missing.addItem(f"{m.name} ({m.orgnr or '–'}): " + self.tr(
                "ikke lenger aktiv i Enhetsregisteret ({0}): fikk ikke brev").format(why))
        for m in lacking:
            self.missing.addItem(f"{m.name} ({m.orgnr or '–'}): {reasons.get(m.reason, m.reason)}")
        self.missing.setVisible(bool(result.missing))
        if result.cancelled:
            return
        if gone:
            self.status.setText(self.status.text() + " " + self.tr(
                "{0} bedrifter er ikke lenger aktive i Enhetsregisteret (konkurs, avvikling eller slettet) "
                "og fikk ikke brev; de står i lista under og i fila ikke-sendt.").format(len(gone)))
        if lacking:
            self.status.setText(self.status.text() + " " + self.tr(
                "{0} bedrifter mangler adresse for noe av det du valgte; de står i lista under og i "
                "fila uten-adresse.").format(len(lacking)))

    def _failed(self, message: str, _details: str) -> None:
        if not shiboken6.isValid(self):
            log.warning("letters failed after the window closed: %s", message)
            return
        self._finish()
        self.status.setText(self.tr("Brevene ble ikke laget: {0}").format(message))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        # Closing while letters are made stops them: nothing half-made is left or marked.
        self.cancel()
        super().closeEvent(event)

    def reject(self) -> None:
        """Esc: stop a run first; a second Esc closes the window."""
        if self.job is not None:
            self.cancel()
            return
        super().reject()
