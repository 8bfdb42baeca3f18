"""Keeping each company's derived stage and last contact in step with its visits."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lpj_desktop.domain.ladder import Outcome, OutcomeEvent, current_stage
from lpj_desktop.store.models import Company, Visit


def refresh_company_stage(session: Session, company_id: str) -> Outcome | None:
    """Recompute a company's stage and last contact from its visits (local, derived: no outbox)."""
    rows = session.execute(
        select(Visit.occurred_at, Visit.outcome)
        .where(Visit.company_id == company_id, Visit.deleted_at.is_(None))
    ).all()
    # An outcome this version does not know (from a newer app, via sync) cannot move the stage.
    known = Outcome._value2member_map_
    events = [OutcomeEvent(when, Outcome(outcome)) for when, outcome in rows if outcome in known]
    stage = current_stage(events)
    company = session.get(Company, company_id)
    if company is not None:
        company.stage = stage.value if stage else None
        company.last_contact_at = max((e.when for e in events), default=None)
    return stage
