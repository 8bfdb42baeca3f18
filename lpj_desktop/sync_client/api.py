"""What the rest of the app sees of the sync engine: its results, progress and errors.

The engine (`lpj_desktop.sync_client.engine.SyncEngine`) is used by the GUI's background worker and by the
`lpj login` / `lpj sync` commands; both depend only on the names in this module and on the
engine's public methods, so the engine's insides can change freely.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from lpj_desktop.sync_client.messages import ErrorKind, norwegian


class SyncPhase(StrEnum):
    CONNECTING = "connecting"
    PUSHING = "pushing"
    PULLING = "pulling"
    SNAPSHOT = "snapshot"  # first sync, or after the server was restored from a backup
    FINISHING = "finishing"  # a big snapshot is in: indexes built, stages worked out (steps)


@dataclass(frozen=True, slots=True)
class SyncProgress:
    phase: SyncPhase
    done: int
    total: int | None = None  # None when the size is not known yet


ProgressCallback = Callable[[SyncProgress], None]
# Returns True when the caller wants the sync stopped at the next safe point (between pages).
CancelCheck = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What one sync did. `finished` is False when it stopped early (error or cancel)."""

    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0  # new conflicts seen in this sync
    rejected: int = 0  # mutations the server refused for good in this sync
    redirected: int = 0  # local records merged into another on the server
    finished: bool = True
    error: str | None = None  # the reason in words when not finished
    warnings: tuple[str, ...] = field(default_factory=tuple)


_KINDS = frozenset(k.value for k in ErrorKind)


class SyncError(Exception):
    """Sync could not finish. `str(error)` is a sentence for the user (Norwegian, for the CLI).

    `kind` (`lpj_desktop.sync_client.messages.ErrorKind`) and `params` say the same for a program: the GUI
    builds its translated sentence from them. `code` is the server's machine code when it gave
    one (`sync.protocol.ErrorCode`); `report` holds what the sync got done before it stopped
    (committed, not undone), when known.
    """

    default_kind: str = ErrorKind.APP_ERROR

    def __init__(self, message: str, *, code: str | None = None, kind: str | None = None,
                 params: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.kind: str = kind or (code if code in _KINDS else self.default_kind)
        self.params: dict[str, Any] = dict(params or {})
        self.report: SyncReport | None = None

    @classmethod
    def of(cls, kind: str, *, code: str | None = None, **params: Any) -> SyncError:
        """The error of `kind` with its Norwegian sentence (`lpj_desktop.sync_client.messages`)."""
        return cls(norwegian(kind, params), code=code, kind=kind, params=params)


class OfflineError(SyncError):
    """The server could not be reached (no network, DNS, refused, timed out, cut mid-answer)."""

    default_kind = ErrorKind.OFFLINE


class AuthError(SyncError):
    """No token, or the server refused it (expired, revoked, user deactivated): log in again."""

    default_kind = ErrorKind.UNAUTHORIZED


class VersionError(SyncError):
    """The server and this app do not speak the same protocol/schema: one must be updated."""

    default_kind = ErrorKind.CLIENT_TOO_OLD


class ServerError(SyncError):
    """The server answered with an error or with something that is not the protocol."""

    default_kind = ErrorKind.SERVER_ERROR


class SyncCancelled(Exception):
    """The caller's cancel check stopped a request midway (a slow answer is not waited for).

    Only the engine sees it: `SyncEngine.sync()` ends as for a cancel between pages, with a report
    whose `finished` is False. Not a SyncError, so no error handler mistakes a cancel for a fault.
    """


class AccountError(SyncError):
    """This store holds unsynced changes of another user (or belongs to another server): the
    login is refused so that nobody's changes are sent under someone else's name."""


# Keys of the `sync_state` table (lpj_desktop.store.models.SyncStateEntry) the engine keeps and
# the status bar reads. Times are ISO 8601 in UTC.
STATE_CURSOR = "cursor"
STATE_EPOCH = "epoch"
# The last push answer's witness (sync.protocol.WITNESS_HEADER), shown with the next push and pull.
STATE_WITNESS = "witness"
# The highest mutation id (as the server counts them) this store has sent, written before the send:
# a store put back from an older copy has a lower one than the server knows (SENT_THROUGH_HEADER).
STATE_SENT_THROUGH = "sent_through"
STATE_LAST_SUCCESS = "last_success_at"
STATE_LAST_ATTEMPT = "last_attempt_at"
STATE_LAST_ERROR = "last_error"  # the sentence shown to the user; empty after a success
# The same error for the GUI to say in the user's language: JSON {"kind": …, "params": {…}}.
STATE_LAST_ERROR_KIND = "last_error_kind"
# Outbox row ids are local; the id sent to the server is `mutation_id - STATE_MUTATION_BASE`, so a
# new client id (another user logged in on this store) starts counting at 1 again.
STATE_MUTATION_BASE = "mutation_base"
# What this client's pushes wrote that the server holds exactly as the app has it, for the pull to
# leave out: JSON {"epoch": …, "ranges": [[first, last], …], "pull_all": bool}
# (lpj_desktop.sync_client.own_seqs).
STATE_OWN_SEQS = "own_seqs"
