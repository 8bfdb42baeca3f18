"""What every `lpj` command shares: the store from --data-dir, errors as one line, tables, and
values written as the app writes them (Norwegian Bokmål, dates as dd.mm.yyyy, 1 234 for numbers)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date, datetime

from lpj_desktop.domain import labels, when
from lpj_desktop.paths import app_paths
from lpj_desktop.store.database import Store, open_store


class CliError(Exception):
    """A failure to report as one line on stderr, with a non-zero exit status."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def open_cli_store(args: argparse.Namespace, *, demo: bool = False) -> Store:
    """The store chosen by --data-dir (or LPJ_DATA_DIR, or the user's data folder), migrated: the
    demo's own store with --demo (or `demo=True`)."""
    paths = app_paths(getattr(args, "data_dir", None))
    return open_store(paths.demo() if demo or getattr(args, "demo", False) else paths)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]], out=None) -> None:  # type: ignore[no-untyped-def]
    """Rows as aligned text columns; None shows as empty."""
    out = out or sys.stdout
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip(), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip(), file=out)


def fmt_date(value: date | None) -> str:
    """14.03.2025 (a datetime is shown as its local date)."""
    return when.fmt_date(value)


def fmt_datetime(value: datetime | None) -> str:
    """14.03.2025 10:30, in local time."""
    return when.fmt_datetime(value)


def fmt_count(value: int) -> str:
    """1 234 567: Norwegian digit grouping."""
    return f"{value:,}".replace(",", " ")


def orgnr_error(text: str, problem: str) -> CliError:
    """"«958844388»: Organisasjonsnummeret er ikke gyldig (kontrollsifferet stemmer ikke) …"."""
    return CliError(f"«{text}»: {labels.word(labels.PROBLEM, problem)}", status=2)
