"""Small pictures of attached files for the timeline and the strip: a photo's thumbnail from the
laptop's file store, or a drawn card with the kind of document ("PDF", "DOCX") when there is no
thumbnail (a document, or a photo whose thumbnail has not arrived with the sync yet)."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImageReader, QPainter, QPen, QPixmap

from lpj_desktop.services.attachment_lists import AttachedFile, local_copy
from lpj_desktop.store.blobs import LocalBlobs


class Thumbnails:
    """Thumbnails by file, made once per size and kept (the most recent few hundred)."""

    KEEP = 400

    def __init__(self, blobs: LocalBlobs) -> None:
        self.blobs = blobs
        self._made: OrderedDict[tuple[str, int, bool], QPixmap] = OrderedDict()

    def pixmap(self, f: AttachedFile, side: int, *, square: bool = False) -> QPixmap:
        """A picture of `f` fitting a `side` × `side` square; `square`: centred on a clear square
        of that size (icons in a grid line up whatever the photo's shape)."""
        path = local_copy(self.blobs, f.thumbnail_sha256)
        key = (f.thumbnail_sha256 or f.file_name, side, path is not None, square)
        made = self._made.get(key)
        if made is not None:
            self._made.move_to_end(key)
            return made
        made = (_scaled(path, side) if path is not None else None) or _card(f, side)
        if square:
            made = _on_square(made, side)
        self._made[key] = made
        if len(self._made) > self.KEEP:
            self._made.popitem(last=False)
        return made


def _scaled(path: Path, side: int) -> QPixmap | None:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid() and (full.width() > side or full.height() > side):
        reader.setScaledSize(full.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)


def _on_square(pixmap: QPixmap, side: int) -> QPixmap:
    canvas = QPixmap(side, side)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    painter.drawPixmap((side - pixmap.width()) // 2, (side - pixmap.height()) // 2, pixmap)
    painter.end()
    return canvas


def _card(f: AttachedFile, side: int) -> QPixmap:
    """A plain card naming the kind of file (what its file name ends with)."""
    label = (Path(f.file_name).suffix.lstrip(".") or "…").upper()[:4]
    pixmap = QPixmap(int(side * 0.78), side)
    pixmap.fill(QColor("#eef1f5"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#7a8699"), 1))
    painter.drawRect(QRectF(0.5, 0.5, pixmap.width() - 1, pixmap.height() - 1))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(9, side // 4))
    painter.setFont(font)
    painter.setPen(QColor("#33415c"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return pixmap
