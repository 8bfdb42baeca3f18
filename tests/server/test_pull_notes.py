"""How far each client has pulled is noted for `lpj-server clients list`, without a write (and a
commit to disk) on every idle pull."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from sync.server import pull as pull_module
from sync.server.models import Client
from tests.server.harness import ServerHarness, new_id


def _noted(harness: ServerHarness, client_id: str) -> tuple[int, object]:
    with harness.db.reader() as s:
        row = s.execute(select(Client.last_pull_seq, Client.last_pull_at)
                        .where(Client.client_id == client_id)).one()
    return row.last_pull_seq, row.last_pull_at


def test_an_idle_pull_does_not_rewrite_the_note_but_a_pull_that_moves_on_does(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    kari.pull_all()
    seq, at = _noted(harness, kari.client_id)
    assert at is not None
    kari.pull_all()  # nothing new, seconds later
    assert _noted(harness, kari.client_id) == (seq, at)
    kari.send("create", "company", new_id(), name="Nordreisa Elektro AS")
    kari.pull_all()
    moved_seq, moved_at = _noted(harness, kari.client_id)
    assert moved_seq > seq and moved_at > at  # type: ignore[operator]


def test_an_idle_pull_after_a_while_is_noted_again(harness: ServerHarness,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    kari = harness.new_user("kari")
    kari.pull_all()
    seq, at = _noted(harness, kari.client_id)
    monkeypatch.setattr(pull_module, "NOTE_EVERY", timedelta(0))
    kari.pull_all()
    again_seq, again_at = _noted(harness, kari.client_id)
    assert again_seq == seq and again_at > at  # type: ignore[operator]


def test_the_note_leaves_the_pooled_connection_committing_durably(harness: ServerHarness) -> None:
    """On PostgreSQL the note commits without waiting for the disk (it only feeds `clients list`);
    that setting is the note's own transaction's, not the connection's: a push on the same pooled
    connection afterwards still commits durably."""
    if not harness.db.is_postgres:
        pytest.skip("synchronous_commit is PostgreSQL's")
    kari = harness.new_user("kari")
    kari.pull_all()
    caller = harness.app.state.auth.caller_for_token(kari.token)
    with harness.db.connect() as connection:
        # The test cluster runs with synchronous_commit off: this connection is put back on.
        connection.exec_driver_sql("SET synchronous_commit = on")
        try:
            pull_module._note_pulled(connection, caller, 12345, datetime.now(UTC))
            assert connection.exec_driver_sql("SHOW synchronous_commit").scalar() == "on"
        finally:
            connection.exec_driver_sql("RESET synchronous_commit")
    assert _noted(harness, kari.client_id)[0] == 12345
