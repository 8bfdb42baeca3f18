"""What a push stores is the same text on both databases, whichever way it was written
(PostgreSQL's one-trip upsert parses a JSON document of rows; SQLite takes rows from Python)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from sync.server.models import AppliedMutation, Client, Record, User
from sync.server.records import dumps
from tests.server.harness import ServerHarness, mutation, new_id, visit_fields

TRICKY = {
    "name": 'Sjø "&" Fjell \\ AS 🐟',
    "hunter_notes": "linje 1\nlinje 2\ttab \u0001 \u2028 slutt",
    "tags": ["a\"b", "æøå", ""],
    "employees": 9_007_199_254_740_993,  # beyond a double's exact integers
}


def test_stored_fields_and_results_are_exactly_the_texts_python_writes(harness: ServerHarness) -> None:
    staff = harness.new_user("siri", role="staff")
    company, visit = new_id(), new_id()
    before = datetime.now(UTC).replace(tzinfo=None) - timedelta(seconds=1)
    answer = staff.push([
        mutation(1, "create", "company", company, **TRICKY),
        mutation(2, "create", "visit", visit, **visit_fields(staff.user_id, company, notes="«ja»")),
        mutation(3, "update", "company", company, base=1, phone="+47 \"1\""),
        mutation(4, "update", "visit", new_id(), base=1, notes="finnes ikke"),
    ])
    after = datetime.now(UTC).replace(tzinfo=None) + timedelta(seconds=1)
    with harness.db.reader() as s:
        row = s.get(Record, ("company", company))
        assert row is not None
        assert row.fields == dumps({**TRICKY, "phone": '+47 "1"'})
        assert json.loads(row.field_meta)["phone"][0] == 2
        assert row.version == 2 and row.deleted is False and row.orgnr is None
        assert row.org_id is None and row.owner_id is None and row.updated_by == staff.user_id
        assert before <= row.created_at.replace(tzinfo=None) <= row.updated_at.replace(tzinfo=None) <= after
        visit_row = s.get(Record, ("visit", visit))
        assert visit_row is not None and visit_row.owner_id == staff.user_id
        user = s.get(User, staff.user_id)
        assert user is not None and visit_row.org_id == user.organisation_id
        assert json.loads(visit_row.fields)["notes"] == "«ja»"
        assert visit_row.seq == row.seq - 1  # numbered in the order last written
        stored = dict(s.execute(select(AppliedMutation.mutation_id, AppliedMutation.result)
                                .where(AppliedMutation.client_id == staff.client_id)).all())
        client = s.scalar(select(Client).where(Client.client_id == staff.client_id))
    assert [json.loads(stored[i]) for i in (1, 2, 3, 4)] == [
        {k: v for k, v in r.items() if v not in (None, [], False)} for r in answer["results"]]
    assert json.loads(stored[4])["status"] == "rejected"
    assert client is not None and client.last_mutation_id == 4
