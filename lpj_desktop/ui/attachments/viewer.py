"""The viewer: one attached file at a time, next and previous through a company's files, a photo
shown whole (its original when this laptop has it, else its thumbnail while the original is
fetched), a document opened in the system's own program, a copy saved anywhere, and the user's
own file removed."""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QImage, QImageReader, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from lpj_desktop.domain.when import fmt_datetime
from lpj_desktop.services.attachment_lists import AttachedFile, local_copy, remove_file, suffix_for
from lpj_desktop.services.attachments import AttachmentRefused
from lpj_desktop.services.use import quick_write
from lpj_desktop.store.blobs import LocalBlobs
from lpj_desktop.store.database import Store, StoreBusy
from lpj_desktop.ui import shortcuts
from lpj_desktop.ui.attachments import words
from lpj_desktop.ui.attachments.thumbnails import Thumbnails
from lpj_desktop.ui.workers import Job, run_job

log = logging.getLogger(__name__)

# Fetches an original from the server: (attachment id, on_done(path), on_failed(message, details))
# → False when there is no server to ask (nobody logged in).
FetchOriginal = Callable[[str, Callable[[Any], None], Callable[[str, str], None]], bool]


def _read_picture(path: Path, fit: QSize) -> QImage:
    """The photo decoded at the size it is shown (in a worker: a 2560 px JPEG takes tens of ms)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid() and (full.width() > fit.width() or full.height() > fit.height()):
        reader.setScaledSize(full.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


class FileViewer(QDialog):
    """Shows `files[index]`; the arrow keys go through the others."""

    def __init__(self, store: Store, files: list[AttachedFile], index: int, *, user_id: str,
                 thumbnails: Thumbnails, fetch_original: FetchOriginal | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fileViewer")
        self.store = store
        self.blobs = LocalBlobs.beside(store.path)
        self.files = files
        self.index = max(0, min(index, len(files) - 1))
        self.user_id = user_id
        self.thumbnails = thumbnails
        self.fetch_original = fetch_original
        self.removed: list[str] = []
        self._asked: set[str] = set()  # originals asked for from the server while open
        self._picture: QPixmap | None = None

        self.title = QLabel()
        self.title.setObjectName("viewerTitle")
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.title.setFont(bold)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setObjectName("viewerFacts")
        self.facts.setWordWrap(True)
        self.caption = QLabel()
        self.caption.setObjectName("viewerCaption")
        self.caption.setWordWrap(True)
        self.picture = QLabel()
        self.picture.setObjectName("viewerPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setMinimumSize(320, 240)
        self.notice = QLabel()
        self.notice.setObjectName("viewerNotice")
        self.notice.setWordWrap(True)

        self.previous_button = QPushButton(self.tr("← Forrige"))
        self.next_button = QPushButton(self.tr("Neste →"))
        self.open_button = QPushButton(self.tr("Åpne i eget program (Ctrl+O)"))
        self.save_button = QPushButton(self.tr("Lagre en kopi … (Ctrl+S)"))
        self.remove_button = QPushButton(self.tr("Fjern … (Del)"))
        close = QPushButton(self.tr("Lukk (Esc)"))
        for button, act in ((self.previous_button, self.previous), (self.next_button, self.next),
                            (self.open_button, self.open_outside), (self.save_button, self.save_copy),
                            (self.remove_button, self.remove), (close, self.reject)):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys work from anywhere in it
            button.clicked.connect(lambda _c=False, f=act: f())
        for name, act in (("viewer.previous", self.previous), ("viewer.next", self.next),
                          ("viewer.open", self.open_outside), ("viewer.save", self.save_copy),
                          ("viewer.remove", self.remove)):
            for seq in shortcuts.keys(name):
                QShortcut(seq, self, act)
        row = QHBoxLayout()
        for b in (self.previous_button, self.next_button):
            row.addWidget(b)
        row.addStretch(1)
        for b in (self.open_button, self.save_button, self.remove_button, close):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.caption)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.notice)
        layout.addLayout(row)
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(1100, screen.width() - 60) if screen else 1000,
                    min(760, screen.height() - 60) if screen else 700)
        # The picture holds the keyboard (the buttons take none): the arrow keys, Esc and the
        # shortcuts reach the viewer wherever the pointer is.
        self.picture.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.picture.setFocus()
        self.show_file()

    @property
    def current(self) -> AttachedFile:
        return self.files[self.index]

    # -- showing ----------------------------------------------------------------------------------------
    def show_file(self) -> None:
        f = self.current
        self.setWindowTitle(self.tr("Vedlegg {0} av {1}").format(self.index + 1, len(self.files)))
        self.title.setText(f.file_name)
        self.picture.setAccessibleName(f.caption or f.file_name)
        bits = [words.belongs_to(f), f.author, self.tr("lagt ved {0}").format(fmt_datetime(f.created_at)),
                f"{words.kind(f)}, {words.size(f.size)}"]
        if f.width and f.height:
            bits.append(f"{f.width} × {f.height}")
        self.facts.setText(" · ".join(b for b in bits if b))
        self.caption.setText(f.caption or "")
        self.caption.setVisible(bool(f.caption))
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.files) - 1)
        self.remove_button.setVisible(f.author_id == self.user_id)
        self.notice.clear()
        original = local_copy(self.blobs, f.sha256)
        if not f.is_photo:
            self._set_picture(self.thumbnails.pixmap(f, 200))
            self.notice.setText(self.tr("Dokumenter åpnes i maskinens eget program: trykk Ctrl+O."))
            return
        self._set_picture(self.thumbnails.pixmap(f, 320))
        if original is not None:
            self._load(f, original)
        else:
            self._ask_for_original(f)

    def _load(self, f: AttachedFile, path: Path) -> None:
        # Decoded at the screen's size (not the label's, which may not be laid out yet): it is
        # then only ever scaled down to the window.
        screen = self.screen().availableGeometry().size() if self.screen() else QSize(1920, 1200)
        fit = screen.expandedTo(QSize(640, 480))
        run_job(Job(_read_picture, path, fit),
                on_done=lambda image, fid=f.id: self._loaded(fid, image),
                on_failed=lambda message, _d: isValid(self) and self.notice.setText(
                    self.tr("Bildet kunne ikke vises: {0}").format(message)))

    def _loaded(self, file_id: str, image: object) -> None:
        if not isValid(self):  # closed (and deleted) while the picture was read
            return
        if self.files and self.current.id == file_id and isinstance(image, QImage) and not image.isNull():
            self._set_picture(QPixmap.fromImage(image))

    def _ask_for_original(self, f: AttachedFile, then: Callable[[Path], None] | None = None) -> None:
        if self.fetch_original is None:
            self.notice.setText(self.tr("Bare et forhåndsbilde finnes på denne maskinen."))
            return
        if f.id in self._asked and then is None:
            return
        self._asked.add(f.id)
        self.notice.setText(self.tr("Henter originalen fra serveren …"))

        def done(path: object, fid: str = f.id) -> None:
            if isValid(self) and self.current.id == fid:
                self.notice.clear()
                if then is not None:
                    then(Path(str(path)))
                elif self.current.is_photo:
                    self._load(self.current, Path(str(path)))

        def failed(message: str, _details: str, fid: str = f.id) -> None:
            if not isValid(self):
                return
            self._asked.discard(fid)
            if self.current.id == fid:
                self.notice.setText(self.tr("Originalen kunne ikke hentes nå: {0}").format(message))

        if not self.fetch_original(f.id, done, failed):
            self._asked.discard(f.id)
            self.notice.setText(self.tr(
                "Bare et forhåndsbilde finnes på denne maskinen. Logg inn på serveren for å hente "
                "originalen."))

    def _set_picture(self, pixmap: QPixmap) -> None:
        self._picture = pixmap
        self._fit()

    def _fit(self) -> None:
        if self._picture is None:
            return
        size = self.picture.size()
        shown = self._picture
        if shown.width() > size.width() or shown.height() > size.height():
            shown = shown.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    # -- moving -----------------------------------------------------------------------------------------
    def previous(self) -> None:
        if self.index > 0:
            self.index -= 1
            self.show_file()

    def next(self) -> None:
        if self.index < len(self.files) - 1:
            self.index += 1
            self.show_file()

    # -- the file itself -------------------------------------------------------------------------------
    def _with_original(self, then: Callable[[Path], None]) -> None:
        f = self.current
        path = local_copy(self.blobs, f.sha256)
        if path is not None:
            then(path)
        else:
            self._ask_for_original(f, then)

    def open_outside(self) -> None:
        """Open the file in the program the system picks for it (a copy under its own name)."""
        f = self.current

        def open_copy(path: Path) -> None:
            folder = Path(tempfile.gettempdir()) / "lpj-vedlegg" / f.id
            folder.mkdir(parents=True, exist_ok=True)
            name = Path(f.file_name).stem + suffix_for(f.media_type, f.file_name)
            target = folder / name
            try:
                shutil.copyfile(path, target)
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Vedlegg"),
                                    self.tr("Fila kunne ikke åpnes: {0}").format(exc.strerror or exc))
                return
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
                QMessageBox.information(self, self.tr("Vedlegg"), self.tr(
                    "Maskinen har ikke noe program som åpner denne fila. En kopi ligger i {0}.")
                    .format(target))

        self._with_original(open_copy)

    def save_copy(self) -> None:
        """Save a copy of the file where the person chooses."""
        f = self.current

        def save(path: Path) -> None:
            name = Path(f.file_name).stem + suffix_for(f.media_type, f.file_name)
            target, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Lagre en kopi"), str(Path.home() / name))
            if not target:
                return
            try:
                shutil.copyfile(path, target)
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Vedlegg"),
                                    self.tr("Kopien kunne ikke lagres: {0}").format(exc.strerror or exc))
                return
            self.notice.setText(self.tr("Kopien er lagret: {0}").format(target))

        self._with_original(save)

    def remove(self) -> None:
        """Remove the user's own file after asking (the removal syncs)."""
        f = self.current
        if f.author_id != self.user_id:
            return
        answer = QMessageBox.question(
            self, self.tr("Fjerne vedlegget?"),
            self.tr("Fjerne «{0}» fra {1}? Det fjernes også på serveren og de andre maskinene.")
            .format(f.file_name, words.belongs_to_in_sentence(f)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            quick_write(self.store, remove_file, f.id, user_id=self.user_id)
        except StoreBusy:
            QMessageBox.information(self, self.tr("Vedlegg"), self.tr(
                "Synkroniseringen skriver akkurat nå. Prøv å fjerne vedlegget igjen om et øyeblikk."))
            return
        except AttachmentRefused as refused:
            QMessageBox.warning(self, self.tr("Vedlegg"), words.refused(refused.key, refused.values))
            return
        self.removed.append(f.id)
        del self.files[self.index]
        if not self.files:
            self.accept()
            return
        self.index = min(self.index, len(self.files) - 1)
        self.show_file()
