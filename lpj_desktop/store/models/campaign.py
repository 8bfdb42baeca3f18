"""Campaigns and their target lists."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lpj_desktop.store.base import Base, SyncedRecord


class Campaign(SyncedRecord, Base):
    __tablename__ = "campaign"

    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(200))
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    description: Mapped[str | None] = mapped_column(Text)
    # Figures measured outside the app, entered by hand for the report.
    letters_sent: Mapped[int | None] = mapped_column(Integer)
    social_views: Mapped[int | None] = mapped_column(Integer)
    link_clicks: Mapped[int | None] = mapped_column(Integer)


class CampaignTarget(SyncedRecord, Base):
    """A company on a campaign's target list."""

    __tablename__ = "campaign_target"

    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id"), index=True)
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    letter_sent_on: Mapped[date | None]
    # How the letter went: "letter" (post) or "email" (sync.vocabulary.LetterChannel).
    letter_channel: Mapped[str | None] = mapped_column(String(16))
    added_from: Mapped[str | None] = mapped_column(String(32))

    __table_args__ = (UniqueConstraint("campaign_id", "company_id", name="uq_campaign_target_pair"),)
