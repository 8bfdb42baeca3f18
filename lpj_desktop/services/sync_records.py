"""Which record a sync conflict or a rejected change concerns, as facts the UI can put in words
("Alta Elektro AS", "besøk 12.03.2025 hos Alta Elektro AS")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from lpj_desktop.store.models import (
    Attachment,
    Campaign,
    CampaignTarget,
    Company,
    Contact,
    Event,
    FollowUp,
    Goal,
    Handover,
    Note,
    RegisterChange,
    User,
    Visit,
)

# The local table of each synced kind: the one map the sync engine and the app's views both use.
MODELS: dict[str, type[Any]] = {
    "company": Company, "contact": Contact, "event": Event, "visit": Visit, "note": Note,
    "followup": FollowUp, "campaign": Campaign, "campaign_target": CampaignTarget, "goal": Goal,
    "handover": Handover, "user": User, "register_change": RegisterChange, "attachment": Attachment,
}


@dataclass(frozen=True, slots=True)
class RecordRef:
    """A record named for people: its kind, its own title and the company it belongs to."""

    entity: str
    record_id: str
    exists: bool
    title: str | None = None  # company/contact/event/campaign name, follow-up title, note start
    company_id: str | None = None
    company_name: str | None = None
    when: datetime | date | None = None  # visit/event time, follow-up due date, goal period start


def record_of(session: Session, entity: str, record_id: str) -> Any | None:
    model = MODELS.get(entity)
    return session.get(model, record_id) if model is not None else None


def describe(session: Session, entity: str, record_id: str) -> RecordRef:
    """The facts that name a record; `exists` is False when the record is not in this store."""
    record = record_of(session, entity, record_id)
    if record is None:
        return RecordRef(entity, record_id, exists=False)
    title: str | None = None
    when: datetime | date | None = None
    company_id: str | None = getattr(record, "company_id", None)
    if isinstance(record, Company):
        title, company_id = record.name, record.id
    elif isinstance(record, Contact | Event | Campaign | User):
        title = record.name
        when = getattr(record, "occurred_at", None) or getattr(record, "starts_on", None)
    elif isinstance(record, Visit):
        when = record.occurred_at
    elif isinstance(record, FollowUp):
        title, when = record.title, record.due_on
    elif isinstance(record, Note):
        text = " ".join((record.text or "").split())
        title = text[:60] + ("…" if len(text) > 60 else "")
    elif isinstance(record, Goal):
        title, when = record.subject, record.period_start
    elif isinstance(record, Attachment):
        title, when = record.caption or record.file_name, record.created_at
        if record.parent_entity == "company":
            company_id = record.parent_id
    company_name = None
    if company_id:
        company = session.get(Company, company_id)
        company_name = company.name if company is not None else None
    return RecordRef(entity, record_id, True, title, company_id, company_name, when)
