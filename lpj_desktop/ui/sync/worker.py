"""The sync worker: runs `SyncEngine.sync()` off the UI thread, one at a time, when asked ("Sync
now"), every few minutes, soon after local changes, and when the network comes back; waits
longer after each failure (backoff with jitter). Reports progress and outcome by signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from lpj_desktop.store.database import Store
from lpj_desktop.sync_client.api import (
    AuthError,
    CancelCheck,
    OfflineError,
    ProgressCallback,
    SyncCancelled,
    SyncError,
    SyncReport,
    VersionError,
)
from lpj_desktop.sync_client.backoff import Backoff
from lpj_desktop.sync_client.messages import ErrorKind
from lpj_desktop.ui.workers import Job, pool, run_job

log = logging.getLogger(__name__)

OK, OFFLINE, AUTH, VERSION, ERROR = "ok", "offline", "auth", "version", "error"


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    """How one sync ended: `kind` is ok/offline/auth/version/error, `message` the words for it."""

    kind: str
    report: SyncReport | None
    message: str = ""


def _kind(error: SyncError) -> str:
    if isinstance(error, OfflineError):
        return OFFLINE
    if isinstance(error, AuthError):
        return AUTH
    if isinstance(error, VersionError):
        return VERSION
    return ERROR


def run_sync(engine: Any, progress: ProgressCallback, cancel: CancelCheck) -> SyncOutcome:
    """Run one sync and turn its end into an outcome (runs in the pool; never raises SyncError)."""
    from lpj_desktop.ui.sync.errors import error_words, sync_error_words

    try:
        report = engine.sync(progress=progress, cancel=cancel)
    except SyncError as e:
        return SyncOutcome(_kind(e), getattr(e, "report", None), sync_error_words(e))
    if report.error and not report.finished:
        return SyncOutcome(OK, report, error_words(ErrorKind.CANCELLED, {}, report.error))
    _sync_files(engine, cancel)
    return SyncOutcome(OK, report, report.error or "")


def _sync_files(engine: Any, cancel: CancelCheck) -> None:
    """After a finished record sync: a slice of time for attached files (issue 23). Its outcome
    never changes the sync's; what it could not do waits for the next sync, and is logged in
    words (the status bar's 'files waiting' comes with the attachments UI)."""
    sync_files = getattr(engine, "sync_files", None)
    if sync_files is None:  # an engine without files (tests' stand-ins)
        return
    files = sync_files(cancelled=cancel)
    if files.error:
        log.info("sync: files wait for the next sync: %s", files.error)


def _fetch_original(engine: Any, attachment_id: str) -> Any:
    return engine.files().fetch_original(attachment_id)


def probe_server(engine: Any, progress: ProgressCallback | None = None,
                 cancel: CancelCheck | None = None) -> bool:
    """A cheap question to the server (its version): True when it answers, False when cancelled
    (the app is closing) before it did."""
    try:
        engine.server_info(cancel=cancel)
    except SyncCancelled:
        return False
    return True


EngineFactory = Callable[[Store, str, str], Any]


def default_engine(store: Store, server_url: str, token: str) -> Any:
    from lpj_desktop.sync_client.engine import SyncEngine

    # No retries inside the engine: the worker's own backoff decides when to try again, and a
    # quick "offline" keeps the status bar truthful.
    return SyncEngine(store, server_url=server_url, token=token, retries=0)


class SyncWorker(QObject):
    """Owns when sync runs. `sync_now()` is the only way a sync starts."""

    started = Signal(str)  # why: manual / timer / changes / network / login / retry
    progress = Signal(object)  # SyncProgress
    finished = Signal(object)  # SyncOutcome
    online_changed = Signal(bool)

    def __init__(self, store: Store, *, interval_ms: int = 5 * 60_000, changes_delay_ms: int = 20_000,
                 engine_factory: EngineFactory = default_engine, backoff: Backoff | None = None,
                 watch_network_after_ms: int = 2000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.engine_factory = engine_factory
        self.backoff = backoff or Backoff(base=15.0, maximum=600.0)
        self.server_url: str | None = None
        self.token: str | None = None
        self.online = True
        self.last_outcome: SyncOutcome | None = None
        self._job: Job | None = None
        self._probe_job: Job | None = None
        self._stopped = False
        # A version mismatch or a refused token stops automatic tries until the user acts.
        self._blocked = False
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(lambda: self.sync_now("timer", automatic=True))
        self.retry_timer = QTimer(self, singleShot=True)
        self.retry_timer.timeout.connect(lambda: self.sync_now("retry", automatic=True))
        self.changes_timer = QTimer(self, singleShot=True, interval=changes_delay_ms)
        self.changes_timer.timeout.connect(lambda: self.sync_now("changes", automatic=True))
        self._network = None
        # QtNetwork and its backend cost ~25 ms to load: not on the way to the first window.
        QTimer.singleShot(watch_network_after_ms, self._watch_network)

    # --- credentials ---------------------------------------------------------------------------
    @property
    def logged_in(self) -> bool:
        return bool(self.server_url and self.token)

    @property
    def running(self) -> bool:
        return self._job is not None

    def set_credentials(self, server_url: str, token: str) -> None:
        self.server_url, self.token = server_url, token
        self._blocked = False
        self.backoff.succeeded()
        if not self._stopped:
            self.timer.start()

    def clear_credentials(self) -> None:
        self.server_url = self.token = None
        self.timer.stop()
        self.retry_timer.stop()
        self.changes_timer.stop()

    # --- triggers ------------------------------------------------------------------------------
    def sync_now(self, reason: str = "manual", *, automatic: bool = False) -> bool:
        """Start a sync unless one runs (never two at once) or there is nobody logged in.
        Automatic triggers also respect the backoff after failures. True when one started."""
        if self._stopped or self._job is not None or not self.logged_in:
            return False
        if automatic and (self._blocked or not self.backoff.due()):
            return False
        assert self.server_url and self.token
        self.retry_timer.stop()
        self.changes_timer.stop()
        engine = self.engine_factory(self.store, self.server_url, self.token)
        job = Job(run_sync, engine, with_progress=True)
        self._job = job
        self.started.emit(reason)
        run_job(job, on_done=self._done, on_failed=self._crashed, on_progress=self.progress.emit)
        return True

    def fetch_original(self, attachment_id: str, on_done: Callable[[Any], None],
                       on_failed: Callable[[str, str], None]) -> bool:
        """Fetch one attached file's original from the server in the background (the viewer asks
        when only the thumbnail is here). False when nobody is logged in: there is no server to
        ask. Runs beside a sync: it reads the store and writes only the file store."""
        if not self.logged_in:
            return False
        assert self.server_url and self.token
        engine = self.engine_factory(self.store, self.server_url, self.token)
        run_job(Job(_fetch_original, engine, attachment_id), on_done=on_done, on_failed=on_failed)
        return True

    def local_changes_made(self) -> None:
        """Something was saved here: send it soon (debounced), if a sync can run."""
        if self.logged_in and not self._stopped and not self.changes_timer.isActive():
            self.changes_timer.start()

    def _done(self, outcome: SyncOutcome) -> None:
        self._job = None
        self.last_outcome = outcome
        if outcome.kind == OK:
            self.backoff.succeeded()
            self._set_online(True)
        elif outcome.kind == OFFLINE:
            self._set_online(False)
            self._schedule_retry()
        elif outcome.kind in (AUTH, VERSION):
            self._set_online(True)  # the server answered
            self._blocked = True
        else:
            self._schedule_retry()
        self.finished.emit(outcome)

    def _crashed(self, message: str, _traceback: str) -> None:
        self._done(SyncOutcome(ERROR, None, message))

    def _schedule_retry(self) -> None:
        delay = self.backoff.failed()
        if not self._stopped:
            self.retry_timer.start(int(delay * 1000))

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)

    # --- network -------------------------------------------------------------------------------
    def _watch_network(self) -> None:
        """Sync when the OS says the network is back, where a QNetworkInformation backend loads."""
        if self._stopped:
            return
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
                self._network = QNetworkInformation.instance()
        except Exception:  # noqa: BLE001 — no backend is normal; the timer and the probe remain
            log.info("no network information backend; relying on the timer and probes", exc_info=True)
            self._network = None
        if self._network is not None:
            self._network.reachabilityChanged.connect(self._reachability_changed)

    def _reachability_changed(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Disconnected:
            self._set_online(False)
        elif reachability in (QNetworkInformation.Reachability.Online,
                              QNetworkInformation.Reachability.Site):
            self.network_back()

    def network_back(self) -> None:
        """The network may be back: ask the server cheaply, and sync at once when it answers."""
        if not self.logged_in or self._stopped or self._probe_job is not None or self._job is not None:
            return
        assert self.server_url and self.token
        engine = self.engine_factory(self.store, self.server_url, self.token)
        # With a cancel check (and a progress callback nobody listens to): stop() ends it too.
        self._probe_job = run_job(Job(probe_server, engine, with_progress=True),
                                  on_done=self._probe_answered, on_failed=self._probe_failed)

    def _probe_answered(self, answered: object) -> None:
        self._probe_job = None
        if not answered or self._stopped:
            return
        self._set_online(True)
        self.backoff.succeeded()  # the server is there: no reason to keep waiting
        self.sync_now("network", automatic=True)

    def _probe_failed(self, message: str, _tb: str) -> None:
        self._probe_job = None
        log.info("server probe failed: %s", message)

    # --- shutting down -------------------------------------------------------------------------
    def stop(self, wait_ms: int = 5000) -> None:
        """Stop every timer, ask a running sync to stop at its next safe point and wait a little
        for it (it commits as it goes, so stopping anywhere loses nothing)."""
        self._stopped = True
        for t in (self.timer, self.retry_timer, self.changes_timer):
            t.stop()
        running = [job for job in (self._job, self._probe_job) if job is not None]
        for job in running:
            job.cancel()  # a request under way stops within a fraction of a second
        if running:
            pool().waitForDone(wait_ms)
