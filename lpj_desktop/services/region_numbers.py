"""Every number a municipality or county has had, for filtering stored history.

Companies and visits recorded before 2024 may carry Troms og Finnmark's 54xx numbers. A filter on
today's Tromsø (5501) must also find what was stored under 5401, so filters expand today's numbers
to all their numbers before they reach SQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from lpj_desktop.domain import regions


@cache
def _old_numbers_by_current() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for old, new in regions.renumbering().items():
        out.setdefault(new, []).append(old)
    return {k: tuple(v) for k, v in out.items()}


def all_numbers_of_municipalities(numbers: Iterable[str]) -> set[str]:
    """Today's numbers of the given municipalities plus every number they had before."""
    out: set[str] = set()
    for number in numbers:
        current = regions.current_municipality_number(number)
        if not current:
            continue
        out.add(current)
        out.update(_old_numbers_by_current().get(current, ()))
    return out


def all_numbers_of_counties(county_numbers: Iterable[str]) -> set[str]:
    """All municipality numbers, old and new, that belong today to the given counties."""
    today = {m.number for m in regions.municipalities_in(set(county_numbers))}
    return all_numbers_of_municipalities(today)
