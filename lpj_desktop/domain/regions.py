"""Counties and municipalities, including the 2024 split of Troms og Finnmark.

From 2020 to 2023 Troms og Finnmark was county 54 (municipalities 54xx). From 2024 it is Troms (55)
and Finnmark (56) again, each municipality renumbered one to one. History recorded under an old
number must stay with the municipality, so every lookup goes through `current_municipality()`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from lpj_desktop.resources import resource


@dataclass(frozen=True, slots=True)
class Municipality:
    number: str  # four digits, e.g. "5501"
    name: str  # the first (Norwegian) name, e.g. "Harstad"
    full_name: str  # with Sami/Kven forms, e.g. "Harstad - Hárstták"
    county_number: str  # two digits


@dataclass(frozen=True, slots=True)
class County:
    number: str
    name: str
    full_name: str


def _read(year: int) -> tuple[dict[str, County], dict[str, Municipality]]:
    counties: dict[str, County] = {}
    municipalities: dict[str, Municipality] = {}
    with resource("codelists", f"regions-{year}.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            path, full = row["path"], row["name"].strip()
            short = full.split(" - ")[0].strip()
            if "." in path:
                county, muni = path.split(".")
                number = county + muni
                municipalities[number] = Municipality(number, short, full, county)
            else:
                counties[path] = County(path, short, full)
    return counties, municipalities


def _names(full: str) -> set[str]:
    return {part.strip().casefold() for part in full.split(" - ")}


@cache
def _tables() -> tuple[dict[str, County], dict[str, Municipality], dict[str, str]]:
    counties_2024, munis_2024 = _read(2024)
    counties_2023, munis_2023 = _read(2023)
    counties = {**counties_2023, **counties_2024}
    # 54xx → 55xx/56xx by shared name: numbers were not kept, names were (sometimes a Sami form
    # was added, e.g. "Gratangen" became "Gratangen - Rivtták", so any shared form counts).
    renumbered: dict[str, str] = {}
    new_ones = [m for m in munis_2024.values() if m.county_number in ("55", "56")]
    for old in munis_2023.values():
        if old.county_number != "54":
            continue
        matches = [m for m in new_ones if _names(m.full_name) & _names(old.full_name)]
        if len(matches) == 1:
            renumbered[old.number] = matches[0].number
    municipalities = {**munis_2023, **munis_2024}
    return counties, municipalities, renumbered


def current_municipality_number(number: str | None) -> str | None:
    """The number a municipality has today: 54xx is mapped to its 55xx/56xx successor."""
    if not number:
        return None
    number = number.strip()
    return _tables()[2].get(number, number)


def municipality(number: str | None) -> Municipality | None:
    """The municipality by any number it has had (today's number and names)."""
    current = current_municipality_number(number)
    if current is None:
        return None
    return _tables()[1].get(current)


def county_of(municipality_number: str | None) -> str | None:
    """Today's county number for a municipality number, old or new ("5401" → "55")."""
    current = current_municipality_number(municipality_number)
    if not current or len(current) != 4:
        return None
    return current[:2]


def county(number: str) -> County | None:
    return _tables()[0].get(number)


def municipalities_in(county_numbers: set[str]) -> list[Municipality]:
    """Today's municipalities of the given counties, sorted by name."""
    renumbered_old = set(_tables()[2])
    return sorted(
        (m for m in _tables()[1].values()
         if m.county_number in county_numbers and m.number not in renumbered_old),
        key=lambda m: m.name,
    )


def renumbering() -> dict[str, str]:
    """The whole 54xx → 55xx/56xx table (used by migrations of stored data and by tests)."""
    return dict(_tables()[2])
