"""Sync through the app's own engine and transport, against lpj-server as deployed: its own
processes (2 uvicorn workers) on a throwaway PostgreSQL cluster (fsync on), with a counting proxy
(bench/counting_proxy.py) between the engine and the server.

    python -m bench.bench_sync [--runs 3] [--only push,burst] [--laptops 50] [--laptops-on DIR]

Rows (issue 22):

* push: a laptop with 10,000 visits recorded offline by the app's own service
  (`services.visits.record_visit`, 500 register companies, so the outbox holds what the app
  makes: the companies' creates and the visits) syncs once; `sync()` timed from call to return,
  whatever it does inside (version probe, push batches, the pull after the push).
  Each run is a new laptop and a new user on the same server. Target < 1.5 s.
* noop: right after that sync, a second `sync()` with nothing to do, on the same engine (its
  kept-alive connection), and on a new engine (a new connection, as an app that slept). Counted at
  the proxy: requests, TCP connections, bytes both ways. Target: 1 round trip, < 2 KB.
* burst: 50 laptops, each a process of its own (each laptop has its own processor in the field;
  threads of one process would queue every laptop's client work behind one interpreter lock and
  time that queue instead of the server), each with its own store, login and 100 visits recorded
  offline; they all call `sync()` at once (a barrier). The whole sync cycle (push + pull: the
  app's push brings the first page of its pull with it, so it is one request unless the pull has
  more pages or the server is of before) per laptop is timed; p50, p95, max over the 50, and
  errors (the engine with retries=0: a failure is an error, not a silent retry). Repeated `--runs`
  rounds (each laptop records 100 more, after every laptop of the round before has synced). Target
  p95 < 500 ms, 0 errors. The 50 processes share the two cores with the server (the machine has no
  others), so each cycle also waits for 49 other laptops' own work: the table gives each laptop's
  own CPU time per cycle and the server's and PostgreSQL's, and two rows: the cycle as measured,
  and as each laptop would see it with a processor of its own (its run-queue wait taken off, the
  laptops at SCHED_IDLE, pushes and then any pulls of their own sent together: `Together`,
  bench/README.md "The burst as each laptop would see it"), with the server's CPU floor for the
  round as a check. The laptops' stores are in /dev/shm (`--laptops-on` to move them): 50 laptops
  have 50 disks, and on the one disk here their durable commits (SQLite synchronous=FULL, ~6 a
  sync) queue behind each other and PostgreSQL's.

Prints a table with min–median–max over the runs and the machine's load.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import run_queue  # noqa: E402
from bench.bench_server import ORG, PASSWORD, Server, cli, cpu_seconds  # noqa: E402
from bench.counting_proxy import CountingProxy, Counts  # noqa: E402
from bench.pg_cluster import PgCluster  # noqa: E402

VISITS = int(os.environ.get("LPJ_BENCH_VISITS", "10000"))
COMPANIES = 500


@dataclass
class Rig:
    """The server (2 workers on PostgreSQL) and how to make users on it."""

    env: dict[str, str]
    server: Server
    cluster: PgCluster

    def user(self, name: str, role: str = "hunter") -> None:
        cli(self.env, "create-user", name, "--role", role, "--org", ORG, stdin=PASSWORD + "\n")


@contextmanager
def rig(workers: int = 2) -> Iterator[Rig]:
    cluster = PgCluster(durable=True).start()
    server = None
    try:
        env = {**os.environ, "LPJ_DATABASE_URL": cluster.create_database("lpj"), "PYTHONPATH": str(REPO),
               "LPJ_ARGON2_TIME_COST": "1", "LPJ_ARGON2_MEMORY_KIB": "8192"}
        cli(env, "migrate")
        server = Server(env, workers)
        yield Rig(env, server, cluster)
    finally:
        if server is not None:
            server.stop()
        cluster.stop()


def load() -> str:
    return "load " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def mmm(values: list[float], unit: str = "s", scale: float = 1.0, digits: int = 2) -> str:
    """min–median–max."""
    v = [x * scale for x in values]
    return f"{min(v):.{digits}f}–{statistics.median(v):.{digits}f}–{max(v):.{digits}f} {unit}"


# --- a laptop --------------------------------------------------------------------------------------


def open_laptop(data_dir: Path, server_url: str, username: str) -> tuple[Any, str, str]:
    """A fresh store logged in as `username` (directly, not through the proxy): store, token,
    user id."""
    from lpj_desktop.paths import app_paths
    from lpj_desktop.store.database import open_store
    from lpj_desktop.sync_client.engine import SyncEngine

    store = open_store(app_paths(data_dir))
    login = SyncEngine.login(store, server_url, username, PASSWORD, device_name=username)
    return store, login.token, login.user.id


def record_offline(store: Any, user_id: str, visits: int, companies: int, first_orgnr: int,
                   seed: int) -> int:
    """Register companies put in the store as the import does, and `visits` visits recorded by
    the app's service on them, as a person does offline. Returns the outbox's pending rows."""
    from lpj_desktop.domain.enums import Channel
    from lpj_desktop.domain.ladder import Outcome
    from lpj_desktop.domain.visit_draft import PlaceOffer, VisitDraft
    from lpj_desktop.services.visits import record_visit
    from lpj_desktop.store.models import Company
    from lpj_desktop.sync_client.push import pending_count
    from sync.kernel.ids import company_id_for_orgnr
    from sync.kernel.orgnr import with_check_digit

    ids: list[str] = []
    n = first_orgnr
    with store.session() as s:
        while len(ids) < companies:
            orgnr = with_check_digit(f"{n:08d}")
            n += 1
            if not orgnr:
                continue
            cid = company_id_for_orgnr(orgnr)
            if s.get(Company, cid) is None:
                s.add(Company(id=cid, orgnr=orgnr, name=f"Bedrift {orgnr}", source="register"))
            ids.append(cid)
    rng = random.Random(seed)
    outcomes = list(Outcome)
    when = datetime.now(UTC) - timedelta(hours=1)
    with store.session() as s:
        for _ in range(visits):
            outcome = rng.choice(outcomes)
            places = [PlaceOffer("Tømrerfaget", 1)] if outcome is Outcome.PLACE_OFFERED else []
            record_visit(s, VisitDraft(company_id=rng.choice(ids), occurred_at=when,
                                       channel=Channel.VISIT, outcome=outcome, places=places,
                                       notes="Snakket med daglig leder om læreplass."), user_id)
    with store.reader() as s:
        return pending_count(s)


def engine_for(store: Any, url: str, token: str, retries: int = 2) -> Any:
    from lpj_desktop.sync_client.engine import SyncEngine

    return SyncEngine(store, server_url=url, token=token, retries=retries)


def counted(c: Counts) -> str:
    return (f"{c.requests} requests ({c.turns} turns), {c.connections} conn, "
            f"{c.bytes_up:,} B up, {c.bytes_down:,} B down")


def paths_text(c: Counts) -> str:
    out: dict[str, int] = {}
    for p in c.paths:
        out[p] = out.get(p, 0) + 1
    return ", ".join(f"{k.split('/api/v1')[-1]} ×{v}" for k, v in out.items())


# --- push 10,000 and the no-op sync after it ----------------------------------------------------------


def bench_push(r: Rig, tmp: Path, runs: int) -> list[tuple[str, str, str, str]]:
    proxy = CountingProxy.for_url(r.server.url).start()
    times: list[float] = []
    push_counts: list[Counts] = []
    noop_same: list[Counts] = []
    noop_new: list[Counts] = []
    noop_times: list[float] = []
    mutations = 0
    try:
        for run in range(runs):
            name = f"pusher{run}"
            r.user(name)
            store, token, user_id = open_laptop(tmp / name, r.server.url, name)
            engine_for(store, r.server.url, token).sync()  # its first sync: an empty view
            # Orgnrs of their own per run: every run creates its 500 companies anew on the server.
            mutations = record_offline(store, user_id, VISITS, COMPANIES, 90_000_000 + run * 100_000, run)
            engine = engine_for(store, proxy.url, token)
            before = proxy.counts()
            t = time.perf_counter()
            report = engine.sync()
            times.append(time.perf_counter() - t)
            push_counts.append(proxy.counts() - before)
            assert report.pushed == mutations and report.finished, report
            print(f"  push run {run + 1}: {times[-1]:.2f} s, pushed {report.pushed:,}, pulled "
                  f"{report.pulled:,}; {counted(push_counts[-1])}; {paths_text(push_counts[-1])}; {load()}",
                  file=sys.stderr)
            before = proxy.counts()
            t = time.perf_counter()
            report = engine.sync()
            noop_times.append(time.perf_counter() - t)
            noop_same.append(proxy.counts() - before)
            assert report.pushed == 0 and report.pulled == 0, report
            before = proxy.counts()
            engine_for(store, proxy.url, token).sync()
            noop_new.append(proxy.counts() - before)
            print(f"  no-op after it: same engine {counted(noop_same[-1])} ({paths_text(noop_same[-1])}); "
                  f"new engine {counted(noop_new[-1])}", file=sys.stderr)
            store.engine.dispose()
    finally:
        proxy.stop()
    last = push_counts[-1]
    rows = [(f"push {VISITS:,} offline visits ({mutations:,} mutations) by sync()", mmm(times),
             f"{counted(last)}; {paths_text(last)}", "< 1.5 s")]
    same, new = noop_same[-1], noop_new[-1]
    rows.append(("no-op sync, same engine (kept-alive connection)",
                 f"{same.requests} trip, {same.bytes_total:,} B",
                 f"{counted(same)}; {paths_text(same)}; {mmm(noop_times, 'ms', 1000, 0)}",
                 "1 round trip, < 2 KB"))
    rows.append(("no-op sync, new engine (new connection)", f"{new.requests} trip, {new.bytes_total:,} B",
                 f"{counted(new)}; {paths_text(new)}", "1 round trip, < 2 KB"))
    return rows


# --- 50 laptops at once ------------------------------------------------------------------------------


def _laptop_process(index: int, direct_url: str, proxy_url: str, tmp: str, rounds: int, priority: str,
                    ready: Any, go: Any, together: Together, done: Any, results: Any) -> None:
    """One laptop: set up, then each round record 100 visits, wait for the others, sync, report,
    and wait until every laptop has synced (so that nobody's recording overlaps a sync).

    Its syncs run at `priority` (run_queue.lower_priority), and each reports its run-queue wait
    (summed over its threads) beside the wall time: the wait for a core that another laptop or
    the server held, which a laptop with its own processor does not have. Its requests go to
    the server together with the other laptops' (`Together`), and it reports how long it was
    held for that, and how much of it the field would have too."""
    try:
        waits = run_queue.ThreadWaits(ignore=IDLE_THREADS).install()
        name = f"laptop{index}"
        store, token, user_id = open_laptop(Path(tmp) / name, direct_url, name)
        engine_for(store, direct_url, token).sync()  # first sync: the view as it is
        engine = engine_for(store, proxy_url, token, retries=0)
        together.hold(engine.transport, index)
        # From here on (recording each round's visits too: nothing is timed while they do).
        run_queue.lower_priority(priority)
    except Exception as e:  # noqa: BLE001 — reported to the parent, which counts it
        results.put(LaptopCycle(index, -1, 0.0, f"setup: {e!r}"))
        ready.abort()
        return
    for rnd in range(rounds):
        record_offline(store, user_id, 100, 5, 10_000_000 + index * 10_000 + rnd * 100, index * 100 + rnd)
        ready.wait()
        go.wait()
        together.new_cycle()
        before = waits.sample()
        t = time.perf_counter()
        cpu = time.process_time()
        error = None
        pulled = 0
        try:
            report = engine.sync()
            pulled = report.pulled
            if not report.finished or report.pushed != 105:
                error = f"unfinished or short: {report}"
        except Exception as e:  # noqa: BLE001
            error = repr(e)
            together.broken()
        took = time.perf_counter() - t
        own_cpu = time.process_time() - cpu
        _cpu, waited = waits.between(before, waits.sample())
        results.put(LaptopCycle(index, rnd, took, error, pulled, own_cpu, waited, together.held,
                                together.queued, together.presend))
        done.wait()


class Together:
    """Sends the laptops' pushes to the server together, and then their pulls together.

    In the field each of the fifty laptops does its few milliseconds of work before its push on
    its own processor, so the fifty pushes reach the server at once; here that work queues for
    two cores, so a laptop that got a core early would find the server idle, and the server
    would see the burst spread out (an easier case). So each laptop's first request waits at a
    barrier until every laptop has its push ready; that hold is the other laptops' run-queue
    wait, not the field's, and is taken off its cycle. The push goes out at normal priority (at
    idle priority it would get no core while the server works), and the laptop writes its answer
    only once every push is answered (its own processor's work in the field, here a share of the
    server's two cores); both waits are taken off as held.

    A pull of its own after the push (when the push did not bring the whole pull with it: more
    pages, a server of before; the app's push of 105 brings it): with the laptops at low priority, a
    laptop whose push was answered gets no core to write the answer and ask for its pull until the
    server is idle, so the pulls would reach the server spread out and find no queue (easier again).
    So the pulls wait for each other too, and are counted as a server that serves in arrival order
    would: behind every push of the burst. Of the hold before the pull, the part until the last push
    was answered (`queued`) stays in the cycle; the rest (the other laptops' turns on the cores) is
    taken off. That is harder than a server which answers a pull between pushes."""

    def __init__(self, ctx: Any, laptops: int) -> None:
        self.push = ctx.Barrier(laptops)
        self.pushed = ctx.Barrier(laptops)
        self.pull = ctx.Barrier(laptops)
        self.answered = ctx.Array("d", laptops, lock=False)  # each laptop's push answered at
        # When each laptop left the push barrier (the earliest: when every push was ready).
        self.released = ctx.Array("d", laptops, lock=False)
        self.index = -1
        self.requests = 0
        self.held = 0.0
        self.queued = 0.0
        self.presend = 0.0

    def hold(self, transport: Any, index: int) -> None:
        """Wrap `transport`'s requests (in this laptop's process)."""
        self.index = index
        send = transport._send

        def together(*args: Any, **kwargs: Any) -> Any:
            self.requests += 1
            if self.requests == 1:
                # The push goes out at normal priority: in the field the fifty reach the server at
                # once; a laptop at idle priority would get no core to send while the server
                # works, and the server would see them one by one (an easier queue). Reading the
                # answer into models is back at idle priority (after `send`).
                with run_queue.normal_priority():
                    self._wait(self.push, presend=True)
                    self.released[index] = time.perf_counter()
                    waited = run_queue.thread_wait()
                    answer = send(*args, **kwargs)
                # When the answer came, not when this laptop got a core to read it (at low
                # priority it may wait for one behind the other laptops).
                self.answered[index] = time.perf_counter() - (run_queue.thread_wait() - waited)
                # It writes its answer when every push is answered: in the field it does that on
                # its own processor; here, at idle priority or not, fifty laptops writing theirs
                # took a share of the two cores from the server while it still answered the
                # others (the cores were 96-100 % busy, the server's own CPU ~60 % of it). The
                # wait is the others' server time, not this laptop's, and is taken off as held.
                self._wait(self.pushed)
                return answer
            if self.requests == 2:
                self._wait(self.pull)
                # From its own push answer to the burst's last: its pull would queue behind
                # those pushes. (Its own work in between is in the cycle as well: a few ms
                # counted twice, on the hard side.)
                self.queued = max(0.0, max(self.answered) - self.answered[index])
            return send(*args, **kwargs)

        transport._send = together

    def _wait(self, barrier: Any, *, presend: bool = False) -> None:
        """Wait for the other laptops. Held: the time blocked until the last one was ready. The
        wait for a core after that is run-queue wait (taken off the cycle once, not also as
        held); before the push it is added back (`presend`): in the field the push would have
        gone out at once and waited that long in the server's queue, which was busy (a laptop
        at idle priority waits for a core only while something else runs)."""
        t = time.perf_counter()
        rq = run_queue.thread_wait()
        barrier.wait(timeout=300)
        waited = run_queue.thread_wait() - rq
        self.held += time.perf_counter() - t - waited
        if presend:
            self.presend += waited

    def new_cycle(self) -> None:
        self.requests = 0
        self.held = self.queued = self.presend = 0.0
        self.answered[self.index] = 0.0

    def broken(self) -> None:
        """This laptop's sync failed: the others must not wait for it."""
        self.push.abort()
        self.pushed.abort()
        self.pull.abort()


# The laptop's threads whose run-queue wait delays nothing: the transport's deadline watcher (it
# wakes every 0.25 s while the laptop waits for the server) and multiprocessing's result feeder.
IDLE_THREADS = ("lpj-sync-watch", "QueueFeederThread")


@dataclass(frozen=True)
class LaptopCycle:
    """One laptop's sync cycle in one round: wall time, and of it the laptop's own CPU and its
    wait for a core (run-queue wait, summed over its threads)."""

    laptop: int
    round: int
    took: float
    error: str | None
    pulled: int = 0
    own_cpu: float = 0.0
    run_queue_wait: float = 0.0
    # Held before its push and its pull for the other laptops (`Together`), and of that the
    # part the field has too (waiting for the last push of the burst to be answered).
    held: float = 0.0
    queued: float = 0.0
    # Of its run-queue wait, the part between the others being ready and its push going out:
    # time its push would have spent in the server's queue in the field (`Together._wait`).
    presend: float = 0.0

    @property
    def corrected(self) -> float:
        """The cycle as a laptop with a processor of its own would see it."""
        return self.took - self.run_queue_wait - self.held + self.queued + self.presend


def pmax(values: list[float]) -> tuple[float, float, float]:
    """p50, p95, max (nearest rank, as the figures before: the 48th of 50 for p95)."""
    v = sorted(values)
    return statistics.median(v), v[min(len(v) - 1, int(0.95 * len(v)))], v[-1]


def bench_burst(r: Rig, laptop_dir: Path, laptops: int, rounds: int,
                priority: str = "idle") -> list[tuple[str, str, str, str]]:
    for i in range(laptops):
        r.user(f"laptop{i}")
    proxy = CountingProxy.for_url(r.server.url)  # bound now; its threads start after the fork
    ctx = mp.get_context("fork")
    ready = ctx.Barrier(laptops + 1)
    go = ctx.Barrier(laptops + 1)
    done = ctx.Barrier(laptops + 1)
    together = Together(ctx, laptops)
    results = ctx.Queue()
    procs = [ctx.Process(target=_laptop_process,
                         args=(i, r.server.url, proxy.url, str(laptop_dir), rounds, priority, ready, go,
                               together, done, results))
             for i in range(laptops)]
    for p in procs:
        p.start()
    proxy.start()
    raw: list[tuple[float, float, float]] = []  # p50, p95, max per round
    corrected: list[tuple[float, float, float]] = []
    errors: list[str] = []
    walls: list[float] = []
    per_round: list[Counts] = []
    client_cpu: list[float] = []
    client_wait: list[float] = []
    client_held: list[float] = []
    client_queued: list[float] = []
    client_presend: list[float] = []
    answers: list[tuple[float, float, float]] = []
    field: list[float] = []  # p95 answered at the proxy + the laptops' own CPU (median)
    server_cpu: list[float] = []
    floors: list[float] = []
    proxy_cpu: list[float] = []
    pids = [r.server.proc.pid]
    cores = os.cpu_count() or 1
    try:
        for rnd in range(rounds):
            ready.wait(timeout=900)
            before = proxy.counts()
            cpu_before = cpu_seconds(pids), cpu_seconds([r.cluster.postmaster_pid()])
            own_before = time.process_time()  # this process: the counting proxy's threads
            t = time.perf_counter()
            go.wait(timeout=60)
            got: list[LaptopCycle] = [results.get(timeout=300) for _ in range(laptops)]
            # Every answer as it left the server (at the proxy), from when all pushes were ready.
            ready_at = min(together.released)
            answers.append(pmax([a - ready_at for a in proxy.last_answers() if a > ready_at]))
            walls.append(time.perf_counter() - t)
            proxy_cpu.append((time.process_time() - own_before) / laptops)
            per_round.append(proxy.counts() - before)
            served = (cpu_seconds(pids) - cpu_before[0] + cpu_seconds([r.cluster.postmaster_pid()])
                      - cpu_before[1])
            server_cpu.append(served / laptops)
            # The server's and PostgreSQL's CPU for the whole round spread over every core: no
            # schedule serves the last laptop sooner, whatever the laptops' own processors do.
            floors.append(served / cores)
            done.wait(timeout=60)
            ok = [g for g in got if g.error is None]
            errs = [g.error for g in got if g.error is not None]
            errors += [e for e in errs if e]
            if ok:
                client_cpu.append(statistics.median(g.own_cpu for g in ok))
                client_wait.append(statistics.median(g.run_queue_wait for g in ok))
                client_held.append(statistics.median(g.held for g in ok))
                client_queued.append(statistics.median(g.queued for g in ok))
                client_presend.append(statistics.median(g.presend for g in ok))
                field.append(answers[-1][1] + client_cpu[-1])
                raw.append(pmax([g.took for g in ok]))
                corrected.append(pmax([g.corrected for g in ok]))
            pulled = statistics.median([g.pulled for g in got] or [0])
            print(f"  burst round {rnd + 1}: answered at the proxy p50/p95/max {ms3(answers[-1])} from all "
                  f"pushes ready, + the laptop's own CPU {1000 * client_cpu[-1]:.0f} ms: p95 "
                  f"{1000 * field[-1]:.0f} ms; raw p50/p95/max {ms3(raw[-1])}; minus each laptop's run-queue "
                  f"wait (median {1000 * client_wait[-1]:.0f} ms) and its hold for the others' requests "
                  f"(median {1000 * client_held[-1]:.0f} ms), plus its pull's queue behind the burst's "
                  f"pushes (median {1000 * client_queued[-1]:.0f} ms) and its wait for a core to send its "
                  f"push (median {1000 * client_presend[-1]:.0f} ms: the server's queue in the field) "
                  f"{ms3(corrected[-1])}"
                  f"{'' if corrected[-1][2] >= floors[-1] else BELOW_FLOOR}; "
                  f"{len(errs)} errors "
                  f"{errs[:1]}, all done in {walls[-1]:.2f} s; median pulled {pulled:.0f}; CPU per cycle: "
                  f"the laptop's own (median) {1000 * client_cpu[-1]:.0f} ms, server + PostgreSQL "
                  f"{1000 * server_cpu[-1]:.1f} ms, counting proxy {1000 * proxy_cpu[-1]:.1f} ms; server + "
                  f"PostgreSQL busy ≥ {1000 * floors[-1]:.0f} ms on {cores} cores; {counted(per_round[-1])}; "
                  f"{paths_text(per_round[-1])}; {load()}", file=sys.stderr)
    finally:
        for p in procs:
            p.join(timeout=60)
            if p.is_alive():
                p.kill()
        proxy.stop()
    c = per_round[-1]

    def col(values: list[tuple[float, float, float]], i: int) -> list[float]:
        return [v[i] for v in values]

    what = f"{laptops} laptops × 100 visits (105 mutations) + pull, at once: p95 per sync cycle"
    common = (f"{len(errors)} errors in {rounds} rounds; laptops at {priority} priority; CPU per cycle: "
              f"the laptop's own {mmm(client_cpu, 'ms', 1000, 0)}, server + PostgreSQL "
              f"{mmm(server_cpu, 'ms', 1000, 1)}, counting proxy {mmm(proxy_cpu, 'ms', 1000, 1)}")
    return [
        (f"{what}, as the server answered (at the proxy, from all pushes ready) + the laptop's own CPU",
         mmm(field, "ms", 1000, 0),
         f"answered p50 {mmm(col(answers, 0), 'ms', 1000, 0)}, p95 {mmm(col(answers, 1), 'ms', 1000, 0)}, "
         f"max {mmm(col(answers, 2), 'ms', 1000, 0)}; the laptop's own CPU per cycle (median) "
         f"{mmm(client_cpu, 'ms', 1000, 0)}", "p95 < 500 ms, 0 errors"),
        (f"{what}, each laptop on a processor of its own", mmm(col(corrected, 1), "ms", 1000, 0),
         f"p50 {mmm(col(corrected, 0), 'ms', 1000, 0)}, max {mmm(col(corrected, 2), 'ms', 1000, 0)}; "
         f"per laptop (median) run-queue wait {mmm(client_wait, 'ms', 1000, 0)}, held for the others' "
         f"requests {mmm(client_held, 'ms', 1000, 0)}, of it back in as the pull's queue behind the "
         f"pushes {mmm(client_queued, 'ms', 1000, 0)} and its wait for a core to send its push "
         f"{mmm(client_presend, 'ms', 1000, 0)}; server + PostgreSQL "
         f"busy ≥ {mmm(floors, 'ms', 1000, 0)} a round on {cores} cores (the least the last laptop waits); "
         f"{common}", "p95 < 500 ms, 0 errors"),
        (f"{what}, raw ({laptops} laptop processes on {cores} cores)", mmm(col(raw, 1), "ms", 1000, 0),
         f"p50 {mmm(col(raw, 0), 'ms', 1000, 0)}, max {mmm(col(raw, 2), 'ms', 1000, 0)}; last round "
         f"{counted(c)}; {paths_text(c)}", "(as measured)"),
    ]


BELOW_FLOOR = " (max BELOW the server's floor: the correction made it easier, do not believe it)"


def ms3(v: tuple[float, float, float]) -> str:
    return "/".join(f"{1000 * x:.0f}" for x in v) + " ms"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=3, help="runs of the push, rounds of the burst")
    p.add_argument("--laptops", type=int, default=50)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--only", default="push,burst", help="push (with the no-op rows), burst")
    p.add_argument("--laptop-priority", choices=run_queue.PRIORITIES, default="idle",
                   help="the laptop processes' priority during the burst (default idle: SCHED_IDLE, "
                        "the server and PostgreSQL get the cores first; their laptops' own run-queue "
                        "wait is subtracted either way, and printed)")
    p.add_argument("--laptops-on", default="/dev/shm",
                   help="folder for the 50 laptops' stores (default /dev/shm: 50 laptops have 50 "
                        "disks; on one shared disk their 300 durable commits queue behind each other)")
    args = p.parse_args()
    only = set(args.only.split(","))
    rows: list[tuple[str, str, str, str]] = []
    started = load()
    with tempfile.TemporaryDirectory() as tmp_name, rig(args.workers) as r:
        tmp = Path(tmp_name)
        if "push" in only:
            rows += bench_push(r, tmp, args.runs)
        if "burst" in only:
            with tempfile.TemporaryDirectory(dir=args.laptops_on) as laptop_dir:
                rows += bench_burst(r, Path(laptop_dir), args.laptops, args.runs, args.laptop_priority)
    print(f"\nsync through the app's engine, lpj-server on PostgreSQL ({args.workers} workers, fsync on), "
          f"{os.cpu_count()} cores; {args.runs} runs; {started} at start, {load()} at end\n")
    width = max(len(row[0]) for row in rows)
    print(f"{'what':{width}}  {'min–median–max':>22}  {'target':22}  counted")
    for what, result, detail, target in rows:
        print(f"{what:{width}}  {result:>22}  {target:22}  {detail}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
