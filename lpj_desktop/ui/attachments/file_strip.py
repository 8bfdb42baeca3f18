"""A company's files as a strip of thumbnails (its own, its contact persons' and its visits'):
Enter opens the viewer, Ctrl+V pastes a picture, Delete removes the user's own file."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QListView, QWidget

from lpj_desktop.domain.when import fmt_datetime
from lpj_desktop.services.attachment_lists import AttachedFile
from lpj_desktop.ui import shortcuts
from lpj_desktop.ui.attachments import words
from lpj_desktop.ui.attachments.thumbnails import Thumbnails
from lpj_desktop.ui.roles import ROLE_ID

THUMB = 72


class FileListModel(QAbstractListModel):
    """Files as rows: the thumbnail, the caption (or the file name), and the facts as a tooltip."""

    def __init__(self, thumbnails: Thumbnails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.files: list[AttachedFile] = []

    def set_files(self, files: list[AttachedFile]) -> None:
        self.beginResetModel()
        self.files = list(files)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.files)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        f = self.files[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f.caption or f.file_name
        if role == Qt.ItemDataRole.DecorationRole:
            return QIcon(self.thumbnails.pixmap(f, THUMB, square=True))
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(b for b in (f.file_name, f.caption or "", words.belongs_to(f),
                                         f"{f.author} · {fmt_datetime(f.created_at)}",
                                         f"{words.kind(f)}, {words.size(f.size)}") if b)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{words.kind(f)}: {f.caption or f.file_name}, {words.belongs_to(f)}"
        if role == ROLE_ID:
            return f.id
        return None


class FileStrip(QListView):
    """One row of thumbnails. `open_file(row)`; `paste()` for Ctrl+V; `remove_file(row)` for Del."""

    open_file = Signal(int)
    paste = Signal()
    remove_file = Signal(int)

    def __init__(self, model: FileListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fileStrip")
        self.setModel(model)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(QSize(THUMB, THUMB))
        grid = QSize(THUMB + 48, THUMB + self.fontMetrics().height() + 12)
        self.setGridSize(grid)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(grid.height() + bar + 2 * self.frameWidth() + 4)
        self.activated.connect(lambda index: self.open_file.emit(index.row()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        seq = QKeySequence(event.keyCombination())
        if seq in shortcuts.keys("paste_file"):
            self.paste.emit()
            return
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.remove_file.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)
