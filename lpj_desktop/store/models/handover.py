"""Handovers: staff moving a hunter's companies and open follow-ups to other hunters."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from lpj_desktop.store.base import Base, SyncedRecord


class Handover(SyncedRecord, Base):
    """One company's part of a handover batch: whether its owner moved from `from_id` to `to_id`
    and which of its follow-ups did. Kept (and synced) as history: the company's timeline shows
    it, and an undo reads exactly what the batch moved from these rows. An undo is a batch of
    its own, its rows naming the undone batch in `undoes`."""

    __tablename__ = "handover"

    batch_id: Mapped[str] = mapped_column(String(36), index=True)
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    from_id: Mapped[str] = mapped_column(String(36))
    to_id: Mapped[str] = mapped_column(String(36))
    by_id: Mapped[str] = mapped_column(String(36))
    moved_at: Mapped[datetime]
    company_moved: Mapped[bool] = mapped_column(Boolean, default=False)
    followup_ids: Mapped[list[Any]] = mapped_column(default=list)
    undoes: Mapped[str | None] = mapped_column(String(36), index=True)
