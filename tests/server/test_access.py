"""Every authorization rule, with a test that tries to break it."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from sync.protocol import API_PREFIX
from sync.server.config import ServerConfig
from sync.server.models import Token, User
from sync.server.users import AccountError, list_users, set_active
from tests.server.harness import PASSWORD, VERSION_HEADERS, ServerHarness, mutation, new_id, visit_fields

NORD = "Opplæringskontoret Nord"
SOR = "Opplæringskontoret Sør"


def _seen(api) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    api.cursor = None
    return {(c["entity"], c["record_id"]) for c in api.pull_all()}


def test_no_token_bad_token_expired_and_revoked_tokens_are_refused(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    for path in ("/sync/pull", "/sync/snapshot", f"/sync/client/{kari.client_id}", "/auth/me"):
        r = harness.http.get(API_PREFIX + path, headers=VERSION_HEADERS)
        assert r.status_code == 401 and r.json()["code"] == "unauthorized", path
    r = harness.http.post(API_PREFIX + "/sync/push", headers=VERSION_HEADERS,
                          json={"client_id": "x", "mutations": []})
    assert r.status_code == 401
    bad = {**VERSION_HEADERS, "Authorization": "Bearer not-a-token"}
    assert harness.http.get(API_PREFIX + "/sync/pull", headers=bad).status_code == 401
    basic = {**VERSION_HEADERS, "Authorization": "Basic a2FyaTpwYXNz"}
    assert harness.http.get(API_PREFIX + "/sync/pull", headers=basic).status_code == 401

    assert kari.get("/sync/pull").status_code == 200
    with harness.db.writer(sequenced=False) as s:
        s.execute(update(Token).values(expires_at=datetime.now(UTC) - timedelta(seconds=1)))
    r = kari.get("/sync/pull")
    assert r.status_code == 401 and "expired" in r.json()["message"]

    ola = harness.new_user("ola")
    assert ola.post("/auth/logout", None).status_code == 204
    r = ola.get("/sync/pull")
    assert r.status_code == 401 and "revoked" in r.json()["message"]

    per = harness.new_user("per")
    assert per.get("/sync/pull").status_code == 200
    set_active(harness.db, "per", False)
    assert per.get("/sync/pull").status_code == 401
    login = harness.http.post(API_PREFIX + "/auth/login", json={
        "username": "per", "password": PASSWORD, "client_id": "c"})
    assert login.status_code == 401


def test_tokens_and_passwords_are_stored_only_as_hashes(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    with harness.db.reader() as s:
        stored = s.scalars(select(Token.token_hash)).all()
        password_hash = s.scalar(select(User.password_hash).where(User.username == "kari"))
    assert kari.token not in stored and len(stored[0]) == 64
    assert password_hash.startswith("$argon2id$") and PASSWORD not in password_hash


def test_five_failed_logins_are_free_and_the_sixth_try_waits(harness: ServerHarness) -> None:
    # docs/sync-protocol.md and docs/deploy.md promise 5; the code once checked a sixth password.
    assert ServerConfig().login_free_failures == harness.config.login_free_failures == 5
    harness.user("kari")
    body = {"username": "kari", "password": "wrong password", "client_id": "c"}
    codes = [harness.http.post(API_PREFIX + "/auth/login", json=body).status_code for _ in range(5)]
    assert codes == [401] * 5
    # The fifth failure started a wait: even the right password is refused until it is over.
    r = harness.http.post(API_PREFIX + "/auth/login", json={**body, "password": PASSWORD})
    assert r.status_code == 429 and r.json()["code"] == "too_many_attempts"
    assert r.headers["Retry-After"] == "1" and "1 seconds" in r.json()["message"]
    # Unknown names are slowed down the same way (no hint which names exist).
    ghost = {**body, "username": "ghost"}
    codes = [harness.http.post(API_PREFIX + "/auth/login", json=ghost).status_code for _ in range(6)]
    assert codes == [401] * 5 + [429]


def test_other_organisations_data_is_neither_pulled_nor_written(harness: ServerHarness) -> None:
    kari = harness.new_user("kari", org=NORD)
    sven = harness.new_user("sven", org=SOR)
    boss_sor = harness.new_user("boss", role="staff", org=SOR)
    company = new_id()
    kari.send("create", "company", company, name="Shared register row")
    contact, visit, followup = new_id(), new_id(), new_id()
    kari.push([
        mutation(2, "create", "contact", contact, company_id=company, name="Anne"),
        mutation(3, "create", "visit", visit, **visit_fields(kari.user_id, company)),
        mutation(4, "create", "followup", followup, company_id=company, assignee_id=kari.user_id,
                 title="Ring igjen", due_on="2024-06-01"),
    ])
    for outsider in (sven, boss_sor):
        seen = _seen(outsider)
        assert ("company", company) in seen  # the register is shared
        assert not seen & {("contact", contact), ("visit", visit), ("followup", followup),
                           ("user", kari.user_id)}
    results = sven.push([
        mutation(1, "update", "contact", contact, base=1, phone="666"),
        mutation(2, "update", "followup", followup, base=1, status="done"),
        mutation(3, "delete", "contact", contact),
        mutation(4, "update", "visit", visit, base=1, notes="hijack"),
    ])["results"]
    assert [r["error_code"] for r in results] == ["other_organisation"] * 4
    # Even staff of the other organisation cannot.
    r = boss_sor.send("update", "contact", contact, base=1, phone="666")
    assert r["error_code"] == "other_organisation"
    assert harness.record("contact", contact)["version"] == 1


def test_hunters_write_only_their_own_visits_and_read_own_and_team(harness: ServerHarness) -> None:
    kari = harness.new_user("kari", team="alta")
    ola = harness.new_user("ola", team="alta")
    per = harness.new_user("per", team="vardo")
    staff = harness.new_user("siri", role="staff")
    company = new_id()
    kari.send("create", "company", company, name="A")
    kari_visit, per_visit, kari_note = new_id(), new_id(), new_id()
    kari.send("create", "visit", kari_visit, **visit_fields(kari.user_id, company))
    kari.send("create", "note", kari_note, company_id=company, author_id=kari.user_id, text="hei")
    per.send("create", "visit", per_visit, **visit_fields(per.user_id, company))

    # Writing someone else's: refused whether creating in their name, editing or deleting.
    forged = ola.send("create", "visit", new_id(), **visit_fields(kari.user_id, company))
    assert forged["error_code"] == "not_owner"
    assert ola.send("update", "visit", kari_visit, base=1, notes="x")["error_code"] == "not_owner"
    assert ola.send("delete", "visit", kari_visit)["error_code"] == "not_owner"
    assert ola.send("update", "note", kari_note, base=1, text="x")["error_code"] == "not_owner"
    taken = ola.send("create", "visit", kari_visit, **visit_fields(ola.user_id, company))
    assert taken["error_code"] == "not_owner"
    moved = kari.send("update", "visit", kari_visit, base=1, hunter_id=ola.user_id)
    assert moved["error_code"] == "not_owner"
    assert staff.send("update", "visit", kari_visit, base=1, notes="x")["error_code"] == "not_owner"
    assert harness.record("visit", kari_visit)["version"] == 1

    # Reading: own and team; staff see the whole organisation.
    assert ("visit", kari_visit) in _seen(ola) and ("visit", per_visit) not in _seen(ola)
    assert ("visit", kari_visit) not in _seen(per) and ("note", kari_note) not in _seen(per)
    assert {("visit", kari_visit), ("visit", per_visit), ("note", kari_note)} <= _seen(staff)
    # The snapshot applies the same rule.
    lines = per.get("/sync/snapshot").text.splitlines()
    assert kari_visit not in "".join(lines) and per_visit in "".join(lines)


def test_staff_only_records_and_company_deletes(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    staff = harness.new_user("siri", role="staff")
    campaign = new_id()
    fields = {"name": "Læreplassjeger 2024", "starts_on": "2024-06-01", "ends_on": "2024-10-31"}
    assert kari.send("create", "campaign", campaign, **fields)["error_code"] == "staff_only"
    assert kari.send("create", "goal", new_id(), scope="hunter", subject=kari.user_id,
                     period_start="2024-01-01", period_end="2024-12-31")["error_code"] == "staff_only"
    assert staff.send("create", "campaign", campaign, **fields)["status"] == "applied"
    assert kari.send("update", "campaign", campaign, base=1, name="mine")["error_code"] == "staff_only"
    company = new_id()
    kari.send("create", "company", company, name="A")
    assert kari.send("delete", "company", company)["error_code"] == "staff_only"
    assert kari.send("create", "user", kari.user_id, name="Boss")["error_code"] == "forbidden"
    assert staff.send("delete", "company", company)["status"] == "applied"


def test_conflicts_of_another_organisation_cannot_be_resolved(harness: ServerHarness) -> None:
    kari = harness.new_user("kari", org=NORD)
    ola = harness.new_user("ola", org=NORD)
    sven = harness.new_user("sven", org=SOR)
    company = new_id()
    kari.send("create", "company", company, name="A", phone="1")
    kari.send("update", "company", company, base=1, phone="2")
    conflict = ola.send("update", "company", company, base=1, phone="3")["conflicts"][0]["id"]
    r = sven.send("resolve", "conflict", conflict, choice="mine")
    assert r["error_code"] == "unknown_record"
    assert harness.record("company", company)["fields"]["phone"] == "2"


def test_client_ids_belong_to_one_user(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    ola = harness.new_user("ola")
    kari.send("create", "company", new_id(), name="A")
    r = ola.post("/sync/push", {"client_id": kari.client_id, "mutations": [
        mutation(2, "create", "company", new_id(), name="B")]})
    assert r.status_code == 403 and r.json()["code"] == "client_mismatch"
    assert ola.get(f"/sync/client/{kari.client_id}").status_code == 403


def test_only_admins_manage_users(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    staff = harness.new_user("siri", role="staff")
    admin = harness.new_user("root", role="admin")
    other_admin = harness.new_user("root2", role="admin", org=SOR)
    new = {"username": "nils", "password": "long enough", "role": "hunter"}
    for api in (kari, staff):
        assert api.post("/admin/users", new).status_code == 403
        assert api.get("/admin/users").status_code == 403
        assert api.post("/admin/users/kari/deactivate", None).status_code == 403
    assert admin.post("/admin/users", new).status_code == 201
    assert {u["username"] for u in admin.get("/admin/users").json()} == {"kari", "siri", "root", "nils"}
    assert "nils" not in {u["username"] for u in other_admin.get("/admin/users").json()}
    assert other_admin.post("/admin/users/kari/deactivate", None).status_code == 404
    assert kari.get("/sync/pull").status_code == 200
    assert admin.post("/admin/users/kari/deactivate", None).status_code == 204
    assert kari.get("/sync/pull").status_code == 401


def test_an_admin_cannot_deactivate_their_own_account(harness: ServerHarness) -> None:
    root = harness.new_user("root", role="admin")
    root2 = harness.new_user("root2", role="admin")
    for spelling in ("root", "ROOT"):
        r = root.post(f"/admin/users/{spelling}/deactivate", None)
        assert r.status_code == 403 and r.json()["code"] == "forbidden"
        assert "your own account" in r.json()["message"]
    assert root.get("/auth/me").status_code == 200  # still active, token still good
    # Another admin may do it; then the organisation still has root2.
    assert root2.post("/admin/users/root/deactivate", None).status_code == 204
    assert root.get("/auth/me").status_code == 401
    assert [u.active for u in list_users(harness.db) if u.username == "root2"] == [True]


def test_the_last_active_admin_of_an_organisation_is_not_deactivated_by_accident(
        harness: ServerHarness) -> None:
    harness.user("root", role="admin")
    harness.user("kari")
    harness.user("root_sor", role="admin", org=SOR)  # another organisation's admin does not count
    with pytest.raises(AccountError, match="last active admin of Opplæringskontoret Nord"):
        set_active(harness.db, "root", False)
    assert {u.username: u.active for u in list_users(harness.db)}["root"] is True
    set_active(harness.db, "kari", False)  # others as before
    assert set_active(harness.db, "root", False, allow_last_admin=True) == 0  # on purpose
    set_active(harness.db, "root", True)

    # Two admins deactivating each other at once: one of them stays.
    harness.user("root2", role="admin")
    def deactivate(username: str, barrier: threading.Barrier) -> str:
        barrier.wait()
        try:
            set_active(harness.db, username, False)
        except AccountError:
            return "refused"
        return "done"

    for _ in range(5):
        barrier = threading.Barrier(2)
        with ThreadPoolExecutor(2) as pool:
            outcomes = sorted(pool.map(deactivate, ["root", "root2"], [barrier] * 2))
        assert outcomes == ["done", "refused"]
        active = {u.username for u in list_users(harness.db) if u.active and u.role == "admin"}
        assert len(active & {"root", "root2"}) == 1
        set_active(harness.db, "root", True)
        set_active(harness.db, "root2", True)


@pytest.mark.parametrize("role", ["hunter", "staff"])
def test_nobody_reads_another_organisations_pull_by_cursor_tricks(harness: ServerHarness, role: str) -> None:
    kari = harness.new_user("kari", org=NORD)
    sven = harness.new_user("sven", role=role, org=SOR)
    secret = new_id()
    kari.send("create", "company", c := new_id(), name="A")
    kari.send("create", "contact", secret, company_id=c, name="Hemmelig")
    for limit in (1, 2, 1000):
        sven.cursor = None
        assert ("contact", secret) not in {(x["entity"], x["record_id"]) for x in sven.pull_all(limit)}


def test_a_pull_by_index_branches_reads_exactly_the_scope(harness: ServerHarness) -> None:
    """Pulls read each branch of the scope by its own index and merge them: in any page size,
    the rows are exactly those the scope's single condition selects, in sequence order."""
    import random

    from sync.server.access import Caller, ReadScope
    from sync.server.models import Record
    from sync.server.pull import change_lines

    rng = random.Random(5)
    orgs, owners = ["org-a", "org-b", None], ["u1", "u2", "u3", None]
    with harness.db.writer(sequenced=False) as s:
        for seq in range(1, 301):
            org = rng.choice(orgs)
            s.add(Record(entity="visit" if org else "company", record_id=f"r{seq}", seq=seq, version=1,
                         org_id=org, owner_id=rng.choice(owners) if org else None, fields="{}",
                         field_meta="{}"))
    staff = Caller("s", "s", "S", "org-a", "A", None, "staff", "c")
    hunter = Caller("u1", "u1", "U1", "org-a", "A", "team", "hunter", "c")
    scopes = [ReadScope(staff, None), ReadScope(hunter, frozenset({"u1"})),
              ReadScope(hunter, frozenset({"u1", "u3"}))]
    with harness.db.reader() as s:
        for scope in scopes:
            wanted = list(s.scalars(select(Record.seq).where(Record.seq > 40, Record.seq <= 280, scope.sql())
                                    .order_by(Record.seq)))
            assert 20 < len(wanted) < 240
            for page in (7, 1000):
                got: list[int] = []
                after = 40
                while True:
                    rows = change_lines(s.connection(), scope, after, 280, page)
                    got += [seq for seq, _ in rows]
                    if len(rows) < page:
                        break
                    after = rows[-1][0]
                assert got == wanted, (scope.owners, page)
