"""A visit being written, and what is wrong with it, in words the UI can show in place."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.ladder import Outcome
from sync.entities import MAX_PLACES_PER_OFFER, contract_problems


@dataclass(frozen=True, slots=True)
class PlaceOffer:
    trade: str
    count: int


@dataclass(frozen=True, slots=True)
class Problem:
    """One validation problem: the field it belongs to and a message key (translated by the UI)."""

    field: str
    key: str
    limit: int | None = None  # the contract's limit a text went past ("text_too_long")


@dataclass
class VisitDraft:
    company_id: str | None = None
    occurred_at: datetime | None = None
    channel: Channel | None = Channel.VISIT
    contact_id: str | None = None
    trades: list[str] = field(default_factory=list)
    outcome: Outcome | None = None
    reason: str | None = None
    places: list[PlaceOffer] = field(default_factory=list)
    notes: str = ""
    next_step: str = ""
    next_step_on: date | None = None
    event_id: str | None = None
    campaign_id: str | None = None

    def problems(self, now: datetime | None = None) -> list[Problem]:
        """Everything that stops this draft from being saved; empty when it can be saved."""
        now = now or datetime.now(UTC)
        out: list[Problem] = []
        if not self.company_id:
            out.append(Problem("company", "company_missing"))
        if self.occurred_at is None:
            out.append(Problem("occurred_at", "when_missing"))
        elif self.occurred_at.tzinfo is None:
            out.append(Problem("occurred_at", "when_no_timezone"))
        elif self.occurred_at > now + timedelta(days=1):
            # Planned visits are follow-ups; a visit is something that happened.
            out.append(Problem("occurred_at", "when_in_future"))
        elif self.occurred_at.year < 2000:
            out.append(Problem("occurred_at", "when_too_old"))
        if self.channel is None:
            out.append(Problem("channel", "channel_missing"))
        if self.outcome is None:
            out.append(Problem("outcome", "outcome_missing"))
        for offer in self.places:
            if not offer.trade.strip():
                out.append(Problem("places", "place_trade_missing"))
            if offer.count <= 0 or offer.count > MAX_PLACES_PER_OFFER:
                out.append(Problem("places", "place_count_range"))
        if self.places and self.outcome is not None and self.outcome.rank < Outcome.PLACE_OFFERED.rank:
            out.append(Problem("places", "places_need_offer_outcome"))
        if self.outcome is Outcome.PLACE_OFFERED and not self.places:
            # An offer is places in a trade: without them the company counts as having offered a
            # place while the office's "places offered" stays at nought. A signed contract may
            # leave places out: the contract usually fills a place already offered (and counted)
            # on an earlier visit, and asking for it again would count that place twice.
            out.append(Problem("places", "place_offered_needs_places"))
        if self.next_step_on is not None and not self.next_step.strip():
            out.append(Problem("next_step", "next_step_text_missing"))
        if self.next_step.strip() and self.next_step_on is None:
            out.append(Problem("next_step_on", "next_step_date_missing"))
        if (self.next_step_on is not None and self.occurred_at is not None
                and self.next_step_on < self.occurred_at.date()):
            out.append(Problem("next_step_on", "next_step_before_visit"))
        # The contract's limits, the same the server holds a push to (a 100 kB note is refused
        # here, in words, not by the server after it has left the laptop).
        texts = {"notes": self.notes, "reason": self.reason or "", "next_step": self.next_step}
        for p in contract_problems("visit", texts):
            out.append(Problem(p.field, "text_too_long", p.limit))
        return out
