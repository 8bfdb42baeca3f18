"""What the in-process GUI benches share: the app's own window on the bench store, started the way
`lpj-desktop` starts it (AppSession), waiting on the event loop, and the summary figures."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def start_window(paths):  # type: ignore[no-untyped-def]
    """(app, session, window) with the first page of companies loaded, as after `lpj-desktop`."""
    from PySide6.QtWidgets import QApplication

    from lpj_desktop.ui.app_session import AppSession
    from lpj_desktop.ui.i18n import install_translations

    app = QApplication.instance() or QApplication([])
    install_translations(app, "nb")
    session = AppSession(paths, modal_dialogs=False)
    window = session.start()
    assert window is not None
    wait_until(app, lambda: window.company_list.model.rowCount() > 0, what="the first page of companies")
    idle(app, 1.0)  # let start-up's deferred work (gc.freeze, timers) run, as it has for a person
    return app, session, window


def wait_until(app, done: Callable[[], bool], *, timeout: float = 30.0, what: str = "") -> None:  # type: ignore[no-untyped-def]
    """Run the event loop until `done()`; fail loudly after `timeout` seconds."""
    end = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > end:
            raise SystemExit(f"timed out waiting for {what or done}")
        app.processEvents()


def run_until(app, done: Callable[[], bool], *, timeout: float = 30.0, what: str = "") -> None:  # type: ignore[no-untyped-def]
    """Run the app's own event loop until `done()` (asked every 10 ms); fail loudly after
    `timeout` seconds. Unlike `wait_until`, the UI thread sleeps between events as it does under
    `app.exec()`: a loop spinning on processEvents() keeps it busy, so on a shared machine the
    operating system takes it for a CPU hog and it competes for the interpreter lock with every
    worker, which a person's window does not (stall benches measure the waiting window)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    end = time.perf_counter() + timeout
    timed_out = []

    def check() -> None:
        if done():
            loop.quit()
        elif time.perf_counter() > end:
            timed_out.append(True)
            loop.quit()

    poll = QTimer()
    poll.timeout.connect(check)
    poll.start(10)
    if not done():
        loop.exec()
    poll.stop()
    if timed_out:
        raise SystemExit(f"timed out waiting for {what or done}")


def idle(app, seconds: float) -> None:  # type: ignore[no-untyped-def]
    """Let the app's own idle work run for `seconds` (a person does not act every millisecond)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def header() -> str:
    return f"{'measure':<48}{'n':>4}{'min':>8}{'median':>8}{'p95':>8}{'max':>8}  target"


def line(label: str, ms: list[float], target: str) -> str:
    return (f"{label:<48}{len(ms):>4}{min(ms):>8.1f}{statistics.median(ms):>8.1f}{p95(ms):>8.1f}"
            f"{max(ms):>8.1f}  {target}")


def heartbeat():  # type: ignore[no-untyped-def]
    """A 2 ms timer on the UI thread and the gaps between its ticks (ms): the longest gap is the
    longest stall. Stop it with `.stop()`."""
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    beat = QTimer()
    beat.setTimerType(Qt.TimerType.PreciseTimer)
    beat.timeout.connect(tick)
    beat.start(2)
    return beat, gaps
