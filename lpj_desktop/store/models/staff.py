"""Local tables of the staff views: saved filters and the county's apprentice counts per trade.

Neither syncs. Saved filters are one person's habits; the apprentice counts come from the county's
list of approved lærebedrifter, re-imported whenever a new list arrives (what syncs from that list is
the company's status and approved trades).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lpj_desktop.store.base import Base, utcnow
from sync.kernel.ids import uuid7


class SavedFilter(Base):
    """A named filter of one staff view (kind "visit_history", …), kept as JSON."""

    __tablename__ = "saved_filter"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    kind: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    query: Mapped[dict[str, Any]]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("kind", "name", name="uq_saved_filter_kind_name"),)


class ApprenticeCount(Base):
    """How many apprentices a company has now in one approved trade (from the county's list)."""

    __tablename__ = "lb_apprentices"

    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), primary_key=True)
    trade: Mapped[str] = mapped_column(String(200), primary_key=True)
    apprentices: Mapped[int] = mapped_column(Integer, default=0)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)


# Indexes on the visit table that serve the staff history (made by migration 0003) and figures.
# Declared here, beside the other staff additions, so that the metadata matches the migrated schema.
def _visit_history_indexes() -> None:
    from sqlalchemy import Index

    from lpj_desktop.domain.ladder import PLACE_OUTCOMES
    from lpj_desktop.store.models.company import Company
    from lpj_desktop.store.models.visit import Visit

    Index("ix_visit_channel_when", Visit.channel, Visit.occurred_at)
    Index("ix_visit_outcome_when", Visit.outcome, Visit.occurred_at)
    # Partial (migration 0006): most visits belong to no campaign, and a lookup by campaign
    # implies one.
    Index("ix_visit_campaign_when", Visit.campaign_id, Visit.occurred_at,
          sqlite_where=Visit.campaign_id.is_not(None))
    # The staff figures' place offers (migration 0011): the few visits whose outcome may carry
    # places, with their places, so that a long period's offers are read from this index alone
    # (not 80,000 table rows at 1,000,000 visits); led by the outcome, so SQLite prefers it to
    # ix_visit_outcome_when, which serves the same condition with a table lookup per visit.
    Index("ix_visit_place_offers", Visit.outcome, Visit.occurred_at, Visit.deleted_at, Visit.hunter_id,
          Visit.company_id, Visit.places, sqlite_where=Visit.outcome.in_(PLACE_OUTCOMES))
    # A company's municipality beside its id (migration 0011): the figures look up the municipality
    # of every company visited in a period, tens of thousands, here instead of in the wide rows.
    Index("ix_company_id_municipality", Company.id, Company.municipality_number)
    # The live visits that made an agreement (migration 0014): a goal's agreements are the
    # companies its hunters brought to one in its period, counted from these entries alone (a
    # third of the visits), not from every visit of the period on the hunter index. Outcome and
    # tombstone ride along, or SQLite prefers the hunter index, which covers the query.
    from sqlalchemy import and_

    from lpj_desktop.domain.ladder import LADDER

    agreements = [o.value for o in LADDER if o.is_agreement]
    Index("ix_visit_agreements", Visit.hunter_id, Visit.occurred_at, Visit.company_id, Visit.outcome,
          Visit.deleted_at, sqlite_where=and_(Visit.outcome.in_(agreements), Visit.deleted_at.is_(None)))


_visit_history_indexes()
