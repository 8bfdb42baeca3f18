"""`lpj demo`: fill a store with the real Troms/Finnmark sample and a generated hunter's history."""

from __future__ import annotations

import argparse

from lpj_desktop.cli.common import open_cli_store


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = subparsers.add_parser(
        "demo", help="fill the store with demo data for trying the app",
        description="Load the real Troms/Finnmark register sample and a generated history of visits, "
                    "follow-ups, contacts, a campaign and goals. Safe to run twice.",
    )
    demo.add_argument("--seed", type=int, default=1, help="vary the generated history (default 1)")
    demo.set_defaults(run=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from lpj_desktop.services.demo import load_demo

    store = open_cli_store(args)
    try:
        summary = load_demo(store, seed=args.seed)
    finally:
        store.close()
    reg = summary.register
    print(f"Register sample: {reg.new} new, {reg.updated} updated, {reg.unchanged} unchanged companies")
    if summary.profile_set:
        print("Profile: Demo Jeger, Opplæringskontoret Nord")
    if summary.generated:
        print(f"Generated: {summary.visits} visits, {summary.followups} follow-ups, {summary.contacts} "
              f"contacts, {summary.notes} notes, {summary.campaign_targets} campaign targets, "
              f"{summary.goals} goals")
    else:
        print("The store already has visits: no history generated.")
    print(f"Store: {store.path}")
    return 0
