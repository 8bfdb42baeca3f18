"""Turning column values into JSON for the outbox and the wire, and back."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any


def to_wire(value: Any) -> Any:
    """A JSON-safe form of a column value: datetimes as ISO 8601 UTC, dates as ISO dates."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime cannot be sent")
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [to_wire(v) for v in value]
    if isinstance(value, dict):
        return {k: to_wire(v) for k, v in value.items()}
    return value


def parse_datetime(text: str) -> datetime:
    """An aware UTC datetime from ISO 8601 text (with Z or an offset)."""
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        raise ValueError(f"datetime without time zone: {text!r}")
    return value.astimezone(UTC)


def parse_date(text: str) -> date:
    return date.fromisoformat(text)
