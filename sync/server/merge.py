"""Field-level merge of an edit into a shared record (pure: no database, no HTTP).

An edit carries the fields it changed and the version it started from (its base). For each field:
if nobody else changed it after the base, the edit's value is taken. If another client changed it
after the base to a different value, the value that arrived first stays and the edit's value is
recorded as a conflict for a person to resolve. Edits to different fields never conflict, and a
client's own earlier edits never conflict with its later ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sync.server.records import RecordState

# field_meta key standing for every field without an entry of its own (set when the record was made).
ALL_FIELDS = "*"


@dataclass(frozen=True, slots=True)
class FieldConflict:
    field: str
    kept_value: Any
    lost_value: Any
    kept_by: str | None  # user id of whoever wrote the kept value


def merge_fields(
    state: RecordState, changes: dict[str, Any], base_version: int | None, client_id: str,
    user_id: str, *, fill_blanks: bool = False, force: bool = False,
) -> tuple[list[str], list[FieldConflict]]:
    """Apply `changes` to `state` in place; returns (changed fields, conflicts).

    `fill_blanks` (a second create of an existing record) lets a value fill a field that is empty
    on the server without a conflict. `force` (the author of an owned record, a person resolving
    a conflict) takes every value. The version is bumped once when anything changed.
    """
    base = base_version or 0
    changed: list[str] = []
    conflicts: list[FieldConflict] = []
    for name, value in changes.items():
        current = state.fields.get(name)
        if current == value and name in state.fields:
            continue
        meta = state.field_meta.get(name)
        if meta is None and name in state.fields:
            meta = state.field_meta.get(ALL_FIELDS)
        concurrent = meta is not None and meta[0] > base and meta[1] != client_id
        if concurrent and not force and not (fill_blanks and current is None):
            conflicts.append(FieldConflict(name, current, value, meta[2] if meta else None))
            continue
        state.fields[name] = value
        changed.append(name)
    if changed:
        state.version += 1
        for name in changed:
            state.field_meta[name] = [state.version, client_id, user_id]
    return changed, conflicts
