"""Counties and municipalities, including the 2024 split of Troms og Finnmark, and all their names.

From 2020 to 2023 Troms og Finnmark was county 54 (municipalities 54xx). From 2024 it is Troms (55)
and Finnmark (56) again, each municipality renumbered one to one. History recorded under an old
number must stay with the municipality, so every lookup goes through `current_municipality()`.

Many municipalities and counties up here have official Sami and Kven names beside the Norwegian one
(5610 Karasjok / Kárášjohka). Any of them finds the place (`find_municipality`, `search_regions`),
and every place shows them all in one form, `label()`: "Karasjok – Kárášjohka".
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from lpj_desktop.resources import resource

# The order names take in a label: Norwegian, then Sami (Northern, Lule, Southern), then Kven.
LANGUAGES = ("nor", "sme", "smj", "sma", "fkv")
LABEL_SEPARATOR = " – "
# SSB joins a region's names with " - " (older lists sometimes with an en dash).
_SSB_SEPARATOR = re.compile(r"\s+[-–]\s+")
# Numbers of areas in the code lists that are not counties or municipalities one can be located in:
# Svalbard, Jan Mayen, the continental shelf, air space, abroad… and "Uoppgitt" (unknown).
_NOT_PLACES = frozenset({*(str(n) for n in range(21, 29)), "99"})


@dataclass(frozen=True, slots=True)
class Municipality:
    number: str  # four digits, e.g. "5501"
    name: str  # the Norwegian name, e.g. "Karasjok"
    full_name: str  # as SSB's code list writes it, in the municipality's order: "Kárášjohka - Karasjok"
    county_number: str  # two digits
    names: tuple[str, ...] = field(default=())  # every official name, in label order

    @property
    def label(self) -> str:
        """All its names as lists and pages show them: "Karasjok – Kárášjohka"."""
        return label(self.names or (self.name,))


@dataclass(frozen=True, slots=True)
class County:
    number: str
    name: str  # the Norwegian name
    full_name: str  # as SSB's code list writes it
    names: tuple[str, ...] = field(default=())  # every official name, in label order

    @property
    def label(self) -> str:
        """All its names as lists and pages show them: "Finnmark – Finnmárku – Finmarkku"."""
        return label(self.names or (self.name,))


def label(names: Iterable[str]) -> str:
    """The one way a place with several official names is shown: the names, already in
    Norwegian–Sami–Kven order, joined by an en dash."""
    return LABEL_SEPARATOR.join(names)


def split_names(full_name: str) -> tuple[str, ...]:
    """The names in an SSB combined name ("Kárášjohka - Karasjok" → ("Kárášjohka", "Karasjok"))."""
    return tuple(part.strip() for part in _SSB_SEPARATOR.split(full_name.strip()) if part.strip())


@cache
def _names_by_language() -> dict[str, tuple[str, ...]]:
    """Number → its names in label order, for regions with more than one official name."""
    rows: dict[str, list[tuple[int, str]]] = {}
    with resource("codelists", "region-names.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            language = row["language"].strip()
            if language not in LANGUAGES:
                raise ValueError(f"region-names.csv: unknown language {language!r} for {row['number']}")
            rank = LANGUAGES.index(language)
            rows.setdefault(row["number"].strip(), []).append((rank, row["name"].strip()))
    # sorted() is stable: two names in one language keep the file's order.
    return {number: tuple(name for _, name in sorted(found, key=lambda x: x[0]))
            for number, found in rows.items()}


def _names_of(number: str, full_name: str) -> tuple[str, tuple[str, ...]]:
    """(Norwegian name, every name in label order) of a region."""
    known = _names_by_language().get(number)
    if known:
        return known[0], known
    # Not in region-names.csv: one name (a test keeps every combined SSB name in that file).
    parts = split_names(full_name) or (full_name,)
    return parts[0], parts


def _read(year: int) -> tuple[dict[str, County], dict[str, Municipality]]:
    counties: dict[str, County] = {}
    municipalities: dict[str, Municipality] = {}
    with resource("codelists", f"regions-{year}.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            path, full = row["path"], row["name"].strip()
            if "." in path:
                county, muni = path.split(".")
                number = county + muni
                name, names = _names_of(number, full)
                municipalities[number] = Municipality(number, name, full, county, names)
            else:
                name, names = _names_of(path, full)
                counties[path] = County(path, name, full, names)
    return counties, municipalities


def _ssb_names(full: str) -> set[str]:
    return {part.casefold() for part in split_names(full)}


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
        matches = [m for m in new_ones if _ssb_names(m.full_name) & _ssb_names(old.full_name)]
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
    """The county by its number (today's, or 54 Troms og Finnmark of 2020–2023)."""
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


# --- labels ----------------------------------------------------------------------------------------

def municipality_label(number: str | None, stored_name: str | None = None) -> str:
    """How a municipality is shown everywhere, by any number it has had: all its official names
    ("Karasjok – Kárášjohka"). A number the code lists do not know shows the name stored with it."""
    found = municipality(number)
    if found is not None:
        return found.label
    return stored_name or number or ""


def county_label(number: str | None) -> str:
    """How a county is shown everywhere: all its official names ("Troms – Romsa – Tromssa")."""
    found = county(number) if number else None
    return found.label if found is not None else (number or "")


def multi_name_labels() -> dict[str, str]:
    """Number (today's and every earlier one) → label, for municipalities with more than one name:
    those whose stored name (any one of their names) is not what lists show."""
    return dict(_multi_name_labels())


@cache
def _multi_name_labels() -> dict[str, str]:
    out = {m.number: m.label for m in _current_municipalities() if len(m.names) > 1}
    for old, new in _tables()[2].items():
        if new in out:
            out[old] = out[new]
    return out


# --- finding a place by name -----------------------------------------------------------------------

# Letters that are not a base letter plus a combining mark, so NFKD leaves them whole.
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "đ": "d", "ŋ": "n", "ŧ": "t", "ł": "l"})


def _exact(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def fold(text: str) -> str:
    """`text` compared loosely: case, accents and Sami letters ignored ("Kárášjohka" → "karasjohka",
    "Porsáŋgu" → "porsangu", "Tromsø" → "tromso")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.translate(_LETTERS).split())


def _without_qualifier(name: str) -> str | None:
    # "Herøy (Nordland)" is also just "Herøy", which then names two municipalities.
    return name.split(" (")[0] if name.endswith(")") and " (" in name else None


def _forms(region: Municipality | County) -> Iterator[str]:
    """Every text that names a region: each name (with and without a county qualifier), the SSB
    combined form and the label."""
    for name in region.names or (region.name,):
        yield name
        bare = _without_qualifier(name)
        if bare:
            yield bare
    yield region.full_name
    yield region.label


@cache
def _current_municipalities() -> tuple[Municipality, ...]:
    _counties, munis_2024 = _read(2024)
    return tuple(m for m in munis_2024.values() if m.county_number not in _NOT_PLACES)


@cache
def _current_counties() -> tuple[County, ...]:
    counties_2024, _munis = _read(2024)
    return tuple(c for c in counties_2024.values() if c.number not in _NOT_PLACES)


@dataclass(frozen=True)
class _NameIndex:
    exact: dict[str, frozenset[str]]  # _exact(form) → numbers
    folded: dict[str, frozenset[str]]  # fold(form) → numbers
    names: tuple[tuple[str, str, str], ...]  # (_exact(name), fold(name), number): substring search


def _index(regions: Iterable[Municipality | County]) -> _NameIndex:
    exact: dict[str, set[str]] = {}
    folded: dict[str, set[str]] = {}
    names: set[tuple[str, str, str]] = set()
    for region in regions:
        for form in _forms(region):
            exact.setdefault(_exact(form), set()).add(region.number)
            folded.setdefault(fold(form), set()).add(region.number)
        names.update((_exact(n), fold(n), region.number) for n in region.names or (region.name,))
    return _NameIndex({k: frozenset(v) for k, v in exact.items()},
                      {k: frozenset(v) for k, v in folded.items()}, tuple(sorted(names)))


@cache
def _municipality_index() -> _NameIndex:
    return _index(_current_municipalities())


@cache
def _county_index() -> _NameIndex:
    return _index(_current_counties())


def _named(index: _NameIndex, text: str) -> list[str]:
    """Numbers named by `text`: by exact name (any case) if any, else by the loose form."""
    numbers = index.exact.get(_exact(text)) or index.folded.get(fold(text)) or frozenset()
    return sorted(numbers)


def municipalities_named(text: str) -> list[Municipality]:
    """Today's municipalities that `text` names, by any official name (Norwegian, Sami, Kven), the
    combined form or the label, in any case; accents and Sami letters may be left out
    ("Karasjohka"). Names written exactly win over loose ones. More than one: the name is shared
    ("Herøy")."""
    tables = _tables()[1]
    return [tables[n] for n in _named(_municipality_index(), text)]


def find_municipality(text: str | None) -> Municipality | None:
    """The municipality a user means by a number (any it has had) or by a name
    (`municipalities_named`); None when unknown or when the name is shared by several."""
    text = (text or "").strip()
    if not text:
        return None
    if text.isdigit():
        return municipality(text)
    found = municipalities_named(text)
    return found[0] if len(found) == 1 else None


def counties_named(text: str) -> list[County]:
    """Today's counties that `text` names, by any official name ("Romsa", "Finmarkku"), as
    `municipalities_named` does."""
    tables = _tables()[0]
    return [tables[n] for n in _named(_county_index(), text)]


def find_county(text: str | None) -> County | None:
    """The county a user means by its number or one of its names; None when unknown."""
    text = (text or "").strip()
    if not text:
        return None
    if text.isdigit():
        return county(text)
    found = counties_named(text)
    return found[0] if len(found) == 1 else None


@dataclass(frozen=True, slots=True)
class RegionHits:
    """The places one search word stands for (today's numbers)."""

    municipalities: frozenset[str] = frozenset()
    counties: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.municipalities or self.counties)


# Shorter search words must name a municipality whole ("Hå", "Bø"): as a part of names they would
# match dozens.
SEARCH_PART_MIN = 3


def search_regions(word: str) -> RegionHits:
    """What a free-text search word means as a place: municipalities any of whose official names
    contains it (as the company search matches text, "kárášj" finds Karasjok through Kárášjohka), or
    that it names whole when short; counties it names whole ("Finnmárku").

    A word typed without accents or Sami letters matches names with them ("karasj"); one typed with
    them matches them as typed ("Sør" is not "Sortland"), unless that matches nothing at all.
    """
    exact, key = _exact(word), fold(word)
    if not key:
        return RegionHits()
    munis = _municipality_index()
    if len(key) >= SEARCH_PART_MIN:
        found: frozenset[str] = frozenset()
        if exact != key:
            found = frozenset(number for name, _, number in munis.names if exact in name)
        if not found:
            found = frozenset(number for _, name, number in munis.names if key in name)
    else:
        found = munis.exact.get(exact) or munis.folded.get(key, frozenset())
    counties = _county_index()
    return RegionHits(found, counties.exact.get(exact) or counties.folded.get(key, frozenset()))
