"""Code lists shipped in resources/codelists: industry codes, legal forms, trades."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from lpj_desktop.resources import resource


@dataclass(frozen=True, slots=True)
class IndustryCode:
    code: str
    name: str
    short_name: str
    level: int
    parent: str


@dataclass(frozen=True, slots=True)
class Trade:
    """A lærefag and the education programme it belongs to."""

    name: str
    programme: str


@cache
def industry_codes() -> dict[str, IndustryCode]:
    """SN2007 codes by code ("43.210" → Elektrisk installasjonsarbeid)."""
    out: dict[str, IndustryCode] = {}
    with resource("codelists", "nace-sn2007.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            out[row["code"]] = IndustryCode(
                code=row["code"],
                name=row["name"],
                short_name=row.get("shortName") or row["name"],
                level=int(row["level"]),
                parent=row["parentCode"],
            )
    return out


# Enhetsregisteret's code for a unit with no industry given (holding companies, new units).
UNSPECIFIED_INDUSTRY = "00.000"


def industry_name(code: str | None) -> str:
    """Name of an SN2007 code, or the code itself when the list does not know it."""
    if not code:
        return ""
    if code == UNSPECIFIED_INDUSTRY:
        return "Uoppgitt"  # Enhetsregisteret's own word; the code list has no entry for it
    known = industry_codes().get(code)
    return known.name if known else code


@cache
def legal_forms() -> dict[str, str]:
    """Organisasjonsform codes to their names (AS → Aksjeselskap)."""
    with resource("codelists", "legal-forms.csv").open(encoding="utf-8", newline="") as fh:
        return {row["code"]: row["name"].strip() for row in csv.DictReader(fh)}


@cache
def trades() -> tuple[Trade, ...]:
    """The shipped list of lærefag, in file order."""
    with resource("codelists", "laerefag.csv").open(encoding="utf-8", newline="") as fh:
        return tuple(Trade(name=r["fag"], programme=r["utdanningsprogram"]) for r in csv.DictReader(fh))


@cache
def _trades_by_industry() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    with resource("codelists", "trades-by-industry.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            out.setdefault(row["naeringskode"], []).append(row["fag"])
    return {code: tuple(names) for code, names in out.items()}


def trades_for_industry(*codes: str | None) -> tuple[str, ...]:
    """The lærefag a company with these SN2007 codes is likely to train in (first code first).

    The most specific entry of the shipped table wins for each code ("43.210" → 43.21 → the
    electrical trades, before 43 would): a letter names the trades a company actually does, not
    its whole section. Unknown and unspecified codes give nothing.
    """
    table = _trades_by_industry()
    out: dict[str, None] = {}
    for code in codes:
        if not code or code == UNSPECIFIED_INDUSTRY:
            continue
        key = code.strip()
        while key:
            if key in table:
                out.update(dict.fromkeys(table[key]))
                break
            # 43.210 → 43.21 → 43.2 → 43: one digit off at a time, the dot with the last one.
            key = key[:-1].rstrip(".")
    return tuple(out)
