"""Bokmål names for the values reports print (the Qt views have their own, through tr()). The key
figures' names and definitions are `lpj_desktop.domain.labels.FIGURE`/`FIGURE_DEFINITION`, shared
with the views."""

from __future__ import annotations

FUNNEL = {
    "targeted": "Målbedrifter",
    "contacted": "Kontaktet",
    "reached": "Nådd",
    "interested": "Interessert",
    "agreed": "Avtalt oppfølging",
    "applying": "Søker godkjenning",
    "approved": "Godkjent lærebedrift",
    "places_offered": "Læreplass tilbudt",
    "contracts_signed": "Lærekontrakt signert",
}

MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember"]


def long_date(d) -> str:  # type: ignore[no-untyped-def]
    """12. juni 2025."""
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def number(n: int | None) -> str:
    """1 234 567 with a (non-breaking) space between thousands, as Norwegian print has it; – for none."""
    if n is None:
        return "–"
    return f"{n:,}".replace(",", "\u00a0")


def percent(part: int, whole: int) -> str:
    if whole <= 0:
        return "–"
    return f"{part / whole * 100:.1f}".replace(".", ",") + "\u00a0%"


def decimal(x: float) -> str:
    """1 234,5: one decimal, Norwegian separators."""
    return f"{x:,.1f}".replace(",", "\u00a0").replace(".", ",")
