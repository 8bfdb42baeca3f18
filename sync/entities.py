"""What syncs: each kind of record, its fields on the wire, and how conflicts are decided.

This table is the contract between the app's outbox and the server's apply step. A field not listed
here never leaves the device (derived columns such as a company's stage, register bookkeeping).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from sync.vocabulary import (
    AttachmentParent,
    Channel,
    CompanySource,
    EventKind,
    FollowUpKind,
    FollowUpStatus,
    GoalScope,
    LaerebedriftStatus,
    LetterChannel,
    MediaType,
    Outcome,
    RegisterChangeKind,
    Role,
)


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
    # Belongs to another record (EntitySpec.parent): whoever may see the parent sees it, whoever
    # may write the parent writes it, and it goes when the parent is deleted. The server takes
    # its organisation and owner from the parent (sync.server.push), so a pull's filter, which
    # reads only those two columns, gives it exactly the parent's readers.
    ATTACHED = "attached"


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
    # Fields with a closed vocabulary (sync/vocabulary.py): any other value is refused.
    choices: tuple[tuple[str, type[StrEnum]], ...] = ()
    # Texts shorter than MAX_TEXT: the longest each may be (the app's columns are this wide).
    max_lengths: tuple[tuple[str, int], ...] = ()
    # Fields naming a user besides the owner field (whom a follow-up is for, a company's hunter):
    # a laptop's records made before its first login carry a stand-in id there, rewritten then.
    user_fields: tuple[str, ...] = ()
    # Of those, the fields that give the record to a user to work on (a company's hunter, whom a
    # follow-up is for, who receives a handover): a create or update that gives it to a
    # deactivated user (`user_is_deactivated`) is refused. Work already theirs stays theirs.
    receivers: tuple[str, ...] = ()
    # For Policy.ATTACHED: the field naming the parent's kind and the field naming its id.
    parent: tuple[str, str] | None = None
    # Fields fixed at create: an update naming one of them is refused (a file's hash, size…).
    immutable: tuple[str, ...] = ()
    # Whole numbers with bounds (inclusive): (field, lowest, highest).
    ranges: tuple[tuple[str, int, int], ...] = ()
    # Texts that must be a SHA-256 in lower-case hex (content addresses).
    hashes: tuple[str, ...] = ()

    @property
    def people_fields(self) -> tuple[str, ...]:
        """Every field that holds a user id: the owner field first, then `user_fields`."""
        return (*((self.owner_field,) if self.owner_field else ()), *self.user_fields)

    def kind_of(self, name: str) -> Kind:
        """The wire kind of one of this record's fields."""
        return _KINDS[self.name].get(name, Kind.TEXT)

    def allowed(self, name: str) -> tuple[str, ...] | None:
        """The values field `name` may hold, or None for a field without a closed vocabulary."""
        return _allowed(self.choices, name)

    def max_length(self, name: str) -> int:
        """The most characters a text field may hold."""
        return _max_length(self.max_lengths, name)


# Worked out once per field: the server checks every field of every mutation, and building the
# vocabulary from its enum each time was a few per cent of a push.
@cache
def _allowed(choices: tuple[tuple[str, type[StrEnum]], ...], name: str) -> tuple[str, ...] | None:
    vocabulary = dict(choices).get(name)
    return None if vocabulary is None else tuple(v.value for v in vocabulary)


@cache
def _max_length(max_lengths: tuple[tuple[str, int], ...], name: str) -> int:
    return dict(max_lengths).get(name, MAX_TEXT)


# The contract's limits: a text's length, the items in a list, the places in one offer.
MAX_TEXT = 20_000
MAX_ITEMS = 500
MAX_PLACES_PER_OFFER = 100


# Attachments (issue 23). The per-file limit is checked by the app before a file is stored and by
# the server on the record and on the upload; the quota is the sum of the sizes of an
# organisation's live attachments (each counted, even when two share one stored file).
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
ORG_ATTACHMENT_QUOTA_BYTES = 20 * 1024**3
# A thumbnail's longest side and its most bytes: what every laptop pulls ahead of the originals.
THUMBNAIL_MAX_PX = 320
MAX_THUMBNAIL_BYTES = 256 * 1024
# The most pixels on a side a photo may claim (Pillow's decompression-bomb limit guards the area).
MAX_IMAGE_SIDE = 100_000
_SHA256_HEX = frozenset("0123456789abcdef")


def is_sha256(value: object) -> bool:
    """True for a SHA-256 digest as the contract writes it: 64 lower-case hex digits."""
    return isinstance(value, str) and len(value) == 64 and set(value) <= _SHA256_HEX


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """A value outside the contract: `key` is "not_allowed", "too_long", "too_many",
    "out_of_range" (`low`..`limit`) or "not_a_hash"; `limit` the length, count or highest value
    allowed; `allowed` the values a closed field may hold."""

    field: str
    key: str
    limit: int | None = None
    allowed: tuple[str, ...] = ()
    low: int | None = None


def contract_problems(entity: str, fields: Mapping[str, Any]) -> list[FieldProblem]:
    """Every value of `fields` outside the contract's allowed values and limits (not the kinds:
    the app's typed columns and the server's validation check those). One rule for both ends."""
    rules = field_rules(entity)
    out = []
    for name, value in fields.items():
        problem = field_problem(rules.get(name) or _PLAIN_TEXT, name, value)
        if problem is not None:
            out.append(problem)
    return out


def field_problem(rule: FieldRule, name: str, value: Any) -> FieldProblem | None:
    """What is wrong with one value of field `name` by its `rule` (from `field_rules`), or None:
    `contract_problems` for one field, which the server asks of each field that has such a rule."""
    allowed, longest, hashed, bounds = rule
    if allowed is not None and value is not None and value not in allowed:
        return FieldProblem(name, "not_allowed", allowed=allowed)
    if isinstance(value, str) and len(value) > longest:
        return FieldProblem(name, "too_long", longest)
    if isinstance(value, list) and len(value) > MAX_ITEMS:
        return FieldProblem(name, "too_many", MAX_ITEMS)
    if hashed and value is not None and not is_sha256(value):
        return FieldProblem(name, "not_a_hash")
    if bounds is not None and type(value) is int and not bounds[0] <= value <= bounds[1]:
        return FieldProblem(name, "out_of_range", bounds[1], low=bounds[0])
    return None


# Per field: (allowed values or None, longest text, must be a SHA-256, (lowest, highest) or None).
FieldRule = tuple[tuple[str, ...] | None, int, bool, tuple[int, int] | None]
_PLAIN_TEXT: FieldRule = (None, MAX_TEXT, False, None)


@cache
def field_rules(entity: str) -> dict[str, FieldRule]:
    """`contract_problems`' rules of each field of `entity`, worked out once: the server checks
    every field of every mutation, and asking the spec field by field (a cached lookup keyed by
    the spec's tuples, hashed anew each time) was a fifth of applying a push."""
    spec = ENTITIES[entity]
    rules: dict[str, FieldRule] = {}
    names = {*spec.fields, *(n for n, _c in spec.choices), *(n for n, _m in spec.max_lengths),
             *spec.hashes, *(n for n, _l, _h in spec.ranges)}
    for name in names:
        rule = (spec.allowed(name), spec.max_length(name), name in spec.hashes, _range(spec.ranges, name))
        if rule != _PLAIN_TEXT:
            rules[name] = rule
    return rules


@cache
def _range(ranges: tuple[tuple[str, int, int], ...], name: str) -> tuple[int, int] | None:
    for field_name, low, high in ranges:
        if field_name == name:
            return low, high
    return None


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
            choices=(("source", CompanySource), ("lb_status", LaerebedriftStatus)),
            user_fields=("owner_id",), receivers=("owner_id",),
            max_lengths=(("name", 300), ("legal_form", 10), ("industry_code", 10), ("industry_code_2", 10),
                         ("industry_code_3", 10), ("website", 300), ("register_phone", 40),
                         ("register_email", 200), ("business_address", 300), ("business_postcode", 10),
                         ("business_city", 100), ("postal_address", 300), ("postal_postcode", 10),
                         ("postal_city", 100), ("municipality_name", 100), ("phone", 40), ("email", 200)),
        ),
        EntitySpec(
            "contact", Policy.SHARED, ("company_id", "name", "role", "phone", "email"),
            required=("company_id", "name"), references=(("company_id", "company"),),
            max_lengths=(("name", 200), ("role", 100), ("phone", 40), ("email", 200)),
        ),
        EntitySpec(
            "event", Policy.OWNED,
            ("name", "kind", "occurred_at", "hunter_id", "municipality_number", "notes"),
            owner_field="hunter_id", required=("name", "kind", "occurred_at", "hunter_id"),
            kinds=(("occurred_at", Kind.DATETIME),),
            choices=(("kind", EventKind),), max_lengths=(("name", 200),),
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
            choices=(("channel", Channel), ("outcome", Outcome)),
            max_lengths=(("reason", 300), ("next_step", 300)),
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
            choices=(("kind", FollowUpKind), ("status", FollowUpStatus)), max_lengths=(("title", 300),),
            user_fields=("assignee_id",), receivers=("assignee_id",),
        ),
        EntitySpec(
            "campaign", Policy.SHARED,
            ("name", "organisation", "starts_on", "ends_on", "description", "letters_sent",
             "social_views", "link_clicks"),
            required=("name", "starts_on", "ends_on"), staff_only=True,
            max_lengths=(("name", 200), ("organisation", 200)),
            kinds=(("starts_on", Kind.DATE), ("ends_on", Kind.DATE), ("letters_sent", Kind.INT),
                   ("social_views", Kind.INT), ("link_clicks", Kind.INT)),
        ),
        EntitySpec(
            "campaign_target", Policy.SHARED,
            ("campaign_id", "company_id", "letter_sent_on", "added_from", "letter_channel"),
            required=("campaign_id", "company_id"), staff_only=True,
            kinds=(("letter_sent_on", Kind.DATE),),
            choices=(("letter_channel", LetterChannel),),
            references=(("campaign_id", "campaign"), ("company_id", "company")),
        ),
        # One company handed from one hunter to another by staff (services/handover.py): the
        # company's owner and/or the follow-ups named in `followup_ids`. A batch is every record
        # with one batch_id; an undo is a batch of its own naming the batch it undoes in `undoes`.
        # Shared, not owned by the staff member: every hunter of the organisation reads it, so the
        # receiving hunter's timeline shows it too. Never edited after it is made.
        EntitySpec(
            "handover", Policy.SHARED,
            ("batch_id", "company_id", "from_id", "to_id", "by_id", "moved_at", "company_moved",
             "followup_ids", "undoes"),
            required=("batch_id", "company_id", "from_id", "to_id", "by_id", "moved_at"),
            staff_only=True,
            kinds=(("moved_at", Kind.DATETIME), ("company_moved", Kind.BOOL),
                   ("followup_ids", Kind.TEXTS)),
            never_null=("company_moved", "followup_ids"),
            references=(("company_id", "company"),),
            max_lengths=(("batch_id", 36), ("undoes", 36)),
            user_fields=("from_id", "to_id", "by_id"), receivers=("to_id",),
        ),
        EntitySpec(
            "goal", Policy.SHARED,
            ("scope", "subject", "period_start", "period_end", "visits", "agreements", "places"),
            required=("scope", "subject", "period_start", "period_end"), staff_only=True,
            kinds=(("period_start", Kind.DATE), ("period_end", Kind.DATE), ("visits", Kind.INT),
                   ("agreements", Kind.INT), ("places", Kind.INT)),
            never_null=("visits", "agreements", "places"),
            choices=(("scope", GoalScope),), max_lengths=(("subject", 200),),
        ),
        # A line of a company's timeline written by the register feed (sync.register_feed): its
        # name or an address changed, or it went bankrupt, into dissolution or out of the
        # register. Shared like the company itself; written by the server (and, with the same
        # ids, by a laptop applying the same feed file without a server).
        EntitySpec(
            "register_change", Policy.SERVER,
            ("company_id", "update_id", "occurred_at", "kind", "old_value", "new_value"),
            required=("company_id", "update_id", "occurred_at", "kind"),
            kinds=(("update_id", Kind.INT), ("occurred_at", Kind.DATETIME)),
            references=(("company_id", "company"),),
            choices=(("kind", RegisterChangeKind),),
            max_lengths=(("old_value", 500), ("new_value", 500)),
        ),
        EntitySpec(
            "attachment", Policy.ATTACHED,
            ("parent_entity", "parent_id", "author_id", "sha256", "size", "media_type", "file_name",
             "caption", "width", "height", "thumbnail_sha256", "thumbnail_size"),
            required=("parent_entity", "parent_id", "author_id", "sha256", "size", "media_type",
                      "file_name"),
            parent=("parent_entity", "parent_id"),
            # Only the caption may change: the rest describes the stored bytes, which never do
            # (a changed photo is a new attachment).
            immutable=("parent_entity", "parent_id", "author_id", "sha256", "size", "media_type",
                       "file_name", "width", "height", "thumbnail_sha256", "thumbnail_size"),
            kinds=(("size", Kind.INT), ("width", Kind.INT), ("height", Kind.INT),
                   ("thumbnail_size", Kind.INT)),
            choices=(("parent_entity", AttachmentParent), ("media_type", MediaType)),
            max_lengths=(("file_name", 255), ("caption", 1000), ("sha256", 64),
                         ("thumbnail_sha256", 64), ("parent_id", 64), ("author_id", 36)),
            ranges=(("size", 1, MAX_ATTACHMENT_BYTES), ("thumbnail_size", 1, MAX_THUMBNAIL_BYTES),
                    ("width", 1, MAX_IMAGE_SIDE), ("height", 1, MAX_IMAGE_SIDE)),
            hashes=("sha256", "thumbnail_sha256"),
            user_fields=("author_id",),
        ),
        # Written by the server only (sync/server/users.py). `active`: false once the account is
        # deactivated (a hunter who has left): nobody may be given work then (`receivers`).
        # Schema 3; a record written before it has no `active` and is active.
        EntitySpec("user", Policy.SERVER, ("name", "organisation", "team", "role", "active"),
                   never_null=("name", "role", "active"), choices=(("role", Role),),
                   kinds=(("active", Kind.BOOL),)),
    )
}
_KINDS: dict[str, dict[str, Kind]] = {name: dict(spec.kinds) for name, spec in ENTITIES.items()}


def user_is_deactivated(user_fields: Mapping[str, Any]) -> bool:
    """A `user` record's fields say the account was deactivated (a record without `active`,
    written before schema 3, is an active user's)."""
    return user_fields.get("active") is False


class MutationName(StrEnum):
    CREATE = "create"  # insert if absent; a replay or a second create of the same id is a no-op
    UPDATE = "update"  # the changed fields only, with the base version the edit started from
    DELETE = "delete"  # a tombstone
    # A conflict's choice (entity "conflict", record_id = the conflict's id, fields {"choice":
    # "mine"|"theirs"|"edited", "value": …}): the server writes the value and closes the conflict.
    RESOLVE = "resolve"
