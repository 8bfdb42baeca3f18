"""`lpj`: the command line on the same store and services as the app.

Each command group lives in its own module with a `register(subparsers)` function that adds its
parsers and sets `run` (a function taking the parsed args, returning the exit status). Adding a
group is one line in `COMMAND_GROUPS`.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from lpj_desktop import __version__
from lpj_desktop.cli.common import CliError
from lpj_desktop.cli.words import speak_norwegian

COMMAND_GROUPS: tuple[str, ...] = (
    "lpj_desktop.cli.import_cmd",
    "lpj_desktop.cli.companies_cmd",
    "lpj_desktop.cli.conflicts_cmd",
    "lpj_desktop.cli.demo_cmd",
    "lpj_desktop.cli.export_cmd",
    "lpj_desktop.cli.files_cmd",
    "lpj_desktop.cli.handover_cmd",
    "lpj_desktop.cli.sync_cmd",
    "lpj_desktop.cli.visits_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    speak_norwegian()
    parser = argparse.ArgumentParser(prog="lpj", description="Læreplassjeger på kommandolinjen")
    parser.add_argument("--version", action="version", version=f"lpj {__version__}",
                        help="vis versjonen og avslutt")
    parser.add_argument("--data-dir", help="bruk denne mappen til den lokale databasen i stedet for "
                                           "standardmappen")
    parser.add_argument("--demo", action="store_true",
                        help="bruk eksempeldatabasen (en egen database; din egen røres ikke)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_GROUPS:
        importlib.import_module(name).register(subparsers)
    return parser


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    run = getattr(args, "run", None)
    if run is None:
        # A group without its subcommand ("lpj companies"): show that group's help.
        (getattr(args, "group_parser", None) or parser).print_help(sys.stderr)
        return 2
    from lpj_desktop.domain.when import fmt_datetime
    from lpj_desktop.importers.register_file import RegisterFileError
    from lpj_desktop.paths import app_paths
    from lpj_desktop.store.backups import StoreDamaged, backups
    from lpj_desktop.store.migrate import StoreTooNewError

    try:
        return int(run(args) or 0)
    except CliError as exc:
        print(f"lpj: {exc}", file=sys.stderr)
        return exc.status
    except StoreTooNewError as exc:
        print(f"lpj: databasen {exc.path} er laget av en nyere versjon av lpj-desktop (skjema "
              f"{exc.revision}). Installer den nyeste versjonen for å åpne den; filen er ikke endret.",
              file=sys.stderr)
        return 1
    except StoreDamaged as exc:
        copies = backups(app_paths(getattr(args, "data_dir", None)))
        hint = (f" Den nyeste sikkerhetskopien er fra {fmt_datetime(copies[0].made_at)}; start "
                f"lpj-desktop for å hente den tilbake." if copies else " Det finnes ingen sikkerhetskopi.")
        print(f"lpj: databasen {exc.path} er skadet og kan ikke leses ({exc.detail}). Ingenting er "
              f"endret i den.{hint}", file=sys.stderr)
        return 1
    except RegisterFileError as exc:
        print(f"lpj: {_one_line(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("lpj: avbrutt", file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"lpj: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 — the user gets one line; the log gets the trace
        logging.getLogger("lpj").debug("command failed", exc_info=True)
        print(f"lpj: uventet feil: {_one_line(exc)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
