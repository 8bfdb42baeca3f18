"""Visits (contact events), multi-company events, and notes: records that belong to their author."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from lpj_desktop.store.base import Base, SyncedRecord


class Event(SyncedRecord, Base):
    """A gathering that meets many companies at once; each attending company gets a visit."""

    __tablename__ = "event"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))
    occurred_at: Mapped[datetime]
    hunter_id: Mapped[str] = mapped_column(String(36), index=True)
    municipality_number: Mapped[str | None] = mapped_column(String(4))
    notes: Mapped[str | None] = mapped_column(Text)


class Visit(SyncedRecord, Base):
    __tablename__ = "visit"

    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"))
    hunter_id: Mapped[str] = mapped_column(String(36))
    occurred_at: Mapped[datetime]
    channel: Mapped[str] = mapped_column(String(16))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"))
    trades: Mapped[list[Any]] = mapped_column(default=list)
    outcome: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(String(300))
    # [{"trade": "Elektrikerfaget", "count": 2}, …]
    places: Mapped[list[Any]] = mapped_column(default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    next_step: Mapped[str | None] = mapped_column(String(300))
    next_step_on: Mapped[date | None]
    # Most visits belong to no event: indexed only where they do (migration 0006).
    event_id: Mapped[str | None] = mapped_column(ForeignKey("event.id"))
    # Looked up through ix_visit_campaign_when (its first column), so no index of its own.
    campaign_id: Mapped[str | None] = mapped_column(ForeignKey("campaign.id"))

    __table_args__ = (
        # Outcome and the other party ride along (migration 0003) so that figures over many visits
        # (funnels, goal progress) are read from the index alone, without a table lookup per visit.
        Index("ix_visit_company_when", "company_id", "occurred_at", "outcome", "hunter_id",
              "deleted_at"),
        Index("ix_visit_hunter_when", "hunter_id", "occurred_at", "outcome", "company_id",
              "deleted_at"),
        Index("ix_visit_when", "occurred_at"),
        Index("ix_visit_event_id", "event_id", sqlite_where=text("event_id IS NOT NULL")),
    )

    @property
    def places_total(self) -> int:
        return sum(int(p.get("count", 0)) for p in self.places or [])


class Note(SyncedRecord, Base):
    __tablename__ = "note"

    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    author_id: Mapped[str] = mapped_column(String(36))
    text: Mapped[str] = mapped_column(Text)
