"""The server's epoch: a random name for this database's history.

A new epoch is made when the database is created and again by `lpj-server new-epoch` after a
restore from backup. Cursors embed it, so a client holding a cursor or acknowledgements from a
history the server no longer has finds out at its next request and re-sends what was lost.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from sync.server.db import Database, driver_rows
from sync.server.models import ServerMeta, as_utc

EPOCH_KEY = "epoch"


def new_epoch_value() -> str:
    return secrets.token_hex(8)


def read_epoch(session: Session) -> str:
    value = session.scalar(select(ServerMeta.value).where(ServerMeta.key == EPOCH_KEY))
    if value is None:
        raise RuntimeError("the server database has no epoch: run `lpj-server migrate`")
    return value


def ensure_epoch(db: Database) -> str:
    """The current epoch, made on first use."""
    with db.writer() as session:
        row = session.get(ServerMeta, EPOCH_KEY)
        if row is None:
            row = ServerMeta(key=EPOCH_KEY, value=new_epoch_value())
            session.add(row)
        return row.value


def start_new_epoch(db: Database) -> str:
    """After a restore from backup: a new epoch, so that every client re-checks what we hold."""
    with db.writer() as session:
        row = session.get(ServerMeta, EPOCH_KEY)
        value = new_epoch_value()
        if row is None:
            session.add(ServerMeta(key=EPOCH_KEY, value=value))
        else:
            row.value = value
        return value


@dataclass(frozen=True, slots=True)
class SyncStart:
    """What every push and pull reads first. Client fields are None for a client not known."""

    epoch: str
    head: int  # the highest change sequence number committed
    client_user_id: str | None
    last_mutation_id: int | None
    last_pull_seq: int | None
    last_pull_at: datetime | None


_START = text(
    "SELECT (SELECT value FROM server_meta WHERE key = :epoch_key) AS epoch,"
    " (SELECT coalesce(max(seq), 0) FROM records) AS head,"
    " c.user_id, c.last_mutation_id, c.last_pull_seq, c.last_pull_at"
    " FROM (SELECT 1 AS one) AS one LEFT JOIN clients c ON c.client_id = :client_id"
)


def read_start(session: Session | Connection, client_id: str) -> SyncStart:
    """Epoch, head and the client's row, in one statement (a round trip each cost more than
    the reading), run by the driver (every push and pull reads it)."""
    (epoch, head, user_id, last_mutation_id, last_pull_seq, pulled_at), = driver_rows(
        session, _START, {"epoch_key": EPOCH_KEY, "client_id": client_id})
    if epoch is None:
        raise RuntimeError("the server database has no epoch: run `lpj-server migrate`")
    return SyncStart(epoch, int(head), user_id, last_mutation_id, last_pull_seq,
                     None if pulled_at is None else as_utc(pulled_at))
