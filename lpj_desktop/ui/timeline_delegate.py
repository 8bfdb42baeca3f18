"""Draws a timeline entry: its first line (when · how · outcome) in bold, the details below."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from lpj_desktop.services.attachment_lists import AttachedFile
from lpj_desktop.ui.attachments.thumbnails import Thumbnails
from lpj_desktop.ui.roles import ROLE_FILES

PAD = 6
THUMB = 64  # the side of a file's thumbnail under a timeline entry
THUMB_GAP = 6


def _html(text: str) -> str:
    head, _, rest = text.partition("\n")
    body = html.escape(rest).replace("\n", "<br>")
    return f"<b>{html.escape(head)}</b>" + (f"<br>{body}" if body else "")


class TimelineDelegate(QStyledItemDelegate):
    """Rich-text rows of variable height. The view asks the height of every row whenever it lays
    them out (a new page, a saved visit, a resize), and measuring a row is a text layout (~0.2 ms):
    heights are remembered by text, width and font, so only new or changed rows are measured."""

    MAX_REMEMBERED = 20_000

    def __init__(self, parent: QWidget | None = None, thumbnails: Thumbnails | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[str, int, str], int] = {}
        self.thumbnails = thumbnails

    def _doc(self, option: QStyleOptionViewItem, text: str, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(_html(text))
        doc.setTextWidth(max(width - 2 * PAD, 50))
        return doc

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")  # opt.text has its newlines replaced
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._doc(opt, text, opt.rect.width())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.left() + PAD, opt.rect.top() + PAD)
        painter.setClipRect(QRectF(0, 0, opt.rect.width() - PAD, opt.rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()
        files = index.data(ROLE_FILES) or ()
        if files and self.thumbnails is not None:
            self._paint_thumbnails(painter, opt, files, int(doc.size().height()))

    def _paint_thumbnails(self, painter: QPainter, opt: QStyleOptionViewItem,
                          files: tuple[AttachedFile, ...], text_height: int) -> None:
        """The files' thumbnails in a row under the text; "+3" when more than fit."""
        assert self.thumbnails is not None
        x = opt.rect.left() + PAD
        top = opt.rect.top() + PAD + text_height + THUMB_GAP
        right = opt.rect.right() - PAD
        for i, f in enumerate(files):
            pixmap = self.thumbnails.pixmap(f, THUMB)
            rest = len(files) - i
            if x + pixmap.width() > right - (0 if rest == 1 else THUMB):
                painter.drawText(QRectF(x, top, THUMB, THUMB), Qt.AlignmentFlag.AlignCenter, f"+{rest}")
                break
            painter.drawPixmap(x, top, pixmap)
            x += pixmap.width() + THUMB_GAP

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        # The timeline model gives no font or style per row, so the view's option is the row's.
        widget = option.widget  # type: ignore[attr-defined]
        width = widget.viewport().width() if widget is not None else 600
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        key = (text, width, option.font.key())  # type: ignore[attr-defined]
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= self.MAX_REMEMBERED:
                self._heights.clear()
            height = self._heights[key] = int(self._doc(option, text, width).size().height()) + 2 * PAD
        if self.thumbnails is not None and index.data(ROLE_FILES):
            height += THUMB + THUMB_GAP
        return QSize(width, height)
