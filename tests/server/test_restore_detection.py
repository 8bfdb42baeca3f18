"""A database restored from an older copy without `lpj-server new-epoch`: the server finds out
from what a client has seen (a pull cursor beyond its last change, mutations answered beyond what
it holds for the client) and starts a new epoch itself; every client then recovers as after
`new-epoch`. SQLite and PostgreSQL, over the HTTP API."""

from __future__ import annotations

from sqlalchemy import text

from sync.protocol import API_PREFIX
from sync.server.meta import HistoryLost, start_epoch_after_loss
from tests.server.harness import Api, ServerHarness, mutation, new_id


def _epoch(harness: ServerHarness) -> str:
    with harness.db.reader() as s:
        return str(s.scalar(text("SELECT value FROM server_meta WHERE key = 'epoch'")))


def _lose_after(harness: ServerHarness, api: Api, seq: int, last: int) -> None:
    """What a restore of a copy taken when the head was `seq` and `api`'s client had `last` does."""
    with harness.db.writer() as s:
        s.execute(text("DELETE FROM records WHERE seq > :seq"), {"seq": seq})
        s.execute(text("DELETE FROM applied_mutations WHERE client_id = :c AND mutation_id > :m"),
                  {"c": api.client_id, "m": last})
        s.execute(text("UPDATE clients SET last_mutation_id = :m WHERE client_id = :c"),
                  {"c": api.client_id, "m": last})


def _copy_taken(harness: ServerHarness) -> int:
    with harness.db.reader() as s:
        return int(s.scalar(text("SELECT coalesce(max(seq), 0) FROM records")) or 0)


def test_a_pull_cursor_beyond_the_last_change_starts_a_new_epoch(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    epoch = kari.push([mutation(1, "create", "company", new_id(), name="A")])["epoch"]
    head = _copy_taken(harness)
    kari.push([mutation(2, "create", "company", new_id(), name="B")])
    kari.pull_all()
    _lose_after(harness, kari, head, 1)

    r = kari.get("/sync/pull", params={"cursor": kari.cursor})
    assert r.status_code == 409 and r.json()["code"] == "epoch_changed"
    new = r.json()["detail"]["epoch"]
    assert new != epoch and _epoch(harness) == new
    # As after `new-epoch`: the client learns what the server holds, and sends again from there.
    assert kari.get(f"/sync/client/{kari.client_id}").json()["last_mutation_id"] == 1
    again = kari.push_raw([mutation(2, "create", "company", new_id(), name="B")], epoch=new)
    assert again.status_code == 200, again.text


def test_mutations_answered_beyond_what_the_server_holds_start_a_new_epoch(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    kari.push([mutation(1, "create", "company", new_id(), name="A")])
    kari.pull_all()
    head = _copy_taken(harness)
    kari.push([mutation(2, "create", "company", new_id(), name="B")])
    _lose_after(harness, kari, head, 1)
    # Kari's cursor is still within what the server holds (she did not pull after her push):
    # only what she was answered for tells.
    assert kari.get("/sync/pull", params={"cursor": kari.cursor, "acked": 1}).status_code == 200
    r = kari.get("/sync/pull", params={"cursor": kari.cursor, "acked": 2})
    assert r.status_code == 409 and r.json()["code"] == "epoch_changed"
    assert _epoch(harness) == r.json()["detail"]["epoch"]


def test_a_push_from_beyond_what_the_server_holds_starts_a_new_epoch(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    ola = harness.new_user("ola")
    epoch = kari.push([mutation(1, "create", "company", new_id(), name="A")])["epoch"]
    ola.push([mutation(1, "create", "company", new_id(), name="O")])
    ola.pull_all()
    kari.push([mutation(2, "create", "company", new_id(), name="B")])
    _lose_after(harness, kari, _copy_taken(harness) - 1, 1)

    # Kari sends her next mutation in the epoch she was answered in: the server lost number 2.
    r = kari.push_raw([mutation(3, "create", "company", new_id(), name="C")], epoch=epoch)
    assert r.status_code == 409 and r.json()["code"] == "epoch_changed"
    new = r.json()["detail"]["epoch"]
    assert r.json()["detail"] == {"epoch": new, "last_mutation_id": 1}
    assert new != epoch and _epoch(harness) == new
    # Ola, who saw nothing lost, hears of the new epoch at his next request and takes the view again.
    assert ola.get("/sync/pull", params={"cursor": ola.cursor}).json()["code"] == "epoch_changed"


def test_a_gap_that_claims_no_epoch_is_a_plain_gap(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    epoch = kari.push([mutation(1, "create", "company", new_id(), name="A")])["epoch"]
    r = kari.push_raw([mutation(3, "create", "company", new_id(), name="C")])
    assert r.status_code == 409 and r.json()["code"] == "mutation_gap"
    # Nor does a cursor or an acknowledgement the server does hold change anything.
    kari.pull_all()
    assert kari.get("/sync/pull", params={"cursor": kari.cursor, "acked": 1}).status_code == 200
    assert _epoch(harness) == epoch


def test_many_clients_finding_the_same_loss_make_one_new_epoch(harness: ServerHarness) -> None:
    old = _epoch(harness)
    lost = HistoryLost(old, "test")
    first = start_epoch_after_loss(harness.db, lost)
    assert first != old
    assert start_epoch_after_loss(harness.db, lost) == first == _epoch(harness)


def test_claims_the_server_did_not_sign_start_no_new_epoch(harness: ServerHarness) -> None:
    """Only a signed witness shows a lost history: a client that claims more than it was given
    (a bug, a fuzzer, a cursor typed by hand) gets its own answer, and no other laptop is sent to
    a new snapshot."""
    kari = harness.new_user("kari")
    ola = harness.new_user("ola")
    epoch = kari.push([mutation(1, "create", "company", new_id(), name="A")])["epoch"]
    ola.push([mutation(n, "create", "company", new_id(), name=f"O{n}") for n in (1, 2, 3)])
    kari.pull_all()
    head = _copy_taken(harness)
    signed = kari.cursor
    assert signed is not None and signed.count(".") == 2  # epoch.signature.seq

    # Cursors beyond the head: unsigned, with another number's signature, with a made-up one.
    sig = signed.split(".")[1]
    for forged in (f"{epoch}.{head + 50}", f"{epoch}.{sig}.{head + 50}", f"{epoch}.{'0' * 32}.{head + 50}"):
        r = kari.get("/sync/pull", params={"cursor": forged})
        assert r.status_code == 400 and r.json()["code"] == "cursor_invalid", (forged, r.text)
    # Acknowledgements beyond what the server holds: without a witness, with a forged one, with
    # another client's (Ola was answered through 3, Kari through 1).
    assert kari.witness is not None and ola.witness is not None
    last, _, mac = kari.witness.partition(":")
    for shown in (None, f"{int(last) + 5}:{mac}", f"{last}:{'f' * 32}", ola.witness):
        headers = kari.headers() if shown is None else kari.headers(**{"X-LPJ-Witness": shown})
        if shown is None:
            headers.pop("X-LPJ-Witness", None)
        r = kari.http.get(API_PREFIX + "/sync/pull", params={"cursor": signed, "acked": 40}, headers=headers)
        assert r.status_code == 200, (shown, r.text)
    # A push from beyond, naming the epoch, without kari's own signed answer: a plain gap.
    kari.witness = None
    r = kari.push_raw([mutation(5, "create", "company", new_id(), name="E")], epoch=epoch)
    assert r.status_code == 409 and r.json()["code"] == "mutation_gap"
    assert _epoch(harness) == epoch
    # Ola, who did nothing, pulls on in the same epoch: no snapshot for him.
    ola.pull_all()
    assert ola.get("/sync/pull", params={"cursor": ola.cursor}).status_code == 200


def test_a_push_answer_carries_a_witness_that_proves_only_its_own_number(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    r = kari.push_raw([mutation(1, "create", "company", new_id(), name="A"),
                       mutation(2, "create", "company", new_id(), name="B")])
    assert r.status_code == 200
    number, _, mac = r.headers["X-LPJ-Witness"].partition(":")
    assert number == "2" and len(mac) == 32
