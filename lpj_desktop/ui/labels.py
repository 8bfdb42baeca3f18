"""Words for stored values (enums, problem keys), in the user's language. Never show raw values.

The Norwegian words live in `lpj_desktop.domain.labels` (Qt-free, shared with the command line);
here they go through tr() in the "Labels" context.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from lpj_desktop.domain import labels as words
from lpj_desktop.domain.enums import Channel, EventKind, LaerebedriftStatus
from lpj_desktop.domain.ladder import LADDER, Outcome

translate = QCoreApplication.translate


def _tr(table: Mapping[str, str], value: str | None) -> str:
    text = table.get(value or "")
    return translate("Labels", text) if text else (value or "")


def channel(value: str | None) -> str:
    return _tr(words.CHANNEL, value)


def outcome(value: str | None) -> str:
    return _tr(words.OUTCOME, value)


def stage(value: str | None) -> str:
    return outcome(value) if value else translate("Labels", words.NO_CONTACT_YET)


def lb_status(value: str | None) -> str:
    return _tr(words.LB_STATUS, value)


def event_kind(value: str | None) -> str:
    return _tr(words.EVENT_KIND, value)


def followup_status(value: str | None) -> str:
    return _tr(words.FOLLOWUP_STATUS, value)


def followup_kind(value: str | None) -> str:
    return _tr(words.FOLLOWUP_KIND, value)


def problem(key: str, **params: object) -> str:
    """A validation problem key (from the domain or a service) in words, its {places} filled."""
    text = _tr(words.PROBLEM, key)
    if "limit" in params and isinstance(params["limit"], int):
        params["limit"] = f"{params['limit']:,}".replace(",", "\u00a0")  # 20 000, as Norwegians write it
    return text.format(**params) if params else text


def problem_of(error: object) -> str:
    """The words of a service's input error (its `key`, and `limit` where it has one)."""
    limit = getattr(error, "limit", None)
    key = str(getattr(error, "key", ""))
    return problem(key, limit=limit) if limit is not None else problem(key)


CHANNELS: tuple[Channel, ...] = tuple(Channel)
OUTCOMES: tuple[Outcome, ...] = LADDER
STATUSES: tuple[LaerebedriftStatus, ...] = tuple(LaerebedriftStatus)
EVENT_KINDS: tuple[EventKind, ...] = tuple(EventKind)
