"""Running work off the UI thread; results and progress come back to the main thread by signals."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class JobSignals(QObject):
    done = Signal(object)
    failed = Signal(str, str)  # message, traceback
    progress = Signal(object)


class Job(QRunnable):
    """A function run in the thread pool; the app's one way to run work off the UI thread.

    With `with_progress` the function gets `progress(report)` (any object, passed on as it is) and
    `cancel()` (True once cancelled). With `with_steps` it gets `progress(done, total)` instead,
    which passes (done, total) on and returns False once cancelled (the staff views' exports and
    counts work that way).
    """

    def __init__(
        self, fn: Callable[..., Any], *args: Any, with_progress: bool = False,
        with_steps: bool = False, **kwargs: Any
    ) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = JobSignals()
        self._cancel = False
        if with_progress:
            self.kwargs["progress"] = self.signals.progress.emit
            self.kwargs["cancel"] = self.is_cancelled
        elif with_steps:
            self.kwargs["progress"] = self._step

    def _step(self, done: int, total: int) -> bool:
        self.signals.progress.emit((done, total))
        return not self._cancel

    def cancel(self) -> None:
        self._cancel = True

    def is_cancelled(self) -> bool:
        return self._cancel

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # reported to the UI, which shows it in words and logs it
            log.exception("background job failed")
            self._emit(self.signals.failed, str(exc) or type(exc).__name__, traceback.format_exc())
        else:
            self._emit(self.signals.done, result)

    def _emit(self, signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the receiver's window was closed while the job ran: nobody to tell
            log.info("background job finished after its receiver was gone")


_pool: QThreadPool | None = None
# How long the UI thread may wait for the interpreter while a job computes in Python (s). A thread
# asking for the GIL waits this long before the holder must hand it over; Python's 5 ms, paid for
# every Python slot, timer and paint the window runs, made 30-70 ms stalls while 8,000 letters were
# drawn (bench/bench_letters.py). A job pays a little more switching only while the window works.
SWITCH_INTERVAL_S = 0.001
# Every started job stays referenced here until it has reported: a QRunnable made in Python is
# freed with its last Python reference, and the pool must never run a freed one (a crash, not an
# exception). Callers such as "checkpoint after a save" start a job and forget it.
_running: set[QRunnable] = set()


def pool() -> QThreadPool:
    """The app's one background pool (two threads: the store has one writer anyway)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
        if sys.getswitchinterval() > SWITCH_INTERVAL_S:
            sys.setswitchinterval(SWITCH_INTERVAL_S)
    return _pool


def run_job(
    job: Job,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[str, str], None] | None = None,
    on_progress: Callable[[Any], None] | None = None,
) -> Job:
    """Start `job`; callbacks run on the main thread. The job is kept alive until it reports."""
    job.setAutoDelete(False)  # the caller may keep the job to cancel it or to read its signals
    _running.add(job)
    job.signals.done.connect(lambda _result: _running.discard(job))
    job.signals.failed.connect(lambda _message, _details: _running.discard(job))
    if on_done:
        job.signals.done.connect(on_done)
    if on_failed:
        job.signals.failed.connect(on_failed)
    if on_progress:
        job.signals.progress.connect(on_progress)
    pool().start(job)
    return job


def wait_for_all(msecs: int = 10_000) -> bool:
    """Wait until every job has finished (tests, and closing the app)."""
    return pool().waitForDone(msecs)
