"""The closed vocabularies of the domain: defined once, in the sync contract (sync/vocabulary.py),
and used here under their domain names."""

from __future__ import annotations

from sync.vocabulary import (
    Channel,
    CompanySource,
    EventKind,
    FollowUpKind,
    FollowUpStatus,
    GoalScope,
    LaerebedriftStatus,
    Role,
)

__all__ = [
    "Channel",
    "EventKind",
    "LaerebedriftStatus",
    "FollowUpStatus",
    "FollowUpKind",
    "Role",
    "GoalScope",
    "CompanySource",
]
