"""References: a record naming another the server does not hold (a visit on a company nobody
sent, a visit naming a contact that does not exist, a follow-up on a missing visit) is refused as
`unknown_reference`, naming the field, and never stored nor pulled by anyone. A record made
earlier in the same push counts; a tombstone counts. SQLite and PostgreSQL, over the HTTP API."""

from __future__ import annotations

import pytest

from tests.server.harness import ServerHarness, mutation, new_id, visit_fields


def _refused(result: dict, field: str) -> None:
    assert result["status"] == "rejected", result
    assert result["error_code"] == "unknown_reference"
    assert field in result["message"]


def test_records_naming_what_the_server_lacks_are_refused_and_never_spread(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    ola = harness.new_user("ola", role="staff")  # staff pull every visit of the organisation
    company, nowhere = new_id(), new_id()
    kari.push([mutation(1, "create", "company", company, name="Alta Elektro AS")])
    visit, contact, orphans = new_id(), new_id(), [new_id() for _ in range(6)]
    results = kari.push([
        mutation(2, "create", "visit", orphans[0], **visit_fields(kari.user_id, nowhere)),
        mutation(3, "create", "contact", orphans[1], company_id=nowhere, name="Per"),
        mutation(4, "create", "visit", orphans[2],
                 **visit_fields(kari.user_id, company, contact_id=new_id())),
        mutation(5, "create", "followup", orphans[3], company_id=nowhere, assignee_id=kari.user_id,
                 title="Ring", due_on="2030-01-01"),
        mutation(6, "create", "followup", orphans[4], company_id=company, visit_id=new_id(),
                 assignee_id=kari.user_id, title="Ring", due_on="2030-01-01"),
        mutation(7, "create", "note", orphans[5], company_id=nowhere, author_id=kari.user_id, text="x"),
        mutation(8, "create", "contact", contact, company_id=company, name="Kari Nordmann"),
        mutation(9, "create", "visit", visit, **visit_fields(kari.user_id, company, contact_id=contact)),
    ])["results"]
    for result, field in zip(results, ("company_id", "company_id", "contact_id", "company_id",
                                       "visit_id", "company_id"), strict=False):
        _refused(result, field)
    assert [r["status"] for r in results[6:]] == ["applied", "applied"]
    for rid, entity in zip(orphans, ("visit", "contact", "visit", "followup", "followup", "note"),
                           strict=True):
        assert harness.record(entity, rid) is None
    pulled = {(c["entity"], c["record_id"]) for c in ola.pull_all()}
    assert ("visit", visit) in pulled and ("contact", contact) in pulled
    assert not pulled & {(e, r) for e in ("visit", "contact", "followup", "note") for r in orphans}


def test_an_update_may_not_point_at_nothing_but_may_let_go(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    company, visit = new_id(), new_id()
    kari.push([mutation(1, "create", "company", company, name="Vardø Bygg AS"),
               mutation(2, "create", "visit", visit, **visit_fields(kari.user_id, company))])
    _refused(kari.send("update", "visit", visit, 1, contact_id=new_id()), "contact_id")
    _refused(kari.send("update", "visit", visit, 1, company_id=new_id()), "company_id")
    assert kari.send("update", "visit", visit, 1, contact_id=None)["status"] == "applied"
    assert harness.record("visit", visit)["fields"]["company_id"] == company


def test_only_what_comes_earlier_in_the_same_push_counts(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    company, late, bad = new_id(), new_id(), new_id()
    results = kari.push([
        mutation(1, "create", "visit", new_id(), **visit_fields(kari.user_id, late)),
        mutation(2, "create", "company", late, name="Kommer for sent AS"),
        mutation(3, "create", "company", company, name="Først AS"),
        mutation(4, "create", "visit", new_id(), **visit_fields(kari.user_id, company)),
        mutation(5, "create", "company", bad),  # no name: refused, so it is not there either
        mutation(6, "create", "contact", new_id(), company_id=bad, name="Ola"),
    ])["results"]
    _refused(results[0], "company_id")
    assert [r["status"] for r in results[1:4]] == ["applied"] * 3
    assert results[4]["error_code"] == "missing_fields"
    _refused(results[5], "company_id")


def test_a_deleted_record_may_still_be_named(harness: ServerHarness) -> None:
    """A visit made offline on a company that staff deleted meanwhile still happened: kept."""
    kari = harness.new_user("kari")
    boss = harness.new_user("boss", role="staff")
    company = new_id()
    kari.push([mutation(1, "create", "company", company, name="Nedlagt AS")])
    assert boss.send("delete", "company", company)["status"] == "applied"
    result = kari.send("create", "visit", new_id(), **visit_fields(kari.user_id, company))
    assert result["status"] == "applied"


def test_another_organisations_records_cannot_be_named(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    other = harness.new_user("eva", org="Opplæringskontoret Sør")
    company, contact = new_id(), new_id()
    other.push([mutation(1, "create", "company", company, name="Felles AS"),
                mutation(2, "create", "contact", contact, company_id=company, name="Eva")])
    # The company is the shared register; the contact is the other organisation's.
    result = kari.send("create", "visit", new_id(), **visit_fields(kari.user_id, company, contact_id=contact))
    _refused(result, "contact_id")
    assert "does not have" in result["message"]
    assert kari.send("create", "visit", new_id(),
                     **visit_fields(kari.user_id, company))["status"] == "applied"


def test_a_record_named_that_is_made_meanwhile_is_found_on_postgresql(live_harness: ServerHarness) -> None:
    """Ola's visit naming a contact is worked out (without the lock, on PostgreSQL) before
    Kari's contact is committed: the one-trip check sees the contact written since and works the
    push out again under the lock, where the contact is there. Not refused."""
    from datetime import UTC, datetime

    from sqlalchemy import text

    from sync.server.records import RecordBatch, RecordState
    from tests.server.test_concurrency import _push_while_a_write_holds_the_lock

    h = live_harness
    if not h.db.is_postgres:
        pytest.skip("SQLite takes its single writer lock before reading anything")
    kari = h.new_user("kari")
    ola = h.user("ola")
    company, contact = new_id(), new_id()
    kari.push([mutation(1, "create", "company", company, name="Bygg AS")])
    with h.db.reader() as s:
        org = s.scalar(text("SELECT organisation_id FROM users WHERE id = :u"), {"u": kari.user_id})

    def kari_adds_the_contact(batch: RecordBatch) -> None:
        now = datetime.now(UTC)
        batch.add(RecordState(
            entity="contact", record_id=contact, version=1, org_id=org, owner_id=None,
            _fields={"company_id": company, "name": "Per"},
            _field_meta={"*": [1, kari.client_id, kari.user_id]}, created_at=now, updated_at=now))

    answer = _push_while_a_write_holds_the_lock(h, kari_adds_the_contact, "ola", [
        mutation(1, "create", "visit", new_id(), **visit_fields(ola.id, company, contact_id=contact))])
    assert answer["results"][0]["status"] == "applied", answer
