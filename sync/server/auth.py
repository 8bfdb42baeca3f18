"""Passwords (Argon2id), bearer tokens (kept only as SHA-256) and logins (their slow-down:
sync.server.login_limits)."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import cached_property

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from sync.kernel.ids import uuid7
from sync.protocol import ErrorCode, LoginRequest
from sync.server.access import Caller
from sync.server.config import ServerConfig
from sync.server.db import Database, driver_rows
from sync.server.errors import ApiError
from sync.server.login_limits import LoginLimits, address_key
from sync.server.models import Client, Organisation, Token, User, as_utc
from sync.server.validation import has_nul


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class Passwords:
    """Argon2id hashing with the configured cost."""

    def __init__(self, config: ServerConfig) -> None:
        self.hasher = PasswordHasher(time_cost=config.argon2_time_cost,
                                     memory_cost=config.argon2_memory_kib, parallelism=1)

    def hash(self, password: str) -> str:
        return self.hasher.hash(password)

    def verify(self, stored_hash: str, password: str) -> bool:
        try:
            return self.hasher.verify(stored_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    @cached_property
    def _dummy(self) -> str:
        return self.hasher.hash(secrets.token_hex(16))

    def burn(self, password: str) -> None:
        """Spend the time a real check takes, so unknown user names cannot be told by timing."""
        self.verify(self._dummy, password)


class Authenticator:
    """Logins and token checks for one server."""

    def __init__(self, db: Database, config: ServerConfig,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self.config = config
        self.passwords = Passwords(config)
        self.limits = LoginLimits(db, config)
        # The time logins are counted and tokens checked at (tests hold it still).
        self.clock: Callable[[], datetime] = clock or (lambda: datetime.now(UTC))

    def login(self, request: LoginRequest, now: datetime | None = None, *,
              address: str | None = None) -> tuple[str, datetime, User, str]:
        """Check the password; returns (token, expires_at, user, organisation name).

        `address` is the client's (IP) address. Raises ApiError 429 while the user name or the
        address is slowed down (no password is checked then), 401 on a wrong name or password.
        """
        now = now or self.clock()
        if has_nul(request.username, request.password, request.client_id, request.device_name):
            raise ApiError(422, ErrorCode.BAD_REQUEST, "the login must not contain NUL characters")
        username = request.username.strip().lower()
        where = address_key(address)
        # Counted as failed before the password is checked, so that tries arriving together
        # (on any worker) cannot all be checked before the first failure is written.
        reservation = self.limits.reserve(username, where, now)
        if reservation.wait:
            wait = reservation.wait
            raise ApiError(429, ErrorCode.TOO_MANY_ATTEMPTS,
                           f"too many failed logins; try again in {wait} seconds",
                           headers={"Retry-After": str(wait)}, detail={"retry_after": wait})
        with self.db.reader() as session:
            user = session.scalar(select(User).where(User.username == username))
            org_name = session.scalar(select(Organisation.name).where(
                Organisation.id == user.organisation_id)) if user else None
        if user is None:
            self.passwords.burn(request.password)
            raise ApiError(401, ErrorCode.BAD_CREDENTIALS, "wrong user name or password")
        if not (self.passwords.verify(user.password_hash, request.password) and user.active):
            raise ApiError(401, ErrorCode.BAD_CREDENTIALS, "wrong user name or password")
        token = secrets.token_urlsafe(32)
        expires = now + timedelta(days=self.config.token_days)
        with self.db.writer(sequenced=False) as session:
            self.limits.succeeded(session, username, where, reservation)
            session.add(Token(id=uuid7(), token_hash=token_hash(token), user_id=user.id,
                              client_id=request.client_id, device_name=request.device_name,
                              created_at=now, expires_at=expires))
            client = session.get(Client, request.client_id)
            if client is None:
                session.add(Client(client_id=request.client_id, user_id=user.id,
                                   device_name=request.device_name, last_mutation_id=0,
                                   last_pull_seq=0, created_at=now))
            elif client.user_id == user.id:
                client.device_name = request.device_name
            if self.passwords.hasher.check_needs_rehash(user.password_hash):
                session.get(User, user.id).password_hash = self.passwords.hash(request.password)  # type: ignore[union-attr]
        assert org_name is not None
        return token, expires, user, org_name

    def caller_for_token(self, token: str | None, now: datetime | None = None) -> Caller:
        """The caller a bearer token stands for; ApiError 401 when missing, unknown, expired, revoked."""
        if not token:
            raise ApiError(401, ErrorCode.UNAUTHORIZED, "sign in first: this request needs a token",
                           headers={"WWW-Authenticate": "Bearer"})
        now = now or self.clock()
        if has_nul(token):
            raise _unauthorized("the token is not known here; sign in again")
        with self.db.connect() as connection:
            rows = driver_rows(connection, _CALLER_BY_TOKEN, {"hash": token_hash(token)})
        if not rows:
            raise _unauthorized("the token is not known here; sign in again")
        (revoked_at, expires_at, client_id, user_id, username, name, org_id, team, role, active,
         org_name) = rows[0]
        if revoked_at is not None or not active:
            raise _unauthorized("the token was revoked; sign in again")
        if as_utc(expires_at) <= now:
            raise _unauthorized("the session has expired; sign in again")
        return Caller(user_id=user_id, username=username, name=name, org_id=org_id,
                      org_name=org_name, team=team, role=role, client_id=client_id)

    def revoke(self, token: str | None) -> None:
        """Sign out: revoke this token (ApiError 401 when it is not a live token)."""
        self.caller_for_token(token)
        with self.db.writer(sequenced=False) as session:
            row = session.scalar(select(Token).where(Token.token_hash == token_hash(token or "")))
            if row is not None:
                row.revoked_at = datetime.now(UTC)


# Built once and run by the driver (db.driver_rows): this runs on every request, and building
# the statement and going through an ORM session cost more Python time than the lookup itself.
_CALLER_BY_TOKEN = (
    select(Token.revoked_at, Token.expires_at, Token.client_id, User.id, User.username, User.name,
           User.organisation_id, User.team, User.role, User.active, Organisation.name.label("org_name"))
    .join(User, User.id == Token.user_id)
    .join(Organisation, Organisation.id == User.organisation_id)
    .where(Token.token_hash == bindparam("hash"))
)


def _unauthorized(message: str) -> ApiError:
    return ApiError(401, ErrorCode.UNAUTHORIZED, message, headers={"WWW-Authenticate": "Bearer"})


def revoke_tokens(session: Session, user_id: str, now: datetime) -> int:
    """Revoke every live token of a user; returns how many."""
    tokens = session.scalars(select(Token).where(Token.user_id == user_id, Token.revoked_at.is_(None))).all()
    for tok in tokens:
        tok.revoked_at = now
    return len(tokens)
