"""The events (arrangementer): a market day, a speed-dating with students, a business meeting, each
recorded once with the companies that were there (ui/event_dialog.py). The list, newest first;
the chosen event's facts, the companies present (Enter opens one) and its files (the same strip as
a campaign's: ui/attachments/record_files.py)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lpj_desktop.domain.when import fmt_datetime
from lpj_desktop.services.events import EventDetails, EventRow, event_details, event_list
from lpj_desktop.services.use import read
from lpj_desktop.services.visits import InvalidVisit, delete_event
from lpj_desktop.store.database import Store
from lpj_desktop.ui import labels, shortcuts
from lpj_desktop.ui.attachments.attach_dialog import sources_from_mime
from lpj_desktop.ui.attachments.record_files import RecordFiles
from lpj_desktop.ui.roles import ROLE_ID
from lpj_desktop.ui.store_writes import RetryQueue

translate = QCoreApplication.translate


class EventListModel(QAbstractListModel):
    """Events as rows: the name, then kind · when · who · companies · files."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[EventRow] = []

    def set_rows(self, rows: list[EventRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, event_id: str | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == event_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{r.name}\n{facts_line(r)}"
        if role == ROLE_ID:
            return r.id
        return None


def facts_line(r: EventRow) -> str:
    """Kind · when · who recorded it · how many companies · how many files."""
    parts = [labels.event_kind(r.kind), fmt_datetime(r.occurred_at)]
    if r.hunter:
        parts.append(r.hunter)
    parts.append(translate("EventsPage", "%n bedrift(er)", "", r.companies))
    if r.files:
        parts.append(translate("EventsPage", "%n vedlegg", "", r.files))
    return " · ".join(parts)


class EventsPage(QWidget):
    """The events on this laptop (the user's and, for staff and teams, others' they sync)."""

    open_company = Signal(str)
    edit_event = Signal(str)  # its author asks to correct it: the window opens the form
    changed = Signal()  # an event was deleted here
    said = Signal(str)  # what the status bar says after it

    def __init__(self, store: Store, user_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user_id = store, user_id
        self.event_id: str | None = None
        self._filling = False
        self.model = EventListModel(self)
        self.list = QListView()
        self.list.setObjectName("eventList")
        self.list.setModel(self.model)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        # Two lines a row, wrapped to the list's width: the counts at the end of the second line
        # were cut off behind a sideways scroll bar at 1366 × 768.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.selectionModel().currentChanged.connect(self._chosen)
        self.empty = QLabel(self.tr("Ingen arrangementer ennå. Registrer et med {0}.")
                            .format(shortcuts.shortcut("new_event").shown()))
        self.empty.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("eventMessage")
        self.message.setWordWrap(True)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Arrangementer"))
        big = QFont(heading.font())
        big.setBold(True)
        heading.setFont(big)
        ll.addWidget(heading)
        ll.addWidget(self.list, 1)
        ll.addWidget(self.empty)
        ll.addWidget(self.message)  # here, not with the details: a deleted event takes those away

        self.title = QLabel()
        self.title.setObjectName("eventTitle")
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName("eventFacts")
        self.facts.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setObjectName("eventNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.companies = QListWidget()
        self.companies.setObjectName("eventCompaniesPresent")
        self.companies.setToolTip(self.tr("Enter åpner bedriften"))
        self.companies.itemActivated.connect(lambda item: self.open_company.emit(item.data(ROLE_ID)))
        present = QGroupBox(self.tr("Bedrifter til stede"))
        QVBoxLayout(present).addWidget(self.companies)
        # The event's own files: the flyer handed out, photos of the stand, the list of pupils'
        # interests. The window gives the strip its queue (main_window.py).
        self.files = RecordFiles(store, user_id)
        self.files.watch(self.list)
        # Only its author corrects or deletes an event (the server's owned policy); others see
        # no buttons rather than a refusal afterwards.
        self.edit_button = QPushButton(self.tr("&Endre…"))
        self.edit_button.setObjectName("editEvent")
        self.edit_button.clicked.connect(lambda: self.event_id and self.edit_event.emit(self.event_id))
        self.delete_button = QPushButton(self.tr("&Slett…"))
        self.delete_button.setObjectName("deleteEvent")
        self.delete_button.clicked.connect(self.delete_chosen)
        self.writes = RetryQueue(self)
        own = QHBoxLayout()
        own.addWidget(self.edit_button)
        own.addWidget(self.delete_button)
        own.addStretch(1)

        self.details = QWidget()
        dl = QVBoxLayout(self.details)
        dl.addWidget(self.title)
        dl.addWidget(self.facts)
        dl.addLayout(own)
        dl.addWidget(self.notes)
        dl.addWidget(self.files)
        dl.addWidget(present, 1)
        scroll = QScrollArea()
        scroll.setWidget(self.details)
        scroll.setWidgetResizable(True)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([420, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.setAcceptDrops(True)
        self.files.changed.connect(self._files_changed)
        self._show(None)
        # Filled by refresh() when the page is first shown (the main window asks), not at start-up.

    def set_user(self, user_id: str) -> None:
        """The user changed (the first login gives the server's id)."""
        self.user_id = user_id
        self.files.set_user(user_id)
        self._show(self.event_id)

    def take_focus(self) -> None:
        """Where a person starts: the list of events."""
        self.list.setFocus()

    def refresh(self) -> None:
        """Read the events again, keeping the one chosen (the newest when none is)."""
        keep = self.event_id
        self.model.set_rows(read(self.store, event_list))
        self.empty.setVisible(not self.model.rows)
        row = self.model.row_of(keep)
        if row < 0 and self.model.rows:
            row = 0
        if row >= 0:
            self._filling = True  # shown once, below
            try:
                self.list.setCurrentIndex(self.model.index(row))
            finally:
                self._filling = False
        self._show(self.model.rows[row].id if row >= 0 else None)

    def select_event(self, event_id: str) -> None:
        """Choose the event with this id in the list (and show it)."""
        row = self.model.row_of(event_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def attach_files(self) -> None:
        """Ctrl+Shift+A on this page: files for the event chosen."""
        self.files.attach()

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        event_id = current.data(ROLE_ID) if current.isValid() else None
        if event_id != self.event_id and not self._filling:
            self._show(event_id)

    def _show(self, event_id: str | None) -> None:
        details: EventDetails | None = read(self.store, event_details, event_id) if event_id else None
        self.event_id = details.row.id if details else None
        self.details.setVisible(details is not None)
        if details is None:
            self.files.show_record(None, None)
            self.companies.clear()
            return
        r = details.row
        for button in (self.edit_button, self.delete_button):
            button.setVisible(r.hunter_id == self.user_id)
        self.title.setText(r.name)
        self.facts.setText(facts_line(r))
        self.notes.setText(details.notes)
        self.notes.setVisible(bool(details.notes))
        self.companies.clear()
        for company_id, name in details.companies:
            item = QListWidgetItem(name)
            item.setData(ROLE_ID, company_id)
            self.companies.addItem(item)
        self.files.show_record("event", r.id, self.tr("Arrangementet {0}").format(r.name))

    def delete_chosen(self) -> None:
        """Delete the event shown, after asking: its visits go from every company's timeline."""
        details = read(self.store, event_details, self.event_id) if self.event_id else None
        if details is None:
            return
        r = details.row
        answer = QMessageBox.question(
            self, self.tr("Slette arrangementet?"),
            # Said the same in the demo, where nothing is sent: no word of sync here.
            self.tr("«{0}» slettes, med besøket hos %n bedrift(er) og vedleggene. Det kan ikke "
                    "angres. Vil du fortsette?", "", r.companies).format(r.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)  # Enter keeps the event: a deletion is asked for by Alt+J
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_now(r.id)

    def delete_now(self, event_id: str) -> None:
        """Delete without asking (the question was answered)."""
        def done(visits: int) -> None:
            self.message.setText(self.tr("Arrangementet er slettet (%n besøk).", "", visits))
            self.said.emit(self.message.text())  # not "lagret" from the save before
            self.event_id = None
            self.refresh()
            self.list.setFocus()
            self.changed.emit()

        self.message.clear()
        self.writes.write(self.store, partial(delete_event, event_id=event_id, user_id=self.user_id),
                          say=self.message.setText, done=done, refusals=(InvalidVisit,),
                          refused=lambda e: self.message.setText(labels.problem_of(e)))

    def _files_changed(self) -> None:
        """Files came or went on the event shown: its row's count follows (the list is short)."""
        rows = read(self.store, event_list)
        if [r.id for r in rows] == [r.id for r in self.model.rows]:
            for i, r in enumerate(rows):
                if r != self.model.rows[i]:
                    self.model.rows[i] = r
                    index = self.model.index(i)
                    self.model.dataChanged.emit(index, index)
            chosen = self.model.rows[self.model.row_of(self.event_id)] if self.event_id else None
            if chosen is not None:
                self.facts.setText(facts_line(chosen))
        else:
            self.refresh()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.event_id and (event.mimeData().hasUrls() or event.mimeData().hasImage()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        event.acceptProposedAction()
        sources = sources_from_mime(event.mimeData())
        if sources:
            QTimer.singleShot(0, self, lambda: self.files.attach(sources))
