"""Keeping each company's derived stage and last contact in step with its visits."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lpj_desktop.domain.ladder import Outcome, stage_of_ordered
from lpj_desktop.store.models import Company, Visit


def refresh_company_stage(session: Session, company_id: str) -> Outcome | None:
    """Recompute a company's stage and last contact from its visits (local, derived: no outbox)."""
    # An outcome this version does not know (from a newer app, via sync) cannot move the stage.
    known = Outcome._value2member_map_
    live = (Visit.company_id == company_id, Visit.deleted_at.is_(None), Visit.outcome.in_(list(known)))
    # Outcomes only, in time order, from the company/time index: no datetime is built per visit
    # (at 800 visits that was most of a save's 17 ms here).
    outcomes = session.scalars(select(Visit.outcome).where(*live).order_by(Visit.occurred_at))
    stage = stage_of_ordered(Outcome(o) for o in outcomes)
    company = session.get(Company, company_id)
    if company is not None:
        company.stage = stage.value if stage else None
        company.last_contact_at = session.scalar(select(func.max(Visit.occurred_at)).where(*live))
    return stage
