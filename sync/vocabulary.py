"""The closed vocabularies of the contract: every value a field may hold, stored and synced as its
string. The app's forms and services, the CLI, the importers and the server's push validation all
take their allowed values from here (EntitySpec.choices), so a value outside them is refused at
entry and by the server alike. Words for people live in the app (labels, through tr()).
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


class LetterChannel(StrEnum):
    """How a campaign letter reached a target company (the same words as Channel's)."""

    LETTER = "letter"
    EMAIL = "email"


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


class RegisterChangeKind(StrEnum):
    """What a register change record (entity "register_change") tells a company's timeline."""

    NAME = "name"
    BUSINESS_ADDRESS = "business_address"
    POSTAL_ADDRESS = "postal_address"
    BANKRUPT = "bankrupt"
    FORCED_DISSOLUTION = "forced_dissolution"
    UNDER_LIQUIDATION = "under_liquidation"
    DEREGISTERED = "deregistered"


class Outcome(StrEnum):
    """Outcome of one contact, ordered from the lowest rung to the highest."""

    NOT_REACHED = "not_reached"
    NOT_INTERESTED = "not_interested"
    WANTS_INFORMATION = "wants_information"
    FOLLOW_UP_AGREED = "follow_up_agreed"
    WILL_APPLY = "will_apply"
    APPROVED = "approved"
    PLACE_OFFERED = "place_offered"
    CONTRACT_SIGNED = "contract_signed"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @property
    def is_agreement(self) -> bool:
        """Counts toward the 'agreements' goal: the company committed to something concrete."""
        return self.rank >= Outcome.FOLLOW_UP_AGREED.rank


LADDER: tuple[Outcome, ...] = tuple(Outcome)
_RANK = {o: i for i, o in enumerate(LADDER)}


class AttachmentParent(StrEnum):
    """The kinds of record a file may be attached to. A contact's business card belongs to the
    contact, so that erasing the person (GDPR) erases the photo of their card too."""

    VISIT = "visit"
    COMPANY = "company"
    EVENT = "event"
    CAMPAIGN = "campaign"
    CONTACT = "contact"


class MediaType(StrEnum):
    """The files the app attaches: photos it can read, and documents kept as they are. A closed
    list: the server never stores something a laptop would be asked to open blindly."""

    JPEG = "image/jpeg"
    PNG = "image/png"
    HEIC = "image/heic"
    PDF = "application/pdf"
    DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    DOC = "application/msword"
    XLS = "application/vnd.ms-excel"
    PPT = "application/vnd.ms-powerpoint"
    ODT = "application/vnd.oasis.opendocument.text"
    ODS = "application/vnd.oasis.opendocument.spreadsheet"
    ODP = "application/vnd.oasis.opendocument.presentation"
