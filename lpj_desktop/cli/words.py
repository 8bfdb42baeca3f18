"""argparse's own words in Norwegian ("usage:", "show this help message and exit", "the following
arguments are required"): the rest of `lpj` speaks Norwegian, and half-English help reads badly."""

from __future__ import annotations

import argparse

_NORWEGIAN = {
    "usage: ": "bruk: ",
    "options": "valg",
    "positional arguments": "argumenter",
    "show this help message and exit": "vis denne hjelpen og avslutt",
    "show program's version number and exit": "vis versjonsnummeret og avslutt",
    "the following arguments are required: %s": "disse må oppgis: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ugyldig valg: %(value)r (velg blant %(choices)s)",
    "unrecognized arguments: %s": "ukjente argumenter: %s",
    "expected one argument": "venter ett argument",
    "%(prog)s: error: %(message)s\n": "%(prog)s: feil: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "ugyldig verdi: %(value)r",
}


def speak_norwegian() -> None:
    """Make argparse's messages Norwegian (it looks them up through its module's `_`)."""
    original = argparse._  # type: ignore[attr-defined]
    if getattr(original, "norwegian", False):
        return

    def norwegian(text: str) -> str:
        return _NORWEGIAN.get(text) or original(text)

    norwegian.norwegian = True  # type: ignore[attr-defined]
    argparse._ = norwegian  # type: ignore[attr-defined]
