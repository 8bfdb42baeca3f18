"""The company page's files: the strip of thumbnails, and the ways a file gets attached there
(the "Legg ved" button and Ctrl+Shift+A, Ctrl+V in the timeline or the strip, files dropped on
the page) and opened (Enter in the strip, Space on a timeline entry with files)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QGroupBox, QMessageBox, QVBoxLayout

from lpj_desktop.domain.when import fmt_datetime
from lpj_desktop.services.attachment_lists import AttachedFile, company_files, remove_file
from lpj_desktop.services.attachments import AttachmentRefused, attach_refusal
from lpj_desktop.services.use import quick_write, read
from lpj_desktop.store.blobs import LocalBlobs
from lpj_desktop.store.database import StoreBusy
from lpj_desktop.ui import shortcuts
from lpj_desktop.ui.attachments import words
from lpj_desktop.ui.attachments.attach_dialog import AttachDialog, Target, choose_files, sources_from_mime
from lpj_desktop.ui.attachments.attach_queue import AttachQueue, AttachRequest, FileOutcome, Source
from lpj_desktop.ui.attachments.file_strip import FileListModel, FileStrip
from lpj_desktop.ui.attachments.thumbnails import Thumbnails
from lpj_desktop.ui.attachments.viewer import FetchOriginal, FileViewer
from lpj_desktop.ui.roles import ROLE_FILES, ROLE_KIND


class CompanyFiles(QObject):
    """Files of the company shown on `page` (a CompanyPage: its store, user, company, timeline and
    contact persons are read from it)."""

    say = Signal(str)  # for the status bar
    changed = Signal()  # a file was removed here: the window refreshes the page
    arrived = Signal()  # files were attached and shown here: the rest of the window may follow

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.thumbnails = Thumbnails(LocalBlobs.beside(page.store.path))
        self.queue: AttachQueue | None = None
        self.fetch_original: FetchOriginal | None = None
        self._visits_with_new_files: set[str] = set()
        self._own_new_files = False  # files of the company itself or a contact person arrived
        self.dialog: AttachDialog | None = None  # the attach form last opened
        self.model = FileListModel(self.thumbnails, page)
        self.strip = FileStrip(self.model)
        self.strip.open_file.connect(self.open_at)
        self.strip.paste.connect(self.paste)
        self.strip.remove_file.connect(self.remove_at)
        self.box = QGroupBox(self.tr("Vedlegg"))
        self.box.setObjectName("filesBox")
        QVBoxLayout(self.box).addWidget(self.strip)
        self.box.setVisible(False)
        # Many files attached in one go arrive one by one: the page reads them again once they
        # stop coming for a moment, not fifty times.
        self._reread = QTimer(self, singleShot=True, interval=250)
        self._reread.timeout.connect(self._changed_by_page)
        page.timeline.installEventFilter(self)

    def use_queue(self, queue: AttachQueue, fetch_original: FetchOriginal | None) -> None:
        """The window's attach queue, and how to fetch an original from the server."""
        self.queue = queue
        self.fetch_original = fetch_original
        queue.file_done.connect(self._file_done)

    def show_company(self, company_id: str | None) -> None:
        """Read the files of `company_id` again."""
        files = read(self.page.store, company_files, company_id) if company_id else []
        self.model.set_files(files)
        self.box.setTitle(self.tr("Vedlegg ({0})").format(len(files)))
        self.box.setVisible(bool(files))

    # -- attaching ------------------------------------------------------------------------------------
    def targets(self) -> tuple[list[Target], int]:
        """What a file may be attached to on this page, and which is offered first: the visit
        chosen in the timeline (the user's own) when the timeline has focus, else the company."""
        page = self.page
        out = [Target(self.tr("Bedriften {0}").format(page.title.text()), "company", page.company_id)]
        chosen = 0
        index = page.timeline.currentIndex()
        if index.isValid() and index.data(ROLE_KIND) == "visit":
            entry = page.timeline_model.entries[index.row()]
            # Only a visit the user may attach to (their own: the service's rule) is offered.
            if read(page.store, attach_refusal, "visit", entry.record_id, page.user_id) is None:
                out.append(Target(self.tr("Besøket {0}").format(fmt_datetime(entry.when)), "visit",
                                  entry.record_id))
                if page.timeline.hasFocus():
                    chosen = 1
        for person_id, name in page.contact_people():
            out.append(Target(self.tr("Kontaktperson {0}").format(name), "contact", person_id))
        return out, chosen

    def attach(self, sources: list[Source] | None = None) -> AttachDialog | None:
        """Ask what to attach (the file picker first when nothing is given yet) and where; the
        files are queued when the form is accepted. The form is window-modal but does not block:
        the window keeps drawing while it is open."""
        if not self.page.company_id or self.queue is None:
            return None
        targets, chosen = self.targets()
        if sources is None:
            sources = [Source(p.name, path=p) for p in choose_files(self.page)]
            if not sources:
                return None
        dialog = AttachDialog(targets, sources, chosen=chosen, parent=self.page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._queue(dialog.request()))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _queue(self, request: AttachRequest) -> None:
        assert self.queue is not None
        self.queue.add(request)
        self.say.emit(self.tr("Legger ved {0} fil(er) …").format(len(request.sources)))

    def paste(self) -> None:
        """Ctrl+V: a picture or files from the clipboard, through the same form."""
        sources = sources_from_mime(QGuiApplication.clipboard().mimeData())
        if not sources:
            self.say.emit(self.tr("Utklippstavlen har ikke noe bilde eller noen fil å legge ved."))
            return
        self.attach(sources)

    def _file_done(self, outcome: FileOutcome) -> None:
        if outcome.words is not None:  # said by the window, for every page (refusals.py)
            return
        if outcome.request.parent_entity == "visit":
            self._visits_with_new_files.add(outcome.request.parent_id)
        else:
            self._own_new_files = True
        self._reread.start()

    def _changed_by_page(self) -> None:
        """Show what arrived without reading the page again: the strip, the rows of the visits
        that got files, and the company's own files on top of the timeline. Reading the whole
        page again for every few files (a busy company's timeline, while the worker scales
        photos) stalled the window for over a second."""
        visits, self._visits_with_new_files = self._visits_with_new_files, set()
        own, self._own_new_files = self._own_new_files, False
        if self.page.company_id:
            self.show_company(self.page.company_id)
            self.page.timeline_model.files_changed(visits, new_entries=own)
        self.arrived.emit()

    def _removed(self) -> None:
        # The window refreshes the page in view (and the others when shown) on `changed`.
        self.changed.emit()

    # -- opening and removing ------------------------------------------------------------------------
    def open_at(self, row: int) -> FileViewer | None:
        """The viewer on the strip's file `row`, paging through the company's files."""
        files = list(self.model.files)
        if not 0 <= row < len(files):
            return None
        viewer = FileViewer(self.page.store, files, row, user_id=self.page.user_id,
                            thumbnails=self.thumbnails, fetch_original=self.fetch_original,
                            parent=self.page)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.finished.connect(lambda _result: viewer.removed and self._removed())
        viewer.open()
        return viewer

    def open_file(self, file_id: str) -> FileViewer | None:
        """The viewer on one file (a timeline entry's)."""
        row = next((i for i, f in enumerate(self.model.files) if f.id == file_id), -1)
        return self.open_at(row)

    def remove_at(self, row: int) -> None:
        """Delete in the strip: remove the user's own file after asking."""
        f: AttachedFile = self.model.files[row]
        if f.author_id != self.page.user_id:
            self.say.emit(words.refused("not_yours", {}))
            return
        answer = QMessageBox.question(
            self.page, self.tr("Fjerne vedlegget?"),
            self.tr("Fjerne «{0}» fra {1}? Det fjernes også på serveren og de andre maskinene.")
            .format(f.file_name, words.belongs_to_in_sentence(f)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            quick_write(self.page.store, remove_file, f.id, user_id=self.page.user_id)
        except StoreBusy:
            self.say.emit(self.tr("Synkroniseringen skriver akkurat nå. Prøv igjen om et øyeblikk."))
            return
        except AttachmentRefused as refused:
            self.say.emit(words.refused(refused.key, refused.values))
            return
        self._removed()

    # -- keys in the timeline --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page.timeline and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if QKeySequence(event.keyCombination()) in shortcuts.keys("paste_file"):
                self.paste()
                return True
            if event.key() == Qt.Key.Key_Space and not event.modifiers():
                index = self.page.timeline.currentIndex()
                files = index.data(ROLE_FILES) if index.isValid() else None
                if files:
                    self.open_file(files[0].id)
                    return True
        return super().eventFilter(watched, event)
