"""The streamed snapshot: framing, scope, and no change lost between snapshot and pull."""

from __future__ import annotations

import json

from sqlalchemy import select

from sync.protocol import Change, SnapshotEnd, SnapshotHeader
from sync.server import pull, snapshot
from sync.server.access import Caller, ReadScope
from sync.server.models import Record
from sync.server.records import change_json
from tests.server.harness import ServerHarness, mutation, new_id, visit_fields


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


def test_changes_written_by_the_database_read_as_the_python_ones(harness: ServerHarness) -> None:
    """On PostgreSQL the change lines are built in SQL; they must say exactly what Python says."""
    kari = harness.new_user("kari")
    tricky = 'quote " backslash \\ slash / tab \t newline \n bell \x07 æøå ÆØÅ emoji 🚜 \u2028'
    a, b, gone = new_id(), new_id(), new_id()
    kari.push([
        mutation(1, "create", "company", a, name=tricky, orgnr="958844387", employees=12,
                 interest_trades=["Elektrikerfaget", tricky], approved_trades=[]),
        mutation(2, "create", "company", b, name=tricky, orgnr="958844387"),
        mutation(3, "create", "visit", gone, **visit_fields(kari.user_id, a, notes=tricky)),
        mutation(4, "delete", "visit", gone),
    ])
    with harness.db.reader() as session:
        org = session.scalar(select(Record.org_id).where(Record.org_id.is_not(None)))
        staff = Caller("u", "staff", "Staff", str(org), "Org", None, "staff", "c")
        built = pull.change_lines(session.connection(), ReadScope(staff, None), 0, 10**9, 100)
        rows = session.execute(select(*pull.CHANGE_COLUMNS).order_by(Record.seq)).all()
    by_python = [change_json(row) for row in rows]
    assert [seq for seq, _ in built] == [row.seq for row in rows]
    assert len(built) >= 4
    for (_, line), expected in zip(built, by_python, strict=True):
        assert Change.model_validate_json(line) == Change.model_validate_json(expected)
        assert json.loads(line) | {"updated_at": None} == json.loads(expected) | {"updated_at": None}
    changes = {c.record_id: c for c in (Change.model_validate_json(line) for _, line in built)}
    assert changes[a].fields["name"] == tricky and changes[a].fields["employees"] == 12
    assert changes[b].deleted and changes[b].merged_into == a and changes[b].fields == {}
    assert changes[gone].deleted and changes[gone].merged_into is None
