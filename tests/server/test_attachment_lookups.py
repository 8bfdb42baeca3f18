"""The server finds attachments by parent, by file and by organisation through indexed columns
generated from the stored JSON (sync/server/models.py, migration s0005), on SQLite and
PostgreSQL: the columns follow every way a push writes (one round trip, COPY for a big push, an
update, a tombstone), and the lookups' plans use the indexes instead of reading every
attachment's JSON."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from sync.server.attachment_records import attachments_of, organisation_usage, unreferenced
from sync.server.db import Database
from sync.server.models import Record
from tests.server.harness import Api, ServerHarness, mutation, new_id, visit_fields


def _digest(n: int) -> str:
    return hashlib.sha256(f"file {n}".encode()).hexdigest()


def _attachment(api: Api, mid: int, visit: str, n: int) -> dict[str, object]:
    return mutation(mid, "create", "attachment", new_id(), parent_entity="visit", parent_id=visit,
                    author_id=api.user_id, sha256=_digest(n), size=1000 + n, media_type="image/jpeg",
                    file_name=f"{n}.jpg", thumbnail_sha256=_digest(-n - 1), thumbnail_size=10)


def test_the_columns_follow_every_write_of_a_push(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    company, small_visit, big_visit = new_id(), new_id(), new_id()
    mid = kari.next_id
    # A small push (one round trip on PostgreSQL) and a big one (over 200 records: COPY).
    kari.push([mutation(mid, "create", "company", company, name="Alta Elektro AS"),
               mutation(mid + 1, "create", "visit", small_visit, **visit_fields(kari.user_id, company)),
               _attachment(kari, mid + 2, small_visit, 0)])
    big = [mutation(kari.next_id, "create", "visit", big_visit, **visit_fields(kari.user_id, company))]
    big += [_attachment(kari, kari.next_id + i, big_visit, i) for i in range(1, 251)]
    assert all(r["status"] == "applied" for r in kari.push(big)["results"])
    org = _org(harness.db, kari.user_id)
    with harness.db.reader() as s:
        assert organisation_usage(s, org) == sum(1000 + n + 10 for n in range(251))
        assert len(attachments_of(s, "visit", big_visit)) == 250
        assert attachments_of(s, "company", big_visit) == []  # the parent's kind counts too
        assert unreferenced(s, [_digest(0), _digest(-1), _digest(999)]) == [_digest(999)]
    with harness.db.reader() as s:
        first = attachments_of(s, "visit", small_visit)[0][1]
    assert kari.send("update", "attachment", first, base=1, caption="Tavla")["status"] == "applied"
    # Erasing the big visit tombstones its 250 attachments: out of the quota and the files named.
    assert kari.send("delete", "visit", big_visit, base=1)["status"] == "applied"
    with harness.db.reader() as s:
        assert organisation_usage(s, org) == 1000 + 10
        assert unreferenced(s, [_digest(0), _digest(1), _digest(-2)]) == [_digest(1), _digest(-2)]
        assert len(attachments_of(s, "visit", small_visit)) == 1


def test_the_lookups_use_the_indexes(harness: ServerHarness) -> None:
    db = harness.db
    queries = {
        "ix_records_attachment_parent_id": "SELECT record_id FROM records WHERE attachment_parent_id = 'x'",
        "ix_records_attachment_sha256": "SELECT record_id FROM records WHERE attachment_sha256 = 'x' "
                                        "AND NOT deleted",
        "ix_records_attachment_thumbnail_sha256": "SELECT record_id FROM records WHERE "
                                                  "attachment_thumbnail_sha256 = 'x' AND NOT deleted",
        "ix_records_attachment_bytes": "SELECT sum(attachment_bytes) FROM records WHERE "
                                       "attachment_bytes IS NOT NULL AND org_id = 'x' AND NOT deleted",
    }
    with db.engine.connect() as conn:
        if db.is_postgres:
            # An empty table is read whole whatever its indexes: this asks whether the index fits.
            conn.exec_driver_sql("SET enable_seqscan = off")
        for index, sql in queries.items():
            explain = "EXPLAIN " if db.is_postgres else "EXPLAIN QUERY PLAN "
            plan = " ".join(str(row) for row in conn.execute(text(explain + sql)))
            assert index in plan, (sql, plan)


def _org(db: Database, user_id: str) -> str:
    with db.reader() as s:
        row = s.query(Record.org_id).filter(Record.entity == "visit", Record.owner_id == user_id).first()
        assert row is not None and row[0] is not None
        return str(row[0])


def test_a_database_with_attachments_gets_the_columns_when_migrated(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    from alembic import command

    from sync.server.migrate import alembic_config

    cluster = request.getfixturevalue("pg_cluster") if backend == "postgres" else None
    name = f"old_{os.getpid()}_{new_id()[-6:]}"
    db = Database(cluster.create_database(name) if cluster else f"sqlite:///{tmp_path / 'old.sqlite3'}")

    def migrate(step: str, to: str) -> None:
        with db.write_engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            getattr(command, step)(cfg, to)

    try:
        migrate("upgrade", "s0004")
        fields = json.dumps({"parent_entity": "visit", "parent_id": "v1", "sha256": _digest(1),
                             "size": 7, "thumbnail_sha256": None, "thumbnail_size": None},
                            separators=(",", ":"))
        with db.write_engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO records (entity, record_id, seq, version, org_id, deleted, fields, "
                "field_meta, created_at, updated_at) VALUES ('attachment', 'a1', 1, 1, 'org', :f, "
                ":fields, '{}', :now, :now)"),
                {"f": False, "fields": fields, "now": datetime.now(UTC).replace(tzinfo=None)})
        migrate("upgrade", "head")
        with db.reader() as s:
            assert attachments_of(s, "visit", "v1") == [("attachment", "a1")]
            assert organisation_usage(s, "org") == 7 and unreferenced(s, [_digest(1)]) == []
        migrate("downgrade", "s0004")  # and back, for an operator who has to
        migrate("upgrade", "head")
        with db.reader() as s:
            assert organisation_usage(s, "org") == 7
    finally:
        db.dispose()
        if cluster is not None:
            cluster.drop_database(name)
