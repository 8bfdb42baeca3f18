"""A person at the keyboard: every key goes where Qt sends a real key press (the open popup, else the
focused widget), never to a widget the test picked. Nothing here calls a widget's methods."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

_MODIFIERS = {
    "ctrl": Qt.KeyboardModifier.ControlModifier,
    "shift": Qt.KeyboardModifier.ShiftModifier,
    "alt": Qt.KeyboardModifier.AltModifier,
}
_NAMED = {
    "return": Qt.Key.Key_Return, "enter": Qt.Key.Key_Return, "esc": Qt.Key.Key_Escape,
    "escape": Qt.Key.Key_Escape, "tab": Qt.Key.Key_Tab, "backtab": Qt.Key.Key_Backtab,
    "down": Qt.Key.Key_Down, "up": Qt.Key.Key_Up, "left": Qt.Key.Key_Left, "right": Qt.Key.Key_Right,
    "home": Qt.Key.Key_Home, "end": Qt.Key.Key_End, "space": Qt.Key.Key_Space,
    "backspace": Qt.Key.Key_Backspace, "delete": Qt.Key.Key_Delete,
    **{f"f{i}": getattr(Qt.Key, f"Key_F{i}") for i in range(1, 13)},
}


def target() -> QWidget:
    """Where a key press lands now: the open popup, else the focused widget of the active window."""
    window = QApplication.activeWindow() or _as_a_window_manager_would()
    widget = (QApplication.activePopupWidget() or QApplication.focusWidget()
              or (window.focusWidget() if window is not None else None))
    assert widget is not None, (
        "no widget has keyboard focus: a person's key press would go nowhere "
        f"(active window {window!r}; shown: {[w for w in QApplication.topLevelWidgets() if w.isVisible()]})")
    return widget


def _as_a_window_manager_would() -> QWidget | None:
    """The offscreen platform has no window manager: once a popup (a completer's list) closes,
    no window is active, where a real one gives the keyboard back to the window on top (a dialog
    over the main window). Do what it does; under X (tests/journeys/test_real_display.py) it is
    the window manager's job."""
    shown = [w for w in QApplication.topLevelWidgets()
             if w.isVisible() and not w.windowFlags() & Qt.WindowType.Popup & ~Qt.WindowType.Window]
    on_top = [w for w in shown if isinstance(w, QDialog)] or shown
    if not on_top:
        return None
    on_top[0].activateWindow()
    QApplication.processEvents()
    return QApplication.activeWindow()


def settle(ms: int = 30) -> None:
    """Let the app do what a key press started (timers, queued signals, repaints)."""
    end = time.monotonic() + ms / 1000
    while True:
        QApplication.processEvents()
        if time.monotonic() >= end:
            return
        time.sleep(0.002)


def press(combo: str) -> None:
    """One key with its modifiers: "ctrl+f", "return", "alt+n", "ctrl+shift+n", "down"."""
    *mods, key = combo.lower().split("+")
    modifiers = Qt.KeyboardModifier.NoModifier
    for m in mods:
        modifiers |= _MODIFIERS[m]
    code = _NAMED.get(key) or getattr(Qt.Key, f"Key_{key.upper()}")
    QTest.keyClick(target(), code, modifiers)
    settle()


def write(text: str) -> None:
    """Type `text` a character at a time, each to wherever focus is when it is typed (å, é and
    á as the key events a keyboard layout makes for them: text, no key code QTest knows)."""
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(target(), ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
        QApplication.processEvents()
    settle()


def focused_name() -> str:
    """The focused widget's object name (or its class), for asserting where focus is."""
    w = QApplication.focusWidget()
    return (w.objectName() or type(w).__name__) if w is not None else ""


def wait_until(condition, timeout_ms: int = 5000) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout_ms / 1000
    while not condition():
        assert time.monotonic() < end, "timed out"
        settle(20)


def meanwhile(*steps: Callable[[], object], ready: Callable[[], bool] | None = None) -> None:
    """Run `steps` one after another from timers, each once `ready()` holds (if given).

    For keys a person presses while a menu or dialog runs its own event loop: the key press that
    opened a tool button's menu or a file dialog does not return until it closes, so what is typed
    into it has to be on its way already. Each step is scheduled before the one before it runs,
    since that one may open the next blocking window itself.
    """
    def run(index: int) -> None:
        if index >= len(steps):
            return
        if ready is not None and not ready():
            QTimer.singleShot(50, lambda: run(index))
            return
        QTimer.singleShot(150, lambda: run(index + 1))
        steps[index]()

    QTimer.singleShot(150, lambda: run(0))
