"""`lpj`: the command line on the same store and services as the app."""

from __future__ import annotations

import argparse
import sys

from lpj_desktop import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lpj", description="lpj-desktop on the command line")
    parser.add_argument("--version", action="version", version=f"lpj {__version__}")
    parser.add_argument("--data-dir", help="use this folder for the local store instead of the default")
    parser.add_subparsers(dest="command", metavar="COMMAND")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
