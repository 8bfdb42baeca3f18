"""The sync wire protocol: the request and response bodies both the app and the server validate.

The prose version, with the reasoning, is `docs/sync-protocol.md`. In short:

* ``POST /api/v1/auth/login`` → a bearer token (the only credentials-bearing request).
* ``GET  /api/v1/version`` → which protocol and schema versions the server speaks, its epoch and
  the newest app version (no token needed).
* ``POST /api/v1/sync/push`` → a client's mutations in order, applied idempotently by
  (client id, mutation id); the answer holds one result per mutation.
* ``GET  /api/v1/sync/pull?cursor=…&limit=…`` → the changes after the cursor that the caller may
  see, oldest first, with the next cursor.
* ``GET  /api/v1/sync/snapshot`` → the caller's whole view as NDJSON lines (first sync, and after
  a server restore): one :class:`SnapshotHeader`, then :class:`Change` lines, then
  :class:`SnapshotEnd`.

Every sync request carries the headers :data:`PROTOCOL_HEADER` and :data:`SCHEMA_HEADER`; a server
that does not speak them answers 426 with an :class:`ErrorBody` whose code is ``client_too_old`` or
``client_too_new`` — the client keeps its outbox and tells the user to update.

Cursors are opaque strings made by the server (they embed the epoch); clients store them verbatim.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from sync import PROTOCOL_VERSION
from sync.entities import MutationName

# The field set of sync/entities.py. Bump when an entity gains or loses a synced field.
# 2: the "handover" kind and campaign_target.letter_channel (issue 24). A server speaks 1..2: an
# app of schema 1 still syncs and skips the handover records it does not know; an app of 2 is told
# to wait for a server upgrade.
# 3: user.active (a deactivated hunter is given no work). A server speaks 1..3: older apps leave
# the field they do not know; an app of 3 facing a server of 2 is told to wait for its upgrade.
SCHEMA_VERSION = 3

PROTOCOL_HEADER = "X-LPJ-Protocol"
SCHEMA_HEADER = "X-LPJ-Schema"
CLIENT_VERSION_HEADER = "X-LPJ-Client-Version"
# "<last mutation id answered>:<signature>": a push answer's signed proof of what the client was
# answered through, shown back with the next push and pull (a restored server believes only a
# signed claim that it lost history; see sync/server/meta.py).
WITNESS_HEADER = "X-LPJ-Witness"
# The highest mutation id this laptop's store had sent before a push: ids above it are new to the
# store, so a server that already answered one of them is talking to a store restored from an older
# copy, which would otherwise lose those changes as replays (409 client_behind).
SENT_THROUGH_HEADER = "X-LPJ-Sent-Through"

API_PREFIX = "/api/v1"

# Limits both sides know, so that a client never builds a push the server will refuse for size.
MAX_MUTATIONS_PER_PUSH = 1000
MAX_BODY_BYTES = 8 * 1024 * 1024
DEFAULT_PULL_LIMIT = 1000
MAX_PULL_LIMIT = 5000
# Thumbnails asked for in one request (POST /attachments/thumbnails): at most 256 KB each, so an
# answer stays within 50 MB; a laptop's first sync of 10,000 attachments takes 50 requests.
MAX_THUMBNAILS_PER_REQUEST = 200


# PostgreSQL cannot store NUL in text, so no text the server keeps may hold one. The contract says
# so in every such field's pattern: a client knows before it sends, and the OpenAPI document a
# generated client or fuzzer reads tells the truth about what is accepted.
NO_NUL = r"^[^\x00]*$"
# A cursor is "<epoch>.<seq>" as the server made it; anything else is refused as cursor_invalid
# (one of another epoch as epoch_changed).
CURSOR_PATTERN = r"^[\s\S]+\.[0-9]{1,18}$"



def _number_not_text(value: Any) -> Any:
    if isinstance(value, str | bool):
        raise ValueError("must be a JSON number, not text or true/false")
    return value


# A JSON integer as JSON Schema means it (2 and 2.0 both), never "2" or true: lax parsing took
# those, so a body the document calls invalid was applied.
WireInt = Annotated[int, BeforeValidator(_number_not_text)]


class _Wire(BaseModel):
    # Unknown keys are refused: a typo on either side must fail loudly, not be dropped.
    model_config = ConfigDict(extra="forbid")


class ErrorCode(StrEnum):
    """Machine codes in every error body and every rejected mutation."""

    # Request level (HTTP 4xx)
    BAD_REQUEST = "bad_request"
    UNAUTHORIZED = "unauthorized"  # no, expired or revoked token
    BAD_CREDENTIALS = "bad_credentials"
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    BODY_TOO_LARGE = "body_too_large"
    CLIENT_TOO_OLD = "client_too_old"
    CLIENT_TOO_NEW = "client_too_new"
    MUTATION_GAP = "mutation_gap"  # push did not start at the server's last id + 1
    # new mutations under ids the server already answered: the laptop's store is an older copy
    CLIENT_BEHIND = "client_behind"
    CLIENT_MISMATCH = "client_mismatch"  # the client id belongs to another user
    EPOCH_CHANGED = "epoch_changed"  # cursor from before a server restore: take a snapshot
    CURSOR_INVALID = "cursor_invalid"
    # Mutation level (a rejected mutation; the queue advances past it)
    UNKNOWN_ENTITY = "unknown_entity"
    UNKNOWN_MUTATION = "unknown_mutation"
    INVALID_FIELDS = "invalid_fields"
    MISSING_FIELDS = "missing_fields"
    NOT_OWNER = "not_owner"  # someone else's visit or note
    STAFF_ONLY = "staff_only"
    OTHER_ORGANISATION = "other_organisation"
    UNKNOWN_RECORD = "unknown_record"  # update/delete of a record the server never saw
    RECORD_DELETED = "record_deleted"  # update of a tombstone (never resurrected)
    ID_TAKEN = "id_taken"  # create with an id that names a different kind of record
    # A field naming a record the server does not have (or that another organisation has): a
    # visit on a company nobody sent, a contact that does not exist. Never stored as an orphan.
    UNKNOWN_REFERENCE = "unknown_reference"
    # Attached files (sync/server/routes/files.py)
    QUOTA_EXCEEDED = "quota_exceeded"  # the organisation's attachments would pass its quota
    HASH_MISMATCH = "hash_mismatch"  # a finished upload is not the file its record names
    OFFSET_MISMATCH = "offset_mismatch"  # a PATCH not at the server's offset (HEAD, then resume)
    UPLOAD_BUSY = "upload_busy"  # another request is still writing this upload
    UNKNOWN_UPLOAD = "unknown_upload"  # finished long ago, expired or never made: start again


class ErrorBody(_Wire):
    """The JSON body of every 4xx/5xx answer. `message` is for people (Norwegian or English)."""

    code: ErrorCode | str
    message: str
    detail: dict[str, Any] | None = None


# --- version and login ---------------------------------------------------------------------------


class ServerInfo(_Wire):
    server_version: str
    protocol_min: int
    protocol_max: int
    schema_min: int
    schema_max: int
    # Changes when the server's database is restored from a backup (or re-created): clients that
    # saw another epoch re-send what the server lost and re-take a snapshot.
    epoch: str
    latest_client_version: str | None = None
    client_download_url: str | None = None


class ThumbnailsRequest(_Wire):
    """The attachments whose thumbnails a laptop lacks, for one answer (multipart/mixed)."""

    ids: list[Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]] = Field(
        min_length=1, max_length=MAX_THUMBNAILS_PER_REQUEST)


class LoginRequest(_Wire):
    username: str = Field(min_length=1, max_length=200, pattern=NO_NUL)
    password: str = Field(min_length=1, max_length=1000, pattern=NO_NUL)
    client_id: str = Field(min_length=1, max_length=64, pattern=NO_NUL)
    device_name: str = Field(default="", max_length=200, pattern=NO_NUL)


class UserInfo(_Wire):
    id: str
    username: str
    name: str
    organisation: str
    team: str | None = None
    role: Literal["hunter", "staff", "admin"]


class LoginResponse(_Wire):
    token: str
    expires_at: datetime
    user: UserInfo
    server: ServerInfo


# --- push ----------------------------------------------------------------------------------------


class Mutation(_Wire):
    """One local change. `id` counts up by one per client, with no gaps, starting at 1."""

    id: WireInt = Field(ge=1)
    name: MutationName
    entity: str = Field(max_length=40, pattern=NO_NUL)
    record_id: str = Field(min_length=1, max_length=64, pattern=NO_NUL)
    # The server version of the record the edit started from (None for creates and for records
    # the client never got from the server). Field merges are decided against it.
    base_version: WireInt | None = None
    # create: all synced fields; update: the changed fields only; delete: empty;
    # resolve (entity "conflict", record_id = conflict id): {"choice": "mine"|"theirs"|"edited",
    # "value": …} — the server writes the value to the record and closes the conflict.
    fields: dict[str, Any] = Field(default_factory=dict)
    # Device time of the edit, for display only; never used to order or decide anything.
    # Strict: a number is not a time (lax parsing would take it as seconds since 1970).
    made_at: datetime | None = Field(default=None, strict=True)


class PushRequest(_Wire):
    client_id: str = Field(min_length=1, max_length=64, pattern=NO_NUL)
    # the epoch the client last saw, None on first contact
    epoch: str | None = Field(default=None, max_length=64, pattern=NO_NUL)
    mutations: list[Mutation] = Field(max_length=MAX_MUTATIONS_PER_PUSH)


class MutationStatus(StrEnum):
    APPLIED = "applied"
    REJECTED = "rejected"


class ConflictInfo(_Wire):
    """A shared field edited to different values on two sides. Kept on the server until resolved."""

    id: str
    entity: str
    record_id: str
    field: str
    base_value: Any = None
    # The value that arrived first and is now stored, and the value that lost.
    kept_value: Any = None
    lost_value: Any = None
    kept_by: str | None = None
    lost_by: str | None = None
    created_at: datetime
    resolved_at: datetime | None = None
    resolution: str | None = None


class MutationResult(_Wire):
    id: int
    status: MutationStatus
    # Server version of the record after the mutation (None when rejected).
    version: int | None = None
    error_code: ErrorCode | str | None = None
    message: str | None = None
    conflicts: list[ConflictInfo] = Field(default_factory=list)
    # The record was merged into another (duplicate companies created offline): the client
    # rewrites its references from record_id to this id.
    redirected_to: str | None = None
    # True when this result was stored earlier and is returned again for a replayed mutation.
    replayed: bool = False


class PushResponse(_Wire):
    epoch: str
    # The highest mutation id the server has applied or rejected for this client, after this push.
    last_mutation_id: int
    results: list[MutationResult]
    # Only when asked (`POST /sync/push?own_seqs=1`): ranges [first, last] of the sequence
    # numbers of what this push wrote exactly as the client sent it, for its pull's `skip`.
    own_seqs: list[tuple[int, int]] = Field(default_factory=list)
    # Only when asked (`POST /sync/push?pull=<cursor>`): the first page of a pull from that
    # cursor, made right after the push was applied (one round trip for the whole sync).
    pull: PullResponse | None = None


def own_seqs_cover(applied: int, own_seqs: list[tuple[int, int]]) -> bool:
    """Whether a push answer's `own_seqs` cover all `applied` mutations it applied (not replayed).
    Only then may a pull leave them out: otherwise the laptop's copy of some record may differ
    from the server's (a conflict, a merge, a second create, an edit on an older version, a
    server of before), and nothing is skipped until a pull has run to its end."""
    return sum(last - first + 1 for first, last in own_seqs) >= applied


class ClientState(_Wire):
    """``GET /api/v1/sync/client/{client_id}``: where the server stands with a client (after a
    restore the client compares it with what it thinks was acknowledged and re-sends the rest)."""

    client_id: str
    epoch: str
    last_mutation_id: int


# --- pull and snapshot ---------------------------------------------------------------------------


class Change(_Wire):
    """The current state of one record the caller may see (not a diff)."""

    entity: str
    record_id: str
    version: int
    deleted: bool = False
    # All synced fields of the entity (empty for a tombstone). Timestamps are ISO 8601 with Z.
    fields: dict[str, Any] = Field(default_factory=dict)
    merged_into: str | None = None
    updated_at: datetime | None = None


class PullResponse(_Wire):
    epoch: str
    changes: list[Change]
    cursor: str
    more: bool


PushResponse.model_rebuild()  # its `pull` is a PullResponse, defined here


class SnapshotHeader(_Wire):
    kind: Literal["header"] = "header"
    epoch: str
    # Pull from here after the snapshot: every change committed after the snapshot was taken.
    cursor: str
    estimated_count: int | None = None


class SnapshotEnd(_Wire):
    kind: Literal["end"] = "end"
    count: int


__all__ = [
    "API_PREFIX", "CLIENT_VERSION_HEADER", "CURSOR_PATTERN", "DEFAULT_PULL_LIMIT", "MAX_BODY_BYTES",
    "MAX_MUTATIONS_PER_PUSH", "MAX_PULL_LIMIT", "NO_NUL", "PROTOCOL_HEADER", "PROTOCOL_VERSION",
    "SCHEMA_HEADER", "SCHEMA_VERSION", "Change", "ClientState", "ConflictInfo", "ErrorBody",
    "ErrorCode", "LoginRequest", "LoginResponse", "Mutation", "MutationResult", "MutationStatus",
    "PullResponse", "PushRequest", "PushResponse", "ServerInfo", "SnapshotEnd", "SnapshotHeader",
    "SENT_THROUGH_HEADER", "UserInfo", "WITNESS_HEADER",
]
