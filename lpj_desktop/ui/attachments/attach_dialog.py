"""The form that attaches files: which files (chosen, dropped or pasted), what they belong to
(the company, a visit, a contact person), a caption, and whether photos keep their full size."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData, QStandardPaths, QStringListModel, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lpj_desktop.domain.when import file_stamp
from lpj_desktop.services.attachments import MAX_ATTACHMENT_BYTES
from lpj_desktop.ui.attachments import words
from lpj_desktop.ui.attachments.attach_queue import AttachRequest, Source
from lpj_desktop.ui.widgets import FieldError, FormDialog, save_cancel_buttons
from sync.entities import ENTITIES

CAPTION_MAX = dict(ENTITIES["attachment"].max_lengths)["caption"]


@dataclass(frozen=True)
class Target:
    """A record files may be attached to, as the form offers it."""

    label: str
    entity: str
    record_id: str


_last_folder: Path | None = None  # where files were last chosen from, while the app runs


def choose_files(parent: QWidget) -> list[Path]:
    """The system's way of choosing files (several at once); [] when the person cancels. It opens
    where files were last chosen, else in the Pictures folder (where a phone's photos land)."""
    global _last_folder
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    start = _last_folder or (Path(pictures) if pictures and Path(pictures).is_dir() else Path.home())
    dialog = QFileDialog(parent, parent.tr("Velg filer å legge ved"), str(start))
    dialog.setObjectName("attachFilePicker")
    # Qt's own picker (where the system has none: Linux without a desktop portal) speaks English
    # and Nynorsk here; its words in the app's language.
    label = QFileDialog.DialogLabel
    for which, text in ((label.LookIn, parent.tr("Se i:")), (label.FileName, parent.tr("Filnavn:")),
                        (label.FileType, parent.tr("Filtype:")), (label.Accept, parent.tr("Velg")),
                        (label.Reject, parent.tr("Avbryt"))):
        dialog.setLabelText(which, text)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setNameFilters([
        parent.tr("Bilder og dokumenter") + " (*.jpg *.jpeg *.png *.heic *.heif *.pdf *.docx *.doc "
        "*.xlsx *.xls *.pptx *.ppt *.odt *.ods *.odp *.JPG *.JPEG *.PNG *.HEIC *.PDF)",
        parent.tr("Alle filer") + " (*)",
    ])
    if not dialog.exec():
        return []
    chosen = [Path(p) for p in dialog.selectedFiles()]
    if chosen:
        _last_folder = chosen[0].parent
    return chosen


def sources_from_mime(mime: QMimeData) -> list[Source]:
    """Files or a picture dragged in or pasted: local files by path, a picture as data."""
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    if paths:
        return [Source(p.name, path=p) for p in paths]
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            return [pasted_image(image)]
    return []


def pasted_image(image: QImage) -> Source:
    """A picture from the clipboard, named for when it was pasted."""
    return Source(f"Skjermbilde {file_stamp()}.png", image=image)


class AttachDialog(FormDialog):
    """Choose what to attach and where; `request()` after it is accepted."""

    def __init__(self, targets: Sequence[Target], sources: Sequence[Source] = (), *,
                 chosen: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachDialog")
        self.setWindowTitle(self.tr("Legg ved filer"))
        self.setAcceptDrops(True)
        self.sources: list[Source] = list(sources)
        self._targets = list(targets)

        self.files_model = QStringListModel(self)
        self.files = QListView()
        self.files.setObjectName("attachFiles")
        self.files.setModel(self.files_model)
        self.files.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.files.setMinimumHeight(self.fontMetrics().height() * 5)
        self.add_files = QPushButton(self.tr("&Velg filer…"))
        self.add_files.setObjectName("attachChooseFiles")
        self.add_files.setAutoDefault(False)
        self.add_files.clicked.connect(self.choose_more)
        self.target = QComboBox()
        self.target.setObjectName("attachTarget")
        for t in self._targets:
            self.target.addItem(t.label)
        self.target.setCurrentIndex(max(0, min(chosen, len(self._targets) - 1)))
        self.caption = QLineEdit()
        self.caption.setObjectName("attachCaption")
        self.caption.setMaxLength(CAPTION_MAX)
        self.caption.setPlaceholderText(self.tr("f.eks. Visittkort, verkstedet, signert godkjenning"))
        self.keep_original = QCheckBox(self.tr("Behold bildene i full størrelse"))
        self.keep_original.setObjectName("attachKeepOriginal")
        self.keep_original.setToolTip(self.tr(
            "Ellers gjøres store bilder mindre før de lagres. Posisjon og kamerainformasjon fjernes "
            "uansett."))
        self.problem = FieldError()
        hint = QLabel(self.tr("Dra filer hit, eller lim inn et bilde med Ctrl+V. Største fil: {0}.")
                      .format(words.size(MAX_ATTACHMENT_BYTES)))
        hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Filer"), self.files)
        form.addRow("", self.add_files)
        form.addRow(self.tr("Hører til"), self.target)
        form.addRow(self.tr("Bildetekst"), self.caption)
        form.addRow("", self.keep_original)
        buttons = save_cancel_buttons(self.tr("Legg ved (Ctrl+Enter)"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for b in buttons.buttons():
            b.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self._show_sources()
        (self.caption if self.sources else self.add_files).setFocus()

    def _show_sources(self) -> None:
        rows = []
        for s in self.sources:
            if s.image is not None:
                rows.append(self.tr("{0} (bilde fra utklippstavlen, {1} × {2})").format(
                    s.name, s.image.width(), s.image.height()))
            elif s.path is not None and s.path.is_file():
                rows.append(f"{s.name} ({words.size(s.path.stat().st_size)})")
            else:
                rows.append(s.name)
        self.files_model.setStringList(rows)

    def add_sources(self, sources: Sequence[Source]) -> None:
        """More files for the same request (dropped on the form, pasted, chosen)."""
        known = {s.path for s in self.sources if s.path is not None}
        self.sources.extend(s for s in sources if s.path is None or s.path not in known)
        self._show_sources()
        self.problem.clear()

    def choose_more(self) -> None:
        self.add_sources([Source(p.name, path=p) for p in choose_files(self)])
        if self.sources:
            self.caption.setFocus()

    def save(self) -> bool:
        if not self.sources:
            self.problem.show_problem(self.tr("Velg minst én fil å legge ved."))
            self.add_files.setFocus()
            return False
        self.accept()
        return True

    def request(self) -> AttachRequest:
        """What the person asked for."""
        target = self._targets[self.target.currentIndex()]
        return AttachRequest(target.entity, target.record_id, tuple(self.sources),
                             self.caption.text().strip() or None, self.keep_original.isChecked())

    # -- dropping and pasting onto the form -----------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_sources(sources_from_mime(event.mimeData()))
        event.acceptProposedAction()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.matches(QKeySequence.StandardKey.Paste) and not isinstance(self.focusWidget(), QLineEdit):
            added = sources_from_mime(QGuiApplication.clipboard().mimeData())
            if added:
                self.add_sources(added)
                return
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
