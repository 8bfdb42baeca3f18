"""Spotting Norwegian national identity numbers (fødselsnummer) and health details in free text.

Used by the privacy guard before a note is saved: hunters must not store such data about people.
"""

from __future__ import annotations

import re
from datetime import date

_K1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_K2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_ELEVEN_DIGITS = re.compile(r"(?<!\d)(\d{6})[ ]?(\d{5})(?!\d)")

# Whole words and their Norwegian inflections and compounds that START with the stem: "sykdommen",
# "rusproblemer", "angsten" are found; "brus", "saksbehandling", "Russland", "sykkel" are not. A
# bare "behandling" is left out on purpose: "behandling av søknaden" is everyday talk here.
HEALTH_PATTERNS = (
    r"diagnos\w*", r"sykdom\w*", r"syk", r"syke", r"sykt", r"sykemeld\w*", r"sykmeld\w*",
    r"sykehus\w*", r"innlagt", r"adhd", r"autis\w*", r"asperger\w*", r"diabet\w*",
    r"epilep\w*", r"depresj\w*", r"deprimert\w*",
    r"angst(?:en|er|ene|fylt|lidelse\w*|anfall\w*)?", r"psykisk\w*", r"psykiatri\w*",
    r"psykolog\w*", r"rus", r"rusen", r"rus(?:midl|middel|problem|misbruk|avhengig|behandling|omsorg|"
    r"tiltak|bruk)\w*", r"medisin", r"medisiner\w*", r"medisinering\w*", r"funksjonsnedsett\w*",
    r"dysleksi\w*", r"kreft\w*", r"gravid\w*", r"ufør\w*", r"nav-tiltak\w*",
    r"(?:lege|psykiatrisk|medisinsk)behandling\w*", r"medisinsk behandling", r"helseproblem\w*",
)
_HEALTH = re.compile(r"(?<!\w)(?:" + "|".join(HEALTH_PATTERNS) + r")(?!\w)", re.IGNORECASE)


def _control(digits: str, weights: tuple[int, ...]) -> int | None:
    rest = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11
    if rest == 11:
        return 0
    return None if rest == 10 else rest


def is_fodselsnummer(text: str) -> bool:
    """True when `text` is 11 digits with a plausible birth date and both control digits right.

    D-numbers (day + 40) and H-numbers (month + 40) count too: they identify people as well.
    """
    nr = text.replace(" ", "")
    if len(nr) != 11 or not nr.isdigit():
        return False
    k1 = _control(nr[:9], _K1)
    if k1 is None or k1 != int(nr[9]):
        return False
    k2 = _control(nr[:10], _K2)
    if k2 is None or k2 != int(nr[10]):
        return False
    day, month, year2 = int(nr[0:2]), int(nr[2:4]), int(nr[4:6])
    if day > 40:
        day -= 40
    if month > 40:
        month -= 40
    try:
        date(2000 + year2, month, day)
    except ValueError:
        try:
            date(1900 + year2, month, day)  # 29 February in a year 19xx but not 20xx
        except ValueError:
            return False
    return True


def find_fodselsnummer(text: str) -> list[str]:
    """All substrings of `text` that look like real identity numbers."""
    found = []
    for m in _ELEVEN_DIGITS.finditer(text):
        candidate = m.group(1) + m.group(2)
        if is_fodselsnummer(candidate):
            found.append(m.group(0))
    return found


def find_health_words(text: str) -> list[str]:
    """Health-related words in `text`, whole words as written (lower-cased, each once)."""
    return list(dict.fromkeys(m.group(0).lower() for m in _HEALTH.finditer(text)))
