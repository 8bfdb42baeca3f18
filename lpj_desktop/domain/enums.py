"""The closed vocabularies of the domain, stored as their string values.

Values are stable identifiers (stored, synced); labels for people live in the UI, through tr().
"""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    """How a contact with a company happened."""

    VISIT = "visit"
    PHONE = "phone"
    VIDEO = "video"
    EMAIL = "email"
    LETTER = "letter"
    EVENT = "event"


class EventKind(StrEnum):
    """Kinds of gathering where one hunter meets many companies at once."""

    MARKET_DAY = "market_day"
    BUSINESS_MEETING = "business_meeting"
    SPEED_DATING = "speed_dating"
    OTHER = "other"


class LaerebedriftStatus(StrEnum):
    """A company's standing as an apprenticeship company."""

    UNKNOWN = "unknown"
    POTENTIAL = "potential"
    APPROVED_NO_APPRENTICES = "approved_no_apprentices"
    APPROVED_WITH_APPRENTICES = "approved_with_apprentices"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class FollowUpKind(StrEnum):
    CALL_BACK = "call_back"
    SEND_MATERIAL = "send_material"
    VISIT_AGAIN = "visit_again"
    OTHER = "other"


class Role(StrEnum):
    HUNTER = "hunter"
    STAFF = "staff"
    ADMIN = "admin"


class GoalScope(StrEnum):
    HUNTER = "hunter"
    TEAM = "team"


class CompanySource(StrEnum):
    REGISTER = "register"
    MANUAL = "manual"
