"""Server benchmarks against a throwaway PostgreSQL cluster, over real HTTP (uvicorn workers).

    python -m bench.bench_server [--companies 200000 --visits 1000000] [--workers 2] [--skip-snapshot]
                                 [--only push,concurrent,noop,snapshot]

1. one client pushes 10,000 mutations in batches of 1000        (target: < 1 s in all)
2. first sync: snapshot of N companies + M visits to a new client (target: < 30 s, memory flat)
3. 50 concurrent clients × 100 mutations, pulling after each push (target: p95 < 500 ms, no errors)
4. a sync with nothing to do: one pull                           (target: one round trip, < 2 KB)
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import httpx
import orjson
import psutil

from bench.pg_cluster import PgCluster, free_port
from sync import PROTOCOL_VERSION
from sync.kernel.ids import uuid7
from sync.protocol import API_PREFIX, PROTOCOL_HEADER, SCHEMA_HEADER, SCHEMA_VERSION

HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), SCHEMA_HEADER: str(SCHEMA_VERSION)}
PASSWORD = "benchmark password"
ORG = "Opplæringskontoret Nord"
REPO = Path(__file__).resolve().parent.parent


def cli(env: dict[str, str], *args: str, stdin: str = "") -> None:
    subprocess.run([sys.executable, "-m", "sync.server.cli", *args], env=env, input=stdin, text=True,
                   check=True, capture_output=True)


class Server:
    def __init__(self, env: dict[str, str], workers: int) -> None:
        self.port = free_port()
        # Kept for reading after a failed run: the server logs its errors there.
        self.log = tempfile.NamedTemporaryFile(prefix="lpj-bench-server-", suffix=".log", delete=False)
        print(f"server log: {self.log.name}", file=sys.stderr)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "sync.server.cli", "serve", "--port", str(self.port),
             "--workers", str(workers)], env={**env, "LPJ_LOG_LEVEL": "WARNING"},
            stdout=subprocess.DEVNULL, stderr=self.log)
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(self.url + API_PREFIX + "/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.2)

    def rss_mb(self) -> float:
        """Largest resident set of the server's processes (the master and its workers)."""
        try:
            procs = [psutil.Process(self.proc.pid), *psutil.Process(self.proc.pid).children(recursive=True)]
            return max(p.memory_info().rss for p in procs) / 1e6
        except psutil.Error:
            return 0.0

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def http_client(url: str) -> httpx.Client:
    """An HTTP client with Nagle's algorithm off, as the app's own (urllib3, via requests) has.

    httpx leaves it on: a request's body then waits for the ACK of its headers, which the server
    delays by 40 ms, and every round trip measured here would carry that stall.
    """
    transport = httpx.HTTPTransport(socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])
    return httpx.Client(base_url=url, timeout=120, transport=transport)


class LightClient:
    """A keep-alive HTTP/1.1 connection by http.client, for the 50-client bench.

    Those clients stand for 50 laptops, each with its own processor, but here they share the
    server's two cores: httpx spent 1.5-2 ms of them per request, http.client a fraction of it.
    """

    def __init__(self, url: str, headers: dict[str, str]) -> None:
        host, _, port = url.removeprefix("http://").partition(":")
        self.connection = http.client.HTTPConnection(host, int(port), timeout=120)
        self.connection.connect()
        assert self.connection.sock is not None
        self.connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.headers = headers

    def request(self, method: str, path: str, body: bytes | None = None) -> tuple[int, bytes]:
        headers = self.headers if body is None else {**self.headers, "Content-Type": "application/json"}
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        return response.status, response.read()

    def close(self) -> None:
        self.connection.close()


def login(url: str, username: str, client: httpx.Client | None = None) -> tuple[httpx.Client, str, str, str]:
    client = client or http_client(url)
    client_id = str(uuid.uuid4())
    r = client.post(API_PREFIX + "/auth/login", headers=HEADERS,
                    json={"username": username, "password": PASSWORD, "client_id": client_id})
    r.raise_for_status()
    body = r.json()
    client.headers.update({**HEADERS, "Authorization": f"Bearer {body['token']}"})
    return client, client_id, body["user"]["id"], body["token"]


def company_fields(i: int) -> dict[str, object]:
    return {"name": f"Bedrift {i} AS", "legal_form": "AS", "industry_code": "43.210",
            "employees": i % 200, "business_address": f"Storgata {i % 150}",
            "business_postcode": "9510", "business_city": "ALTA", "municipality_number": "5601",
            "municipality_name": "Alta", "county_number": "56", "lb_status": "unknown",
            "approved_trades": [], "interest_trades": ["Elektrikerfaget"], "tags": [],
            "source": "register", "is_subunit": False}


OUTCOMES = ("not_reached", "not_interested", "wants_information", "follow_up_agreed", "will_apply",
            "approved", "place_offered", "contract_signed")
CHANNELS = ("visit", "phone", "video", "email")


def visit_fields(hunter: str, company: str, n: int = 0,
                 when: str = "2024-05-02T09:30:00Z") -> dict[str, object]:
    """Visit number `n` (its outcome and channel vary with it) at `when`."""
    return {"company_id": company, "hunter_id": hunter, "occurred_at": when,
            "channel": CHANNELS[n % len(CHANNELS)], "outcome": OUTCOMES[n * 7 % len(OUTCOMES)],
            "trades": ["Elektrikerfaget"],
            "places": [{"trade": "Elektrikerfaget", "count": 1}],
            "notes": "Daglig leder positiv, ønsker informasjon om lærekontrakt.",
            "next_step": "Ring tilbake", "next_step_on": "2024-05-20"}


def bench_push(url: str) -> dict[str, object]:
    client, client_id, user_id, _ = login(url, "pusher")
    companies = [uuid7() for _ in range(2000)]
    mutations = []
    for i in range(10_000):
        if i < 2000:
            mutations.append({"id": i + 1, "name": "create", "entity": "company",
                              "record_id": companies[i], "fields": company_fields(i)})
        elif i < 8000:
            mutations.append({"id": i + 1, "name": "create", "entity": "visit", "record_id": uuid7(),
                              "fields": visit_fields(user_id, companies[i % 2000])})
        else:
            mutations.append({"id": i + 1, "name": "update", "entity": "company",
                              "record_id": companies[i % 2000], "base_version": 1,
                              "fields": {"phone": f"+47 900 {i:05d}"}})
    bodies = [json.dumps({"client_id": client_id, "mutations": mutations[s:s + 1000]})
              for s in range(0, 10_000, 1000)]
    began = time.perf_counter()
    for body in bodies:
        r = client.post(API_PREFIX + "/sync/push", content=body, headers={"Content-Type": "application/json"})
        r.raise_for_status()
        assert all(x["status"] == "applied" for x in r.json()["results"])
    elapsed = time.perf_counter() - began
    client.close()
    return {"seconds": elapsed, "per_second": 10_000 / elapsed}


def load_bulk(cluster: PgCluster, dbname: str, org_id: str, hunters: list[str], companies: int,
              visits: int) -> float:
    """Fill `records` directly with COPY (the snapshot is what is measured, not the loading)."""
    import psycopg

    began = time.perf_counter()
    now = datetime.now(UTC).replace(tzinfo=None)
    with psycopg.connect(host="127.0.0.1", port=cluster.port, user="postgres", dbname=dbname) as conn:
        seq = conn.execute("SELECT coalesce(max(seq), 0) FROM records").fetchone()[0]  # type: ignore[index]
        ids = [uuid7() for _ in range(companies)]
        # Visits come to companies in no order, as in the field (what the client's indexes see),
        # over two years roughly in the order they reach the server, some recorded days late.
        rng = random.Random(1)
        pick = rng.randrange
        start = datetime(2024, 1, 1, tzinfo=UTC).timestamp()
        step = 2 * 365 * 86400 / max(visits, 1)
        with conn.cursor() as cur, cur.copy(
            "COPY records (entity, record_id, seq, version, org_id, owner_id, orgnr, deleted, "
            "merged_into, fields, field_meta, created_at, updated_at, updated_by) FROM STDIN"
        ) as copy:
            for i, cid in enumerate(ids):
                seq += 1
                copy.write_row(("company", cid, seq, 1, None, None, None, False, None,
                                json.dumps(company_fields(i), ensure_ascii=False), "{}", now, now, None))
            for i in range(visits):
                seq += 1
                hunter = hunters[i % len(hunters)]
                when = datetime.fromtimestamp(start + i * step - pick(3 * 86400), UTC)
                fields = visit_fields(hunter, ids[pick(companies)], i, when.strftime("%Y-%m-%dT%H:%M:%SZ"))
                copy.write_row(("visit", uuid7(), seq, 1, org_id, hunter, None, False, None,
                                json.dumps(fields, ensure_ascii=False), "{}", now, now, None))
        conn.commit()
        conn.execute("ANALYZE records")
    return time.perf_counter() - began


def bench_snapshot(server: Server) -> dict[str, object]:
    client, _, _, _ = login(server.url, "staff")
    samples: list[float] = []
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            samples.append(server.rss_mb())
            time.sleep(0.2)

    before = server.rss_mb()
    sampler = threading.Thread(target=sample)
    sampler.start()
    began = time.perf_counter()
    lines = 0
    size = 0
    last = b""
    with client.stream("GET", API_PREFIX + "/sync/snapshot") as r:
        r.raise_for_status()
        for line in r.iter_lines():
            lines += 1
            size += len(line) + 1
            last = line.encode() if isinstance(line, str) else line
    elapsed = time.perf_counter() - began
    stop.set()
    sampler.join()
    end = json.loads(last)
    assert end["kind"] == "end" and end["count"] == lines - 2, end
    client.close()
    return {"seconds": elapsed, "records": end["count"], "mb": size / 1e6,
            "rss_before_mb": before, "rss_peak_mb": max(samples or [before]),
            "per_second": end["count"] / elapsed}


def cpu_seconds(pids: list[int], *, children: bool = True) -> float:
    """User + system CPU time used so far by these processes (and their children)."""
    total = 0.0
    for pid in pids:
        try:
            proc = psutil.Process(pid)
            for p in [proc, *(proc.children(recursive=True) if children else [])]:
                times = p.cpu_times()
                total += times.user + times.system
        except psutil.Error:
            pass
    return total


def bench_concurrent(url: str, clients: int = 50, per_client: int = 100, batch: int = 20,
                     prefix: str = "", server_pids: tuple[list[int], list[int]] = ([], [])
                     ) -> dict[str, object]:
    """`server_pids`: (lpj-server, PostgreSQL) processes whose CPU time is counted."""
    sessions = [login(url, f"{prefix}hunter{i}") for i in range(clients)]
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    cpu_at_start: list[float] = []

    def note_cpu() -> None:  # as the last client passes the barrier
        cpu_at_start.extend([cpu_seconds(server_pids[0]), cpu_seconds(server_pids[1]),
                             cpu_seconds([os.getpid()], children=False), time.perf_counter()])

    start = threading.Barrier(clients, action=note_cpu)

    def run(session: tuple[httpx.Client, str, str, str]) -> None:
        _, client_id, user_id, token = session
        client: LightClient | None = None
        pull_path = API_PREFIX + "/sync/pull"
        company = uuid7()
        cursor = None
        mine: list[float] = []
        # Each client is a laptop of its own in the field, with its own processor: its bodies are
        # made before the barrier and its answers read with orjson, so that what the 50 clients
        # of this one process cost the two shared cores is the sending and receiving alone.
        bodies = []
        next_id = 1
        for _round in range(per_client // batch):
            ms = []
            for _ in range(batch):
                if next_id == 1:
                    m = {"name": "create", "entity": "company", "record_id": company,
                         "fields": company_fields(next_id)}
                else:
                    m = {"name": "create", "entity": "visit", "record_id": uuid7(),
                         "fields": visit_fields(user_id, company)}
                ms.append({"id": next_id, **m})
                next_id += 1
            bodies.append(orjson.dumps({"client_id": client_id, "mutations": ms}))
        try:
            client = LightClient(url, {**HEADERS, "Authorization": f"Bearer {token}"})
            # Each client has had its first sync (the snapshot bench measures that): it starts
            # from the cursor of now, not from the other benches' records.
            while True:
                status, content = client.request("GET", pull_path + (f"?cursor={quote(cursor)}"
                                                                     if cursor else ""))
                if status != 200:
                    raise RuntimeError(f"first pull {status}: {content[:200]!r}")
                body = orjson.loads(content)
                cursor = body["cursor"]
                if not body["more"]:
                    break
            start.wait()
            for push_body in bodies:
                t = time.perf_counter()
                status, content = client.request("POST", API_PREFIX + "/sync/push", push_body)
                mine.append(time.perf_counter() - t)
                if status != 200:
                    raise RuntimeError(f"push {status}: {content[:200]!r}")
                while True:
                    t = time.perf_counter()
                    status, content = client.request("GET", f"{pull_path}?cursor={quote(cursor)}")
                    mine.append(time.perf_counter() - t)
                    if status != 200:
                        raise RuntimeError(f"pull {status}: {content[:200]!r}")
                    body = orjson.loads(content)
                    cursor = body["cursor"]
                    if not body["more"]:
                        break
        except Exception as exc:
            start.abort()  # else, failing before the barrier, the others would wait there for ever
            with lock:
                errors.append(repr(exc))
        finally:
            if client is not None:
                client.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=run, args=(s,)) for s in sessions]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - began
    # The bench's own process only: the server runs as its child.
    cpu = [cpu_seconds(server_pids[0]), cpu_seconds(server_pids[1]),
           cpu_seconds([os.getpid()], children=False), time.perf_counter()]
    server_cpu, pg_cpu, bench_cpu, wall = (b - a for a, b in zip(cpu_at_start, cpu, strict=True)) \
        if cpu_at_start else (0.0, 0.0, 0.0, 0.0)
    for s in sessions:
        s[0].close()
    latencies.sort()
    return {"requests": len(latencies), "errors": len(errors), "first_error": errors[0] if errors else "",
            "p50_ms": 1000 * statistics.median(latencies),
            "p95_ms": 1000 * latencies[int(0.95 * (len(latencies) - 1))],
            "max_ms": 1000 * latencies[-1], "seconds": elapsed, "burst_seconds": wall,
            "server_cpu_ms": 1000 * server_cpu / max(1, len(latencies)),
            "pg_cpu_ms": 1000 * pg_cpu / max(1, len(latencies)),
            "bench_cpu_ms": 1000 * bench_cpu / max(1, len(latencies))}


def bench_noop(url: str) -> dict[str, object]:
    """Bytes on the wire, both ways, for one pull with nothing new (headers included)."""
    client, _, _, token = login(url, "idle")
    cursor = client.get(API_PREFIX + "/sync/pull").json()["cursor"]
    while True:
        body = client.get(API_PREFIX + "/sync/pull", params={"cursor": cursor}).json()
        cursor = body["cursor"]
        if not body["more"]:
            break
    client.close()
    host, port = url.removeprefix("http://").split(":")
    request = (f"GET {API_PREFIX}/sync/pull?cursor={cursor} HTTP/1.1\r\nHost: {host}:{port}\r\n"
               f"Authorization: Bearer {token}\r\n{PROTOCOL_HEADER}: {PROTOCOL_VERSION}\r\n"
               f"{SCHEMA_HEADER}: {SCHEMA_VERSION}\r\nX-LPJ-Client-Version: 0.1.0\r\n"
               "Accept: application/json\r\nAccept-Encoding: gzip, deflate\r\n"
               "User-Agent: lpj-desktop/0.1.0\r\nConnection: close\r\n\r\n").encode()
    with socket.create_connection((host, int(port))) as sock:
        sock.sendall(request)
        response = b""
        while chunk := sock.recv(65536):
            response += chunk
    status = response.split(b"\r\n", 1)[0].decode()
    assert " 200 " in status, response[:300]
    assert b'"changes":[]' in response
    return {"round_trips": 1, "request_bytes": len(request), "response_bytes": len(response),
            "total_bytes": len(request) + len(response)}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--companies", type=int, default=200_000)
    p.add_argument("--visits", type=int, default=1_000_000)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--skip-snapshot", action="store_true")
    p.add_argument("--only", default="push,concurrent,noop,snapshot",
                   help="comma-separated benches to run (default: all)")
    args = p.parse_args()

    cluster = PgCluster(durable=True).start()
    server: Server | None = None
    rows: list[tuple[str, str, str, str]] = []
    try:
        url = cluster.create_database("lpj")
        env = {**os.environ, "LPJ_DATABASE_URL": url, "PYTHONPATH": str(REPO),
               "LPJ_ARGON2_TIME_COST": "1", "LPJ_ARGON2_MEMORY_KIB": "8192"}
        cli(env, "migrate")
        users = [("pusher", "hunter"), ("staff", "staff"), ("idle", "hunter")]
        users += [(f"{prefix}hunter{i}", "hunter") for prefix in ("b100-", "b20-") for i in range(50)]
        for name, role in users:
            cli(env, "create-user", name, "--role", role, "--org", ORG, stdin=PASSWORD + "\n")
        server = Server(env, args.workers)

        only = set(args.only.split(","))
        if "push" in only:
            push = bench_push(server.url)
            rows.append(("push 10,000 mutations (10 × 1000)", f"{push['seconds']:.2f} s",
                         f"{push['per_second']:,.0f} mutations/s", "< 1 s"))

        if "concurrent" in only:
            # As the app sends them (up to MAX_MUTATIONS_PER_PUSH per push: 100 go in one), and
            # harsher: five pushes of 20 with a pull after each, as if every save were synced.
            for label, batch in (("one push of 100 each, as the app sends", 100),
                                 ("5 pushes of 20 each, pull after each", 20)):
                concurrent = bench_concurrent(server.url, batch=batch, prefix=f"b{batch}-",
                                              server_pids=([server.proc.pid], [cluster.postmaster_pid()]))
                rows.append((f"50 clients × 100 mutations: {label}", f"p95 {concurrent['p95_ms']:.0f} ms",
                             f"p50 {concurrent['p50_ms']:.0f} ms, max {concurrent['max_ms']:.0f} ms, "
                             f"{concurrent['requests']} requests in {concurrent['burst_seconds']:.1f} s; "
                             f"CPU per request: server {concurrent['server_cpu_ms']:.1f} ms, "
                             f"PostgreSQL {concurrent['pg_cpu_ms']:.1f} ms, "
                             f"bench clients {concurrent['bench_cpu_ms']:.1f} ms; "
                             f"{concurrent['errors']} errors {concurrent['first_error']}",
                             "p95 < 500 ms, 0 errors"))

        if "noop" in only:
            noop = bench_noop(server.url)
            rows.append(("sync with nothing to do", f"{noop['total_bytes']} B",
                         f"{noop['round_trips']} round trip (request {noop['request_bytes']} B, "
                         f"answer {noop['response_bytes']} B)", "1 round trip, < 2 KB"))

        if "snapshot" in only and not args.skip_snapshot:
            with httpx.Client(base_url=server.url) as c:
                c.headers.update(HEADERS)
            import psycopg

            with psycopg.connect(host="127.0.0.1", port=cluster.port, user="postgres", dbname="lpj") as conn:
                org_id, = conn.execute("SELECT id FROM organisations").fetchone()  # type: ignore[misc]
                hunters = [r[0] for r in conn.execute("SELECT id FROM users WHERE role = 'hunter'")]
            load = load_bulk(cluster, "lpj", org_id, hunters, args.companies, args.visits)
            snap = bench_snapshot(server)
            rows.append((f"snapshot {args.companies:,} companies + {args.visits:,} visits",
                         f"{snap['seconds']:.1f} s",
                         f"{snap['records']:,} records, {snap['per_second']:,.0f}/s, {snap['mb']:.0f} MB, "
                         f"server RSS {snap['rss_before_mb']:.0f} → peak {snap['rss_peak_mb']:.0f} MB "
                         f"(load by COPY {load:.0f} s)", "< 30 s, memory flat"))
    finally:
        if server:
            server.stop()
        cluster.stop()

    print(f"\nlpj-server on PostgreSQL ({args.workers} workers, fsync on), {os.cpu_count()} cores\n")
    width = max(len(r[0]) for r in rows)
    print(f"{'bench':{width}}  {'result':>10}  {'target':24}  detail")
    for name, result, detail, target in rows:
        print(f"{name:{width}}  {result:>10}  {target:24}  {detail}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
