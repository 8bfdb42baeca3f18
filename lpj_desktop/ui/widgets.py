"""Small widgets shared by the views: a field error label, a company picker, a trade list editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QRect, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from lpj_desktop.domain import codelists
from lpj_desktop.services.companies import CompanyQuery, search_companies
from lpj_desktop.services.use import read
from lpj_desktop.store.database import Store

ERROR_COLOR_LIGHT = "#b3261e"
ERROR_COLOR_DARK = "#ff8a80"


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


class FieldError(QLabel):
    """Words under a form field saying what is wrong; hidden when nothing is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("fieldError")
        self.hide()

    def show_problem(self, text: str) -> None:
        color = ERROR_COLOR_DARK if is_dark(self) else ERROR_COLOR_LIGHT
        self.setStyleSheet(f"color: {color};")
        self.setText(text)
        self.setVisible(bool(text))
        if text:
            # With the label as the timer's context: a form closed (and deleted) before the
            # timer fires drops the call instead of raising on a deleted widget.
            QTimer.singleShot(0, self, self._make_room)

    def _make_room(self) -> None:
        """A form grows to show a problem whole: a two-line message was cut in half (a dialog
        keeps the height it opened with). Pages of the main window have room of their own."""
        dialog = self.window()
        if not isinstance(dialog, QDialog) or not dialog.isVisible() or dialog.layout() is None:
            return
        layout = dialog.layout()
        need = (layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth()
                else layout.totalSizeHint().height())
        if need > dialog.height():
            dialog.resize(dialog.width(), need)


class ListCompleter(QCompleter):
    """Completes the last item of a comma-separated list ("Elektrikerfaget, Tøm|")."""

    def __init__(self, words: list[str], parent: QWidget | None = None) -> None:
        super().__init__(words, parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:  # type: ignore[no-untyped-def]
        widget = self.widget()
        current = widget.text() if isinstance(widget, QLineEdit) else ""
        head = [p.strip() for p in current.split(",")[:-1] if p.strip()]
        return ", ".join([*head, str(index.data())])


def trade_names() -> list[str]:
    return [t.name for t in codelists.trades()]


class TradeListEdit(QLineEdit):
    """A comma-separated list of trades with completion from the trade code list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCompleter(ListCompleter(trade_names(), self))

    def values(self) -> list[str]:
        return [p.strip() for p in self.text().split(",") if p.strip()]

    def set_values(self, values: list[str]) -> None:
        self.setText(", ".join(values))


class TradeEdit(QLineEdit):
    """One trade, completed from the trade code list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        comp = QCompleter(QStringListModel(trade_names(), self), self)
        comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        comp.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(comp)


class CompanyPicker(QLineEdit):
    """Type part of a name or an orgnr, pick the company from the list that drops down.

    The search runs after a short pause in typing and asks for 15 rows only, so it stays fast on
    a big store.
    """

    picked = Signal(str, str)  # company id, name
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.company_id: str | None = None
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(self._completer)
        self._completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._edited)

    def _edited(self, _text: str) -> None:
        self.company_id = None
        self._timer.start()

    def _search(self) -> None:
        text = self.text().strip()
        self._model.clear()
        if len(text) < 2:
            return
        rows = read(self.store, search_companies, CompanyQuery(text=text), limit=15)
        labels = []
        for r in rows:
            where = r.municipality_label
            label = r.name + (f" ({where})" if where else "")
            item = QStandardItem(label)
            item.setToolTip(label)
            item.setData(r.id, self.ID_ROLE)
            item.setData(r.name, Qt.ItemDataRole.UserRole + 2)
            self._model.appendRow(item)
            labels.append(label)
        self._completer.complete(QRect(0, 0, self._popup_width(labels), self.height()))

    def _popup_width(self, labels: list[str]) -> int:
        """Wide enough for the longest suggestion ("… AS (Karasjok – Kárášjohka)" was cut off at the
        field's width), but never past the screen's right edge."""
        popup = self._completer.popup()
        metrics = popup.fontMetrics()
        need = max((metrics.horizontalAdvance(t) for t in labels), default=0)
        need += popup.verticalScrollBar().sizeHint().width() + 2 * popup.frameWidth() + 16
        screen = self.screen()
        room = (screen.availableGeometry().right() - self.mapToGlobal(QPoint(0, 0)).x()
                if screen is not None else need)
        return max(self.width(), min(need, room))

    def _activated(self, index) -> None:  # type: ignore[no-untyped-def]
        cid = index.data(self.ID_ROLE)
        name = index.data(Qt.ItemDataRole.UserRole + 2)
        self.set_company(cid, name)
        self.picked.emit(cid, name)

    def set_company(self, company_id: str | None, name: str) -> None:
        self.company_id = company_id
        self.setText(name)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Enter with no suggestion chosen takes the best match, so typing a name + Enter is enough.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
        ):
            if self.company_id is None and self.text().strip():
                self.pick_first()
            event.accept()
            return
        super().keyPressEvent(event)

    def pick_first(self) -> bool:
        """Pick the first suggestion now (used by Enter and by tests)."""
        self._timer.stop()
        self._search()
        if self._model.rowCount() == 0:
            return False
        self._activated(self._model.index(0, 0))
        self._completer.popup().hide()
        return True


def choose_by_typing(combo: QComboBox) -> None:
    """Let a choice list be typed into: it offers every item that contains what was typed, so a
    municipality is found by any of the names its label shows ("Kárášjohka" finds "Karasjok –
    Kárášjohka"). Typing something that is no item leaves the choice as it was."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    edit = combo.lineEdit()
    edit.editingFinished.connect(lambda: edit.setText(combo.itemText(combo.currentIndex())))


def debounce(parent: QWidget, ms: int, fn: Callable[[], None]) -> QTimer:
    timer = QTimer(parent, singleShot=True, interval=ms)
    timer.timeout.connect(fn)
    return timer


def save_cancel_buttons(accept_text: str = "") -> QDialogButtonBox:
    """Save/Cancel with our own words: Qt has no Bokmål catalogue, and its Nynorsk one says "Lagra"."""
    box = QDialogButtonBox()
    ok = box.addButton(
        accept_text or QCoreApplication.translate("Buttons", "Lagre"), QDialogButtonBox.ButtonRole.AcceptRole
    )
    ok.setObjectName("acceptButton")
    box.addButton(QCoreApplication.translate("Buttons", "Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
    return box


def draft_form_buttons(save: Callable[[], object], discard: Callable[[], object],
                       keep: Callable[[], object]) -> QDialogButtonBox:
    """The buttons of a form that keeps a draft: save, throw the draft away, or close keeping it
    (what Esc does). None is a default button: Enter moves between fields, Ctrl+Enter saves."""
    translate = QCoreApplication.translate
    role = QDialogButtonBox.ButtonRole
    box = QDialogButtonBox()
    for text, kind, act, name in (
        (translate("Buttons", "Lagre (Ctrl+Enter)"), role.AcceptRole, save, "acceptButton"),
        (translate("Buttons", "Forkast"), role.DestructiveRole, discard, "discardButton"),
        (translate("Buttons", "Lukk, behold utkast"), role.RejectRole, keep, "keepButton"),
    ):
        button = box.addButton(text, kind)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False, f=act: f())
    return box


def close_button() -> QDialogButtonBox:
    box = QDialogButtonBox()
    box.addButton(QCoreApplication.translate("Buttons", "Lukk"), QDialogButtonBox.ButtonRole.RejectRole)
    return box


class FormDialog(QDialog):
    """A keyboard-first form: Enter moves to the next field (never presses a button by accident),
    Ctrl+Enter saves from anywhere in it. Subclasses implement `save()`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from lpj_desktop.ui.shortcuts import keys

        for seq in keys("save"):
            QShortcut(seq, self, self.save)

    def save(self) -> bool:
        raise NotImplementedError

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)
