"""Checks on the values inside a mutation's fields (the wire models check the envelope).

Every field has a kind (`sync.entities.Kind`) and a value of another kind is refused: each app
stores records in typed columns, and a date that is not a date, written once by a faulty client,
would otherwise stop the first sync of every laptop. Ids, owners and organisation numbers are
checked as well, since the server relies on them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from sync.entities import (
    MAX_ITEMS,
    MAX_PLACES_PER_OFFER,
    MAX_TEXT,
    EntitySpec,
    FieldRule,
    Kind,
    contract_problems,
    field_problem,
    field_rules,
)
from sync.kernel.orgnr import orgnr_problem
from sync.kernel.wire import parse_datetime

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_INT_MIN = -(2**63)
_INT_MAX = 2**63 - 1


def fields_problem(spec: EntitySpec, fields: dict[str, Any], *, creating: bool) -> str | None:
    """A sentence saying what is wrong with these fields, or None.

    The kinds are checked field by field; the contract's allowed values and limits
    (`contract_problems`, the rule the app applies at entry) are asked about the whole record
    only when a field may break them: a text longer than its field's limit, or a value of a field
    with a closed vocabulary, a range or a hash, which `contract_problems` is asked about alone.
    So a record is gone through once, not twice (every field of every mutation of a push).
    """
    checks = _checks(spec)
    never_null = spec.never_null
    suspect = False
    for name, value in fields.items():
        entry = checks.get(name)
        if entry is None:
            unknown = sorted(set(fields) - set(spec.fields))
            return f"unknown fields for {spec.name}: {', '.join(unknown)}"
        check, longest, rule, vocabulary = entry
        if check is None:  # a text, by far the most common field
            if value.__class__ is str:  # bool and int subclasses are not texts either
                if len(value) > longest:
                    if len(value) > MAX_TEXT:
                        return _text_problem(name, value)
                    suspect = True
                if "\x00" in value:
                    return _text_problem(name, value)
            elif value is not None:
                return f"{name} must be a text or null"
        elif value is None:
            if name in never_null:
                return f"{name} may be left out but not sent as null"
            continue
        elif problem := check(name, value):
            return problem
        elif check is _text_not_null and len(value) > longest:
            suspect = True
        if rule is not None and not suspect and value is not None \
                and not (vocabulary is not None and value.__class__ is str and value in vocabulary) \
                and field_problem(rule, name, value):
            suspect = True
    orgnr = fields.get("orgnr")
    if spec.name == "company" and orgnr is not None and orgnr_problem(orgnr):
        return f"orgnr {orgnr!r} is not a valid organisation number"
    if not suspect:
        return None
    # The contract's allowed values and limits, the same the app checks at entry.
    for broken in contract_problems(spec.name, fields):
        name = broken.field
        if broken.key == "not_allowed":
            return f"{name} must be one of {', '.join(broken.allowed)}, not {_shown(fields[name])}"
        if broken.key == "too_long":
            return f"{name} is longer than {broken.limit} characters"
        if broken.key == "out_of_range":
            return f"{name} must be between {broken.low} and {broken.limit}, not {_shown(fields[name])}"
        if broken.key == "not_a_hash":
            return f"{name} must be a SHA-256 as 64 lower-case hex digits, not {_shown(fields[name])}"
        return f"{name} has more than {broken.limit} items"
    return None


# Per field of a spec: its kind's check (None for a text), the longest text the contract allows
# it, its contract rule when the contract has more to say of it (a vocabulary, a range, a
# hash; or a limit on a field that is not a text), else None; and when that rule is a closed
# vocabulary alone, its values as a set: a value in it keeps the rule (asked of it otherwise).
_Entry = tuple[Callable[[str, Any], str | None] | None, int, FieldRule | None, frozenset[str] | None]
_CHECK_TABLES: dict[str, dict[str, _Entry]] = {}


def _checks(spec: EntitySpec) -> dict[str, _Entry]:
    """Per field of `spec`: its `_Entry`. A text that must not be null gets `_text_not_null`;
    fields outside the spec are missing from the table."""
    table = _CHECK_TABLES.get(spec.name)
    if table is None:
        table = {}
        rules = field_rules(spec.name)
        for name in spec.fields:
            kind = spec.kind_of(name)
            rule = rules.get(name)
            longest = MAX_TEXT if rule is None else rule[1]
            special = rule is not None and (rule[0] is not None or rule[2] or rule[3] is not None)
            vocabulary = None
            if rule is not None and rule[0] is not None and not rule[2] and rule[3] is None \
                    and all(len(value) <= longest for value in rule[0]):
                vocabulary = frozenset(rule[0])
            if kind is Kind.TEXT:
                table[name] = (_text_not_null if name in spec.never_null else None, longest,
                               rule if special else None, vocabulary)
            else:
                table[name] = (_KIND_CHECKS[kind], longest, rule if special or longest < MAX_TEXT else None,
                               vocabulary)
        _CHECK_TABLES[spec.name] = table
    return table


def _text_not_null(name: str, value: Any) -> str | None:
    if type(value) is not str:
        return f"{name} must be a text"
    return _text_problem(name, value)


def _text_problem(name: str, value: str) -> str | None:
    if len(value) > MAX_TEXT:
        return f"{name} is longer than {MAX_TEXT} characters"
    if "\x00" in value:
        return f"{name}: texts must not contain NUL characters"
    return None


def _date_problem(name: str, value: Any) -> str | None:
    if type(value) is str and _DATE.fullmatch(value):
        try:
            date.fromisoformat(value)
            return None
        except ValueError:
            pass
    return f"{name} must be a real date as YYYY-MM-DD, not {_shown(value)}"


def _datetime_problem(name: str, value: Any) -> str | None:
    if type(value) is str and len(value) <= 40:
        try:
            parse_datetime(value)
            return None
        except (ValueError, OverflowError):  # OverflowError: year 1 with an offset east of UTC
            pass
    return (f"{name} must be a real date and time in ISO 8601 with a time zone "
            f"(2025-03-14T09:30:00Z), not {_shown(value)}")


def _int_problem(name: str, value: Any) -> str | None:
    if type(value) is not int:
        return f"{name} must be a whole number, not {_shown(value)}"
    if not _INT_MIN <= value <= _INT_MAX:
        # Stored JSON is read back with orjson, which keeps only 64-bit integers exactly.
        return f"{name} is a number too large to store"
    return None


def _bool_problem(name: str, value: Any) -> str | None:
    return None if value is True or value is False else f"{name} must be true or false"


def _texts_problem(name: str, value: Any) -> str | None:
    if type(value) is not list:
        return f"{name} must be a list of texts"
    if len(value) > MAX_ITEMS:
        return f"{name} has more than {MAX_ITEMS} items"
    for item in value:
        if type(item) is not str:
            return f"{name} must be a list of texts"
        if problem := _text_problem(name, item):
            return problem
    return None


def _places_problem(name: str, value: Any) -> str | None:
    shape = f'{name} must be a list of {{"trade": text, "count": whole number}}'
    if type(value) is not list:
        return shape
    if len(value) > MAX_ITEMS:
        return f"{name} has more than {MAX_ITEMS} items"
    for item in value:
        if type(item) is not dict or set(item) != {"trade", "count"}:
            return shape
        trade, count = item["trade"], item["count"]
        if type(trade) is not str or type(count) is not int:
            return shape
        if not 0 <= count <= MAX_PLACES_PER_OFFER:
            return f"{name}: a count of places must be between 0 and {MAX_PLACES_PER_OFFER}"
        if problem := _text_problem(name, trade):
            return problem
    return None


_KIND_CHECKS: dict[Kind, Callable[[str, Any], str | None]] = {
    Kind.DATE: _date_problem, Kind.DATETIME: _datetime_problem, Kind.INT: _int_problem,
    Kind.BOOL: _bool_problem, Kind.TEXTS: _texts_problem, Kind.PLACES: _places_problem,
}


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


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
