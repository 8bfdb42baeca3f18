"""lpj's sync side by side with a peer: PouchDB 9 + express-pouchdb, on the same visit records.

    python bench/bench_peer.py [--visits 100000] [--runs 3] [--postgres] [--lock /tmp/cpu.lock]

Both peers move the same records: N visits (company, time, channel, outcome, places when one was
offered, notes of one to four sentences, a next step on one in five, which makes a follow-up) on
500 register companies. Per run and peer:

- lpj: a laptop records the visits offline through the app's service (`record_visit`, a
  transaction per 1000 visits), so the outbox holds what the app makes (visits, their
  follow-ups, the create of each register company the server has not seen). The timed push is
  the app's `SyncEngine.sync()` (its own transport) against lpj-server in its own process —
  SQLite by default (one worker), PostgreSQL with `--postgres` (2 workers, bench/pg_cluster.py).
  The initial pull is a fresh laptop's first `sync()` (a hunter in the same team).
- PouchDB: the same records (the lpj outbox's fields, as documents) written offline into a local
  LevelDB PouchDB, pushed by `local.replicate.to(remote)` to express-pouchdb (LevelDB on disk,
  its own node process), then a fresh local database's `replicate.from(remote)`. PouchDB's own
  default batch_size (100) unless `--pouch-batch-size`.

Both talk through a counting TCP proxy (bench/peer/counting_proxy.py, its own process) on
127.0.0.1, which counts connections, HTTP requests and bytes. The table gives min–median–max
over the runs, the load average at each measurement, and lpj/PouchDB ratios (> 1: lpj faster).

Needs node (v18+) and npm: `npm ci` runs in bench/peer/ on first use. Without node the bench
says so and stops. `--profile DIR` instead runs lpj's push once with the client and the server
(bench/peer/profiled_server.py) under cProfile, and prints where the time goes.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import random
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parent.parent
PEER = REPO / "bench" / "peer"
sys.path.insert(0, str(REPO))

from bench.bench_server import ORG, PASSWORD, Server, cli  # noqa: E402
from bench.pg_cluster import PgCluster, free_port  # noqa: E402
from lpj_desktop.domain.visit_draft import PlaceOffer, VisitDraft  # noqa: E402
from lpj_desktop.paths import app_paths  # noqa: E402
from lpj_desktop.services.visits import record_visit  # noqa: E402
from lpj_desktop.store.database import Store, open_store  # noqa: E402
from lpj_desktop.store.models import Company, OutboxMutation, Visit  # noqa: E402
from lpj_desktop.sync_client.api import SyncPhase, SyncProgress  # noqa: E402
from lpj_desktop.sync_client.engine import SyncEngine  # noqa: E402
from sync.kernel.ids import company_id_for_orgnr  # noqa: E402
from sync.kernel.orgnr import with_check_digit  # noqa: E402
from sync.protocol import API_PREFIX  # noqa: E402
from sync.vocabulary import Channel, Outcome  # noqa: E402

TEAM = "Team Nord"

# What hunters write after a visit: one to four of these, 60–400 characters (about 190 on average).
SENTENCES = (
    "Snakket med daglig leder, som var positiv til å ta inn lærling fra høsten.",
    "Fagansvarlig var på ferie; avtalt å ringe tilbake neste uke.",
    "Bedriften har hatt lærlinger før, men ingen de siste tre årene.",
    "De mangler godkjenning som lærebedrift og ønsker hjelp med søknaden.",
    "Sendte informasjonsbrosjyre og lenke til søknadsskjema på e-post.",
    "Usikker på økonomien i år; vil vurdere saken på styremøtet i juni.",
    "Har plass til én lærling i tømrerfaget, kanskje to dersom ordrebøkene holder seg.",
    "Verkstedleder viste rundt; gode forhold for opplæring og egen lærlingansvarlig.",
    "Ønsker kontakt med opplæringskontoret om medlemskap og kostnader.",
    "Bedriften er interessert i speed-dating med elever på Vg2 i mars.",
    "Lite aktuelt nå på grunn av omorganisering, men ta kontakt igjen over nyttår.",
    "Kontaktperson er ny i stillingen og trenger tid til å sette seg inn i ordningen.",
)
TRADES = ("Tømrerfaget", "Elektrikerfaget", "Kokkfaget", "Helsearbeiderfaget", "Bilfaget, lette kjøretøy",
          "Rørleggerfaget", "Salgsfaget", "Industrimekanikerfaget")
NEXT_STEPS = ("Ring tilbake", "Send søknadsskjema", "Nytt besøk med fagansvarlig", "Følg opp e-post")
CHANNELS = (Channel.VISIT, Channel.VISIT, Channel.PHONE, Channel.PHONE, Channel.VIDEO, Channel.EMAIL)


# --- the records --------------------------------------------------------------------------------


def companies(n: int) -> list[dict[str, Any]]:
    """n register companies (as an Enhetsregisteret import leaves them on every laptop)."""
    out = []
    orgnrs = (o for o in (with_check_digit(f"9{i:07d}") for i in range(n * 3)) if o)
    for i, orgnr in zip(range(n), orgnrs, strict=False):
        out.append({"id": company_id_for_orgnr(orgnr), "orgnr": orgnr, "source": "register",
                    "name": f"Bedrift {i} AS", "legal_form": "AS", "industry_code": "43.210",
                    "employees": i % 200, "business_address": f"Storgata {i % 150}",
                    "business_postcode": "9510", "business_city": "ALTA",
                    "municipality_number": "5601", "municipality_name": "Alta", "county_number": "56"})
    return out


def drafts(n: int, company_ids: list[str], seed: int = 1) -> Iterator[VisitDraft]:
    """n visits as a hunter records them; the same ones on every run (the seed)."""
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(microsecond=0)
    outcomes = list(Outcome)
    for _ in range(n):
        outcome = rng.choice(outcomes)
        when = now - timedelta(minutes=rng.randrange(30, 180 * 24 * 60))
        places = ([PlaceOffer(rng.choice(TRADES), rng.randint(1, 3))]
                  if outcome is Outcome.PLACE_OFFERED else [])
        next_step, next_on = "", None
        if rng.random() < 0.2:
            next_step = rng.choice(NEXT_STEPS)
            next_on = when.date() + timedelta(days=rng.randint(3, 30))
        yield VisitDraft(company_id=rng.choice(company_ids), occurred_at=when,
                         channel=rng.choice(CHANNELS), outcome=outcome, places=places,
                         trades=[rng.choice(TRADES)] if rng.random() < 0.5 else [],
                         notes=" ".join(rng.sample(SENTENCES, rng.randint(1, 4))),
                         next_step=next_step, next_step_on=next_on)


def record_offline(store: Store, user_id: str, n: int, company_rows: list[dict[str, Any]]) -> float:
    """The register companies (no outbox: they are on every laptop), then n visits through the
    app's service, a transaction per 1000. Returns the seconds the visits took."""
    with store.session() as s:
        for row in company_rows:
            s.add(Company(**row))
    ids = [row["id"] for row in company_rows]
    t = time.perf_counter()
    batch: list[VisitDraft] = []
    for draft in drafts(n, ids):
        batch.append(draft)
        if len(batch) == 1000:
            _record(store, user_id, batch)
            batch = []
    if batch:
        _record(store, user_id, batch)
    return time.perf_counter() - t


def _record(store: Store, user_id: str, batch: list[VisitDraft]) -> None:
    with store.session() as s:
        for draft in batch:
            record_visit(s, draft, user_id)


def dump_outbox(store: Store, to: Path) -> int:
    """The outbox's creates as PouchDB documents (the same fields and values): PouchDB gets what
    lpj's app made, record for record."""
    n = 0
    with store.reader() as s, to.open("w") as out:
        rows = s.execute(
            OutboxMutation.__table__.select().order_by(OutboxMutation.mutation_id)).mappings()
        for row in rows:
            out.write(json.dumps({"_id": row["record_id"], "type": row["entity"],
                                  **row["args"]["fields"]}, ensure_ascii=False) + "\n")
            n += 1
    return n


# --- plumbing -----------------------------------------------------------------------------------


class Proxy:
    """bench/peer/counting_proxy.py in its own process, in front of `target_port`."""

    def __init__(self, target_port: int) -> None:
        self.proc = subprocess.Popen([sys.executable, str(PEER / "counting_proxy.py"),
                                      f"127.0.0.1:{target_port}"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        self.port = int(self.proc.stdout.readline().split()[1])
        self.url = f"http://127.0.0.1:{self.port}"

    def snap(self) -> dict[str, int]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("snap\n")
        self.proc.stdin.flush()
        return dict(json.loads(self.proc.stdout.readline()))

    def stop(self) -> None:
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write("quit\n")
            self.proc.stdin.close()
        except OSError:
            pass
        self.proc.wait(timeout=10)


@dataclass
class Step:
    """One measured step: its seconds, what went over the wire, the load when it began."""

    seconds: float
    wire: dict[str, int] = field(default_factory=dict)
    load: float = 0.0
    detail: str = ""
    cpu: tuple[float, float] | None = None  # CPU seconds of the client and of the server


@contextmanager
def measured(proxy: Proxy | None, out: dict[str, Step], name: str) -> Iterator[Step]:
    step = Step(0.0, load=os.getloadavg()[0])
    before = proxy.snap() if proxy else {}
    t = time.perf_counter()
    yield step
    if not step.seconds:
        step.seconds = time.perf_counter() - t
    if proxy:
        after = proxy.snap()
        step.wire = {k: after[k] - before[k] for k in after}
    out[name] = step


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process and its children (uvicorn's workers)."""
    import psutil

    total = 0.0
    try:
        root = psutil.Process(pid)
        for proc in (root, *root.children(recursive=True)):
            times = proc.cpu_times()
            total += times.user + times.system
    except psutil.Error:
        pass
    return total


def children_cpu() -> float:
    """CPU seconds of this process's finished children (a node client step)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@contextmanager
def cpu_lock(path: str | None) -> Iterator[None]:
    """Hold an exclusive flock on `path` (a machine shared with other benches) for one peer's run."""
    if not path:
        yield
        return
    with open(path, "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


# --- lpj ----------------------------------------------------------------------------------------


class LpjServers:
    """lpj-server databases: a template (two hunters in one team, the first laptop logged in and
    its visits recorded) and a copy of it per run, each served by lpj-server in its own process.

    The visits are recorded once: 100k through the app's service take minutes, and the push
    starts from the same outbox every run. SQLite copies the file; PostgreSQL copies the
    database (CREATE DATABASE … TEMPLATE) on one cluster kept for the whole bench.
    """

    def __init__(self, base: Path, postgres: bool, *, reuse: bool = False) -> None:
        self.base = base
        self.cluster = PgCluster(durable=True).start() if postgres else None
        self.template = self._url("template")
        if reuse:  # a kept SQLite template (--keep)
            return
        cli(self.env(self.template), "migrate")
        for name in ("kari", "ola"):
            cli(self.env(self.template), "create-user", name, "--role", "hunter", "--org", ORG,
                "--team", TEAM, stdin=PASSWORD + "\n")

    def _url(self, name: str, template: str | None = None) -> str:
        if self.cluster is not None:
            return self.cluster.create_database(name, template=template)
        path = self.base / f"{name}.sqlite3"
        if template is not None:
            for suffix in ("", "-wal", "-shm"):  # a copy left by an earlier call (--keep)
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            for suffix in ("", "-wal"):  # what a stopped server left in its log is the database too
                if (self.base / f"{template}.sqlite3{suffix}").exists():
                    shutil.copy(self.base / f"{template}.sqlite3{suffix}", f"{path}{suffix}")
        return f"sqlite:///{path}"

    def env(self, url: str) -> dict[str, str]:
        return {**os.environ, "LPJ_DATABASE_URL": url, "PYTHONPATH": str(REPO),
                "LPJ_ARGON2_TIME_COST": "1", "LPJ_ARGON2_MEMORY_KIB": "8192"}

    def copy(self, name: str) -> str:
        return self._url(name, template="template")

    @contextmanager
    def serve(self, url: str) -> Iterator[Server]:
        # SQLite has one writer: one worker, as the server's own advice says.
        server = Server(self.env(url), 1 if self.cluster is None else 2)
        try:
            yield server
        finally:
            server.stop()

    def drop(self, name: str) -> None:
        """Drop a run's copy (100k visits make a few hundred MB)."""
        if self.cluster is not None:
            self.cluster.drop_database(name)
        else:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.base / name}.sqlite3{suffix}").unlink(missing_ok=True)

    def stop(self) -> None:
        if self.cluster is not None:
            self.cluster.stop()


def laptop(data_dir: Path, name: str, url: str) -> tuple[Store, SyncEngine, str, str]:
    """A new laptop's store, logged in: (store, engine, user id, token)."""
    store = open_store(app_paths(data_dir))
    login = SyncEngine.login(store, url, name, PASSWORD, device_name=name)
    return store, SyncEngine(store, server_url=url, token=login.token), login.user.id, login.token


def prepare_lpj(servers: LpjServers, args: argparse.Namespace, records: Path) -> tuple[Step, str]:
    """The first laptop logs in and records the visits offline; its store is kept as the
    template every run copies. Writes the PouchDB documents; returns the recording and the token.
    With `--keep` (SQLite), a template kept there for the same N is used again."""
    kept = servers.base / "prepared.json"
    if args.keep and kept.exists():
        saved = json.loads(kept.read_text())
        if (saved["visits"], saved["companies"], saved.get("synced")) == (args.visits, args.companies, True):
            print(f"lpj: using the template kept in {servers.base}", file=sys.stderr)
            return Step(saved["seconds"], load=saved["load"], detail=saved["detail"]), saved["token"]
    with servers.serve(servers.template) as server:
        store, engine, user_id, token = laptop(servers.base / "kari-template", "kari", server.url)
        # The laptop synced once before going out (as the app does after login): the push then
        # starts from a view with a cursor, and its pull is an ordinary pull, not a first snapshot.
        engine.sync()
    took = record_offline(store, user_id, args.visits, companies(args.companies))
    step = Step(took, load=os.getloadavg()[0])
    with store.reader() as s:
        queued = s.query(OutboxMutation).count()
    step.detail = f"{queued:,} mutations queued (a transaction per 1000 visits)"
    dump_outbox(store, records)
    store.engine.dispose()
    if args.keep:
        kept.write_text(json.dumps({"visits": args.visits, "companies": args.companies, "token": token,
                                    "synced": True,
                                    "seconds": step.seconds, "load": step.load, "detail": step.detail}))
    return step, token


def phase_clock(server_pid: int | None = None) -> tuple[dict[str, tuple[float, float, float]], Any]:
    """A progress callback that notes when each phase was first reported: (wall clock, this
    process's CPU, the server's CPU)."""
    seen: dict[str, tuple[float, float, float]] = {}

    def progress(p: SyncProgress) -> None:
        if p.phase.value not in seen:
            seen[p.phase.value] = (time.perf_counter(), time.process_time(),
                                   cpu_seconds(server_pid) if server_pid else 0.0)

    return seen, progress


def _phase(a: tuple[float, float, float], b: tuple[float, float, float]) -> str:
    """A phase between two (wall, client CPU, server CPU) marks, in words."""
    return f"{b[0] - a[0]:.1f} s (CPU client {b[1] - a[1]:.1f} s, server {b[2] - a[2]:.1f} s)"


def run_lpj(servers: LpjServers, run: int, token: str, args: argparse.Namespace) -> dict[str, Step]:
    out: dict[str, Step] = {}
    work = servers.base / f"run{run}"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(servers.base / "kari-template", work / "kari")
    with servers.serve(servers.copy(f"run{run}")) as server:
        proxy = Proxy(server.port) if not args.direct else None
        url = proxy.url if proxy else server.url
        try:
            store = open_store(app_paths(work / "kari"))
            engine = SyncEngine(store, server_url=url, token=token)
            seen, progress = phase_clock(server.proc.pid)
            with measured(proxy, out, "push") as step:
                began = (time.perf_counter(), time.process_time(), cpu_seconds(server.proc.pid))
                report = engine.sync(progress)
                ended = (time.perf_counter(), time.process_time(), cpu_seconds(server.proc.pid))
            pull_began = min((seen[p] for p in (SyncPhase.PULLING, SyncPhase.SNAPSHOT) if p in seen),
                             default=ended)
            step.cpu = (ended[1] - began[1], ended[2] - began[2])
            step.detail = (f"pushed {report.pushed:,}, pulled back {report.pulled:,}; push phase "
                           f"{_phase(began, pull_began)}, pull-back {_phase(pull_began, ended)}")
            store.engine.dispose()
            fresh, fresh_engine, _, _ = laptop(work / "ola", "ola", url)
            with measured(proxy, out, "pull") as step:
                c0, s0 = time.process_time(), cpu_seconds(server.proc.pid)
                report = fresh_engine.sync()
                step.cpu = (time.process_time() - c0, cpu_seconds(server.proc.pid) - s0)
            with fresh.reader() as s:
                visits = s.query(Visit).count()
            step.detail = f"pulled {report.pulled:,} records ({visits:,} visits)"
            if visits != args.visits:
                raise RuntimeError(f"the fresh laptop has {visits} visits, not {args.visits}")
            fresh.engine.dispose()
        finally:
            if proxy:
                proxy.stop()
    shutil.rmtree(work, ignore_errors=True)
    servers.drop(f"run{run}")
    return out


# --- PouchDB ------------------------------------------------------------------------------------


def node_ready() -> str | None:
    """None when node and the peer's packages are there (installing them if need be), else why not."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        return "node and npm are not on PATH: install Node.js 20 (https://nodejs.org) to run the peer"
    if not (PEER / "node_modules" / "express-pouchdb").exists():
        print("installing PouchDB 9 + express-pouchdb into bench/peer/node_modules (npm ci) …",
              file=sys.stderr)
        lock = (PEER / "package-lock.json").exists()
        subprocess.run([npm, "ci" if lock else "install", "--no-audit", "--no-fund"], cwd=PEER,
                       check=True)
    return None


def node_step(*argv: str, keep_alive: bool = True) -> dict[str, Any]:
    done = subprocess.run(["node", str(PEER / "pouch_peer.js"), *argv], cwd=PEER, check=True,
                          capture_output=True, text=True,
                          env={**os.environ, "PEER_KEEPALIVE": "1" if keep_alive else "0"})
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


@contextmanager
def pouch_server(tmp: Path) -> Iterator[tuple[int, int]]:
    proc = subprocess.Popen(["node", str(PEER / "pouch_peer.js"), "server", str(tmp / "pouch-server"),
                             str(free_port())], cwd=PEER, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("listening"):
            raise RuntimeError(f"express-pouchdb did not start: {line!r}")
        yield int(line.split()[1]), proc.pid
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def run_pouch(tmp: Path, args: argparse.Namespace, records: Path) -> dict[str, Step]:
    out: dict[str, Step] = {}
    batch = str(args.pouch_batch_size)
    keep = not args.pouch_no_keepalive
    with pouch_server(tmp) as (port, server_pid):
        proxy = Proxy(port) if not args.direct else None
        remote = f"{proxy.url if proxy else f'http://127.0.0.1:{port}'}/visits"
        try:
            r = node_step("write", str(tmp / "pouch-local"), str(records))
            out["write"] = Step(r["seconds"], load=os.getloadavg()[0], detail=f"{r['docs']:,} documents")
            with measured(proxy, out, "push") as step:
                c0, s0 = children_cpu(), cpu_seconds(server_pid)
                r = node_step("push", str(tmp / "pouch-local"), remote, batch, keep_alive=keep)
                step.cpu = (children_cpu() - c0, cpu_seconds(server_pid) - s0)
            step.seconds = r["seconds"]
            step.detail = f"{r['docs_written']:,} documents written, batch_size {batch}"
            with measured(proxy, out, "pull") as step:
                c0, s0 = children_cpu(), cpu_seconds(server_pid)
                r = node_step("pull", str(tmp / "pouch-fresh"), remote, batch, keep_alive=keep)
                step.cpu = (children_cpu() - c0, cpu_seconds(server_pid) - s0)
            step.seconds = r["seconds"]
            step.detail = f"{r['doc_count']:,} documents, batch_size {batch}"
        finally:
            if proxy:
                proxy.stop()
    return out


# --- profile ------------------------------------------------------------------------------------


def profile_push(args: argparse.Namespace, into: Path) -> None:
    """lpj's push once, the client and the server (bench/peer/profiled_server.py) both under
    cProfile; prints the phases and the top functions of both."""
    import cProfile
    import pstats

    into.mkdir(parents=True, exist_ok=True)
    with _base(args) as base:
        servers = LpjServers(base, args.postgres, reuse=_reusable(args, base))
        try:
            _write, token = prepare_lpj(servers, args, base / "records.jsonl")
            shutil.rmtree(base / "profiled", ignore_errors=True)
            shutil.copytree(base / "kari-template", base / "profiled")  # the template stays as it is
            with profiled_server(servers.env(servers.copy("profiled")), into / "server.pstats") as url:
                store = open_store(app_paths(base / "profiled"))
                engine = SyncEngine(store, server_url=url, token=token)
                seen, progress = phase_clock()
                t = time.perf_counter()
                with cProfile.Profile() as prof:
                    report = engine.sync(progress)
                took = time.perf_counter() - t
                store.engine.dispose()
            shutil.rmtree(base / "profiled", ignore_errors=True)
            servers.drop("profiled")
        finally:
            servers.stop()
    prof.dump_stats(into / "client.pstats")
    print(f"\nlpj push (sync), both sides under cProfile: {took:.1f} s, pushed {report.pushed:,}, "
          f"pulled back {report.pulled:,}; phases at "
          + ", ".join(f"{k} +{v[0] - t:.1f} s" for k, v in seen.items()))
    for side in ("client", "server"):
        print(f"\n=== {side} ({into / f'{side}.pstats'}) ===")
        stats = pstats.Stats(str(into / f"{side}.pstats"))
        stats.sort_stats("cumulative").print_stats(40)
        stats.sort_stats("tottime").print_stats(30)


@contextmanager
def profiled_server(env: dict[str, str], out: Path) -> Iterator[str]:
    """lpj-server (one worker) under cProfile, writing `out` when it stops; yields its URL."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, str(PEER / "profiled_server.py"), str(out), "serve",
                             "--port", str(port), "--workers", "1"],
                            env={**env, "LPJ_LOG_LEVEL": "WARNING"}, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + API_PREFIX + "/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("the profiled server did not start")
            time.sleep(0.2)
        yield url
    finally:
        proc.send_signal(signal.SIGINT)  # uvicorn shuts down; the wrapper writes its profile
        proc.wait(timeout=120)


# --- table --------------------------------------------------------------------------------------


def spread(values: list[float], fmt: str = "{:.1f}") -> str:
    if len(values) == 1:
        return fmt.format(values[0])
    return "–".join(fmt.format(v) for v in (min(values), statistics.median(values), max(values)))


def print_table(args: argparse.Namespace, runs: dict[str, list[dict[str, Step]]]) -> None:
    server = "PostgreSQL (2 workers)" if args.postgres else "SQLite (1 worker)"
    print(f"\n{args.visits:,} visits on {args.companies} companies, {len(runs['lpj'] or runs['pouch'])} "
          f"run(s), min–median–max; {os.cpu_count()} cores; lpj-server on {server}; "
          f"PouchDB 9 + express-pouchdb 4.2 (LevelDB), batch_size {args.pouch_batch_size}, "
          f"{'no ' if args.pouch_no_keepalive else ''}keep-alive"
          + ("" if args.direct else "; both through the counting proxy")
          + "\nCPU cl/srv: CPU seconds of the client and of the server in the last run (PouchDB's client: "
          "the node process, its start included)")
    header = f"{'peer':<8} {'step':<6} {'seconds':>17} {'load 1m':>15} {'CPU cl/srv':>11} {'conns':>6} " \
             f"{'requests':>9} {'MB up':>7} {'MB down':>8}  detail (last run)"
    print(header)
    print("-" * len(header))
    for peer in ("lpj", "pouch"):
        for name in ("write", "push", "pull"):
            steps = [r[name] for r in runs[peer] if name in r]
            if not steps:
                continue
            last = steps[-1]
            wire = last.wire
            cells = (f"{wire['connections']:>6} {wire['requests']:>9} {wire['bytes_up'] / 1e6:>7.1f} "
                     f"{wire['bytes_down'] / 1e6:>8.1f}" if wire else f"{'':>6} {'':>9} {'':>7} {'':>8}")
            cpu = f"{last.cpu[0]:.1f}/{last.cpu[1]:.1f}" if last.cpu else ""
            print(f"{peer:<8} {name:<6} {spread([s.seconds for s in steps], '{:.2f}'):>17} "
                  f"{spread([s.load for s in steps], '{:.2f}'):>15} {cpu:>11} {cells}  {last.detail}")
    if runs["lpj"] and runs["pouch"]:
        print("\nPouchDB seconds / lpj seconds (> 1: lpj faster; goal ≥ 3), per run and median:")
        for name in ("push", "pull"):
            ratios = [p[name].seconds / lp[name].seconds for lp, p in zip(runs["lpj"], runs["pouch"],
                                                                          strict=True)]
            print(f"  {name}: {', '.join(f'{r:.2f}' for r in ratios)}; median "
                  f"{statistics.median(ratios):.2f}")


@contextmanager
def _base(args: argparse.Namespace) -> Iterator[Path]:
    """The bench's folder: `--keep DIR` (kept for the next run) or a temporary one."""
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        yield args.keep
        return
    with tempfile.TemporaryDirectory(prefix="lpj-peer-") as name:
        yield Path(name)


def _reusable(args: argparse.Namespace, base: Path) -> bool:
    """Whether `--keep` holds a template for these N (then it is not made again)."""
    kept = base / "prepared.json"
    if not kept.exists():
        return False
    saved = json.loads(kept.read_text())
    return bool((saved["visits"], saved["companies"], saved.get("synced"))
                == (args.visits, args.companies, True))


def _brief(result: dict[str, Step]) -> str:
    return ", ".join(f"{k} {v.seconds:.2f} s" for k, v in result.items())


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--visits", type=int, default=100_000)
    p.add_argument("--companies", type=int, default=500)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--postgres", action="store_true", help="lpj-server on PostgreSQL (2 workers)")
    p.add_argument("--pouch-batch-size", type=int, default=100,
                   help="PouchDB replication batch_size (its default: 100)")
    p.add_argument("--pouch-no-keepalive", action="store_true",
                   help="PouchDB as node-fetch has it: a new connection per request (Connection: close); "
                   "by default its remote gets a keep-alive agent, as a browser's fetch keeps them")
    p.add_argument("--only", choices=("lpj", "pouch"), help="run one peer only")
    p.add_argument("--direct", action="store_true", help="no counting proxy (no bytes or requests)")
    p.add_argument("--lock", metavar="FILE", help="hold an flock on FILE during each peer's run "
                   "(e.g. /tmp/cpu.lock on a machine shared with other benches)")
    p.add_argument("--keep", metavar="DIR", type=Path,
                   help="keep the recorded lpj template (and PouchDB documents) in DIR and use it again "
                   "on the next call with the same --visits: recording 100k visits takes minutes "
                   "(SQLite server only)")
    p.add_argument("--profile", metavar="DIR", type=Path,
                   help="profile lpj's push once (client and server under cProfile) instead")
    args = p.parse_args()
    if args.keep and args.postgres:
        p.error("--keep keeps a SQLite server's database; PostgreSQL's cluster is thrown away")
    if args.profile:
        with cpu_lock(args.lock):
            profile_push(args, args.profile)
        return 0
    if args.only != "lpj":
        why = node_ready()
        if why:
            print(f"bench_peer: skipped: {why}")
            return 0
    runs: dict[str, list[dict[str, Step]]] = {"lpj": [], "pouch": []}
    with _base(args) as base:
        records = base / "records.jsonl"
        servers = LpjServers(base, args.postgres, reuse=_reusable(args, base))
        try:
            with cpu_lock(args.lock):
                write, token = prepare_lpj(servers, args, records)
            print(f"lpj: recorded {args.visits:,} visits offline in {write.seconds:.1f} s",
                  file=sys.stderr)
            for i in range(args.runs):
                if args.only != "pouch":
                    with cpu_lock(args.lock):
                        result = {"write": write, **run_lpj(servers, i, token, args)}
                    runs["lpj"].append(result)
                    print(f"run {i + 1} lpj: " + _brief(result), file=sys.stderr)
                if args.only != "lpj":
                    with tempfile.TemporaryDirectory(prefix="pouch-", dir=base) as tmp, \
                            cpu_lock(args.lock):
                        result = run_pouch(Path(tmp), args, records)
                    runs["pouch"].append(result)
                    print(f"run {i + 1} pouch: " + _brief(result), file=sys.stderr)
        finally:
            servers.stop()
    print_table(args, runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
