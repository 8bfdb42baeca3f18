"""One date (and time) field for every form: type as Norwegians write, see exactly what is saved.

A line edit that never changes what was typed, with a line under it that says what will be saved
("fredag 15.03.2026 kl. 10:30") or, in words, why it cannot be ("«31.02.2026» er ikke en dato: …").
Parsing is the domain's (`lpj_desktop.domain.when`), so the CLI reads the same text the same way.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from lpj_desktop.domain import when
from lpj_desktop.domain.labels import QT_TRANSLATE_NOOP
from lpj_desktop.ui import labels
from lpj_desktop.ui.widgets import ERROR_COLOR_DARK, ERROR_COLOR_LIGHT, is_dark

_WEEKDAYS = (
    QT_TRANSLATE_NOOP("WhenEdit", "mandag"), QT_TRANSLATE_NOOP("WhenEdit", "tirsdag"),
    QT_TRANSLATE_NOOP("WhenEdit", "onsdag"), QT_TRANSLATE_NOOP("WhenEdit", "torsdag"),
    QT_TRANSLATE_NOOP("WhenEdit", "fredag"), QT_TRANSLATE_NOOP("WhenEdit", "lørdag"),
    QT_TRANSLATE_NOOP("WhenEdit", "søndag"),
)


def weekday(day: date) -> str:
    """The day's name in the user's language."""
    return QCoreApplication.translate("WhenEdit", _WEEKDAYS[day.weekday()])


class WhenEdit(QWidget):
    """A date field (`with_time=False`) or a date-and-time field; `optional` allows it empty.

    A day name reads back to the last such day, or with `ahead` the next one (a follow-up's date).
    `value()` is the date/datetime the text means, None when empty (and optional); it raises
    `when.DateInputError` when the text means nothing, and `problem()` says so in words.
    """

    edited = Signal()

    def __init__(self, *, with_time: bool, optional: bool = False, default_time: time | None = None,
                 ahead: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self.ahead = ahead  # a day name ("fredag") means the next one, not the last (when.parse_date)
        self.optional = optional
        self.default_time = default_time
        self.line = QLineEdit()
        self.line.setPlaceholderText(
            self.tr("f.eks. 15.3 kl. 10, i går kl. 14, i dag") if with_time
            else self.tr("f.eks. 15.3, 15.03.2026, i morgen"))
        self.preview = QLabel()
        self.preview.setObjectName("whenPreview")
        self.preview.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(self.line)
        lay.addWidget(self.preview)
        self.setFocusProxy(self.line)
        # A label's Alt+letter gives focus only to a buddy that takes focus itself.
        self.setFocusPolicy(self.line.focusPolicy())
        self.line.textChanged.connect(self._changed)
        self._changed()

    # -- text ---------------------------------------------------------------------------------------
    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:  # noqa: N802 — as QLineEdit
        self.line.setText(text)

    def set_value(self, value: date | datetime | None) -> None:
        """Show a stored value the way the app writes it (a draft or a saved visit, loaded)."""
        if value is None:
            self.line.setText("")
        elif isinstance(value, datetime):
            self.line.setText(when.fmt_datetime(value) if self.with_time else when.fmt_date(value))
        else:
            self.line.setText(when.fmt_date(value))

    # -- meaning ------------------------------------------------------------------------------------
    def value(self) -> date | datetime | None:
        """What the text means (Norwegian time). Raises when.DateInputError."""
        text = self.line.text()
        if not text.strip():
            if self.optional:
                return None
            raise when.DateInputError("date_missing")
        if self.with_time:
            return when.parse_datetime(text, default_time=self.default_time, ahead=self.ahead).value
        return when.parse_date(text, ahead=self.ahead)

    def value_or_none(self) -> date | datetime | None:
        """What the text means, or None when it means nothing (the form shows `problem()`)."""
        try:
            return self.value()
        except when.DateInputError:
            return None

    def problem(self) -> str:
        """Why the text cannot be saved, in words; empty when it can."""
        try:
            self.value()
        except when.DateInputError as e:
            return labels.problem(e.key, **e.params)
        return ""

    def _changed(self, _text: str = "") -> None:
        try:
            value = self.value()
        except when.DateInputError as e:
            shown, wrong = (labels.problem(e.key, **e.params) if self.line.text().strip() else ""), True
        else:
            wrong = False
            if value is None:
                shown = ""
            elif isinstance(value, datetime):
                local = when.local(value)
                shown = self.tr("{0} {1} kl. {2}").format(weekday(local.date()), when.fmt_date(local),
                                                       when.fmt_time(local))
            else:
                shown = f"{weekday(value)} {when.fmt_date(value)}"
        color = (ERROR_COLOR_DARK if is_dark(self) else ERROR_COLOR_LIGHT) if wrong else ""
        self.preview.setStyleSheet(f"color: {color};" if color else "")
        self.preview.setText(shown)
        self.preview.setVisible(bool(shown))
        self.edited.emit()
