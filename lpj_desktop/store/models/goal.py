"""Goals (produksjonsmål) per hunter or team and period."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from lpj_desktop.domain.enums import GoalScope
from lpj_desktop.store.base import Base, SyncedRecord


class Goal(SyncedRecord, Base):
    __tablename__ = "goal"

    scope: Mapped[str] = mapped_column(String(16), default=GoalScope.HUNTER.value)
    subject: Mapped[str] = mapped_column(String(200), index=True)  # user id, or team name
    period_start: Mapped[date]
    period_end: Mapped[date]
    visits: Mapped[int] = mapped_column(Integer, default=0)
    agreements: Mapped[int] = mapped_column(Integer, default=0)
    places: Mapped[int] = mapped_column(Integer, default=0)
