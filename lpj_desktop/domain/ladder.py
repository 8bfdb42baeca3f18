"""The outcome ladder, and a company's current stage derived from its visits."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sync.vocabulary import LADDER, Outcome

__all__ = ["LADDER", "PLACE_OUTCOMES", "Outcome", "OutcomeEvent", "current_stage", "stage_of_ordered"]

# Outcomes that may carry places (VisitDraft.problems refuses places below 'place offered'), in
# ladder order: the staff figures and the index that serves them (ix_visit_place_offers) name the
# same list, which SQLite needs word for word to use a partial index.
PLACE_OUTCOMES: tuple[str, ...] = tuple(o.value for o in LADDER if o.rank >= Outcome.PLACE_OFFERED.rank)

# A company that said no can later say yes, and a company that was reached once can go silent:
# these rungs describe the latest answer, not progress, so they never mask progress made before.
_SOFT = {Outcome.NOT_REACHED}


@dataclass(frozen=True, slots=True)
class OutcomeEvent:
    """The part of a visit that the ladder needs."""

    when: datetime
    outcome: Outcome


def current_stage(events: Iterable[OutcomeEvent]) -> Outcome | None:
    """The company's stage on the ladder, from all its visits.

    Rules:
    - the stage is the highest rung ever reached, because approval and contracts are facts that
      stay true (a later 'not reached' phone call does not undo a signed contract);
    - except that a later 'not interested' after only soft interest (below 'will apply') resets
      the stage to 'not interested': the company has changed its mind;
    - 'not reached' never lowers a stage; with nothing but 'not reached' the stage is 'not reached'.
    Returns None when there are no visits.
    """
    return stage_of_ordered(e.outcome for e in sorted(events, key=lambda e: e.when))


def stage_of_ordered(outcomes: Iterable[Outcome]) -> Outcome | None:
    """`current_stage` of outcomes already in time order, oldest first (for callers that read
    visits sorted, such as a first sync recomputing every company at once)."""
    stage: Outcome | None = None
    for o in outcomes:
        if stage is None:
            stage = o
        elif o in _SOFT:
            continue
        elif o is Outcome.NOT_INTERESTED:
            if stage.rank < Outcome.WILL_APPLY.rank:
                stage = o
        elif o.rank > stage.rank:
            stage = o
    return stage
