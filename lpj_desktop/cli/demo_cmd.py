"""`lpj demo`: fill a store with the real Troms/Finnmark sample and a generated hunter's history."""

from __future__ import annotations

import argparse

from lpj_desktop.cli.common import open_cli_store


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = subparsers.add_parser(
        "demo", help="fyll eksempeldatabasen (en egen database) for å prøve appen",
        description="Fyller eksempeldatabasen, en egen database ved siden av din egen, med et ekte utdrag "
                    "av Enhetsregisteret for Troms og Finnmark og en oppdiktet historikk: besøk, "
                    "oppfølginger, kontaktpersoner, en kampanje og mål. Din egen database røres ikke. "
                    "Trygt å kjøre to ganger. Åpne den med «lpj-desktop --demo».",
    )
    demo.add_argument("--seed", type=int, default=1, help="gi en annen oppdiktet historikk (standard 1)")
    demo.set_defaults(run=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from lpj_desktop.services.demo import load_demo

    store = open_cli_store(args, demo=True)
    try:
        summary = load_demo(store, seed=args.seed)
    finally:
        store.close()
    reg = summary.register
    print(f"Registerutdrag: {reg.new} nye, {reg.updated} oppdaterte, {reg.unchanged} uendrede bedrifter")
    if summary.profile_set:
        print("Bruker: Demo Jeger, Opplæringskontoret Nord")
    if summary.generated:
        print(f"Laget: {summary.visits} besøk, {summary.followups} oppfølginger, {summary.contacts} "
              f"kontaktpersoner, {summary.notes} notater, {summary.campaign_targets} kampanjemål, "
              f"{summary.goals} produksjonsmål")
    else:
        print("Eksempeldatabasen har besøk fra før: ingen ny historikk laget.")
    print(f"Eksempeldatabase: {store.path}")
    print("Åpne den med: lpj-desktop --demo   (eller lpj --demo …)")
    return 0
