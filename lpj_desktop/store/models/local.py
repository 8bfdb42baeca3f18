"""Tables that never leave this device: the profile, the outbox and the sync bookkeeping."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lpj_desktop.store.base import Base, utcnow
from sync.kernel.ids import uuid7


class LocalProfile(Base):
    """Who uses this store. One row (id 1)."""

    __tablename__ = "local_profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    user_id: Mapped[str] = mapped_column(String(36), default=uuid7)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    team: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16), default="hunter")
    # Identifies this store to the server: mutation ids are counted per client id.
    client_id: Mapped[str] = mapped_column(String(36), default=uuid7)
    server_url: Mapped[str | None] = mapped_column(String(300))
    username: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class OutboxState:
    PENDING = "pending"
    APPLIED = "applied"
    REJECTED = "rejected"


class OutboxMutation(Base):
    """One local change waiting to be pushed, written in the same transaction as the change.

    `mutation_id` is this client's increasing sequence: the server applies in that order, once.
    """

    __tablename__ = "outbox"

    mutation_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    args: Mapped[dict[str, Any]]
    base_version: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    state: Mapped[str] = mapped_column(String(16), default=OutboxState.PENDING)
    result: Mapped[dict[str, Any] | None]
    error_code: Mapped[str | None] = mapped_column(String(64))
    error_message: Mapped[str | None] = mapped_column(Text)
    acked_at: Mapped[datetime | None]

    __mapper_args__ = {"eager_defaults": False}
    # AUTOINCREMENT: ids are never reused after acknowledged rows are pruned; a reused id would
    # be taken by the server as a replay of the old mutation and the new change lost.
    # (state, entity, record_id) (migration 0012): the records with changes waiting, which the
    # status bar counts after every change, read from the index alone and in order (no table row,
    # no sort): 8,000 letters marked leave 8,000 rows, and counting 31,000 from the table took
    # the window 40-60 ms. It serves every lookup by state, as the index on state alone did.
    __table_args__ = (Index("ix_outbox_state_record", "state", "entity", "record_id"),
                      {"sqlite_autoincrement": True})

    # `args` is the wire body's args: {"fields": {name: wire value}} for a create or update, with
    # "before" (the values the update replaced) kept locally to undo a refused change; {} for a
    # delete. These three are the one way code reads and rewrites it.
    @property
    def fields(self) -> dict[str, Any]:
        """The values this change writes (wire form), a copy."""
        return dict((self.args or {}).get("fields") or {})

    @property
    def before(self) -> dict[str, Any] | None:
        """The values an update replaced (wire form); None when the change did not keep them."""
        before = (self.args or {}).get("before")
        return None if before is None else dict(before)

    def set_fields(self, fields: dict[str, Any]) -> None:
        """Rewrite the values this change writes (ids re-keyed before it is pushed)."""
        self.args = {**(self.args or {}), "fields": fields}


class SyncStateEntry(Base):
    """Key/value bookkeeping for sync: cursor, server epoch, last success, last error."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


class SyncConflict(Base):
    """A shared field edited to different values on two devices, as the server recorded it.

    The server decided by arrival order (`kept_value` is what the record holds now) and keeps the
    conflict open until someone resolves it; the client mirrors it here so the user can see both
    values side by side. Resolving writes a "resolve" mutation to the outbox and fills
    `local_choice` until the server's closed copy of the conflict is pulled.
    """

    __tablename__ = "sync_conflict"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # the server's conflict id
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(64), index=True)
    field: Mapped[str] = mapped_column(String(64))
    base_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    kept_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    lost_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    kept_by: Mapped[str | None] = mapped_column(String(64))
    lost_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
    resolution: Mapped[str | None] = mapped_column(String(16))
    # Chosen here and queued in the outbox, not yet confirmed by the server.
    local_choice: Mapped[str | None] = mapped_column(String(16))
