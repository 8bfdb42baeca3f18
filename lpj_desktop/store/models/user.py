"""People known to this store: the local user and the colleagues whose records it holds."""

from __future__ import annotations

from sqlalchemy import Boolean, String, true
from sqlalchemy.orm import Mapped, mapped_column

from lpj_desktop.domain.enums import Role
from lpj_desktop.store.base import Base, SyncedRecord


class User(SyncedRecord, Base):
    __tablename__ = "app_user"

    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(200))
    team: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16), default=Role.HUNTER.value)
    # False once the server has deactivated the account (a hunter who has left, schema 3): their
    # history stays, and they are given no work (services/handover.py, the staff lists).
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
