"""Push: idempotent replays, refused gaps, recorded rejections, merges, redirects, tombstones."""

from __future__ import annotations

from sync.kernel.ids import company_id_for_orgnr
from tests.server.harness import ServerHarness, mutation, new_id, visit_fields

ORGNR = "974760673"


def test_replayed_push_changes_nothing_and_returns_stored_results(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    company = new_id()
    batch = [
        mutation(1, "create", "company", company, name="Nordreisa Elektro AS"),
        mutation(2, "create", "visit", new_id(), **visit_fields(kari.user_id, company)),
        mutation(3, "create", "visit", new_id(), **visit_fields("someone-else", company)),  # rejected
        mutation(4, "update", "company", company, base=1, phone="+47 777 00 000"),
    ]
    first = kari.push(batch)
    assert [r["status"] for r in first["results"]] == ["applied", "applied", "rejected", "applied"]
    assert first["last_mutation_id"] == 4
    before = harness.dump()

    again = kari.push(batch)  # the answer was lost: the client sends the same push again
    assert harness.dump() == before
    assert again["last_mutation_id"] == 4
    for old, new in zip(first["results"], again["results"], strict=True):
        assert new["replayed"] is True
        assert {**new, "replayed": False} == old

    # A push overlapping the stored part and going on applies only the new tail.
    overlap = kari.push(batch[2:] + [mutation(5, "update", "company", company, base=2,
                                              website="https://example.no")])
    assert [r["replayed"] for r in overlap["results"]] == [True, True, False]
    assert harness.record("company", company)["fields"]["website"] == "https://example.no"


def test_gaps_are_refused_and_change_nothing(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    ola = harness.new_user("ola")
    kari.push([mutation(1, "create", "company", new_id(), name="A")])
    before = harness.dump()

    skipped = kari.push_raw([mutation(3, "create", "company", new_id(), name="B")])
    assert skipped.status_code == 409
    assert skipped.json()["code"] == "mutation_gap"
    assert skipped.json()["detail"]["last_mutation_id"] == 1

    holey = kari.push_raw([mutation(2, "create", "company", new_id(), name="B"),
                           mutation(4, "create", "company", new_id(), name="C")])
    assert holey.status_code == 409 and holey.json()["code"] == "mutation_gap"

    first_contact = ola.push_raw([mutation(2, "create", "company", new_id(), name="D")])
    assert first_contact.status_code == 409
    assert harness.dump()["records"] == before["records"]


def test_rejected_mutation_is_recorded_and_queue_moves_on(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    results = kari.push([
        mutation(1, "create", "company", new_id()),  # no name
        mutation(2, "create", "planet", new_id(), name="Mars"),
        mutation(3, "update", "company", new_id(), name="never seen"),
        mutation(4, "create", "company", new_id(), name="Ok", colour="blue"),
        mutation(5, "create", "company", new_id(), name="Ok", orgnr="123456789"),
        mutation(6, "create", "company", new_id(), name="Fine"),
    ])["results"]
    codes = [r["error_code"] for r in results]
    assert codes == ["missing_fields", "unknown_entity", "unknown_record", "invalid_fields",
                     "invalid_fields", None]
    assert all(r["message"] for r in results[:5])
    state = kari.get(f"/sync/client/{kari.client_id}").json()
    assert state["last_mutation_id"] == 6


def test_disjoint_edits_both_survive_and_same_field_gives_one_conflict(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    ola = harness.new_user("ola")
    company = new_id()
    assert kari.send("create", "company", company, name="Alta Rør AS", phone="1")["version"] == 1

    # Both edit from version 1, offline: different fields merge, the same field conflicts.
    r1 = kari.send("update", "company", company, base=1, website="https://altaror.no", phone="2")
    r2 = ola.send("update", "company", company, base=1, email="post@altaror.no", phone="3")
    assert r1["status"] == r2["status"] == "applied"
    assert r1["conflicts"] == []
    assert len(r2["conflicts"]) == 1
    conflict = r2["conflicts"][0]
    assert (conflict["field"], conflict["kept_value"], conflict["lost_value"]) == ("phone", "2", "3")
    assert conflict["kept_by"] == kari.user_id and conflict["lost_by"] == ola.user_id

    fields = harness.record("company", company)["fields"]
    assert fields["website"] == "https://altaror.no" and fields["email"] == "post@altaror.no"
    assert fields["phone"] == "2"  # first arrival kept

    # The conflict reaches the organisation through pull; resolving it writes the chosen value.
    pulled = {(c["entity"], c["record_id"]): c for c in ola.pull_all()}
    assert pulled[("conflict", conflict["id"])]["fields"]["lost_value"] == "3"
    resolved = ola.send("resolve", "conflict", conflict["id"], choice="mine")
    assert resolved["status"] == "applied"
    assert harness.record("company", company)["fields"]["phone"] == "3"
    assert harness.record("conflict", conflict["id"])["fields"]["resolution"] == "mine"
    # A client's own successive edits from one base never conflict with each other.
    assert kari.send("update", "company", company, base=1, website="a")["conflicts"] == []
    assert kari.send("update", "company", company, base=1, website="b")["conflicts"] == []


def test_two_offline_creates_of_one_orgnr_end_as_one_company(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    ola = harness.new_user("ola")
    first, second = new_id(), new_id()
    kari.send("create", "company", first, name="Vardø Bygg AS", orgnr=ORGNR)
    visit = new_id()
    results = ola.push([
        mutation(1, "create", "company", second, name="Vardø Bygg", orgnr=ORGNR, phone="+47 1"),
        mutation(2, "create", "visit", visit, **visit_fields(ola.user_id, second)),
        mutation(3, "update", "company", second, base=1, email="x@vardo.no"),
    ])["results"]
    assert results[0]["status"] == "applied" and results[0]["redirected_to"] == first
    assert results[2]["redirected_to"] == first
    assert harness.record("visit", visit)["fields"]["company_id"] == first
    winner = harness.record("company", first)["fields"]
    assert winner["name"] == "Vardø Bygg AS"  # first arrival kept
    assert winner["phone"] == "+47 1" and winner["email"] == "x@vardo.no"  # blanks filled
    loser = harness.record("company", second)
    assert loser["deleted"] and loser["merged_into"] == first
    pulled = {(c["entity"], c["record_id"]): c for c in kari.pull_all()}
    assert pulled[("company", second)]["merged_into"] == first

    # The same orgnr through the shared id (company_id_for_orgnr) is one record without a redirect.
    shared = company_id_for_orgnr("923609016")
    assert kari.send("create", "company", shared, name="X", orgnr="923609016")["redirected_to"] is None
    again = ola.send("create", "company", shared, name="X", orgnr="923609016")
    assert again["status"] == "applied" and again["redirected_to"] is None and again["version"] == 1


def test_companies_swapping_their_orgnrs_in_one_push(harness: ServerHarness) -> None:
    """Rows that give up or take an organisation number are written in an order the unique
    index accepts (on PostgreSQL, not by the one-trip upsert)."""
    staff = harness.new_user("siri", role="staff")
    a, b = new_id(), new_id()
    staff.push([mutation(1, "create", "company", a, name="A", orgnr="111111111"),
                mutation(2, "create", "company", b, name="B", orgnr="222222222")])
    results = staff.push([
        mutation(3, "update", "company", a, base=1, orgnr="333333333"),
        mutation(4, "update", "company", b, base=1, orgnr="111111111"),
        mutation(5, "update", "company", a, base=2, orgnr="222222222"),
        mutation(6, "create", "visit", new_id(), **visit_fields(staff.user_id, b)),
    ])["results"]
    assert [r["status"] for r in results] == ["applied"] * 4
    assert harness.record("company", a)["fields"]["orgnr"] == "222222222"
    assert harness.record("company", b)["fields"]["orgnr"] == "111111111"
    taken = staff.send("create", "company", new_id(), name="C", orgnr="222222222")
    assert taken["redirected_to"] == a


def test_tombstones_never_come_back(harness: ServerHarness) -> None:
    staff = harness.new_user("siri", role="staff")
    kari = harness.new_user("kari")
    company = new_id()
    staff.send("create", "company", company, name="Gone AS", orgnr=ORGNR)
    assert staff.send("delete", "company", company)["status"] == "applied"
    assert staff.send("delete", "company", company)["status"] == "applied"  # idempotent
    update = kari.send("update", "company", company, base=1, name="Back?")
    assert update["error_code"] == "record_deleted"
    create = kari.send("create", "company", company, name="Back?")
    assert create["error_code"] == "record_deleted"
    other_id = kari.send("create", "company", new_id(), name="Back?", orgnr=ORGNR)
    assert other_id["error_code"] == "record_deleted"
    assert harness.record("company", company)["deleted"] is True
    changes = {(c["entity"], c["record_id"]): c for c in kari.pull_all()}
    assert changes[("company", company)]["deleted"] is True
    assert changes[("company", company)]["fields"] == {}


def test_owned_create_is_insert_if_absent_and_author_wins(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    company, visit = new_id(), new_id()
    kari.send("create", "company", company, name="A")
    assert kari.send("create", "visit", visit, **visit_fields(kari.user_id, company))["version"] == 1
    again = kari.send("create", "visit", visit, **visit_fields(kari.user_id, company, notes="other"))
    assert again["status"] == "applied" and again["version"] == 1
    assert "notes" not in harness.record("visit", visit)["fields"]
    # The author's correction from an old base still wins.
    kari.send("update", "visit", visit, base=1, outcome="follow_up_agreed")
    fixed = kari.send("update", "visit", visit, base=1, outcome="approved")
    assert fixed["conflicts"] == []
    assert harness.record("visit", visit)["fields"]["outcome"] == "approved"


def test_epoch_change_is_reported_with_what_the_server_holds(harness: ServerHarness) -> None:
    from sync.server.meta import start_new_epoch

    kari = harness.new_user("kari")
    old = kari.push([mutation(1, "create", "company", new_id(), name="A")])["epoch"]
    cursor = kari.pull_page().cursor
    new = start_new_epoch(harness.db)
    r = kari.push_raw([mutation(2, "create", "company", new_id(), name="B")], epoch=old)
    assert r.status_code == 409
    assert r.json()["code"] == "epoch_changed"
    assert r.json()["detail"] == {"epoch": new, "last_mutation_id": 1}
    pulled = kari.get("/sync/pull", params={"cursor": cursor})
    assert pulled.status_code == 409 and pulled.json()["code"] == "epoch_changed"
    assert kari.get(f"/sync/client/{kari.client_id}").json() == {
        "client_id": kari.client_id, "epoch": new, "last_mutation_id": 1}
    # Re-sending from last+1 in the new epoch works.
    assert kari.push_raw([mutation(2, "create", "company", new_id(), name="B")], epoch=new).status_code == 200


def test_plain_results_are_written_as_pydantic_writes_them() -> None:
    from sync.protocol import MutationResult, MutationStatus
    from sync.server.push import applied_json

    for mutation_id, version in ((1, 1), (7, 3), (2**40, 12)):
        model = MutationResult(id=mutation_id, status=MutationStatus.APPLIED, version=version)
        assert applied_json(mutation_id, version) == model.model_dump_json(exclude_defaults=True)
