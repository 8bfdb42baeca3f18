"""First run: say who you are, then fill the store from an Enhetsregisteret file or the demo data."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lpj_desktop.services.companies import company_count_total
from lpj_desktop.services.profile import get_profile, set_profile
from lpj_desktop.services.use import read, write
from lpj_desktop.store.database import Store
from lpj_desktop.ui.widgets import FieldError
from lpj_desktop.ui.workers import Job, run_job

log = logging.getLogger(__name__)


def progress_fraction(p: Any) -> tuple[int, int]:
    """(done, total) from an importer's progress report, whatever its exact shape."""
    for done_name, total_name in (
        ("done", "total"),
        ("rows_read", "rows_total"),
        ("processed", "total"),
        ("current", "total"),
        ("bytes_read", "bytes_total"),
    ):
        done, total = getattr(p, done_name, None), getattr(p, total_name, None)
        if isinstance(done, int) and isinstance(total, int) and total > 0:
            return done, total
    return 0, 0


class WelcomePage(QWidget):
    """Emits `finished` once a profile is set; the main window then shows the company list."""

    finished = Signal()
    data_loaded = Signal()
    demo_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.job: Job | None = None
        title = QLabel(self.tr("Velkommen til Læreplassjegeren"))
        f = QFont(self.font())
        f.setPointSizeF(f.pointSizeF() * 1.8)
        f.setBold(True)
        title.setFont(f)
        intro = QLabel(
            self.tr(
                "Her holder du oversikt over bedriftene du besøker, hva som ble avtalt og hva "
                "som skal skje videre. Alt lagres på maskinen din og virker uten nett."
            )
        )
        intro.setWordWrap(True)

        self.name = QLineEdit()
        self.name.setObjectName("welcomeName")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("welcomeOrganisation")
        self.organisation.setPlaceholderText(self.tr("f.eks. Opplæringskontoret Nord"))
        self.team = QLineEdit()
        self.team.setPlaceholderText(self.tr("valgfritt"))
        self.errors = {k: FieldError() for k in ("name", "organisation")}
        who = QGroupBox(self.tr("1. Hvem er du?"))
        form = QFormLayout(who)
        form.addRow(self.tr("&Navn"), self.name)
        form.addRow("", self.errors["name"])
        form.addRow(self.tr("&Organisasjon"), self.organisation)
        form.addRow("", self.errors["organisation"])
        form.addRow(self.tr("T&eam"), self.team)

        data = QGroupBox(self.tr("2. Hent bedrifter"))
        self.import_button = QPushButton(self.tr("Importer fra Enhetsregisteret…"))
        self.import_button.setObjectName("importRegister")
        self.demo_button = QPushButton(self.tr("Prøv med eksempeldata…"))
        self.demo_button.setToolTip(self.tr("Åpner eksempeldata i en egen database; din egen forblir tom"))
        self.demo_button.setObjectName("loadDemo")
        self.cancel_button = QPushButton(self.tr("Avbryt"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setTextVisible(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Last ned «Enheter» eller «Underenheter» som CSV fra data.brreg.no og velg fila. "
                "Det du selv har lagt inn, blir aldri overskrevet av en ny import."
            )
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        dl = QVBoxLayout(data)
        dl.addWidget(hint)
        dl.addLayout(buttons)
        dl.addWidget(self.progress)
        dl.addWidget(self.status)

        self.start_button = QPushButton(self.tr("&Kom i gang"))
        self.start_button.setObjectName("welcomeStart")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.import_button.clicked.connect(self.choose_import_file)
        self.demo_button.clicked.connect(self.ask_for_demo)
        self.cancel_button.clicked.connect(self.cancel)

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(who)
        column.addWidget(data)
        column.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        profile = read(store, get_profile)
        self.name.setText(profile.display_name)
        self.organisation.setText(profile.organisation)
        self.team.setText(profile.team or "")
        self._show_count()

    def _show_count(self) -> None:
        n = read(self.store, company_count_total)
        if n:
            self.status.setText(self.tr("%n bedrift(er) i registeret ditt.", "", n))

    # -- loading data ----------------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.import_button.setEnabled(not busy)
        self.demo_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.progress.show()
            self.progress.setRange(0, 0)

    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Velg fil fra Enhetsregisteret"),
            str(Path.home()),
            self.tr("Enhetsregisteret (*.csv *.json *.gz);;Alle filer (*)"),
        )
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path) -> Job | None:
        try:
            from lpj_desktop.importers.brreg import import_register
        except ImportError:
            self.status.setText(
                self.tr("Import fra Enhetsregisteret finnes ikke i denne versjonen av appen.")
            )
            return None
        self.status.setText(self.tr("Importerer {0} …").format(path.name))
        return self._run(Job(import_register, self.store, path, with_progress=True))

    def take_focus(self) -> None:
        """Where a person starts: their name."""
        self.name.setFocus()

    def ask_for_demo(self) -> None:
        """The demo opens in a store of its own: the user's own store stays empty and real."""
        self.demo_requested.emit()

    def _run(self, job: Job) -> Job:
        self._busy(True)
        self.job = job
        run_job(job, self._done, self._failed, self._progress)
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Avbryter …"))

    def _progress(self, p: Any) -> None:
        done, total = progress_fraction(p)
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _done(self, summary: Any) -> None:
        self._busy(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.job = None
        n = read(self.store, company_count_total)
        register = getattr(summary, "register", summary)  # the demo wraps a register import
        cancelled = bool(getattr(register, "cancelled", False))
        text = (
            self.tr("Avbrutt. Ingenting ble endret; %n bedrift(er) i registeret ditt.", "", n)
            if cancelled
            else self.tr("Ferdig. %n bedrift(er) i registeret ditt.", "", n)
        )
        rejected = getattr(register, "rejected_count", None) or len(getattr(register, "rejected", None) or [])
        if rejected:
            text += " " + self.tr("%n rad(er) ble hoppet over fordi de var ugyldige.", "", rejected)
        shortened = getattr(register, "shortened", 0)
        if shortened:
            text += " " + self.tr("%n bedrift(er) hadde en tekst som var for lang og ble forkortet.",
                                  "", shortened)
        # The demo names a demo user when nobody was set up: show it, so "Kom i gang" can go on.
        profile = read(self.store, get_profile)
        if not self.name.text().strip() and profile.display_name:
            self.name.setText(profile.display_name)
            self.organisation.setText(profile.organisation)
            self.team.setText(profile.team or "")
        self.status.setText(text)
        self.data_loaded.emit()

    def _failed(self, message: str, _details: str) -> None:
        self._busy(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.job = None
        self.status.setText(self.tr("Innlastingen stoppet: {0}. Ingenting ble endret.").format(message))

    # -- profile -------------------------------------------------------------------------------------
    def start(self) -> bool:
        for e in self.errors.values():
            e.show_problem("")
        ok = True
        if not self.name.text().strip():
            self.errors["name"].show_problem(self.tr("Skriv navnet ditt."))
            ok = False
        if not self.organisation.text().strip():
            self.errors["organisation"].show_problem(self.tr("Skriv hvilken organisasjon du jobber for."))
            ok = False
        if not ok:
            return False
        write(self.store, set_profile, display_name=self.name.text(),
              organisation=self.organisation.text(), team=self.team.text())
        self.finished.emit()
        return True
