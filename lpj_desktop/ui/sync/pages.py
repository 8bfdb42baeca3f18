"""The conflicts page and the refused-changes page: what sync needs a person for."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lpj_desktop.services.use import read
from lpj_desktop.store.database import Store
from lpj_desktop.ui.store_writes import RetryQueue
from lpj_desktop.ui.sync import labels
from lpj_desktop.ui.widgets import FieldError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from lpj_desktop.services.sync_conflicts import ConflictProblem, ConflictView
    from lpj_desktop.services.sync_rejections import RejectedChange, RejectionProblem

# The services behind these pages read the sync protocol's records (pydantic, 0.15 s to import):
# they are imported when a page is first filled, after the window is up, not at start-up.


def _conflicts():  # type: ignore[no-untyped-def]
    from lpj_desktop.services import sync_conflicts

    return sync_conflicts


def _rejections():  # type: ignore[no-untyped-def]
    from lpj_desktop.services import sync_rejections

    return sync_rejections


Confirm = Callable[[QWidget, str, str], bool]


def ask(parent: QWidget, title: str, text: str) -> bool:
    """Yes/No with our own words on the buttons (Qt has no Bokmål catalogue)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(labels.translate("SyncLabels", "Ja"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(labels.translate("SyncLabels", "Nei"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes


def _tree(headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.header().setStretchLastSection(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return tree


def _edit_value(example: Any, text: str) -> Any:
    """The typed text as a value of the same kind as the field's values (lists, numbers)."""
    text = text.strip()
    if isinstance(example, list):
        return [p.strip() for p in text.split(",") if p.strip()]
    if isinstance(example, int) and not isinstance(example, bool):
        return int(text) if text else None
    return text or None


class ConflictsPage(QWidget):
    """Conflicts with both values side by side; keep mine, keep theirs, or write the right value."""

    changed = Signal()
    open_company = Signal(str)

    def __init__(self, store: Store, user_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user_id = store, user_id
        self.conflicts: list[ConflictView] = []
        heading = self.tr("Konflikter")  # (lupdate does not see strings inside f-strings)
        title = QLabel(f"<h2>{escape(heading)}</h2>")
        intro = QLabel(self.tr(
            "Det samme feltet ble endret til ulike verdier på to maskiner. Serveren beholdt verdien "
            "som kom fram først. Se på begge og velg hva som skal gjelde; valget sendes ved neste "
            "synkronisering."))
        intro.setWordWrap(True)
        self.empty = QLabel(self.tr("Ingen konflikter å løse."))
        self.empty.setObjectName("conflictsEmpty")
        self.tree = _tree([self.tr("Gjelder"), self.tr("Felt"), self.tr("Din verdi"),
                           self.tr("Den andre verdien")])
        self.tree.setObjectName("conflictList")
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())

        self.detail = QGroupBox(self.tr("Velg verdi"))
        self.detail.setObjectName("conflictDetail")
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.mine_label, self.theirs_label = QLabel(), QLabel()
        self.mine_value, self.theirs_value = QLabel(), QLabel()
        for v in (self.mine_value, self.theirs_value):
            v.setWordWrap(True)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            v.setStyleSheet("QLabel { font-weight: bold; }")
        self.keep_mine = QPushButton(self.tr("Behold &min"))
        self.keep_mine.setObjectName("keepMine")
        self.keep_theirs = QPushButton(self.tr("Behold &den andre"))
        self.keep_theirs.setObjectName("keepTheirs")
        self.edit = QLineEdit()
        self.edit.setObjectName("conflictEdit")
        self.edit.setPlaceholderText(self.tr("Eller skriv riktig verdi her"))
        self.use_edit = QPushButton(self.tr("&Bruk denne"))
        self.use_edit.setObjectName("useEdited")
        self.edit.returnPressed.connect(self.use_edit.click)
        self.error = FieldError()
        self.writes = RetryQueue(self)  # waits its turn while the sync holds the store
        self.open_button = QPushButton(self.tr("Åpne bedriften"))
        self.open_button.setObjectName("openConflictCompany")
        grid = QGridLayout(self.detail)
        grid.addWidget(self.what, 0, 0, 1, 3)
        grid.addWidget(self.mine_label, 1, 0)
        grid.addWidget(self.mine_value, 1, 1)
        grid.addWidget(self.keep_mine, 1, 2)
        grid.addWidget(self.theirs_label, 2, 0)
        grid.addWidget(self.theirs_value, 2, 1)
        grid.addWidget(self.keep_theirs, 2, 2)
        grid.addWidget(QLabel(self.tr("Annen verdi:")), 3, 0)
        grid.addWidget(self.edit, 3, 1)
        grid.addWidget(self.use_edit, 3, 2)
        grid.addWidget(self.error, 4, 1, 1, 2)
        grid.addWidget(self.open_button, 5, 0)
        grid.setColumnStretch(1, 1)
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.use_edit.clicked.connect(lambda: self.resolve("edited"))
        self.open_button.clicked.connect(self._open_company)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)  # empty: the words at the top
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)

    def set_user(self, user_id: str) -> None:
        """The user changed (the first login gives the server's id): save in the new one's name."""
        self.user_id = user_id

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.refresh()  # conflicts pulled in an earlier session are there from the first look
        super().showEvent(event)

    def refresh(self) -> None:
        """Reload the list, keeping the selected conflict selected."""
        keep = self.current().id if self.current() else None
        self.conflicts = read(self.store, _conflicts().open_conflicts, self.user_id)
        self.tree.clear()
        for c in self.conflicts:
            item = QTreeWidgetItem([
                labels.record_words(c.record), labels.field_label(c.record.entity, c.field),
                labels.value_words(c.record.entity, c.field, c.mine),
                labels.value_words(c.record.entity, c.field, c.theirs),
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, c.id)
            self.tree.addTopLevelItem(item)
            if c.id == keep:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        has = bool(self.conflicts)
        self.empty.setVisible(not has)
        self.tree.setVisible(has)
        self.detail.setVisible(has)
        self._show_current()

    def current(self) -> ConflictView | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        cid = item.data(0, Qt.ItemDataRole.UserRole)
        return next((c for c in self.conflicts if c.id == cid), None)

    def _show_current(self) -> None:
        c = self.current()
        self.error.show_problem("")
        if c is None:
            return
        entity = c.record.entity
        field = labels.field_label(entity, c.field)
        self.what.setText(self.tr("{0}: feltet «{1}»").format(labels.record_words(c.record), field))
        stored = self.tr(" (lagret nå)")
        self.mine_label.setText(self.tr("Din verdi") + (stored if c.stored_is_mine else "") + ":")
        other = c.theirs_by or self.tr("en annen")
        self.theirs_label.setText(
            self.tr("Fra {0}").format(other) + ("" if c.stored_is_mine else stored) + ":")
        self.mine_value.setText(labels.value_words(entity, c.field, c.mine))
        self.theirs_value.setText(labels.value_words(entity, c.field, c.theirs))
        example = c.mine if c.mine is not None else c.theirs
        self.edit.setText(labels.value_words(entity, c.field, example) if isinstance(example, list | str) else
                          "" if example is None else str(example))
        self.open_button.setVisible(bool(c.record.company_id))

    def resolve(self, choice: str) -> bool:
        c = self.current()
        if c is None:
            return False
        value = None
        if choice == "edited":
            example = c.mine if c.mine is not None else c.theirs
            try:
                value = _edit_value(example, self.edit.text())
            except ValueError:
                self.error.show_problem(self.tr("Skriv et tall."))
                return False
        conflict_id = c.id

        def refused(e: ConflictProblem) -> None:
            self.error.show_problem({
                "value_missing": self.tr("Feltet kan ikke være tomt."),
                "resolved": self.tr("Konflikten er allerede løst."),
                "unknown": self.tr("Konflikten finnes ikke lenger."),
            }.get(e.key, e.key))
            self.refresh()

        def done(_result: object) -> None:
            self.refresh()
            self.changed.emit()

        conflicts = _conflicts()
        return self.writes.write(
            self.store,
            lambda s: conflicts.resolve_conflict(s, conflict_id, choice, value, user_id=self.user_id),
            say=self.error.show_problem, done=done, refusals=(conflicts.ConflictProblem,), refused=refused)

    def _open_company(self) -> None:
        c = self.current()
        if c is not None and c.record.company_id:
            self.open_company.emit(c.record.company_id)


class RejectionsPage(QWidget):
    """Changes the server refused, with its reason: open the record to fix it, send it again, or
    discard it (the record goes back to what the server has)."""

    changed = Signal()
    open_company = Signal(str)
    open_visit = Signal(str)  # a refused visit: its form, to correct it

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.confirm: Confirm = ask
        self.rows: list[RejectedChange] = []
        heading = self.tr("Avviste endringer")
        title = QLabel(f"<h2>{escape(heading)}</h2>")
        intro = QLabel(self.tr(
            "Serveren tok ikke imot disse endringene. De andre endringene dine er sendt som vanlig. "
            "Rett opp og send på nytt, eller forkast endringen."))
        intro.setWordWrap(True)
        self.empty = QLabel(self.tr("Ingen avviste endringer."))
        self.empty.setObjectName("rejectionsEmpty")
        self.tree = _tree([self.tr("Når"), self.tr("Endring"), self.tr("Gjelder"), self.tr("Grunn")])
        self.tree.setObjectName("rejectionList")
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.reason = QLabel()
        self.reason.setObjectName("rejectionReason")
        self.reason.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Åpne for å rette"))
        self.open_button.setObjectName("openRejected")
        self.resend_button = QPushButton(self.tr("Send på &nytt"))
        self.resend_button.setObjectName("resendRejected")
        self.discard_button = QPushButton(self.tr("&Forkast …"))
        self.discard_button.setObjectName("discardRejected")
        self.message = FieldError()
        self.writes = RetryQueue(self)  # waits its turn while the sync holds the store
        self.open_button.clicked.connect(self._open)
        self.resend_button.clicked.connect(self.resend_current)
        self.discard_button.clicked.connect(self.discard_current)
        buttons = QHBoxLayout()
        for b in (self.open_button, self.resend_button, self.discard_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)  # empty: the words at the top
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        keep = self.current().mutation_id if self.current() else None
        self.rows = read(self.store, _rejections().rejected_changes)
        self.tree.clear()
        for r in self.rows:
            entity = r.record.entity
            item = QTreeWidgetItem([
                labels.fmt_when(r.made_at), labels.change_label(r.name, entity),
                labels.record_words(r.record), labels.reason(r.error_code, ""),
            ])
            item.setToolTip(3, labels.server_text(r.reason))
            item.setData(0, Qt.ItemDataRole.UserRole, r.mutation_id)
            self.tree.addTopLevelItem(item)
            if r.mutation_id == keep:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        has = bool(self.rows)
        self.empty.setVisible(not has)
        self.tree.setVisible(has)
        self._update_buttons()

    def current(self) -> RejectedChange | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        mid = item.data(0, Qt.ItemDataRole.UserRole)
        return next((r for r in self.rows if r.mutation_id == mid), None)

    def _update_buttons(self) -> None:
        r = self.current()
        for b in (self.open_button, self.resend_button, self.discard_button):
            b.setVisible(r is not None)
        self.reason.setVisible(r is not None)
        if r is None:
            return
        self.message.show_problem("")
        self.reason.setText(self._detail(r))
        self.open_button.setEnabled(bool(r.record.company_id))
        self.resend_button.setEnabled(r.can_resend)

    def _detail(self, r: RejectedChange) -> str:
        entity = r.record.entity
        values = "; ".join(f"{labels.field_label(entity, k)}: {labels.value_words(entity, k, v)}"
                           for k, v in r.fields.items() if r.name == "update")
        text = self.tr("Grunn: {0}").format(labels.reason(r.error_code, r.reason))
        if r.reason:
            text += "\n" + labels.server_text(r.reason)
        if not r.can_resend:
            text += "\n" + self.tr("Dette kan ikke rettes her; forkast endringen.")
        return text + ("\n" + self.tr("Endringen var: {0}").format(values) if values else "")

    def _open(self) -> None:
        """The refused record itself where it has a form (a visit opens in its own form, to be
        corrected and sent again); otherwise its company."""
        r = self.current()
        if r is None:
            return
        if r.record.entity == "visit" and r.record.exists and r.name != "delete":
            self.open_visit.emit(r.record.record_id)
        elif r.record.company_id:
            self.open_company.emit(r.record.company_id)

    def resend_current(self) -> bool:
        r = self.current()
        if r is None:
            return False
        return self._write(lambda s: _rejections().resend_rejected(s, r.mutation_id))

    def discard_current(self) -> bool:
        r = self.current()
        if r is None:
            return False
        what = labels.record_words(r.record)
        consequence = {
            "create": self.tr("«{0}» kom aldri fram til serveren og blir fjernet fra denne maskinen."),
            "update": self.tr("Feltene i «{0}» får tilbake verdiene serveren har."),
            "delete": self.tr("«{0}» blir ikke slettet likevel og vises igjen."),
            "resolve": self.tr("Konflikten om «{0}» blir åpen igjen, så du kan velge på nytt."),
        }.get(r.name, "{0}").format(what)
        if not self.confirm(self, self.tr("Forkast endringen?"), consequence):
            return False
        return self._write(lambda s: _rejections().discard_rejected(s, r.mutation_id))

    def _write(self, change: Callable[[Session], object]) -> bool:
        """True when written now; False when refused, or waiting for the sync (written a moment
        later)."""
        def done(_result: object) -> None:
            self.refresh()
            self.changed.emit()

        return self.writes.write(
            self.store, change, say=self.message.show_problem, done=done,
            refusals=(_rejections().RejectionProblem,),
            refused=lambda e: self.message.show_problem(self._problem(e)))

    def _problem(self, e: RejectionProblem) -> str:
        if e.key == "in_use":
            return self.tr("Andre oppføringer (%n) peker på denne. Forkast dem først, eller rett den og "
                           "send på nytt.", "", e.count)
        if e.key == "record_missing":
            return self.tr("Oppføringen finnes ikke lenger på denne maskinen; endringen kan bare "
                           "forkastes.")
        return self.tr("Endringen er ikke avvist lenger.")
