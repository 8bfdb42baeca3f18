"""Pulls never skip or repeat a change while many writers commit, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import random
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from sync.server.merge import merge_fields
from sync.server.models import Record
from sync.server.push import ONE_TRIP_MAX_RECORDS
from sync.server.records import RecordBatch, RecordState
from tests.server.harness import Api, ServerHarness, mutation, new_id, visit_fields

WRITERS = 6
ROUNDS = 25


def test_concurrent_writers_and_a_looping_reader(live_harness: ServerHarness) -> None:
    h = live_harness
    shared = [new_id() for _ in range(5)]
    seed = h.new_user("seed")
    seed.push([mutation(i + 1, "create", "company", c, name=f"Shared {i}") for i, c in enumerate(shared)])
    clients = [httpx.Client(base_url=h.base_url, timeout=60) for _ in range(WRITERS + 1)]
    writers = [h.new_user(f"w{i}") for i in range(WRITERS)]
    writers = [h.login(f"w{i}", http=clients[i]) for i in range(WRITERS)]
    h.user("reader", role="staff")
    reader = h.login("reader", http=clients[-1])

    acked: dict[tuple[str, str], int] = {}
    acked_lock = threading.Lock()
    errors: list[str] = []
    done = threading.Event()

    def write(api: Api, seed_value: int) -> None:
        rnd = random.Random(seed_value)
        own: list[str] = []
        try:
            for _ in range(ROUNDS):
                batch = []
                for _ in range(rnd.choice((1, 2, 5, 40))):
                    mid = api.next_id + len(batch)
                    roll = rnd.random()
                    if roll < 0.3 or not own:
                        cid = new_id()
                        own.append(cid)
                        batch.append(mutation(mid, "create", "company", cid, name=f"C{mid}"))
                    elif roll < 0.6:
                        batch.append(mutation(mid, "create", "visit", new_id(),
                                              **visit_fields(api.user_id, rnd.choice(own))))
                    else:
                        target = rnd.choice(shared + own)
                        batch.append(mutation(mid, "update", "company", target, base=1,
                                              phone=str(rnd.random())))
                body = api.push(batch)
                with acked_lock:
                    for m, result in zip(batch, body["results"], strict=True):
                        assert result["status"] == "applied", result
                        key = (m["entity"], m["record_id"])
                        acked[key] = max(acked.get(key, 0), result["version"])
        except Exception as exc:  # reported below: a thread's assertion must fail the test
            errors.append(repr(exc))

    seen_versions: dict[tuple[str, str], list[int]] = defaultdict(list)
    duplicates: list[tuple[str, str, int]] = []

    def read() -> None:
        try:
            while True:
                finished = done.is_set()
                for change in reader.pull_all(limit=7):
                    key = (change["entity"], change["record_id"])
                    if change["version"] in seen_versions[key]:
                        duplicates.append((*key, change["version"]))
                    seen_versions[key].append(change["version"])
                if finished:
                    return
        except Exception as exc:
            errors.append(repr(exc))

    threads = [threading.Thread(target=write, args=(api, i)) for i, api in enumerate(writers)]
    reader_thread = threading.Thread(target=read)
    reader_thread.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.set()
    reader_thread.join()
    for c in clients:
        c.close()

    assert errors == []
    assert duplicates == []
    for key, versions in seen_versions.items():
        assert versions == sorted(versions), key  # never an older state after a newer one
    with h.db.reader() as s:
        server = {(r.entity, r.record_id): r.version for r in s.query(Record)}
    replica = {key: change["version"] for key, change in reader.replica.items()}
    assert replica == server  # the reader holds exactly the server's state: nothing missed
    for key, version in acked.items():
        assert replica[key] >= version
    assert len(acked) > WRITERS * ROUNDS  # the writers really wrote


@pytest.mark.parametrize("visits", [0, ONE_TRIP_MAX_RECORDS], ids=["one trip", "big push, by COPY"])
def test_a_push_worked_out_before_a_concurrent_write_is_worked_out_again(
        live_harness: ServerHarness, visits: int) -> None:
    """Push work is done before the write lock; what changed meanwhile must not be overwritten.

    Kari's edit commits while Ola's push, already worked out against the old version, waits for
    the lock. Ola's push must then see Kari's value (a conflict), not silently replace it.

    With `visits` more records the push is too big for the one trip and is written by COPY
    after the same check.
    """
    h = live_harness
    if not h.db.is_postgres:
        pytest.skip("SQLite takes its single writer lock before reading anything")
    kari, ola = h.new_user("kari"), h.new_user("ola")
    company = new_id()
    kari.push([mutation(1, "create", "company", company, name="Bygg AS")])

    def kari_edits(batch: RecordBatch) -> None:
        state = batch.get("company", company)
        assert state is not None
        merge_fields(state, {"phone": "kari"}, 1, kari.client_id, kari.user_id)
        batch.touch(state)

    more = [mutation(i + 2, "create", "visit", new_id(), **visit_fields(ola.user_id, company))
            for i in range(visits)]
    answer = _push_while_a_write_holds_the_lock(
        h, kari_edits, "ola", [mutation(1, "update", "company", company, base=1, phone="ola"), *more])

    assert [r["status"] for r in answer["results"]] == ["applied"] * (visits + 1)
    result = answer["results"][0]
    assert [(c["field"], c["kept_value"], c["lost_value"]) for c in result["conflicts"]] == [
        ("phone", "kari", "ola")]
    assert h.record("company", company)["fields"]["phone"] == "kari"
    for m in more:
        assert h.record("visit", m["record_id"])["version"] == 1


def test_a_company_created_meanwhile_with_the_same_orgnr_makes_a_create_a_redirect(
        live_harness: ServerHarness) -> None:
    """Ola's push creating orgnr 923609016 is worked out while Kari's company with that number
    is written but not committed: Ola's must become a pointer to Kari's, not a second company
    (nor a unique-index error)."""
    h = live_harness
    if not h.db.is_postgres:
        pytest.skip("SQLite takes its single writer lock before reading anything")
    kari = h.new_user("kari")
    h.new_user("ola")
    karis, olas = new_id(), new_id()

    def kari_creates(batch: RecordBatch) -> None:
        company = RecordState(
            entity="company", record_id=karis, version=1, org_id=None, owner_id=None,
            _fields={"name": "Kari AS", "orgnr": "923609016"},
            _field_meta={"*": [1, kari.client_id, kari.user_id]},
            created_at=datetime.now(UTC), updated_at=datetime.now(UTC), orgnr="923609016")
        batch.add(company)

    answer = _push_while_a_write_holds_the_lock(
        h, kari_creates, "ola", [mutation(1, "create", "company", olas, name="Ola AS", orgnr="923609016")])

    assert answer["results"][0]["status"] == "applied", answer
    assert answer["results"][0]["redirected_to"] == karis
    assert h.record("company", olas)["merged_into"] == karis
    assert h.record("company", karis)["fields"]["name"] == "Kari AS"


def _push_while_a_write_holds_the_lock(h: ServerHarness, write: Callable[[RecordBatch], None],
                                       username: str, mutations: list[dict[str, Any]]) -> dict[str, Any]:
    """`write` made and flushed under the write lock; while it holds the lock, `username`
    pushes `mutations` (worked out against what was there before) and queues for the lock.
    Returns the push's answer once the lock is let go."""
    http = httpx.Client(base_url=h.base_url, timeout=60)
    api = h.login(username, http=http)
    answer: dict[str, Any] = {}
    try:
        with h.db.writer() as session:  # holds the write lock until the block ends
            batch = RecordBatch(session)
            write(batch)
            batch.flush()
            pusher = threading.Thread(target=lambda: answer.update(api.push(mutations)))
            pusher.start()
            deadline = time.monotonic() + 20
            while not _someone_waits_for_the_write_lock(h):
                assert pusher.is_alive() and time.monotonic() < deadline, "the push never queued"
                time.sleep(0.02)
        pusher.join(timeout=30)
    finally:
        http.close()
    assert answer, "the push did not finish"
    return answer


def _someone_waits_for_the_write_lock(h: ServerHarness) -> bool:
    with h.db.engine.connect() as conn:
        return bool(conn.execute(text(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")).scalar())
