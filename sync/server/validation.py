"""Checks on the values inside a mutation's fields (the wire models check the envelope).

Only what the server itself relies on is checked strictly (ids, owners, organisation numbers);
other values must merely be JSON of a sane size, since the app validates its own forms.
"""

from __future__ import annotations

from typing import Any

from lpj_desktop.domain.orgnr import orgnr_problem
from sync.entities import EntitySpec

MAX_TEXT = 20_000
MAX_ITEMS = 500
_ID_FIELDS_SUFFIX = "_id"
_INT_MIN = -(2**63)
_INT_MAX = 2**63 - 1


def fields_problem(spec: EntitySpec, fields: dict[str, Any], *, creating: bool) -> str | None:
    """A sentence saying what is wrong with these fields, or None."""
    unknown = sorted(set(fields) - set(spec.fields))
    if unknown:
        return f"unknown fields for {spec.name}: {', '.join(unknown)}"
    for name, value in fields.items():
        if value is None or value is True or value is False:
            continue
        if isinstance(value, str):  # the common case, checked inline
            if len(value) > MAX_TEXT:
                return f"{name} is longer than {MAX_TEXT} characters"
            if "\x00" in value:
                return f"{name}: texts must not contain NUL characters"
            continue
        if name.endswith(_ID_FIELDS_SUFFIX):
            return f"{name} must be a text id or null"
        problem = _value_problem(name, value, depth=0)
        if problem:
            return problem
    orgnr = fields.get("orgnr")
    if spec.name == "company" and orgnr is not None:
        if not isinstance(orgnr, str) or orgnr_problem(orgnr):
            return f"orgnr {orgnr!r} is not a valid organisation number"
    return None


def has_nul(*values: Any) -> bool:
    """True when a text (or a text inside lists and dicts, keys too) holds a NUL character.

    PostgreSQL cannot store NUL in text, so such input is refused up front rather than failing
    in the database.
    """
    for value in values:
        if isinstance(value, str):
            if "\x00" in value:
                return True
        elif isinstance(value, list | tuple):
            if has_nul(*value):
                return True
        elif isinstance(value, dict):
            if has_nul(*value.keys()) or has_nul(*value.values()):
                return True
    return False


def missing_required(spec: EntitySpec, fields: dict[str, Any], *, creating: bool) -> list[str]:
    """Required fields absent on create, or emptied by an update."""
    if creating:
        return [f for f in spec.required if fields.get(f) in (None, "")]
    return [f for f in spec.required if f in fields and fields[f] in (None, "")]


def _value_problem(name: str, value: Any, depth: int) -> str | None:
    if depth > 4:
        return f"{name} is nested too deeply"
    if isinstance(value, int) and not isinstance(value, bool) and not _INT_MIN <= value <= _INT_MAX:
        # Stored JSON is read back with orjson, which keeps only 64-bit integers exactly.
        return f"{name} is a number too large to store"
    if value is None or isinstance(value, bool | int | float):
        return None
    if isinstance(value, str):
        if "\x00" in value:
            return f"{name}: texts must not contain NUL characters"
        return f"{name} is longer than {MAX_TEXT} characters" if len(value) > MAX_TEXT else None
    if isinstance(value, list):
        if len(value) > MAX_ITEMS:
            return f"{name} has more than {MAX_ITEMS} items"
        for item in value:
            if problem := _value_problem(name, item, depth + 1):
                return problem
        return None
    if isinstance(value, dict):
        if len(value) > MAX_ITEMS:
            return f"{name} has more than {MAX_ITEMS} keys"
        for key, item in value.items():
            if "\x00" in key:
                return f"{name}: texts must not contain NUL characters"
            if problem := _value_problem(name, item, depth + 1):
                return problem
        return None
    return f"{name} has a value of an unsupported type"
