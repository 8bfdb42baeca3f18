"""Handing work over: move a hunter's companies and open follow-ups to one or several other hunters
(all, or only in chosen municipalities), see what would move before doing it, and undo a handover.

Keyboard first: every field has an Alt-letter; the lists are ticked with Space; the counts follow
the choices as they are made; the handover and the undo run in the background with a progress
dialog that can cancel (a cancelled handover changes nothing).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from lpj_desktop.domain.when import fmt_datetime
from lpj_desktop.services.handover import (
    HandoverDone,
    HandoverError,
    HandoverPlan,
    NotUndone,
    UndoDone,
    hand_over,
    hunter_municipalities,
    plan_handover,
    recent_handovers,
    undo_handover,
)
from lpj_desktop.services.history import people
from lpj_desktop.services.lookups import receivers
from lpj_desktop.services.use import read, write
from lpj_desktop.ui.staff.base import StaffPage
from lpj_desktop.ui.staff.charts import fmt_number

# The counts are worked out again this long after the last change of a choice (a burst of Space
# presses in the lists asks once).
PLAN_DELAY_MS = 150
# The most "not undone" lines listed on the page; the rest are counted.
LISTED = 12


class HandoverPage(StaffPage):
    changed = Signal()  # data was written (the main window's other pages may refresh)
    plan_ready = Signal()  # the counts for the current choice are shown (tests wait for it)
    finished = Signal(str)  # "handover" or "undo", once its message is shown

    def build(self) -> None:
        self.plan: HandoverPlan | None = None
        self._plan_job: Any = None
        self._plan_pending = False
        self.giver = QComboBox()
        self.receivers = QListWidget()
        self.municipalities = QListWidget()
        for box in (self.receivers, self.municipalities):
            box.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.receivers.setAccessibleName(self.tr("Mottakere"))
        self.municipalities.setAccessibleName(self.tr("Kommuner"))
        self.summary = QLabel()
        self.summary.setObjectName("handoverSummary")
        self.summary.setWordWrap(True)
        self.shares = QTableWidget(0, 4)
        self.shares.setHorizontalHeaderLabels([self.tr("Mottaker"), self.tr("Bedrifter"),
                                               self.tr("Oppfølginger"), self.tr("Kampanjemottakere")])
        self.shares.verticalHeader().setVisible(False)
        self.shares.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shares.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The name takes what the counts leave; the counts as wide as their headings.
        self.shares.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.shares.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.run_button = QPushButton(self.tr("&Overfør"))
        self.run_button.setEnabled(False)
        self.message = QLabel()
        self.message.setObjectName("handoverMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        giver_label = QLabel(self.tr("Fra &læreplassjeger"))
        giver_label.setBuddy(self.giver)
        receivers_label = QLabel(self.tr("Til (&mottakere: kryss av med mellomrom; flere deler likt)"))
        receivers_label.setBuddy(self.receivers)
        munis_label = QLabel(self.tr("&Kommuner (ingen avkrysset: alle)"))
        munis_label.setBuddy(self.municipalities)
        form = QFormLayout()
        form.addRow(giver_label, self.giver)
        form.addRow(receivers_label)
        form.addRow(self.receivers)
        form.addRow(munis_label)
        form.addRow(self.municipalities)
        form.addRow(self.summary)
        form.addRow(self.shares)
        form.addRow(self.run_button)
        form.addRow(self.message)
        form_box = QGroupBox(self.tr("Overfør arbeid"))
        form_box.setLayout(form)

        self.history = QTableWidget(0, 7)
        self.history.setHorizontalHeaderLabels([self.tr("Tidspunkt"), self.tr("Fra"), self.tr("Til"),
                                                self.tr("Bedrifter"), self.tr("Oppfølginger"), self.tr("Av"),
                                                self.tr("Merknad")])
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Every column as wide as it needs but the receivers (the longest, cut with "…" and whole
        # in the tooltip), so the note column stays in view on a laptop screen.
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.history.setWordWrap(False)
        history_label = QLabel(self.tr("&Siste overføringer"))
        history_label.setBuddy(self.history)
        self.undo_button = QPushButton(self.tr("&Angre valgt overføring"))
        self.undo_button.setEnabled(False)
        self.undo_result = QLabel()
        self.undo_result.setObjectName("undoResult")
        self.undo_result.setWordWrap(True)
        self.undo_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QVBoxLayout()
        right.addWidget(history_label)
        right.addWidget(self.history, 1)
        right.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.undo_result)

        layout = QHBoxLayout(self)
        layout.addWidget(form_box, 1)
        layout.addLayout(right, 1)

        self._plan_timer = QTimer(self)
        self._plan_timer.setSingleShot(True)
        self._plan_timer.setInterval(PLAN_DELAY_MS)
        self._plan_timer.timeout.connect(self._plan)
        self.giver.currentIndexChanged.connect(self._giver_changed)
        self.receivers.itemChanged.connect(lambda _item: self._plan_timer.start())
        self.municipalities.itemChanged.connect(lambda _item: self._plan_timer.start())
        self.run_button.clicked.connect(self.start_handover)
        self.history.itemSelectionChanged.connect(self._history_selected)
        self.undo_button.clicked.connect(self.undo_selected)

    # --- reading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.locked:
            return
        self.loaded = True
        chosen = self.giver.currentData()
        self.giver.blockSignals(True)
        self.giver.clear()
        self._people = read(self.store, people)
        self._here = {c.value for c in read(self.store, receivers)}  # who may be given work
        for p in self._people:
            # Those who have left are givers above all; they are named so.
            gone = "" if p.id in self._here else " – " + self.tr("har sluttet")
            self.giver.addItem(p.name + (f" ({p.team})" if p.team else "") + gone, p.id)
        self.giver.setCurrentIndex(max(0, self.giver.findData(chosen)))
        self.giver.blockSignals(False)
        self._giver_changed()
        self._fill_history()

    def _giver_changed(self, *_: object) -> None:
        giver = self.giver.currentData()
        ticked = set(self.receiver_ids())
        self.receivers.blockSignals(True)
        self.receivers.clear()
        for p in self._people:
            if p.id == giver or p.id not in self._here:
                continue  # nobody who has left is offered work (the service and server refuse it)
            item = QListWidgetItem(p.name + (f" ({p.team})" if p.team else ""))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in ticked else Qt.CheckState.Unchecked)
            self.receivers.addItem(item)
        self.receivers.setCurrentRow(0)
        self.receivers.blockSignals(False)
        self.municipalities.blockSignals(True)
        self.municipalities.clear()
        if giver:
            for m in read(self.store, hunter_municipalities, giver):
                item = QListWidgetItem(self.tr("{0} ({1}, {2})").format(
                    m.label, self.companies_text(m.companies), self.followups_text(m.followups)))
                item.setData(Qt.ItemDataRole.UserRole, m.number)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.municipalities.addItem(item)
        self.municipalities.setCurrentRow(0)
        self.municipalities.blockSignals(False)
        self._plan_timer.start()

    @staticmethod
    def _ticked(box: QListWidget) -> list[str]:
        return [box.item(i).data(Qt.ItemDataRole.UserRole) for i in range(box.count())
                if box.item(i).checkState() == Qt.CheckState.Checked]

    def receiver_ids(self) -> list[str]:
        """The receivers ticked, in list order."""
        return self._ticked(self.receivers)

    def municipality_numbers(self) -> list[str]:
        """The municipalities ticked (none: all)."""
        return self._ticked(self.municipalities)

    def _plan(self) -> None:
        """Count what the current choice would move, in the background (a hunter with thousands of
        companies takes more than a frame)."""
        self.run_button.setEnabled(False)
        giver, to_ids = self.giver.currentData(), self.receiver_ids()
        if not giver or not to_ids:
            self.plan = None
            self.summary.setText(self.tr("Velg hvem som gir fra seg arbeidet, og kryss av minst én "
                                         "mottaker."))
            self.shares.setRowCount(0)
            self.plan_ready.emit()
            return
        if self._plan_job is not None:  # one count at a time; the newest choice is counted next
            self._plan_pending = True
            return
        munis = self.municipality_numbers()

        def count(progress: Any = None) -> HandoverPlan | HandoverError:
            try:
                return read(self.store, plan_handover, giver, to_ids, munis)
            except HandoverError as exc:  # shown in words by _planned
                return exc

        self.summary.setText(self.tr("Teller …"))
        self._plan_job = self.run_in_background(self.tr("Teller"), count, on_done=self._planned, dialog=False)

    def _planned(self, result: HandoverPlan | HandoverError) -> None:
        self._plan_job = None
        if self._plan_pending:
            self._plan_pending = False
            self._plan()
            return
        if isinstance(result, HandoverError):
            self.plan = None
            self.summary.setText(self.problem(result))
            self.shares.setRowCount(0)
            self.plan_ready.emit()
            return
        self.plan = result
        if not result.items:
            self.summary.setText(self.tr("{0} har ingen bedrifter eller åpne oppfølginger å overføre "
                                         "her.").format(result.from_name))
            self.shares.setRowCount(0)
            self.run_button.setText(self.tr("&Overfør"))
            self.plan_ready.emit()
            return
        self.summary.setText(self.tr("{0}, {1} og {2} flyttes fra {3}.").format(
            self.companies_text(result.companies), self.followups_text(result.followups, open_=True),
            self.targets_text(result.targets), result.from_name))
        self.shares.setRowCount(len(result.shares))
        for r, share in enumerate(result.shares):
            for c, text in enumerate((share.name, fmt_number(share.companies), fmt_number(share.followups),
                                      fmt_number(share.targets))):
                self.shares.setItem(r, c, QTableWidgetItem(text))
        self.run_button.setEnabled(bool(result.items))
        self.run_button.setText(self.tr("&Overfør {0} og {1}").format(
            self.companies_text(result.companies), self.followups_text(result.followups)))
        self.plan_ready.emit()

    def _fill_history(self) -> None:
        self.batches = read(self.store, recent_handovers)
        self.history.setRowCount(len(self.batches))
        for r, b in enumerate(self.batches):
            note = (self.tr("angring") if b.undoes else self.tr("angret") if b.undone else "")
            cells = (fmt_datetime(b.moved_at), ", ".join(b.from_names), ", ".join(b.to_names),
                     fmt_number(b.companies), fmt_number(b.followups), b.by_name, note)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(r, c, item)
        self._history_selected()

    def _history_selected(self) -> None:
        rows = self.history.selectionModel().selectedRows()
        batch = self.batches[rows[0].row()] if rows else None
        self.undo_button.setEnabled(batch is not None and not batch.undoes and not batch.undone)

    # --- doing --------------------------------------------------------------------------------

    def start_handover(self) -> None:
        """Hand over what the counts show, in the background with a progress dialog."""
        if self.plan is None or not self.plan.items:
            return
        giver, to_ids, munis = self.giver.currentData(), self.receiver_ids(), self.municipality_numbers()
        self.run_button.setEnabled(False)
        self.message.setText(self.tr("Overfører …"))

        def work(progress: Any) -> HandoverDone | HandoverError:
            try:
                return write(self.store, hand_over, giver, to_ids, munis, progress=progress)
            except HandoverError as exc:  # shown in words by _handed_over
                return exc

        self.run_in_background(self.tr("Overfører arbeid …"), work, on_done=self._handed_over)

    def _handed_over(self, result: HandoverDone | HandoverError) -> None:
        if isinstance(result, HandoverError):
            self.message.setText(self.problem(result))
        else:
            names = ", ".join(s.name for s in result.shares)
            self.message.setText(self.tr(
                "Overført {0} og {1} til {2}. Endringene sendes ved neste synkronisering. Angre med "
                "«Angre valgt overføring» (Alt+A).").format(
                    self.companies_text(result.companies), self.followups_text(result.followups, open_=True),
                    names))
            self.changed.emit()
        self._giver_changed()
        self._fill_history()
        if not isinstance(result, HandoverError):
            self.history.selectRow(0)
        self.finished.emit("handover")

    def undo_selected(self) -> None:
        """Undo the handover chosen in the list, in the background."""
        rows = self.history.selectionModel().selectedRows()
        if not rows:
            return
        batch = self.batches[rows[0].row()]
        self.undo_button.setEnabled(False)
        self.undo_result.setText(self.tr("Angrer …"))

        def work(progress: Any) -> UndoDone | HandoverError:
            try:
                return write(self.store, undo_handover, batch.batch_id, progress=progress)
            except HandoverError as exc:  # shown in words by _undone
                return exc

        self.run_in_background(self.tr("Angrer overføringen …"), work, on_done=self._undone)

    def _undone(self, result: UndoDone | HandoverError) -> None:
        if isinstance(result, HandoverError):
            self.undo_result.setText(self.problem(result))
        else:
            lines = [self.tr("Angret: {0} og {1} er flyttet tilbake.").format(
                self.companies_text(result.companies), self.followups_text(result.followups))]
            if result.not_undone:
                lines.append(self.tr("{0} ble latt være fordi noen har endret dem siden:").format(
                    fmt_number(len(result.not_undone))))
                lines.extend("• " + self.not_undone_text(n) for n in result.not_undone[:LISTED])
                if len(result.not_undone) > LISTED:
                    lines.append(self.tr("… og {0} til.").format(fmt_number(len(result.not_undone) - LISTED)))
            self.undo_result.setText("\n".join(lines))
            self.changed.emit()
        self._giver_changed()
        self._fill_history()
        self.finished.emit("undo")

    # --- words --------------------------------------------------------------------------------
    # Singular and plural as strings of their own: the source language (Bokmål) has no catalogue
    # to choose a plural form from.

    def companies_text(self, n: int) -> str:
        return self.tr("1 bedrift") if n == 1 else self.tr("{0} bedrifter").format(fmt_number(n))

    def followups_text(self, n: int, *, open_: bool = False) -> str:
        if open_:
            return (self.tr("1 åpen oppfølging") if n == 1
                    else self.tr("{0} åpne oppfølginger").format(fmt_number(n)))
        return self.tr("1 oppfølging") if n == 1 else self.tr("{0} oppfølginger").format(fmt_number(n))

    def targets_text(self, n: int) -> str:
        return (self.tr("1 kampanjemottaker") if n == 1
                else self.tr("{0} kampanjemottakere").format(fmt_number(n)))

    def not_undone_text(self, n: NotUndone) -> str:
        """One thing an undo left alone, and why, in words."""
        who = n.now_with_name or self.tr("en annen")
        reasons = {
            "deleted": self.tr("er slettet"),
            "owner_changed": self.tr("er gitt videre til {0} siden").format(who),
            "reassigned": self.tr("er gitt videre til {0} siden").format(who),
            "done": self.tr("er utført siden"),
            "cancelled": self.tr("er avlyst siden"),
            "already_back": self.tr("er allerede tilbake"),
            "giver_inactive": self.tr("blir hos {0}: den det kom fra, har sluttet").format(who),
        }
        reason = reasons.get(n.reason, n.reason)
        if n.kind == "company":
            return self.tr("Bedriften «{0}» {1}").format(n.title, reason)
        return self.tr("Oppfølgingen «{0}» hos {1} {2}").format(n.title, n.company_name, reason)

    def problem(self, exc: HandoverError) -> str:
        """A refused handover or undo in words."""
        table = {
            "staff_only": self.tr("Bare ansatte og administratorer kan overføre arbeid."),
            "unknown_user": self.tr("Læreplassjegeren finnes ikke i denne databasen."),
            "no_receivers": self.tr("Kryss av minst én læreplassjeger som skal overta."),
            "receiver_is_giver": self.tr("Den som gir fra seg arbeidet, kan ikke også være mottaker."),
            "receiver_inactive": self.tr(
                "{0} har sluttet (kontoen er deaktivert) og kan ikke overta arbeid.").format(exc.detail),
            "unknown_municipality": self.tr("Ukjent kommune: {0}.").format(exc.detail),
            "nothing_to_move": self.tr("Det er ingen bedrifter eller åpne oppfølginger å overføre her."),
            "cancelled": self.tr("Overføringen ble avbrutt; ingenting er endret."),
            "batch_unknown": self.tr("Fant ikke overføringen."),
            "already_undone": self.tr("Denne overføringen er allerede angret."),
            "undo_of_undo": self.tr("En angring kan ikke angres. Gjør en ny overføring i stedet."),
        }
        return table.get(exc.key, str(exc))
