"""Background work for the staff views: a function in a thread pool, progress and result by signals."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from lpj_desktop.ui import workers

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    progress = Signal(int, int)  # done, total (0: unknown)
    done = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    """Runs `fn(*args, progress=…)`; `progress(done, total)` returns False once cancelled."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = TaskSignals()
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self.cancelled

    def run(self) -> None:
        try:
            result = self.fn(*self.args, progress=self._progress, **self.kwargs)
        except Exception as exc:  # shown to the user in words, and logged with its traceback
            log.error("staff task failed\n%s", traceback.format_exc())
            self._emit(self.signals.failed, str(exc) or type(exc).__name__)
        else:
            self._emit(self.signals.done, result)

    def _emit(self, signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the page was closed while the task ran
            log.info("staff task finished after its page was gone")


# Every started task stays referenced here until it has reported: a QRunnable made in Python is
# freed with its last Python reference, and the pool must never run a freed one (a crash, not an
# exception) — e.g. when a newer filter replaces the count task of an older one mid-run.
_running: set[Task] = set()


def pool() -> QThreadPool:
    """The app's one background pool (lpj_desktop.ui.workers), shared with the hunter views."""
    return workers.pool()


def start(task: Task, on_done: Callable[[Any], None], on_failed: Callable[[str], None],
          on_progress: Callable[[int, int], None] | None = None) -> Task:
    task.signals.done.connect(on_done)
    task.signals.failed.connect(on_failed)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    _running.add(task)
    task.signals.done.connect(lambda _: _running.discard(task))
    task.signals.failed.connect(lambda _: _running.discard(task))
    pool().start(task)
    return task


def wait_for_all(msecs: int = 10_000) -> bool:
    """Wait until every task has finished (tests, and closing the app)."""
    return pool().waitForDone(msecs)
