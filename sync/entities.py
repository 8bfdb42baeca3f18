"""What syncs: each kind of record, its fields on the wire, and how conflicts are decided.

This table is the contract between the app's outbox and the server's apply step. A field not listed
here never leaves the device (derived columns such as a company's stage, register bookkeeping).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """What a field's value is on the wire. Every app stores these in typed columns, so the
    server refuses a value of the wrong kind: one bad record would otherwise stop every laptop's
    first sync."""

    TEXT = "text"
    DATE = "date"  # "2025-03-14"
    DATETIME = "datetime"  # ISO 8601 with a zone: "2025-03-14T09:30:00Z"
    INT = "int"  # 64-bit
    BOOL = "bool"
    TEXTS = "texts"  # a list of texts (trades, tags)
    PLACES = "places"  # [{"trade": text, "count": int >= 0}, …]


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
    # The fields that are not texts, and what they are instead.
    kinds: tuple[tuple[str, Kind], ...] = ()
    # Fields that may be left out (the app fills a default) but never sent as null.
    never_null: tuple[str, ...] = ()
    # Facts copied from a public register, not typed by anyone: two laptops' creates of the same
    # record may hold different vintages of them, which is no conflict (sync.server.merge).
    facts: tuple[str, ...] = ()
    # Fields naming another record, and its kind: the server refuses a value naming a record it
    # does not hold (sync.server.push), so no record points at nothing. A tombstone counts as
    # held: a visit made offline on a company deleted since still happened.
    references: tuple[tuple[str, str], ...] = ()

    def kind_of(self, name: str) -> Kind:
        """The wire kind of one of this record's fields."""
        return _KINDS[self.name].get(name, Kind.TEXT)


# What Enhetsregisteret says of a company: refreshed by each laptop's register import, never typed.
COMPANY_REGISTER_FACTS: tuple[str, ...] = (
    "name", "legal_form", "industry_code", "industry_code_2", "industry_code_3", "employees",
    "website", "register_phone", "register_email",
    "business_address", "business_postcode", "business_city",
    "postal_address", "postal_postcode", "postal_city",
    "municipality_number", "municipality_name", "county_number",
    "parent_orgnr", "is_subunit", "registered_on", "founded_on",
    "bankrupt", "under_liquidation", "forced_dissolution", "deregistered_on",
)

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
        EntitySpec(
            "company", Policy.SHARED, COMPANY_FIELDS, required=("name",),
            kinds=(
                ("employees", Kind.INT), ("is_subunit", Kind.BOOL), ("registered_on", Kind.DATE),
                ("founded_on", Kind.DATE), ("bankrupt", Kind.BOOL),
                ("under_liquidation", Kind.BOOL), ("forced_dissolution", Kind.BOOL),
                ("deregistered_on", Kind.DATE), ("approved_trades", Kind.TEXTS),
                ("interest_trades", Kind.TEXTS), ("tags", Kind.TEXTS),
            ),
            never_null=("source", "is_subunit", "bankrupt", "under_liquidation",
                        "forced_dissolution", "lb_status", "approved_trades", "interest_trades",
                        "tags"),
            facts=("orgnr", "source", *COMPANY_REGISTER_FACTS),
        ),
        EntitySpec(
            "contact", Policy.SHARED, ("company_id", "name", "role", "phone", "email"),
            required=("company_id", "name"), references=(("company_id", "company"),),
        ),
        EntitySpec(
            "event", Policy.OWNED,
            ("name", "kind", "occurred_at", "hunter_id", "municipality_number", "notes"),
            owner_field="hunter_id", required=("name", "kind", "occurred_at", "hunter_id"),
            kinds=(("occurred_at", Kind.DATETIME),),
        ),
        EntitySpec(
            "visit", Policy.OWNED,
            ("company_id", "hunter_id", "occurred_at", "channel", "contact_id", "trades", "outcome",
             "reason", "places", "notes", "next_step", "next_step_on", "event_id", "campaign_id"),
            owner_field="hunter_id",
            required=("company_id", "hunter_id", "occurred_at", "channel", "outcome"),
            kinds=(("occurred_at", Kind.DATETIME), ("trades", Kind.TEXTS), ("places", Kind.PLACES),
                   ("next_step_on", Kind.DATE)),
            never_null=("trades", "places"),
            references=(("company_id", "company"), ("contact_id", "contact"), ("event_id", "event"),
                        ("campaign_id", "campaign")),
        ),
        EntitySpec(
            "note", Policy.OWNED, ("company_id", "author_id", "text"),
            owner_field="author_id", required=("company_id", "author_id", "text"),
            references=(("company_id", "company"),),
        ),
        EntitySpec(
            "followup", Policy.SHARED,
            ("company_id", "visit_id", "assignee_id", "title", "kind", "due_on", "status", "done_at",
             "notes", "campaign_id"),
            required=("company_id", "assignee_id", "title", "due_on"),
            kinds=(("due_on", Kind.DATE), ("done_at", Kind.DATETIME)),
            never_null=("kind", "status"),
            references=(("company_id", "company"), ("visit_id", "visit"), ("campaign_id", "campaign")),
        ),
        EntitySpec(
            "campaign", Policy.SHARED,
            ("name", "organisation", "starts_on", "ends_on", "description", "letters_sent",
             "social_views", "link_clicks"),
            required=("name", "starts_on", "ends_on"), staff_only=True,
            kinds=(("starts_on", Kind.DATE), ("ends_on", Kind.DATE), ("letters_sent", Kind.INT),
                   ("social_views", Kind.INT), ("link_clicks", Kind.INT)),
        ),
        EntitySpec(
            "campaign_target", Policy.SHARED,
            ("campaign_id", "company_id", "letter_sent_on", "added_from"),
            required=("campaign_id", "company_id"), staff_only=True,
            kinds=(("letter_sent_on", Kind.DATE),),
            references=(("campaign_id", "campaign"), ("company_id", "company")),
        ),
        EntitySpec(
            "goal", Policy.SHARED,
            ("scope", "subject", "period_start", "period_end", "visits", "agreements", "places"),
            required=("scope", "subject", "period_start", "period_end"), staff_only=True,
            kinds=(("period_start", Kind.DATE), ("period_end", Kind.DATE), ("visits", Kind.INT),
                   ("agreements", Kind.INT), ("places", Kind.INT)),
            never_null=("visits", "agreements", "places"),
        ),
        EntitySpec("user", Policy.SERVER, ("name", "organisation", "team", "role"),
                   never_null=("name", "role")),
    )
}
_KINDS: dict[str, dict[str, Kind]] = {name: dict(spec.kinds) for name, spec in ENTITIES.items()}


class MutationName(StrEnum):
    CREATE = "create"  # insert if absent; a replay or a second create of the same id is a no-op
    UPDATE = "update"  # the changed fields only, with the base version the edit started from
    DELETE = "delete"  # a tombstone
