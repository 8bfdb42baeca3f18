"""Account administration (the CLI and the admin API): users, organisations, clients.

Creating or changing a user also writes its `user` record, so the apps of its organisation learn
names, roles and whether the account is active (a deactivated hunter is given no work) through the
ordinary pull. `refresh_user_records` brings every user's record up to date with the accounts
(run by `lpj-server migrate`: records written before schema 3 lack `active`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync.kernel.ids import uuid7
from sync.server.auth import Passwords, revoke_tokens
from sync.server.db import Database
from sync.server.models import Client, Organisation, Record, User
from sync.server.records import RecordBatch, RecordState

ROLES = ("hunter", "staff", "admin")


class AccountError(ValueError):
    """An administration request that cannot be done; the message says why."""


@dataclass(frozen=True, slots=True)
class UserRow:
    id: str
    username: str
    name: str
    organisation: str
    team: str | None
    role: str
    active: bool


@dataclass(frozen=True, slots=True)
class ClientRow:
    client_id: str
    username: str
    device_name: str
    last_mutation_id: int
    last_push_at: datetime | None
    last_pull_at: datetime | None
    # Changes on the server after this client's last complete pull (all organisations: an
    # upper bound of what it has still to fetch).
    behind: int


def create_user(db: Database, passwords: Passwords, username: str, password: str, *, role: str,
                organisation: str, name: str | None = None, team: str | None = None) -> UserRow:
    """Create a user (and the organisation on first mention)."""
    username = username.strip().lower()
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    if not username or len(username) > 200:
        raise AccountError("the user name must be 1 to 200 characters")
    if not organisation.strip():
        raise AccountError("the organisation must have a name")
    if len(password) < 8:
        raise AccountError("the password must be at least 8 characters")
    password_hash = passwords.hash(password)
    now = datetime.now(UTC)
    with db.writer() as session:
        if session.scalar(select(User.id).where(User.username == username)):
            raise AccountError(f"the user name {username!r} is taken")
        org = session.scalar(select(Organisation).where(Organisation.name == organisation.strip()))
        if org is None:
            org = Organisation(id=uuid7(), name=organisation.strip(), created_at=now)
            session.add(org)
        user = User(id=uuid7(), username=username, name=name or username, organisation_id=org.id,
                    team=team, role=role, password_hash=password_hash, active=True, created_at=now)
        session.add(user)
        session.flush()
        _write_user_record(session, user, org.name, now)
        return _row(user, org.name)


def list_users(db: Database) -> list[UserRow]:
    with db.reader() as session:
        rows = session.execute(
            select(User, Organisation.name).join(Organisation).order_by(Organisation.name, User.username)
        ).all()
        return [_row(user, org) for user, org in rows]


def reset_password(db: Database, passwords: Passwords, username: str, password: str) -> None:
    """Set a new password and revoke the user's tokens (every device signs in again)."""
    if len(password) < 8:
        raise AccountError("the password must be at least 8 characters")
    password_hash = passwords.hash(password)
    with db.writer(sequenced=False) as session:
        user = _user(session, username)
        user.password_hash = password_hash
        revoke_tokens(session, user.id, datetime.now(UTC))


def set_active(db: Database, username: str, active: bool, *, allow_last_admin: bool = False) -> int:
    """Deactivate (revoking every token; returns how many) or reactivate a user; its `user`
    record says so in the same transaction, so every app learns it with its next pull (and the
    server refuses work given to a deactivated user: sync.entities.EntitySpec.receivers).

    Refuses (AccountError) to deactivate the last active admin of an organisation unless
    `allow_last_admin`: nobody could then manage its users through the API.
    """
    with db.writer() as session:
        user = _user(session, username)
        if not active and user.active and user.role == "admin" and not allow_last_admin:
            # Locked, so that two admins deactivating each other at once cannot both pass the
            # count (SQLite's writer lock already serialises the two transactions).
            admins = session.scalars(select(User.id).where(
                User.organisation_id == user.organisation_id, User.role == "admin",
                User.active.is_(True)).with_for_update()).all()
            if set(admins) <= {user.id}:
                org_name = session.scalar(select(Organisation.name).where(
                    Organisation.id == user.organisation_id))
                raise AccountError(f"{user.username} is the last active admin of {org_name}; "
                                   "create or activate another admin first")
        user.active = active
        now = datetime.now(UTC)
        org_name = session.scalar(select(Organisation.name).where(Organisation.id == user.organisation_id))
        _write_user_record(session, user, org_name or "", now)
        return 0 if active else revoke_tokens(session, user.id, now)


def refresh_user_records(db: Database) -> int:
    """Write the `user` record of every account whose record says something else (or nothing,
    such as `active` before schema 3); returns how many were written. Running it again writes
    nothing."""
    with db.writer() as session:
        rows = session.execute(select(User, Organisation.name).join(Organisation)).all()
        now = datetime.now(UTC)
        return sum(_write_user_record(session, user, org_name, now) for user, org_name in rows)


def list_clients(db: Database) -> list[ClientRow]:
    with db.reader() as session:
        head = session.scalar(select(func.coalesce(func.max(Record.seq), 0))) or 0
        rows = session.execute(
            select(Client, User.username).join(User).order_by(User.username, Client.created_at)
        ).all()
        return [
            ClientRow(c.client_id, username, c.device_name, c.last_mutation_id, c.last_push_at,
                      c.last_pull_at, max(0, head - c.last_pull_seq))
            for c, username in rows
        ]


def _user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise AccountError(f"no user named {username!r}")
    return user


def _row(user: User, org_name: str) -> UserRow:
    return UserRow(user.id, user.username, user.name, org_name, user.team, user.role, user.active)


def _write_user_record(session: Session, user: User, org_name: str, now: datetime) -> bool:
    """Create the account's `user` record, or write a new version of the fields that differ;
    False when the record already says it all."""
    fields = {"name": user.name, "organisation": org_name, "team": user.team, "role": user.role,
              "active": bool(user.active)}
    batch = RecordBatch(session)
    record = batch.get("user", user.id)
    if record is None:
        batch.add(RecordState(
            entity="user", record_id=user.id, version=1, org_id=user.organisation_id, owner_id=None,
            _fields=fields, _field_meta={k: [1, "server", None] for k in fields}, created_at=now,
            updated_at=now,
        ))
    else:
        changed = {k: v for k, v in fields.items() if k not in record.fields or record.fields[k] != v}
        if not changed:
            return False
        record.version += 1
        record.fields.update(changed)
        record.field_meta.update({k: [record.version, "server", None] for k in changed})
        record.updated_at, record.updated_by = now, None
        batch.touch(record)
    batch.flush()
    return True
