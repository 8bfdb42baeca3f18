"""The server's epoch: a random name for this database's history.

A new epoch is made when the database is created and again by `lpj-server new-epoch` after a
restore from backup. Cursors embed it, so a client holding a cursor or acknowledgements from a
history the server no longer has finds out at its next request and re-sends what was lost.
"""

from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.server.db import Database
from sync.server.models import ServerMeta

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
