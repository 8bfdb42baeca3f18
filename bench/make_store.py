"""Build a large, realistic local store fast, for benchmarks and for trying the app at scale.

    python bench/make_store.py --data-dir DIR --companies 200000 --visits 1000000

Companies get valid organisation numbers, names built from words of real register names, real
municipalities (2024 numbers, all of Norway, weighted towards Troms and Finnmark), real SN2007
codes and legal forms. Visits are spread over companies (skewed: a minority gets most visits),
hunters and the years 2020–2025 with real channels, outcomes and trades; contacts, notes,
follow-ups (open, done, overdue), campaigns with target lists and goals are added around them.

Rows are written with executemany straight into a migrated store. The outbox is bypassed on
purpose (bench data is "already synced": every record carries a server_version). The company
search index is filled by the store's own triggers, and the derived columns (stage,
last_contact_at) are computed with the same ladder rules the services use.

Importable: `from bench.make_store import build_store`.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import itertools
import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(REPO))

from lpj_desktop.domain import codelists, regions  # noqa: E402
from lpj_desktop.domain.enums import (  # noqa: E402
    Channel,
    CompanySource,
    FollowUpKind,
    FollowUpStatus,
    GoalScope,
    LaerebedriftStatus,
    Role,
)
from lpj_desktop.domain.ladder import Outcome, OutcomeEvent, current_stage  # noqa: E402
from lpj_desktop.paths import app_paths  # noqa: E402
from lpj_desktop.resources import resource  # noqa: E402
from lpj_desktop.store.database import Store, open_store  # noqa: E402
from sync.kernel.ids import company_id_for_orgnr, uuid7  # noqa: E402
from sync.kernel.orgnr import with_check_digit  # noqa: E402

SAMPLE = resource("demo", "enheter-troms-finnmark.csv")
SAMPLE_FALLBACK = REPO.parent / "shared" / "data" / "brreg" / "enheter-troms-finnmark.csv"

ORGANISATIONS = (
    "Opplæringskontoret Nord", "Troms fylkeskommune", "Finnmark fylkeskommune",
    "Opplæringskontoret for bygg i Finnmark",
)
FIRST_NAMES = ("Kari", "Ola", "Ingrid", "Per", "Marit", "Anders", "Sara", "Nils", "Elle", "Jon",
               "Hanne", "Trond", "Berit", "Mathis", "Siri", "Aslak", "Liv", "Tor", "Ida", "Espen")
LAST_NAMES = ("Hansen", "Johansen", "Olsen", "Nilsen", "Pedersen", "Eira", "Sara", "Berg", "Hætta",
              "Karlsen", "Jensen", "Andersen", "Somby", "Larsen", "Mikkelsen", "Isaksen", "Pettersen")
ROLES = ("daglig leder", "fagansvarlig", "verkstedleder", "HR-ansvarlig", "eier")
TRADE_WORDS = ("BYGG", "RØR", "ELEKTRO", "BIL", "MASKIN", "TRANSPORT", "FISK", "SJØMAT", "REGNSKAP",
               "FRISØR", "BAKERI", "SERVICE", "ANLEGG", "VVS", "TØMRER", "MALER", "HELSE", "IT",
               "EIENDOM", "HOLDING", "HANDEL", "ENTREPRENØR", "DATA", "KJØKKEN", "HOTELL")
VISIT_NOTES = ("Snakket med daglig leder.", "Ønsker informasjon på e-post.", "Har lærling fra før.",
               "Positiv, men travel periode nå.", "Ring tilbake etter sommeren.",
               "Interessert i å bli godkjent lærebedrift.", "Ikke aktuelt i år.")
NEXT_STEPS = ("Ringe tilbake", "Sende informasjon", "Nytt besøk", "Sende søknadsskjema")

# Outcome weights roughly as a campaign sees them: most contacts are soft.
OUTCOME_WEIGHTS = {
    Outcome.NOT_REACHED: 18, Outcome.NOT_INTERESTED: 22, Outcome.WANTS_INFORMATION: 25,
    Outcome.FOLLOW_UP_AGREED: 15, Outcome.WILL_APPLY: 7, Outcome.APPROVED: 5,
    Outcome.PLACE_OFFERED: 5, Outcome.CONTRACT_SIGNED: 3,
}
CHANNEL_WEIGHTS = {Channel.VISIT: 35, Channel.PHONE: 35, Channel.VIDEO: 8, Channel.EMAIL: 15,
                   Channel.LETTER: 4, Channel.EVENT: 3}

PERIOD_START = datetime(2020, 6, 1, tzinfo=UTC)
PERIOD_END = datetime(2025, 10, 31, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class BuildSummary:
    path: Path
    companies: int
    visits: int
    contacts: int
    notes: int
    followups: int
    campaign_targets: int
    goals: int
    hunters: int
    seconds: float


# Storage forms exactly as SQLAlchemy's SQLite types write them (naive UTC, ISO dates, JSON text).
def _dt(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _d(value: date) -> str:
    return value.isoformat()


def _json(value: object) -> str:
    return json.dumps(value)


def _sample_rows() -> list[dict[str, str]]:
    src = SAMPLE if SAMPLE.exists() else SAMPLE_FALLBACK
    with src.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _counties_2024() -> set[str]:
    with resource("codelists", "regions-2024.csv").open(encoding="utf-8", newline="") as fh:
        return {row["path"] for row in csv.DictReader(fh) if "." not in row["path"]}


def _name_words(rows: list[dict[str, str]]) -> list[str]:
    skip = {"AS", "ASA", "DA", "ANS", "SA", "HF", "-", "/", "OG", "I", "AV"}
    words = {w for r in rows for w in r["navn"].split() if w not in skip and w.isalpha() and len(w) > 2}
    return sorted(words)


def _write(conn, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:  # type: ignore[no-untyped-def]
    if not rows:
        return
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    conn.exec_driver_sql(sql, rows)


COMPANY_COLUMNS = (
    "id", "created_at", "updated_at", "deleted_at", "server_version",
    "orgnr", "source", "name", "legal_form", "industry_code", "industry_code_2", "industry_code_3",
    "employees", "website", "register_phone", "register_email",
    "business_address", "business_postcode", "business_city",
    "postal_address", "postal_postcode", "postal_city",
    "municipality_number", "municipality_name", "county_number", "parent_orgnr", "is_subunit",
    "registered_on", "founded_on", "bankrupt", "under_liquidation", "forced_dissolution",
    "deregistered_on", "register_hash", "register_refreshed_at",
    "lb_status", "approved_trades", "interest_trades", "tags", "owner_id", "phone", "email",
    "hunter_notes", "stage", "last_contact_at",
)
VISIT_COLUMNS = (
    "id", "created_at", "updated_at", "deleted_at", "server_version",
    "company_id", "hunter_id", "occurred_at", "channel", "contact_id", "trades", "outcome", "reason",
    "places", "notes", "next_step", "next_step_on", "event_id", "campaign_id",
)
SYNC_COLS = ("id", "created_at", "updated_at", "deleted_at", "server_version")


def build_store(data_dir: str | Path, *, companies: int = 200_000, visits: int = 1_000_000,
                seed: int = 1, progress: Callable[[str], None] | None = None,
                busiest_visits: int = 25_000) -> BuildSummary:
    """Create (or add to) the store under `data_dir` with generated data. Returns what was written."""
    t0 = time.perf_counter()
    say = progress or (lambda _msg: None)
    rng = random.Random(seed)
    store: Store = open_store(app_paths(data_dir))
    try:
        summary = _fill(store, rng, companies, visits, say, busiest_visits)
    finally:
        store.close()
    return BuildSummary(store.path, *summary, seconds=time.perf_counter() - t0)


def _fill(store: Store, rng: random.Random, n_companies: int, n_visits: int,
          say: Callable[[str], None], busiest_visits: int) -> tuple[int, ...]:
    sample = _sample_rows()
    words = _name_words(sample)
    streets = sorted({r["forretningsadresse.adresse"].split("/n")[-1].rsplit(" ", 1)[0]
                      for r in sample if r["forretningsadresse.adresse"]})
    munis = regions.municipalities_in(_counties_2024())
    # Troms and Finnmark are home: three times the weight per municipality.
    muni_weights = list(itertools.accumulate(
        (3.0 if m.county_number in ("55", "56") else 1.0) * rng.paretovariate(1.2) for m in munis))
    industries = [c for c, ic in codelists.industry_codes().items() if ic.level == 5]
    legal = ["AS"] * 45 + ["ENK"] * 35 + ["NUF", "ANS", "DA", "SA", "FLI", "STI", "BRL"] * 2
    trades = [t.name for t in codelists.trades()]
    now = datetime.now(UTC)
    stamp = _dt(now)

    with store.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA synchronous=OFF")

        # Hunters and staff, across four organisations.
        say("users")
        hunters: list[str] = []
        user_rows = []
        for i in range(40):
            uid = uuid7()
            org = ORGANISATIONS[i % len(ORGANISATIONS)]
            role = Role.STAFF.value if i % 10 == 9 else Role.HUNTER.value
            if role == Role.HUNTER.value:
                hunters.append(uid)
            name = f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {LAST_NAMES[i % len(LAST_NAMES)]}"
            user_rows.append((uid, stamp, stamp, None, 1, name, org, f"Team {i % 5 + 1}", role))
        _write(conn, "app_user", SYNC_COLS + ("name", "organisation", "team", "role"), user_rows)

        # Companies.
        say(f"companies: {n_companies:,}")
        company_ids: list[str] = []
        company_rows: list[list] = []
        base = 910_000_000 // 10
        serial = rng.randrange(0, 1_000_000)
        for _ in range(n_companies):
            while True:
                serial += 1
                orgnr = with_check_digit(f"{base + serial:08d}")
                if orgnr:
                    break
            m = munis[bisect.bisect(muni_weights, rng.random() * muni_weights[-1])]
            form = rng.choice(legal)
            if form == "ENK":
                name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} {rng.choice(TRADE_WORDS)}".upper()
            else:
                name = f"{rng.choice(words)} {rng.choice(TRADE_WORDS)} {form}"
                if rng.random() < 0.3:
                    name = f"{m.name.upper()} {name}"
            cid = company_id_for_orgnr(orgnr)
            company_ids.append(cid)
            founded = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 23_000))
            registered = max(founded, date(1995, 2, 1)) + timedelta(days=rng.randrange(0, 60))
            employees = int(rng.paretovariate(1.1)) - 1 if rng.random() < 0.6 else None
            dead = rng.random()
            postcode = f"{rng.randrange(0, 9999):04d}"
            lb = rng.choices([s.value for s in LaerebedriftStatus], weights=(80, 10, 5, 5))[0]
            company_rows.append([
                cid, stamp, stamp, None, 1,
                orgnr, CompanySource.REGISTER.value, name, form, rng.choice(industries), None, None,
                employees, f"www.{name.split()[0].lower()}.no" if rng.random() < 0.3 else None,
                None, None,
                f"{rng.choice(streets)} {rng.randrange(1, 120)}", postcode, m.name.upper(),
                None, None, None,
                m.number, m.name, m.county_number, None, 0,
                _d(registered), _d(founded), int(dead < 0.01), int(0.01 <= dead < 0.015),
                int(0.015 <= dead < 0.02), None, f"{rng.getrandbits(128):032x}", stamp,
                lb, _json(rng.sample(trades, 1) if lb.startswith("approved") else []), "[]", "[]",
                None, None, None, None, None, None,
            ])
        company_index = {c: i for i, c in enumerate(company_ids)}

        # Campaigns (one per summer, like Læreplassjeger 2020–2022): their targets are chosen before
        # the visits, so that part of each summer's visits are campaign visits to targets (what the
        # staff dashboard of a campaign counts). 2021 is the busiest campaign (most targets, most visits).
        campaign_plan = []
        for year, n_targets in ((2020, 8000), (2021, 15000), (2022, 8000)):
            targets = rng.sample(range(len(company_ids)), min(n_targets, len(company_ids)))
            campaign_plan.append((year, uuid7(), targets))
        campaign_of_year = {year: (cid, targets) for year, cid, targets in campaign_plan}

        # Visits: a skewed share of companies gets most of them.
        say(f"visits: {n_visits:,}")
        weights = list(itertools.accumulate(rng.paretovariate(1.5) if rng.random() < 0.35 else 0.0
                                            for _ in company_ids))
        if weights and weights[-1] == 0:
            weights = list(itertools.accumulate(1.0 for _ in company_ids))
        outcomes = list(OUTCOME_WEIGHTS)
        outcome_w = list(itertools.accumulate(OUTCOME_WEIGHTS.values()))
        channels = list(CHANNEL_WEIGHTS)
        channel_w = list(itertools.accumulate(CHANNEL_WEIGHTS.values()))
        span = int((PERIOD_END - PERIOD_START).total_seconds())
        events: dict[int, list[OutcomeEvent]] = {}
        visit_rows: list[tuple] = []
        followup_rows: list[tuple] = []
        company_hunter: dict[int, str] = {}
        total_w = weights[-1] if weights else 0.0
        # The busiest company (a big employer every hunter has called on for years): `busiest_visits`
        # visits, so "open the busiest company" has a real 25k-visit timeline; not the first by id.
        busiest = rng.randrange(len(company_ids)) if company_ids else 0
        busiest_share = min(1.0, busiest_visits / n_visits) if n_visits else 0.0
        for _ in range(n_visits):
            ci = bisect.bisect(weights, rng.random() * total_w)
            ci = min(ci, len(company_ids) - 1)
            if rng.random() < busiest_share:
                ci = busiest
            hunter = company_hunter.setdefault(ci, rng.choice(hunters))
            if rng.random() < 0.1:
                hunter = rng.choice(hunters)
            when = PERIOD_START + timedelta(seconds=rng.randrange(span))
            when = when.replace(hour=rng.randrange(7, 17))
            campaign_id = None
            planned = campaign_of_year.get(when.year)
            if planned and 6 <= when.month <= 10 and ci != busiest and rng.random() < 0.5:
                campaign_id, targets = planned
                ci = targets[rng.randrange(len(targets))]
                hunter = company_hunter.setdefault(ci, rng.choice(hunters))
            outcome = outcomes[bisect.bisect(outcome_w, rng.random() * outcome_w[-1])]
            channel = channels[bisect.bisect(channel_w, rng.random() * channel_w[-1])]
            events.setdefault(ci, []).append(OutcomeEvent(when, outcome))
            vid = uuid7()
            visit_trades = rng.sample(trades, rng.choice((0, 1, 1, 2)))
            places = ([{"trade": visit_trades[0], "count": rng.randint(1, 3)}]
                      if outcome.rank >= Outcome.PLACE_OFFERED.rank and visit_trades else [])
            next_step = next_on = None
            if outcome in (Outcome.WANTS_INFORMATION, Outcome.FOLLOW_UP_AGREED) and rng.random() < 0.5:
                next_step = rng.choice(NEXT_STEPS)
                next_on = (when + timedelta(days=rng.randint(3, 30))).date()
            ts = _dt(when)
            visit_rows.append((
                vid, ts, ts, None, 1, company_ids[ci], hunter, ts, channel.value, None,
                _json(visit_trades), outcome.value,
                "Ingen kapasitet" if outcome is Outcome.NOT_INTERESTED else None,
                _json(places), rng.choice(VISIT_NOTES) if rng.random() < 0.6 else None,
                next_step, _d(next_on) if next_on else None, None, campaign_id,
            ))
            if next_step and next_on:
                late = next_on < now.date() - timedelta(days=30)
                status = (FollowUpStatus.DONE.value if late and rng.random() < 0.9
                          else FollowUpStatus.OPEN.value)
                followup_rows.append((
                    uuid7(), ts, ts, None, 1, company_ids[ci], vid, hunter, next_step,
                    rng.choice([k.value for k in FollowUpKind]), _d(next_on), status,
                    ts if status == FollowUpStatus.DONE.value else None, None, None,
                ))

        # Open follow-ups around today: overdue, today, this week.
        for hunter in hunters:
            for delta in (-10, -3, -1, 0, 0, 1, 3, 6, 14):
                ci = rng.randrange(len(company_ids))
                followup_rows.append((
                    uuid7(), stamp, stamp, None, 1, company_ids[ci], None, hunter,
                    rng.choice(NEXT_STEPS), FollowUpKind.CALL_BACK.value,
                    _d(now.date() + timedelta(days=delta)), FollowUpStatus.OPEN.value, None, None, None,
                ))

        say("derived stage and last contact")
        for ci, evs in events.items():
            row = company_rows[ci]
            stage = current_stage(evs)
            row[-2] = stage.value if stage else None
            row[-1] = _dt(max(e.when for e in evs))
            row[COMPANY_COLUMNS.index("owner_id")] = company_hunter.get(ci)

        say("writing companies")
        _write(conn, "company", COMPANY_COLUMNS, [tuple(r) for r in company_rows])
        del company_rows

        # Contacts for visited companies (one in two), notes for some.
        say("contacts, notes")
        visited = sorted(events)
        contact_rows = []
        note_rows = []
        for ci in visited:
            if rng.random() < 0.5:
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                contact_rows.append((
                    uuid7(), stamp, stamp, None, 1, company_ids[ci], f"{first} {last}",
                    rng.choice(ROLES), f"9{rng.randrange(10_000_000):07d}",
                    f"{first.lower()}.{last.lower()}@example.no",
                ))
            if rng.random() < 0.25:
                note_rows.append((uuid7(), stamp, stamp, None, 1, company_ids[ci],
                                  company_hunter.get(ci, hunters[0]), rng.choice(VISIT_NOTES)))
        _write(conn, "contact", SYNC_COLS + ("company_id", "name", "role", "phone", "email"), contact_rows)
        _write(conn, "note", SYNC_COLS + ("company_id", "author_id", "text"), note_rows)

        say("writing visits")
        campaign_rows = [(cid, stamp, stamp, None, 1, f"Læreplassjeger {year}", "WorldSkills Norway",
                          _d(date(year, 6, 1)), _d(date(year, 10, 31)),
                          "Brev til bedrifter, oppfølging på telefon.", len(targets), None, None)
                         for year, cid, targets in campaign_plan]
        _write(conn, "campaign", SYNC_COLS + (
            "name", "organisation", "starts_on", "ends_on", "description", "letters_sent",
            "social_views", "link_clicks"), campaign_rows)  # before the visits that refer to them
        for start in range(0, len(visit_rows), 100_000):
            _write(conn, "visit", VISIT_COLUMNS, visit_rows[start:start + 100_000])
        del visit_rows
        _write(conn, "followup", SYNC_COLS + (
            "company_id", "visit_id", "assignee_id", "title", "kind", "due_on", "status", "done_at",
            "notes", "campaign_id"), followup_rows)

        # Campaigns (one per summer, like Læreplassjeger 2020–2022) with letters to targets.
        say("campaigns, goals")
        target_rows = []
        for year, cid, targets in campaign_plan:
            for ci in targets:
                target_rows.append((uuid7(), stamp, stamp, None, 1, cid, company_ids[ci],
                                    _d(date(year, 6, rng.randint(1, 20))), "bench"))
        _write(conn, "campaign_target", SYNC_COLS + (
            "campaign_id", "company_id", "letter_sent_on", "added_from"), target_rows)
        goal_rows = []
        for hunter in hunters:
            for year in range(2023, 2026):
                for month in range(1, 13):
                    first = date(year, month, 1)
                    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
                    goal_rows.append((uuid7(), stamp, stamp, None, 1, GoalScope.HUNTER.value, hunter,
                                      _d(first), _d(last), 40, 8, 3))
        _write(conn, "goal", SYNC_COLS + (
            "scope", "subject", "period_start", "period_end", "visits", "agreements", "places"), goal_rows)
        del company_index
    with store.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    return (n_companies, n_visits, len(contact_rows), len(note_rows), len(followup_rows),
            len(target_rows), len(goal_rows), len(hunters))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", required=True, help="folder of the store to create or add to")
    parser.add_argument("--companies", type=int, default=200_000)
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    start = time.perf_counter()

    def say(msg: str) -> None:
        print(f"[{time.perf_counter() - start:7.1f}s] {msg}", file=sys.stderr)

    s = build_store(args.data_dir, companies=args.companies, visits=args.visits, seed=args.seed,
                    progress=say)
    print(f"{'store':<18}{s.path}")
    for label, value in (("companies", s.companies), ("visits", s.visits), ("contacts", s.contacts),
                         ("notes", s.notes), ("follow-ups", s.followups),
                         ("campaign targets", s.campaign_targets), ("goals", s.goals),
                         ("hunters", s.hunters)):
        print(f"{label:<18}{value:>12,}")
    print(f"{'seconds':<18}{s.seconds:>12.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
