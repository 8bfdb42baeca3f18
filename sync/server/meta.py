"""The server's epoch: a random name for this database's history.

A new epoch is made when the database is created and again by `lpj-server new-epoch` after a
restore from backup. Cursors embed it, so a client holding a cursor or acknowledgements from a
history the server no longer has finds out at its next request and re-sends what was lost.

An operator may forget `new-epoch`. Then the clients are the witnesses: a pull cursor beyond the
highest sequence number, or mutations acknowledged beyond what the server holds for the client,
can only come from a history this database has lost. The server then starts the new epoch
itself (`start_epoch_after_loss`), and every client recovers as after `new-epoch`.

A witness must show what it claims: cursors and acknowledgements carry a signature (HMAC) made
with a key kept in the database, so a restored copy still knows it, while a client cannot claim
more than it was given. Without that, any logged-in client (a bug, a fuzzer, a mistyped cursor)
could send every laptop in the organisation to a new snapshot over its mobile link. A claim
that does not verify starts nothing: a cursor is refused as not this server's (the client takes
a snapshot of its own), an acknowledgement is not believed.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, CursorResult, select, text, update
from sqlalchemy.orm import Session

from sync.server.db import Database, driver_rows
from sync.server.models import ServerMeta, as_utc

EPOCH_KEY = "epoch"
# The key cursors and acknowledgements are signed with; made once, kept across epochs.
WITNESS_KEY = "witness_key"

log = logging.getLogger("lpj.server")


class HistoryLost(Exception):
    """A client knows of changes this database does not hold in the same epoch: it was restored
    from an older copy and nobody ran `lpj-server new-epoch`."""

    def __init__(self, epoch: str, evidence: str, last_mutation_id: int | None = None) -> None:
        super().__init__(evidence)
        self.epoch = epoch
        self.evidence = evidence
        self.last_mutation_id = last_mutation_id


def new_epoch_value() -> str:
    return secrets.token_hex(8)


def read_epoch(session: Session) -> str:
    value = session.scalar(select(ServerMeta.value).where(ServerMeta.key == EPOCH_KEY))
    if value is None:
        raise RuntimeError("the server database has no epoch: run `lpj-server migrate`")
    return value


def ensure_epoch(db: Database) -> str:
    """The current epoch, made on first use (and the witness key with it)."""
    with db.writer() as session:
        if session.get(ServerMeta, WITNESS_KEY) is None:
            session.add(ServerMeta(key=WITNESS_KEY, value=secrets.token_hex(32)))
        row = session.get(ServerMeta, EPOCH_KEY)
        if row is None:
            row = ServerMeta(key=EPOCH_KEY, value=new_epoch_value())
            session.add(row)
        return row.value


def signature(key: str | None, epoch: str, subject: str, number: int) -> str:
    """The witness signature of `number` (a cursor's sequence number, subject "cursor", or the
    last mutation id answered for a client, subject the client id) in `epoch`. Empty without a
    key (a database not migrated since witnesses came)."""
    if not key:
        return ""
    message = f"{epoch}\x00{subject}\x00{number}".encode()
    return hmac.new(bytes.fromhex(key), message, hashlib.sha256).hexdigest()[:32]


def witnessed(key: str | None, epoch: str, subject: str, number: int, given: str | None) -> bool:
    """True when `given` is this server's signature of `number` for `subject` in `epoch`."""
    expected = signature(key, epoch, subject, number)
    return bool(expected) and given is not None and hmac.compare_digest(expected, given)


def acknowledgement(key: str | None, epoch: str, client_id: str, last: int) -> str:
    """The WITNESS_HEADER value of a push answer: the client was answered through `last`
    (empty without a key: nothing to sign with)."""
    sig = signature(key, epoch, client_id, last)
    return f"{last}:{sig}" if sig else ""


def acknowledged(key: str | None, epoch: str, client_id: str, header: str | None) -> int | None:
    """The last mutation id a client's WITNESS_HEADER shows it was answered through, None when the
    header is missing or not this server's."""
    number, _, given = (header or "").partition(":")
    if not (number.isascii() and number.isdigit()) or len(number) > 18:
        return None
    return int(number) if witnessed(key, epoch, client_id, int(number), given) else None


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


def start_epoch_after_loss(db: Database, lost: HistoryLost) -> str:
    """The epoch to answer after `lost`: a new one, made here unless a request that found the
    same loss made it first (only an epoch still equal to the one the loss was seen in is
    replaced, so a crowd of clients arriving at once makes one new epoch, not one each)."""
    value = new_epoch_value()
    # Under the write lock, as `start_new_epoch`: no push is half-way between reading the old
    # epoch and committing.
    with db.writer() as session:
        # An UPDATE answers with a cursor result, which has the count.
        changed = cast("CursorResult[Any]", session.execute(
            update(ServerMeta).where(ServerMeta.key == EPOCH_KEY, ServerMeta.value == lost.epoch)
            .values(value=value))).rowcount
        current = value if changed else read_epoch(session)
    if changed:
        log.warning("the database holds less than a client has seen (%s): it was restored from an "
                    "older copy without `lpj-server new-epoch`; started epoch %s, clients re-send "
                    "what was lost", lost.evidence, value)
    return current


@dataclass(frozen=True, slots=True)
class SyncStart:
    """What every push and pull reads first. Client fields are None for a client not known."""

    epoch: str
    head: int  # the highest change sequence number committed
    witness_key: str | None
    client_user_id: str | None
    last_mutation_id: int | None
    last_pull_seq: int | None
    last_pull_at: datetime | None


_START = text(
    "SELECT (SELECT value FROM server_meta WHERE key = :epoch_key) AS epoch,"
    " (SELECT coalesce(max(seq), 0) FROM records) AS head,"
    " (SELECT value FROM server_meta WHERE key = :witness_key) AS witness_key,"
    " c.user_id, c.last_mutation_id, c.last_pull_seq, c.last_pull_at"
    " FROM (SELECT 1 AS one) AS one LEFT JOIN clients c ON c.client_id = :client_id"
)


def read_start(session: Session | Connection, client_id: str) -> SyncStart:
    """Epoch, head and the client's row, in one statement (a round trip each cost more than
    the reading), run by the driver (every push and pull reads it)."""
    (epoch, head, key, user_id, last_mutation_id, last_pull_seq, pulled_at), = driver_rows(
        session, _START, {"epoch_key": EPOCH_KEY, "witness_key": WITNESS_KEY, "client_id": client_id})
    if epoch is None:
        raise RuntimeError("the server database has no epoch: run `lpj-server migrate`")
    return SyncStart(epoch, int(head), key, user_id, last_mutation_id, last_pull_seq,
                     None if pulled_at is None else as_utc(pulled_at))
