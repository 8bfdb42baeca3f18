"""Writes made on the UI thread while the sync may hold the store.

A first sync builds each visit index under the store's write lock for seconds (2–4 s for a
million visits, longer on a slow laptop). A write on the UI thread that waited for it would
freeze the window meanwhile, and fail with "database is locked" after SQLite's 5 s. So widgets
write through `Store.quick_session`, which gives up at once with StoreBusy, say so, and let a
`Retry` try again a moment later. What the user entered stays in the widget (or in the retry)
until it is written; nothing is written twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from lpj_desktop.services.use import quick_write
from lpj_desktop.store.database import Store, StoreBusy

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")

# How often a write that found the store busy is tried again.
RETRY_MS = 250


def busy_message() -> str:
    """What a widget says while its write waits for the sync."""
    return QCoreApplication.translate(
        "StoreWrites", "Synkroniseringen skriver akkurat nå; lagres av seg selv om et øyeblikk.")


class Retry(QObject):
    """One kind of write of one widget, tried again every RETRY_MS while the store is busy.

    `later(attempt)` schedules `attempt`, which writes through `Store.quick_session` and calls
    `later` again if the store is still busy. A newer attempt replaces a pending one, so a form's
    latest state is what gets saved. A widget calls `cancel()` before it writes by other means
    (the user pressed Save again) and when it closes, so that no stale attempt writes twice.
    """

    def __init__(self, parent: QObject, interval_ms: int = RETRY_MS) -> None:
        super().__init__(parent)
        self._attempt: Callable[[], object] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._fire)

    @property
    def pending(self) -> bool:
        return self._attempt is not None

    def later(self, attempt: Callable[[], object]) -> None:
        self._attempt = attempt
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._attempt = None

    def _fire(self) -> None:
        attempt, self._attempt = self._attempt, None
        if attempt is not None:
            attempt()


class RetryQueue(QObject):
    """Writes that each must happen once (a new note, a follow-up marked done), tried again in
    order while the store is busy. `run(attempt)` tries at once; `attempt` returns False when the
    store was busy, and is then tried again later, after those waiting before it."""

    def __init__(self, parent: QObject, interval_ms: int = RETRY_MS) -> None:
        super().__init__(parent)
        self._waiting: list[Callable[[], bool]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._drain)

    @property
    def pending(self) -> int:
        return len(self._waiting)

    def run(self, attempt: Callable[[], bool]) -> bool:
        """True when written now; False when it waits for the store (it is kept and retried)."""
        if not self._waiting and attempt():
            return True
        self._waiting.append(attempt)
        self._timer.start()
        return False

    def write(self, store: Store, change: Callable[[Session], T], *, say: Callable[[str], None],
              done: Callable[[T], object] = lambda _result: None,
              refusals: tuple[type[Exception], ...] = (),
              refused: Callable[[Any], object] = lambda _error: None) -> bool:
        """Make `change` in a `Store.quick_session`, now or, while the sync holds the store (said
        through `say`), once it lets go; then `done(what change returned)`. One of `refusals`
        raised by `change` goes to `refused` and is not tried again. True when written now.

        What `change` writes must be taken before the call (not read from widgets inside it):
        by the time it is retried the widget may show something else."""
        written: list[bool] = []

        def attempt() -> bool:
            try:
                result = quick_write(store, change)
            except StoreBusy:
                say(busy_message())
                return False
            except refusals as error:
                written.append(False)
                refused(error)
                return True
            written.append(True)
            done(result)
            return True

        return self.run(attempt) and written == [True]

    def _drain(self) -> None:
        while self._waiting:
            if not self._waiting[0]():
                self._timer.start()
                return
            self._waiting.pop(0)
