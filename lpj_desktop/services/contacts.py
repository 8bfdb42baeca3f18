"""Contact persons: adding and editing, and the GDPR rights of the person (export, erasure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lpj_desktop import __version__
from lpj_desktop.domain.contact_info import email_problem, phone_problem
from lpj_desktop.services import changes
from lpj_desktop.services.companies import company_by_id
from lpj_desktop.store.models import Company, Contact, Visit
from sync.entities import contract_problems
from sync.kernel.wire import to_wire


@dataclass(frozen=True, slots=True)
class ContactInput:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""


class ContactInputError(ValueError):
    """A contact that cannot be saved; `field` and `key` say where and why, for the UI."""

    def __init__(self, field_name: str, key: str, limit: int | None = None) -> None:
        super().__init__(f"{field_name}: {key}")
        self.field = field_name
        self.key = key
        self.limit = limit


def contact_problems(data: ContactInput) -> list[ContactInputError]:
    """Everything wrong with a contact form, field by field."""
    out = []
    if not data.name.strip():
        out.append(ContactInputError("name", "contact_name_missing"))
    if problem := phone_problem(data.phone):
        out.append(ContactInputError("phone", problem))
    if problem := email_problem(data.email):
        out.append(ContactInputError("email", problem))
    texts = {"name": data.name, "role": data.role, "phone": data.phone, "email": data.email}
    out += [ContactInputError(p.field, "text_too_long", p.limit) for p in contract_problems("contact", texts)]
    return out


def _fields(data: ContactInput) -> dict[str, Any]:
    problems = contact_problems(data)
    if problems:
        raise problems[0]
    return {"name": data.name.strip(), "role": data.role.strip() or None,
            "phone": data.phone.strip() or None, "email": data.email.strip() or None}


def contacts_of_company(session: Session, company_id: str) -> list[Contact]:
    return list(session.scalars(
        select(Contact).where(Contact.company_id == company_id, Contact.deleted_at.is_(None))
        .order_by(Contact.name)
    ))


def company_and_contacts(session: Session, company_id: str) -> tuple[Company | None, list[Contact]]:
    """The company page's history header in one read: the company (for its stage) and its people."""
    return company_by_id(session, company_id), contacts_of_company(session, company_id)


def add_contact(session: Session, company_id: str, data: ContactInput) -> Contact:
    company = session.get(Company, company_id)
    if company is None or company.deleted_at is not None:
        raise ContactInputError("company", "company_unknown")
    contact = Contact(company_id=company_id, **_fields(data))
    changes.create(session, contact)
    return contact


def edit_contact(session: Session, contact_id: str, data: ContactInput) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None or contact.deleted_at is not None:
        raise ContactInputError("contact", "contact_unknown")
    changes.update(session, contact, **_fields(data))
    return contact


def save_contact(session: Session, company_id: str, contact_id: str | None, data: ContactInput) -> str:
    """Add a contact to `company_id` (no `contact_id`) or edit the one given; its id."""
    if contact_id:
        return edit_contact(session, contact_id, data).id
    return add_contact(session, company_id, data).id


def contact_input_of(session: Session, contact_id: str) -> ContactInput | None:
    """A saved contact as the form shows it, None if it is gone."""
    contact = session.get(Contact, contact_id)
    if contact is None or contact.deleted_at is not None:
        return None
    return ContactInput(contact.name, contact.role or "", contact.phone or "", contact.email or "")


def export_contact(session: Session, contact_id: str) -> dict[str, Any]:
    """Everything this store holds about a person (GDPR right of access), as JSON-ready data."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise ContactInputError("contact", "contact_unknown")
    company = session.get(Company, contact.company_id)
    visits = session.scalars(
        select(Visit).where(Visit.contact_id == contact_id, Visit.deleted_at.is_(None))
        .order_by(Visit.occurred_at)
    )
    return {
        "exported_at": to_wire(datetime.now(UTC)),
        "exported_by": f"lpj-desktop {__version__}",
        "person": {"name": contact.name, "role": contact.role, "phone": contact.phone,
                   "email": contact.email, "registered_at": to_wire(contact.created_at),
                   "updated_at": to_wire(contact.updated_at)},
        "company": {"name": company.name if company else None, "orgnr": company.orgnr if company else None},
        "contacts_with_this_person": [
            {"when": to_wire(v.occurred_at), "channel": v.channel, "outcome": v.outcome,
             "notes": v.notes} for v in visits
        ],
    }


def erase_contact(session: Session, contact_id: str) -> Contact:
    """Erase a person on request: personal fields blanked, then a tombstone, both synced.

    Visits that named the person keep their link to the tombstone but show no personal data.
    """
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise ContactInputError("contact", "contact_unknown")
    changes.update(session, contact, name="", role=None, phone=None, email=None)
    changes.delete(session, contact)
    return contact
