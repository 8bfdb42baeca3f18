"""The server's tables.

Every synced record, whatever its kind, is one row of `records`, keyed by (entity, record_id):
its synced fields as JSON text, its version, who may see it (org, owner) and `seq`, the change
sequence number of its latest write. `seq` is the pull cursor: a pull returns the rows whose seq
is above the cursor, so the change log is kept compacted to the newest change of each record
(as CouchDB's by-sequence index is). Conflicts are records too (entity "conflict"), so that they
reach the apps through the same pull as everything else. See docs/sync-protocol.md.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Computed,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ColumnElement

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime | str) -> datetime:
    """A stored UTC time as an aware datetime: PostgreSQL's driver gives it naive, SQLite's
    text comes back as text when read without the ORM's column types."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in and out, on SQLite (no time zones) and PostgreSQL alike."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class AttachmentValue(ColumnElement[Any]):
    """What a generated column of `records` holds: for an attachment record, a field of its
    stored JSON (`fields`), or the sum of several (a missing one counts 0) as a whole number;
    NULL for every other kind of record. Indexed, these let the lookups by an attachment's
    parent and files (sync.server.attachment_records) skip reading the JSON of every attachment.
    The JSON is the truth and the columns follow it on every write, whichever path wrote it."""

    inherit_cache = True

    def __init__(self, *names: str) -> None:
        self.names = names

    def _gen_cache_key(self, anon_map: Any, bindparams: Any) -> tuple[Any, ...]:
        return (AttachmentValue, *self.names)


@compiles(AttachmentValue)
def _attachment_value(element: AttachmentValue, compiler: SQLCompiler, **_kw: Any) -> str:
    pg = compiler.dialect.name == "postgresql"
    parts = [f"((fields)::jsonb ->> '{n}')" if pg else f"json_extract(fields, '$.{n}')"
             for n in element.names]
    if len(parts) > 1:
        numbers = [f"({p})::bigint" if pg else p for p in parts]
        value = " + ".join(f"coalesce({p}, 0)" for p in numbers)
    else:
        value = parts[0]
    return f"CASE WHEN entity = 'attachment' THEN {value} END"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime()}


class Organisation(Base):
    __tablename__ = "organisations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class User(Base):
    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    team: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LoginAttempts(Base):
    """Failed logins per user name (known or not), so that guessing is slowed on every worker."""

    __tablename__ = "login_attempts"

    username: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None]
    blocked_until: Mapped[datetime | None]


class LoginAddressAttempts(Base):
    """Failed logins per client address (IPv6: its /64) within a window, whatever the user name,
    so that one password tried on many names is slowed too (sync.server.login_limits)."""

    __tablename__ = "login_address_attempts"

    address: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    # Indexed for pruning the rows whose window has passed.
    last_failed_at: Mapped[datetime | None] = mapped_column(index=True)
    blocked_until: Mapped[datetime | None]


class Token(Base):
    """A bearer token, stored only as its SHA-256: a stolen database gives no working token."""

    __tablename__ = "tokens"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    client_id: Mapped[str] = mapped_column(String(64))
    device_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


class Client(Base):
    """One installation of the app; holds the last mutation id applied for it."""

    __tablename__ = "clients"

    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    device_name: Mapped[str] = mapped_column(String(200), default="")
    last_mutation_id: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_push_at: Mapped[datetime | None]
    last_pull_at: Mapped[datetime | None]
    last_pull_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class Record(Base):
    __tablename__ = "records"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    version: Mapped[int] = mapped_column(Integer)
    # None for companies: the register is shared by every organisation.
    org_id: Mapped[str | None] = mapped_column(String(36))
    owner_id: Mapped[str | None] = mapped_column(String(36))
    # Live companies only; unique, so two creates of one organisation number end as one record.
    orgnr: Mapped[str | None] = mapped_column(String(20), unique=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    merged_into: Mapped[str | None] = mapped_column(String(64))
    # JSON text, spliced unparsed into pull and snapshot answers.
    fields: Mapped[str] = mapped_column(Text)
    # JSON {field: [version, client_id]}: when and by whom each field was last changed.
    field_meta: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(36))
    # Attachments only (NULL on every other record), generated from `fields`: the record the
    # file is attached to, its two files, and the bytes they take (the quota's sum).
    attachment_parent_id: Mapped[str | None] = mapped_column(
        String(64), Computed(AttachmentValue("parent_id")))
    attachment_sha256: Mapped[str | None] = mapped_column(String(64), Computed(AttachmentValue("sha256")))
    attachment_thumbnail_sha256: Mapped[str | None] = mapped_column(
        String(64), Computed(AttachmentValue("thumbnail_sha256")))
    attachment_bytes: Mapped[int | None] = mapped_column(
        BigInteger, Computed(AttachmentValue("size", "thumbnail_size")))

    # A pull reads its scope's branches (sync.server.access.scope_branches) each by one of
    # these, in sequence order. The attachment indexes hold attachments only.
    __table_args__ = (Index("ix_records_org_seq", "org_id", "seq"),
                      Index("ix_records_org_owner_seq", "org_id", "owner_id", "seq"),
                      Index("ix_records_org_unowned_seq", "org_id", "seq",
                            postgresql_where=text("owner_id IS NULL"), sqlite_where=text("owner_id IS NULL")),
                      *(Index(f"ix_records_{column}", *columns,
                              postgresql_where=text(f"{column} IS NOT NULL"),
                              sqlite_where=text(f"{column} IS NOT NULL"))
                        for column, columns in (
                            ("attachment_parent_id", ("attachment_parent_id",)),
                            ("attachment_sha256", ("attachment_sha256",)),
                            ("attachment_thumbnail_sha256", ("attachment_thumbnail_sha256",)),
                            ("attachment_bytes", ("org_id", "attachment_bytes")))))


class AppliedMutation(Base):
    """The stored result of each mutation applied or rejected, returned again on a replay."""

    __tablename__ = "applied_mutations"

    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    mutation_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    result: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ServerMeta(Base):
    """Key/value facts about this database: its epoch (see sync.server.meta)."""

    __tablename__ = "server_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
