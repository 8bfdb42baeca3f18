"""The files of one record that is not a company (a campaign; an event): a strip of thumbnails
with a "Legg ved …" button, Ctrl+V in the strip (and in the widgets given to `watch`, such as the
list the record is chosen in), files dropped on it, Enter for the viewer. Who may attach is the
service's rule (attachments.attach_refusal), said here before anything is chosen. The company page
has its own (company_files.py), with the visits' and contact persons' files and the timeline."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lpj_desktop.services.attachment_lists import record_files
from lpj_desktop.services.attachments import attach_refusal
from lpj_desktop.services.use import read
from lpj_desktop.store.blobs import LocalBlobs
from lpj_desktop.store.database import Store
from lpj_desktop.ui import shortcuts
from lpj_desktop.ui.attachments import words
from lpj_desktop.ui.attachments.attach_dialog import AttachDialog, Target, choose_files, sources_from_mime
from lpj_desktop.ui.attachments.attach_queue import AttachQueue, FileOutcome, Source
from lpj_desktop.ui.attachments.file_strip import FileListModel, FileStrip
from lpj_desktop.ui.attachments.thumbnails import Thumbnails
from lpj_desktop.ui.attachments.viewer import FetchOriginal, FileViewer


class RecordFiles(QGroupBox):
    """Files of the record set with `show_record`; nothing to do until the window's queue is
    given (`use_queue`). `changed`: files were attached or removed here (the page's counts follow)."""

    changed = Signal()
    say = Signal(str)  # for the status bar

    def __init__(self, store: Store, user_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Vedlegg"), parent)
        self.setObjectName("recordFiles")
        self.store, self.user_id = store, user_id
        self.thumbnails = Thumbnails(LocalBlobs.beside(store.path))
        self.queue: AttachQueue | None = None
        self.fetch_original: FetchOriginal | None = None
        self.entity: str | None = None
        self.record_id: str | None = None
        self.label = ""
        self.refusal: str | None = None  # why the user may not attach here (a service key)
        self.model = FileListModel(self.thumbnails, self)
        self.strip = FileStrip(self.model)
        self.strip.open_file.connect(self.open_at)
        self.strip.paste.connect(self.paste)
        self.none = QLabel(self.tr("Ingen vedlegg ennå."))
        self.none.setWordWrap(True)
        self.attach_button = QPushButton(self.tr("Legg ved …"))
        self.attach_button.setObjectName("recordAttach")
        self.attach_button.clicked.connect(lambda: self.attach())
        row = QHBoxLayout()
        row.addWidget(self.none, 1)
        row.addWidget(self.attach_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.strip)
        layout.addLayout(row)
        self._reread = QTimer(self, singleShot=True, interval=250)
        self._reread.timeout.connect(self._arrived)
        self.setAcceptDrops(True)

    def use_queue(self, queue: AttachQueue, fetch_original: FetchOriginal | None) -> None:
        """The window's attach queue, and how to fetch an original from the server."""
        self.queue, self.fetch_original = queue, fetch_original
        queue.file_done.connect(self._file_done)

    def set_user(self, user_id: str) -> None:
        self.user_id = user_id

    def show_record(self, entity: str | None, record_id: str | None, label: str = "") -> None:
        """Show the files of (entity, record_id); None: no record chosen."""
        self.entity, self.record_id, self.label = entity, record_id, label
        self.refresh()

    def refresh(self) -> None:
        chosen = self.record_id is not None and self.entity is not None
        files = read(self.store, record_files, self.entity, self.record_id) if chosen else []
        self.refusal = (read(self.store, attach_refusal, self.entity, self.record_id, self.user_id)
                        if chosen else None)
        self.model.set_files(files)
        self.setTitle(self.tr("Vedlegg ({0})").format(len(files)) if files else self.tr("Vedlegg"))
        self.strip.setVisible(bool(files))
        may = chosen and self.queue is not None and self.refusal is None
        self.attach_button.setEnabled(may)
        said = words.refused(self.refusal, {}) if self.refusal else ""
        self.attach_button.setToolTip(said or self.tr(
            "Legg ved bilder eller dokumenter ({0}). Du kan også dra filer hit, eller lime inn et "
            "bilde med Ctrl+V.").format(shortcuts.shortcut("attach").shown()))
        self.none.setText(said if said and not files else self.tr("Ingen vedlegg ennå."))
        self.none.setVisible(not files or bool(said))

    def watch(self, widget: QWidget) -> None:
        """Keys in `widget` (the list the record is chosen in) as on a company's timeline: Ctrl+V
        pastes a picture as this record's file, Space opens its newest file in the viewer."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if QKeySequence(event.keyCombination()) in shortcuts.keys("paste_file"):
                self.paste()
                return True
            if event.key() == Qt.Key.Key_Space and not event.modifiers() and self.model.files:
                self.open_at(0)
                return True
        return super().eventFilter(watched, event)

    def attach(self, sources: list[Source] | None = None) -> AttachDialog | None:
        """The attach form for this record (the file picker first when nothing is given)."""
        if self.record_id is None or self.entity is None or self.queue is None:
            return None
        if self.refusal is not None:
            self.say.emit(words.refused(self.refusal, {}))
            return None
        if sources is None:
            sources = [Source(p.name, path=p) for p in choose_files(self)]
            if not sources:
                return None
        dialog = AttachDialog([Target(self.label, self.entity, self.record_id)], sources, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        queue = self.queue
        dialog.accepted.connect(lambda: queue.add(dialog.request()))
        dialog.open()
        return dialog

    def paste(self) -> None:
        """Ctrl+V: a picture or files from the clipboard, through the attach form."""
        sources = sources_from_mime(QGuiApplication.clipboard().mimeData())
        if not sources:
            self.say.emit(self.tr("Utklippstavlen har ikke noe bilde eller noen fil å legge ved."))
            return
        self.attach(sources)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if self.record_id is not None and (mime.hasUrls() or mime.hasImage()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        sources = sources_from_mime(event.mimeData())
        if sources:
            event.acceptProposedAction()
            # The form opens after the drop has ended (the program the files came from waits
            # for it), as on the company page.
            QTimer.singleShot(0, self, lambda: self.attach(sources))

    def open_at(self, row: int) -> FileViewer | None:
        files = list(self.model.files)
        if not 0 <= row < len(files):
            return None
        viewer = FileViewer(self.store, files, row, user_id=self.user_id, thumbnails=self.thumbnails,
                            fetch_original=self.fetch_original, parent=self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.finished.connect(lambda _r: viewer.removed and self._arrived())
        viewer.open()
        return viewer

    def _file_done(self, outcome: FileOutcome) -> None:
        if outcome.attachment_id is not None and outcome.request.parent_id == self.record_id:
            self._reread.start()

    def _arrived(self) -> None:
        """Files came or went: the strip, then whoever shows counts of them."""
        self.refresh()
        self.changed.emit()
