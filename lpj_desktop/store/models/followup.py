"""Follow-ups: dated tasks assigned to a hunter."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lpj_desktop.domain.enums import FollowUpKind, FollowUpStatus
from lpj_desktop.store.base import Base, SyncedRecord


class FollowUp(SyncedRecord, Base):
    __tablename__ = "followup"

    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"), index=True)
    assignee_id: Mapped[str] = mapped_column(String(36))
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(32), default=FollowUpKind.OTHER.value)
    due_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(16), default=FollowUpStatus.OPEN.value)
    done_at: Mapped[datetime | None]
    notes: Mapped[str | None] = mapped_column(Text)
    campaign_id: Mapped[str | None] = mapped_column(ForeignKey("campaign.id"), index=True)

    __table_args__ = (Index("ix_followup_assignee_status_due", "assignee_id", "status", "due_on"),)
