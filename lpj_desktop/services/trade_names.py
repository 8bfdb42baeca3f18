"""Trade names as people type them, matched to the shipped list of lærefag."""

from __future__ import annotations

import re
from functools import cache

from lpj_desktop.domain.codelists import trades


def _key(text: str) -> str:
    """Case, commas and spacing do not tell trades apart ("Bilfaget, lette kjøretøy")."""
    return " ".join(text.replace(",", " ").split()).casefold()


@cache
def _known() -> dict[str, str]:
    out: dict[str, str] = {}
    for trade in trades():
        key = _key(trade.name)
        out[key] = trade.name
        if key.endswith("faget"):
            out.setdefault(key[: -len("faget")], trade.name)  # "Tømrer" → "Tømrerfaget"
    return out


def canonical_trade(text: str) -> str:
    """The listed spelling of a trade when it is known; otherwise the text as given, trimmed."""
    cleaned = " ".join(text.split())
    return _known().get(_key(cleaned), cleaned)


def _is_known(text: str) -> bool:
    bare = text.strip()
    if bare.endswith(")") and "(" in bare:  # "Bilfaget, lette kjøretøy (2)": a count after the name
        bare = bare[: bare.rindex("(")].strip()
    return _key(bare) in _known()


def split_trades(text: str) -> list[str]:
    """Trade names from one cell. `;`, `|` and new lines always separate; a comma separates unless
    it belongs to a listed name ("Bilfaget, lette kjøretøy")."""
    out: list[str] = []
    for part in re.split(r"[;|\n]+", text):
        pieces = part.split(",")
        i = 0
        while i < len(pieces):
            for j in range(len(pieces), i, -1):
                candidate = ",".join(pieces[i:j]).strip()
                if j == i + 1 or _is_known(candidate):
                    if candidate:
                        out.append(candidate)
                    i = j
                    break
    return out
