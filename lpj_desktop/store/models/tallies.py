"""Tallies of the visits, for the staff figures over long periods (migration 0014).

Derived, local, never synced: SQLite triggers keep them in step with every write to the visit
table, whoever writes (lpj_desktop/store/tallies.py says how, and why triggers). The figures read
them where a whole history of visits would otherwise be read visit by visit (services/figures.py).

A "day" here is a tally day: the UTC calendar day, with its last two hours (22:00-23:00 and
23:00-24:00 UTC) apart, so that every Norwegian day is a whole number of tally days
(`store.tallies.tally_day`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from lpj_desktop.store.base import Base


class CompanyTally(Base):
    """Per company with live visits: how many, how far up the ladder, the places offered, the
    first and last visit, and the company's municipality as stored (copied here so that the
    figures need not look up 90,000 companies)."""

    __tablename__ = "tally_company"

    company_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    municipality_number: Mapped[str | None] = mapped_column(String(4))
    visits: Mapped[int] = mapped_column(Integer)
    top_rank: Mapped[int] = mapped_column(Integer)  # the highest rank of its visits (-1: unknown outcome)
    top_visits: Mapped[int] = mapped_column(Integer)  # its visits at top_rank
    places: Mapped[int] = mapped_column(Integer)  # places offered on its visits (figures.places_offered)
    first_at: Mapped[datetime]
    last_at: Mapped[datetime]

    __table_args__ = (
        # The figures of a long period count the companies by municipality and rank, those whose
        # visits all lie in the period: grouped in this index's order, nothing is sorted (the
        # sort of 90,000 rows was two thirds of the read).
        Index("ix_tally_company_groups", "municipality_number", "top_rank", "first_at", "last_at",
              "visits", "places"),
        {"sqlite_with_rowid": False},
    )


class HunterDayTally(Base):
    """Per hunter and tally day: live visits, and the places offered on them."""

    __tablename__ = "tally_hunter_day"

    hunter_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    day: Mapped[str] = mapped_column(String(13), primary_key=True)
    visits: Mapped[int] = mapped_column(Integer)
    places: Mapped[int] = mapped_column(Integer)

    __table_args__ = {"sqlite_with_rowid": False}


class OfferTally(Base):
    """Per company, tally day, trade and hunter: the place offers on live visits that may carry
    places (how many offers, how many places)."""

    __tablename__ = "tally_offer"

    company_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    day: Mapped[str] = mapped_column(String(13), primary_key=True)
    trade: Mapped[str] = mapped_column(String(200), primary_key=True)
    hunter_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    offers: Mapped[int] = mapped_column(Integer)
    places: Mapped[int] = mapped_column(Integer)

    __table_args__ = {"sqlite_with_rowid": False}
