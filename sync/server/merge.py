"""Field-level merge of an edit into a shared record (pure: no database, no HTTP).

An edit carries the fields it changed and the version it started from (its base). For each field:
if nobody else changed it after the base, the edit's value is taken. If another client changed it
after the base to a different value, the value that arrived first stays and the edit's value is
recorded as a conflict for a person to resolve. Edits to different fields never conflict, and a
client's own earlier edits never conflict with its later ones. A create of a record the server
already has is no edit: `merge_second_create` says what it may still change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sync.server.records import RecordState

# field_meta key standing for every field without an entry of its own (set when the record was made).
ALL_FIELDS = "*"
# Fourth place of a field's meta: the value came with a create (filling a blank), not an edit.
BY_CREATE = "create"


@dataclass(frozen=True, slots=True)
class FieldConflict:
    field: str
    kept_value: Any
    lost_value: Any
    kept_by: str | None  # user id of whoever wrote the kept value


def is_blank(value: Any) -> bool:
    """Nothing known: no value, an empty text or an empty list."""
    return value is None or value == "" or value == []


def merge_fields(
    state: RecordState, changes: dict[str, Any], base_version: int | None, client_id: str,
    user_id: str, *, force: bool = False,
) -> tuple[list[str], list[FieldConflict]]:
    """Apply the edit `changes` to `state` in place; returns (changed fields, conflicts).

    `force` (the author of an owned record, a person resolving a conflict) takes every value.
    The version is bumped once when anything changed.
    """
    base = base_version or 0
    changed: list[str] = []
    conflicts: list[FieldConflict] = []
    for name, value in changes.items():
        current = state.fields.get(name)
        if current == value and name in state.fields:
            continue
        meta = _meta_of(state, name)
        concurrent = meta is not None and meta[0] > base and meta[1] != client_id
        if concurrent and not force:
            conflicts.append(FieldConflict(name, current, value, meta[2] if meta else None))
            continue
        state.fields[name] = value
        changed.append(name)
    _stamp_fields(state, changed, client_id, user_id)
    return changed, conflicts


def merge_second_create(
    state: RecordState, values: dict[str, Any], client_id: str, user_id: str,
    facts: tuple[str, ...] = (),
) -> tuple[list[str], list[FieldConflict]]:
    """A create of a record the server already holds (a register company first edited on two
    laptops, each sending it before its edit); returns (changed fields, conflicts).

    The create's values are what that laptop started from, not edits: its edits follow as
    updates, based on the version the record was made at (see `creation_version`), so they meet
    every edit made since as the conflicts they are. Here, per field:
    - a blank value says nothing and changes nothing (it is no rival to a value typed elsewhere);
    - a value fills a field that is blank on the server;
    - a field changed since the record was made keeps its value: the edit that changed it is
      newer than what this laptop started from;
    - a field both creates filled with different values is a conflict (two people typed it),
      except for `facts` (register facts: each laptop's import vintage, refreshed by import,
      argued over by nobody), where the first value stays.
    """
    changed: list[str] = []
    conflicts: list[FieldConflict] = []
    for name, value in values.items():
        current = state.fields.get(name)
        if is_blank(value) or (current == value and name in state.fields):
            continue
        meta = _meta_of(state, name)
        if is_blank(current) or (meta is not None and meta[1] == client_id):
            state.fields[name] = value
            changed.append(name)
        elif meta is None or name in facts or not _set_by_a_create(state, name):
            continue
        else:
            conflicts.append(FieldConflict(name, current, value, meta[2]))
    _stamp_fields(state, changed, client_id, user_id, by_create=True)
    return changed, conflicts


def creation_version(state: RecordState) -> int:
    """The version a record was made at: what a laptop sending a second create has seen of it."""
    made = state.field_meta.get(ALL_FIELDS)
    return int(made[0]) if made else 1


def _meta_of(state: RecordState, name: str) -> list[Any] | None:
    meta = state.field_meta.get(name)
    if meta is None and name in state.fields:
        meta = state.field_meta.get(ALL_FIELDS)
    return meta


def _set_by_a_create(state: RecordState, name: str) -> bool:
    """The field still holds a value a create brought (the first, or a later one's fill-in)."""
    own = state.field_meta.get(name)
    return own is None or (len(own) > 3 and own[3] == BY_CREATE)


def _stamp_fields(state: RecordState, changed: list[str], client_id: str, user_id: str, *,
                  by_create: bool = False) -> None:
    if changed:
        state.version += 1
        for name in changed:
            meta = [state.version, client_id, user_id]
            state.field_meta[name] = [*meta, BY_CREATE] if by_create else meta
