"""The sync engine: log in, then push the outbox and pull the server's changes (or its whole
snapshot), recording the outcome in `sync_state`.

Used by the GUI's background worker and by `lpj sync`; no Qt here. One `sync()` at a time per
store. Every step commits as it goes, so a cut or a kill anywhere loses nothing and the next
`sync()` carries on where this one stopped.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import requests
from sqlalchemy import func, select, text, update

from lpj_desktop.services.profile import get_profile
from lpj_desktop.services.trip_files import TripPlan, plan_trip_originals
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import LocalProfile, OutboxMutation, User
from lpj_desktop.store.models.local import OutboxState
from lpj_desktop.store.tallies import TallyCount, start_tally_count
from lpj_desktop.sync_client.api import (
    STATE_CURSOR,
    STATE_EPOCH,
    STATE_LAST_ATTEMPT,
    STATE_LAST_ERROR,
    STATE_LAST_ERROR_KIND,
    STATE_LAST_SUCCESS,
    STATE_MUTATION_BASE,
    STATE_SENT_THROUGH,
    STATE_WITNESS,
    AccountError,
    CancelCheck,
    OfflineError,
    ProgressCallback,
    ServerError,
    SyncCancelled,
    SyncError,
    SyncPhase,
    SyncProgress,
    SyncReport,
    VersionError,
)
from lpj_desktop.sync_client.backoff import Backoff
from lpj_desktop.sync_client.files import (
    DEFAULT_BUDGET_S,
    FileReport,
    FileSync,
    OriginalsProgressCallback,
    OriginalsReport,
    Wanted,
)
from lpj_desktop.sync_client.messages import ErrorKind, norwegian
from lpj_desktop.sync_client.own_seqs import forget_own_seqs
from lpj_desktop.sync_client.pull import NeedSnapshot, PullStats, pull_all
from lpj_desktop.sync_client.push import PushStats, pending_count, push_all, renumber_after, resend_after
from lpj_desktop.sync_client.snapshot import take_snapshot
from lpj_desktop.sync_client.state import get_state, now_text, set_state
from lpj_desktop.sync_client.transport import Deadlines, Transport, normalize_url
from sync.entities import ENTITIES
from sync.kernel.ids import uuid7
from sync.protocol import (
    ErrorCode,
    LoginRequest,
    LoginResponse,
    ServerInfo,
    UserInfo,
)

log = logging.getLogger(__name__)

RESTORED_WARNING = norwegian(ErrorKind.RESTORED)
CANCELLED = norwegian(ErrorKind.CANCELLED)
# Columns naming the local user, rewritten to the server's user id at the first login: every
# field the contract says holds a user id (the local tables are named for their kinds).
OWNER_COLUMNS: tuple[tuple[str, str], ...] = tuple(
    (spec.name, name) for spec in ENTITIES.values() for name in spec.people_fields)


@dataclass(frozen=True, slots=True)
class LoginResult:
    token: str
    expires_at: datetime
    user: UserInfo
    server: ServerInfo | None = None


@dataclass(frozen=True, slots=True)
class TripResult:
    """What `fetch_trip_originals` planned within the budget, and what the fetch did."""

    plan: TripPlan
    report: OriginalsReport


@dataclass
class _Counts:
    push: PushStats = field(default_factory=PushStats)
    pull: PullStats = field(default_factory=PullStats)
    warnings: list[str] = field(default_factory=list)

    def report(self, *, finished: bool = True, error: str | None = None) -> SyncReport:
        return SyncReport(
            pushed=self.push.pushed, pulled=self.pull.pulled,
            conflicts=self.push.conflicts + self.pull.conflicts, rejected=self.push.rejected,
            redirected=self.push.redirected, finished=finished, error=error,
            warnings=tuple(self.warnings))


def check_versions(info: ServerInfo, transport: Transport) -> None:
    """Raise VersionError when this app and the server do not share a protocol and schema."""
    proto = transport.protocol_version
    schema = int(transport.headers["X-LPJ-Schema"])
    if proto < info.protocol_min or schema < info.schema_min:
        where = {"download_url": info.client_download_url} if info.client_download_url else {}
        raise VersionError.of(ErrorKind.CLIENT_TOO_OLD, code=ErrorCode.CLIENT_TOO_OLD.value, **where)
    if proto > info.protocol_max or schema > info.schema_max:
        raise VersionError.of(ErrorKind.CLIENT_TOO_NEW, code=ErrorCode.CLIENT_TOO_NEW.value)


class SyncEngine:
    """Sync one local store with one server, as the user the token belongs to."""

    def __init__(self, store: Store, *, server_url: str, token: str | None,
                 session: requests.Session | None = None, retries: int = 2,
                 sleep: Callable[[float], None] = time.sleep, backoff: Backoff | None = None,
                 deadlines: Deadlines | None = None) -> None:
        self.store = store
        self.server_url = normalize_url(server_url)
        self.transport = Transport(self.server_url, token=token, session=session, deadlines=deadlines)
        self.retries = retries
        self._sleep = sleep
        self._backoff = backoff or Backoff(base=0.5, maximum=5.0)
        # The visit tallies counted in the background after a first sync set them aside (None
        # when nothing needed counting): `sync()` does not wait for it (store/tallies.py).
        self.tally_count: TallyCount | None = None

    def files(self) -> FileSync:
        """The attached files' sync over this engine's connection (sync_client/files.py)."""
        return FileSync(self.store, self.transport)

    def sync_files(self, budget_s: float = DEFAULT_BUDGET_S,
                   cancelled: CancelCheck | None = None) -> FileReport:
        """After `sync()`: upload waiting files for at most `budget_s`, then fetch the
        thumbnails this laptop lacks for at most `budget_s` more (many to a request: a new
        laptop's thousands come in this one call on a good link, the newest first and the rest
        with the next syncs on a poor one). Apart from the record sync, whose result it never
        changes; a failure is the report's `error`, in words; a cancel ends it quietly."""
        files = self.files()
        files.forget_deleted()
        report = FileReport()
        try:
            report = files.upload_waiting(budget_s, cancelled)
            if report.error is None:
                report.thumbnails = files.fetch_thumbnails(budget_s, cancelled)
        except SyncCancelled:
            log.info("files: cancelled")
        except SyncError as exc:
            report.error = str(exc)
            log.info("files: thumbnails stopped: %s", exc)
        return report

    def plan_trip_originals(self, budget_bytes: int) -> TripPlan:
        """The originals `fetch_trip_originals` would fetch now (nothing is fetched)."""
        files = self.files()
        with self.store.reader() as s:
            user_id = get_profile(s).user_id
            return plan_trip_originals(s, files.blobs, user_id, budget_bytes)

    def fetch_trip_originals(self, budget_bytes: int, progress: OriginalsProgressCallback | None = None,
                             cancelled: CancelCheck | None = None) -> TripResult:
        """Ahead of a trip: fetch the originals of the files of this user's own companies and
        their visits that this laptop lacks, newest first, as many as fit in `budget_bytes`
        (services/trip_files.py). A plain function for a worker thread: `progress` is called
        from it as bytes arrive, `cancelled` is asked between pieces. Stopped by a cancel or a
        lost link, it keeps what came, a cut file included, and the next call goes on from
        there (the plan is made anew: what came counts as here). One engine has one connection:
        give the worker an engine of its own, or call it while this one is not syncing."""
        plan = self.plan_trip_originals(budget_bytes)
        wanted = [Wanted(f.attachment_id, f.sha256, f.size, f.file_name) for f in plan.files]
        return TripResult(plan, self.files().fetch_originals(wanted, progress, cancelled))

    # --- account -------------------------------------------------------------------------------

    @classmethod
    def login(cls, store: Store, server_url: str, username: str, password: str,
              device_name: str = "", *, session: requests.Session | None = None,
              deadlines: Deadlines | None = None) -> LoginResult:
        """Log in and record who uses this store (LocalProfile). The token is returned, not kept:
        the caller puts it in the keyring (`lpj_desktop.services.credentials`).

        Refuses (AccountError) when the store holds unsynced changes of another user or server.
        A different user on a store with nothing unsynced gets a new client id, and their first
        sync replaces the previous user's view with their own.
        """
        url = normalize_url(server_url)
        username = username.strip()
        _refuse_demo(store)
        with store.session() as s:
            profile = get_profile(s)
            waiting = pending_count(s)
            known = profile.username is not None and profile.server_url is not None
            other = known and (profile.server_url != url
                               or (profile.username or "").casefold() != username.casefold())
            if other and waiting:
                raise _other_user_error(profile, waiting)
            client_id = uuid7() if other else profile.client_id
        transport = Transport(url, session=session, deadlines=deadlines)
        response = transport.post(
            "/auth/login",
            LoginRequest(username=username, password=password, client_id=client_id,
                         device_name=device_name[:200]),
            LoginResponse, auth=False)
        assert response is not None
        user = response.user
        with store.session() as s:
            profile = get_profile(s)
            known = profile.username is not None and profile.server_url is not None
            switching = known and (profile.server_url != url or profile.user_id != user.id)
            if switching:
                waiting = pending_count(s)
                if waiting:
                    raise _other_user_error(profile, waiting)
                _start_new_client(s, profile, client_id)
            elif not known and profile.user_id != user.id:
                _adopt_server_user(s, profile.user_id, user.id)
            profile.server_url = url
            profile.username = user.username
            profile.user_id = user.id
            profile.role = user.role
            profile.organisation = user.organisation
            profile.team = user.team
            profile.display_name = user.name
            record = s.get(User, user.id)
            if record is None:
                s.add(User(id=user.id, name=user.name, organisation=user.organisation,
                           team=user.team, role=user.role))
        log.info("logged in as %s on %s", user.username, url)
        return LoginResult(response.token, response.expires_at, user, response.server)

    def logout(self) -> None:
        """Ask the server to revoke the token (best effort: offline is not an error)."""
        try:
            self.transport.post("/auth/logout", None, None)
        except SyncError as e:
            log.info("logout: the server could not revoke the token: %s", e)

    def server_info(self, cancel: CancelCheck | None = None) -> ServerInfo:
        """The server's versions and epoch (a cheap probe; no token needed). Raises SyncError kinds,
        and SyncCancelled when `cancel` stopped it midway."""
        if cancel is None:  # within a sync, the sync's own cancel check stays
            return self.transport.get("/version", ServerInfo, auth=False)
        previous, self.transport.cancelled = self.transport.cancelled, cancel
        try:
            return self.transport.get("/version", ServerInfo, auth=False)
        finally:
            self.transport.cancelled = previous

    # --- sync ----------------------------------------------------------------------------------

    def sync(self, progress: ProgressCallback | None = None,
             cancel: CancelCheck | None = None) -> SyncReport:
        """Push the outbox, then pull (or take a snapshot). Raises a SyncError kind when it cannot
        finish (its `.report` says what was done); returns a report with finished=False when
        cancelled. The outcome is written to sync_state for the status bar."""
        emit: ProgressCallback = progress or (lambda _p: None)
        cancelled: CancelCheck = cancel or (lambda: False)
        counts = _Counts()
        with self.store.session() as s:
            set_state(s, STATE_LAST_ATTEMPT, now_text())
        # The transport asks too, so that a cancel also stops a request the server is slow with.
        self.transport.cancelled = cancel
        try:
            finished = self._attempts(emit, cancelled, counts)
        finally:
            self.transport.cancelled = None
        self._backoff.succeeded()
        with self.store.session() as s:
            if finished:
                set_state(s, STATE_LAST_SUCCESS, now_text())
                set_state(s, STATE_LAST_ERROR, "")
                set_state(s, STATE_LAST_ERROR_KIND, "")
        if finished:
            # After a first sync (which set the tallies aside), on a laptop that reads them: the
            # user does not wait for the count; the figures count the visits until it is done.
            self.tally_count = start_tally_count(self.store.engine) or self.tally_count
        return counts.report(finished=finished, error=None if finished else CANCELLED)

    def _attempts(self, emit: ProgressCallback, cancelled: CancelCheck, counts: _Counts) -> bool:
        """`_run`, tried again after an OfflineError (`retries` times, with backoff). False when
        cancelled, between pages or in the middle of a request."""
        attempt = 0
        while True:
            try:
                return self._run(emit, cancelled, counts)
            except SyncCancelled:
                log.info("sync: cancelled during a request")
                return False
            except OfflineError as e:
                if attempt >= self.retries or cancelled():
                    self._failed(e, counts)
                    raise
                attempt += 1
                delay = self._backoff.failed()
                log.info("sync: %s; trying again in %.1f s", e, delay)
                self._sleep(delay)
            except SyncError as e:
                self._failed(e, counts)
                raise
            except Exception as e:
                wrapped = SyncError.of(ErrorKind.APP_ERROR, detail=str(e))
                self._failed(wrapped, counts)
                raise

    def _failed(self, error: SyncError, counts: _Counts) -> None:
        error.report = counts.report(finished=False, error=str(error))
        try:
            with self.store.session() as s:
                set_state(s, STATE_LAST_ERROR, str(error))
                set_state(s, STATE_LAST_ERROR_KIND,
                          json.dumps({"kind": error.kind, "params": error.params}, default=str))
        except Exception:  # noqa: BLE001 — the sync error is what the user must see
            log.exception("could not record the sync error")

    def _client_id(self) -> str:
        with self.store.session() as s:
            profile = get_profile(s)
            return profile.client_id

    def _run(self, emit: ProgressCallback, cancelled: CancelCheck, counts: _Counts) -> bool:
        emit(SyncProgress(SyncPhase.CONNECTING, 0, None))
        _refuse_demo(self.store)
        client_id = self._client_id()
        with self.store.reader() as s:
            known_epoch = get_state(s, STATE_EPOCH)
        if known_epoch is None:
            # Only a store that has never synced asks first (versions, with the download link
            # for an app too old, before a snapshot). Afterwards every sync request carries the
            # versions (426 when they no longer fit) and the epoch it knows (409 when the server
            # has a new one; the push and the pull recover from that below), so a sync with
            # nothing to do is one pull, one round trip.
            info = self.server_info()
            check_versions(info, self.transport)
        if self._push(client_id, emit, cancelled, counts, pull=True):
            return True  # the push brought the whole pull with it: one round trip
        if cancelled():
            return False
        # A round pulls; when the view must be taken again, it takes the snapshot and the next
        # round pulls from there. An epoch that changes meanwhile costs a round more.
        for _round in range(4):
            try:
                return pull_all(self.store, self.transport, progress=emit, cancelled=cancelled,
                                stats=counts.pull)
            except NeedSnapshot as need:
                if need.restored:
                    # The epoch changed after this sync's push: what that push and the ones before
                    # it were answered for may be lost, so it goes again before the view is taken.
                    self._recover(client_id, counts)
                    self._push(client_id, emit, cancelled, counts)
            epoch = get_epoch(self.store)
            if not take_snapshot(self.store, self.transport, progress=emit, cancelled=cancelled,
                                 stats=counts.pull):
                return False
            if epoch is not None and get_epoch(self.store) != epoch:
                # A new epoch came with the snapshot: the history the push was answered in is gone.
                self._recover(client_id, counts)
                self._push(client_id, emit, cancelled, counts)
        # A sync ends in its first round, or in its second after a snapshot; every further round
        # follows a new epoch: a server that keeps changing it.
        raise ServerError.of(ErrorKind.SERVER_ERROR, code=ErrorCode.EPOCH_CHANGED.value,
                             detail="the server's epoch kept changing during one sync")

    def _push(self, client_id: str, emit: ProgressCallback, cancelled: CancelCheck,
              counts: _Counts, *, pull: bool = False) -> bool:
        """Push the outbox; after a refusal that says what the server holds, send again from there.
        `pull`: ask the push to bring the pull after it; True when it brought all of it."""
        try:
            return push_all(self.store, self.transport, client_id=client_id, epoch=get_epoch(self.store),
                            progress=emit, cancelled=cancelled, stats=counts.push,
                            pull=counts.pull if pull else None)
        except SyncError as e:
            if e.code == ErrorCode.EPOCH_CHANGED:
                self._recover(client_id, counts)
            elif e.code == ErrorCode.MUTATION_GAP:
                if resend_after(self.store, self.transport, client_id):
                    # It had answered them, so it lost them: restored from an older copy (a server
                    # that does not find that out by itself answers so). What it numbered anew
                    # since may lie behind our cursor.
                    self._view_lost(counts)
            elif e.code == ErrorCode.CLIENT_BEHIND:
                renumber_after(self.store, self.transport, client_id)
            elif e.code == ErrorCode.CLIENT_MISMATCH:
                raise AccountError.of(ErrorKind.CLIENT_MISMATCH, code=e.code) from e
            else:
                raise
            push_all(self.store, self.transport, client_id=client_id, epoch=get_epoch(self.store),
                     progress=emit, cancelled=cancelled, stats=counts.push)
            return False

    def _recover(self, client_id: str, counts: _Counts) -> None:
        """The server was restored from a backup: send again what it lost, then re-take the view."""
        log.warning("sync: the server's epoch changed (restored from a backup?)")
        resend_after(self.store, self.transport, client_id)
        self._view_lost(counts)

    def _view_lost(self, counts: _Counts) -> None:
        """Our view may lack what the server numbered anew after a restore: take it again."""
        with self.store.session() as s:
            set_state(s, STATE_CURSOR, None)
            forget_own_seqs(s)
        if RESTORED_WARNING not in counts.warnings:
            counts.warnings.append(RESTORED_WARNING)


def _refuse_demo(store: Store) -> None:
    from lpj_desktop.services.demo import has_demo_data

    with store.reader() as s:
        if has_demo_data(s):
            raise AccountError.of(ErrorKind.DEMO_STORE, code="demo_store")


def get_epoch(store: Store) -> str | None:
    with store.reader() as s:
        return get_state(s, STATE_EPOCH)


def _other_user_error(profile: LocalProfile, waiting: int) -> SyncError:
    return AccountError.of(ErrorKind.OTHER_USER_CHANGES, waiting=waiting, username=profile.username)


def _start_new_client(s, profile: LocalProfile, client_id: str) -> None:  # type: ignore[no-untyped-def]
    """Another user takes over a store with nothing unsynced: a new client id counting from 1,
    and no cursor, so their first sync takes their own view."""
    highest = s.scalar(select(func.max(OutboxMutation.mutation_id))) or 0
    profile.client_id = client_id
    set_state(s, STATE_MUTATION_BASE, str(highest))
    set_state(s, STATE_SENT_THROUGH, None)
    set_state(s, STATE_WITNESS, None)
    set_state(s, STATE_CURSOR, None)
    set_state(s, STATE_EPOCH, None)


def _adopt_server_user(s, local_id: str, server_id: str) -> None:  # type: ignore[no-untyped-def]
    """First login: what was recorded before under the local stand-in id becomes the user's."""
    for table, column in OWNER_COLUMNS:
        s.execute(text(f"UPDATE {table} SET {column} = :new WHERE {column} = :old"),
                  {"new": server_id, "old": local_id})
    owner_fields = {column for _t, column in OWNER_COLUMNS}
    for m in s.scalars(select(OutboxMutation).where(OutboxMutation.state == OutboxState.PENDING)):
        fields = m.fields
        hits = [k for k, v in fields.items() if k in owner_fields and v == local_id]
        if hits:
            for k in hits:
                fields[k] = server_id
            m.set_fields(fields)
    if s.get(User, server_id) is None:
        s.execute(update(User).where(User.id == local_id).values(id=server_id))
