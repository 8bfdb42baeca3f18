"""The streamed snapshot: framing, scope, and no change lost between snapshot and pull."""

from __future__ import annotations

import json

from sync.protocol import Change, SnapshotEnd, SnapshotHeader
from sync.server import snapshot
from sync.server.access import Caller
from sync.server.models import Record
from tests.server.harness import ServerHarness, mutation, new_id


def test_snapshot_framing_and_follow_up_pull(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    ids = [new_id() for _ in range(30)]
    kari.push([mutation(i + 1, "create", "company", c, name=f"C{i}") for i, c in enumerate(ids)])
    r = kari.get("/sync/snapshot")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
    lines = r.text.splitlines()
    header = SnapshotHeader.model_validate_json(lines[0])
    end = SnapshotEnd.model_validate_json(lines[-1])
    changes = [Change.model_validate_json(line) for line in lines[1:-1]]
    assert end.count == len(changes) == header.estimated_count == 31  # 30 companies + kari's user
    assert {c.record_id for c in changes} >= set(ids)
    kari.cursor = header.cursor
    assert kari.pull_all() == []
    kari.send("update", "company", ids[0], base=1, phone="1")
    assert [c["record_id"] for c in kari.pull_all()] == [ids[0]]


def test_writes_during_a_stream_reach_the_client_through_the_pull_after_it(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    ids = [new_id() for _ in range(20)]
    kari.push([mutation(i + 1, "create", "company", c, name=f"C{i}") for i, c in enumerate(ids)])
    with harness.db.reader() as s:
        user = s.get(Record, ("user", kari.user_id))
        assert user is not None
    caller = Caller(kari.user_id, "kari", "kari", user.org_id or "", "", None, "hunter", kari.client_id)
    begin, count = snapshot.open_snapshot(harness.db, caller)
    chunks = snapshot.stream(harness.db, begin, count, page=3)  # small pages: many round trips
    replica: dict[tuple[str, str], int] = {}
    header = json.loads(next(chunks))
    first = next(chunks).decode().splitlines()
    for line in first:
        c = json.loads(line)
        replica[(c["entity"], c["record_id"])] = c["version"]
    # Meanwhile others write: records already streamed, records not yet streamed, new records.
    kari.push([mutation(21, "update", "company", ids[0], base=1, phone="a"),
               mutation(22, "update", "company", ids[-1], base=1, phone="b"),
               mutation(23, "create", "company", extra := new_id(), name="new")])
    for chunk in chunks:
        for line in chunk.decode().splitlines():
            c = json.loads(line)
            if c.get("kind") == "end":
                continue
            replica[(c["entity"], c["record_id"])] = c["version"]
    kari.cursor = header["cursor"]
    for c in kari.pull_all():
        replica[(c["entity"], c["record_id"])] = c["version"]
    with harness.db.reader() as s:
        server = {(r.entity, r.record_id): r.version for r in s.query(Record)}
    assert replica == server
    assert replica[("company", extra)] == 1 and replica[("company", ids[0])] == 2
