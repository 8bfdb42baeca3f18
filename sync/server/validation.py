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


def fields_problem(spec: EntitySpec, fields: dict[str, Any], *, creating: bool) -> str | None:
    """A sentence saying what is wrong with these fields, or None."""
    unknown = sorted(set(fields) - set(spec.fields))
    if unknown:
        return f"unknown fields for {spec.name}: {', '.join(unknown)}"
    if has_nul(fields):
        return "texts must not contain NUL characters"
    for name, value in fields.items():
        problem = _value_problem(name, value, depth=0)
        if problem:
            return problem
        if name.endswith(_ID_FIELDS_SUFFIX) and value is not None and not isinstance(value, str):
            return f"{name} must be a text id or null"
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
    if value is None or isinstance(value, bool | int | float):
        return None
    if isinstance(value, str):
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
        for item in value.values():
            if problem := _value_problem(name, item, depth + 1):
                return problem
        return None
    return f"{name} has a value of an unsupported type"
