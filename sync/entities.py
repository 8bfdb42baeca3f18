"""What syncs: each kind of record, its fields on the wire, and how conflicts are decided.

This table is the contract between the app's outbox and the server's apply step. A field not listed
here never leaves the device (derived columns such as a company's stage, register bookkeeping).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Policy(StrEnum):
    # Visits and notes belong to their author: create is insert-if-absent, the author's edits win,
    # nobody else may write them.
    OWNED = "owned"
    # Companies, contacts, follow-ups…: merged field by field against the edit's base version;
    # the same field changed to different values on both sides becomes a conflict record.
    SHARED = "shared"
    # Written only by the server (user directory); clients read.
    SERVER = "server"


@dataclass(frozen=True, slots=True)
class EntitySpec:
    name: str
    policy: Policy
    fields: tuple[str, ...]
    owner_field: str | None = None  # for OWNED: the field naming the author
    # Fields that must be present on create (the server rejects a create without them).
    required: tuple[str, ...] = ()
    # Only staff and admins may write this kind of record.
    staff_only: bool = False


COMPANY_FIELDS = (
    "orgnr", "source", "name", "legal_form", "industry_code", "industry_code_2", "industry_code_3",
    "employees", "website", "register_phone", "register_email",
    "business_address", "business_postcode", "business_city",
    "postal_address", "postal_postcode", "postal_city",
    "municipality_number", "municipality_name", "county_number", "parent_orgnr", "is_subunit",
    "registered_on", "founded_on", "bankrupt", "under_liquidation", "forced_dissolution",
    "deregistered_on",
    "lb_status", "approved_trades", "interest_trades", "tags", "owner_id", "phone", "email",
    "hunter_notes",
)

ENTITIES: dict[str, EntitySpec] = {
    spec.name: spec
    for spec in (
        EntitySpec("company", Policy.SHARED, COMPANY_FIELDS, required=("name",)),
        EntitySpec(
            "contact", Policy.SHARED, ("company_id", "name", "role", "phone", "email"),
            required=("company_id", "name"),
        ),
        EntitySpec(
            "event", Policy.OWNED,
            ("name", "kind", "occurred_at", "hunter_id", "municipality_number", "notes"),
            owner_field="hunter_id", required=("name", "kind", "occurred_at", "hunter_id"),
        ),
        EntitySpec(
            "visit", Policy.OWNED,
            ("company_id", "hunter_id", "occurred_at", "channel", "contact_id", "trades", "outcome",
             "reason", "places", "notes", "next_step", "next_step_on", "event_id", "campaign_id"),
            owner_field="hunter_id",
            required=("company_id", "hunter_id", "occurred_at", "channel", "outcome"),
        ),
        EntitySpec(
            "note", Policy.OWNED, ("company_id", "author_id", "text"),
            owner_field="author_id", required=("company_id", "author_id", "text"),
        ),
        EntitySpec(
            "followup", Policy.SHARED,
            ("company_id", "visit_id", "assignee_id", "title", "kind", "due_on", "status", "done_at",
             "notes", "campaign_id"),
            required=("company_id", "assignee_id", "title", "due_on"),
        ),
        EntitySpec(
            "campaign", Policy.SHARED,
            ("name", "organisation", "starts_on", "ends_on", "description", "letters_sent",
             "social_views", "link_clicks"),
            required=("name", "starts_on", "ends_on"), staff_only=True,
        ),
        EntitySpec(
            "campaign_target", Policy.SHARED,
            ("campaign_id", "company_id", "letter_sent_on", "added_from"),
            required=("campaign_id", "company_id"), staff_only=True,
        ),
        EntitySpec(
            "goal", Policy.SHARED,
            ("scope", "subject", "period_start", "period_end", "visits", "agreements", "places"),
            required=("scope", "subject", "period_start", "period_end"), staff_only=True,
        ),
        EntitySpec("user", Policy.SERVER, ("name", "organisation", "team", "role")),
    )
}


class MutationName(StrEnum):
    CREATE = "create"  # insert if absent; a replay or a second create of the same id is a no-op
    UPDATE = "update"  # the changed fields only, with the base version the edit started from
    DELETE = "delete"  # a tombstone
