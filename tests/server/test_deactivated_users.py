"""A hunter who has left (the account deactivated) is given no work, and every app learns it.

Deactivating writes the user record's `active` (schema 3), pulled by the organisation's apps; the
server refuses a record given to a deactivated user (a handover's receiver, a company's hunter,
whom a follow-up is for) and lets work already theirs be edited and handed on. `lpj-server
migrate` (and `serve`) bring user records written before schema 3 up to date, once.
"""

from __future__ import annotations

import io
import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from sync.server.cli import main
from sync.server.db import Database
from sync.server.models import Record
from sync.server.users import refresh_user_records, set_active
from tests.server.harness import ServerHarness, mutation, new_id

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC).isoformat()


def _company(api, owner: str, name: str) -> str:  # type: ignore[no-untyped-def]
    company = new_id()
    result = api.send("create", "company", company, name=name, source="manual", owner_id=owner)
    assert result["status"] == "applied", result
    return company


def test_deactivating_writes_the_user_record_every_app_pulls(harness: ServerHarness) -> None:
    stab = harness.new_user("stab", role="staff")
    ola = harness.new_user("ola")
    assert harness.record("user", ola.user_id)["fields"]["active"] is True  # type: ignore[index]
    stab.pull_all()
    set_active(harness.db, "ola", False)
    record = harness.record("user", ola.user_id)
    assert record is not None and record["fields"]["active"] is False and record["version"] == 2
    changes = stab.pull_all()
    assert [(c["record_id"], c["fields"]["active"]) for c in changes if c["entity"] == "user"] == [
        (ola.user_id, False)]
    set_active(harness.db, "ola", True)
    record = harness.record("user", ola.user_id)
    assert record is not None and record["fields"]["active"] is True and record["version"] == 3


def test_work_is_not_given_to_a_deactivated_hunter(harness: ServerHarness) -> None:
    stab = harness.new_user("stab", role="staff")
    kari = harness.new_user("kari")
    ola = harness.new_user("ola")
    siri = harness.new_user("siri")
    mine = _company(kari, kari.user_id, "Alta Rør AS")
    olas = _company(ola, ola.user_id, "Vardø Fisk AS")
    set_active(harness.db, "ola", False)

    # A handover to Ola: its record, the owner change and the follow-up moved to him are refused,
    # in words, one by one (the queue goes on).
    followup = new_id()
    assert stab.send("create", "followup", followup, company_id=mine, assignee_id=kari.user_id,
                     title="Ring igjen", due_on=date(2026, 12, 10).isoformat())["status"] == "applied"
    results = stab.push([
        mutation(stab.next_id, "update", "company", mine, 1, owner_id=ola.user_id),
        mutation(stab.next_id + 1, "update", "followup", followup, 1, assignee_id=ola.user_id),
        mutation(stab.next_id + 2, "create", "handover", new_id(), batch_id=new_id(), company_id=mine,
                 from_id=kari.user_id, to_id=ola.user_id, by_id=stab.user_id, moved_at=NOW,
                 company_moved=True, followup_ids=[followup]),
        mutation(stab.next_id + 3, "create", "followup", new_id(), company_id=mine,
                 assignee_id=ola.user_id, title="Send brosjyre", due_on="2026-12-11"),
    ])["results"]
    assert [r["status"] for r in results] == ["rejected"] * 4
    assert all(r["error_code"] == "invalid_fields" for r in results)
    assert "deactivated" in results[0]["message"] and "ola" in results[0]["message"]
    assert harness.record("company", mine)["fields"]["owner_id"] == kari.user_id  # type: ignore[index]

    # What is Ola's already may still be edited, and handed on: that is what staff do when he left.
    assert stab.send("update", "company", olas, 1, phone="78 00 00 00")["status"] == "applied"
    results = stab.push([
        mutation(stab.next_id, "update", "company", olas, 2, owner_id=siri.user_id),
        mutation(stab.next_id + 1, "create", "handover", new_id(), batch_id=new_id(), company_id=olas,
                 from_id=ola.user_id, to_id=siri.user_id, by_id=stab.user_id, moved_at=NOW,
                 company_moved=True, followup_ids=[]),
    ])["results"]
    assert [r["status"] for r in results] == ["applied", "applied"]
    assert harness.record("company", olas)["fields"]["owner_id"] == siri.user_id  # type: ignore[index]

    # Back again: the refusal follows the account, not a list kept elsewhere.
    set_active(harness.db, "ola", True)
    assert stab.send("update", "company", mine, 1, owner_id=ola.user_id)["status"] == "applied"


def test_migrate_brings_user_records_written_before_schema_3_up_to_date(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        harness: ServerHarness) -> None:
    ola = harness.new_user("ola")
    harness.user("per")
    # As a server before schema 3 left them: no `active` in the records; Ola deactivated then.
    with harness.db.writer() as s:
        for record in s.scalars(select(Record).where(Record.entity == "user")):
            fields = json.loads(record.fields)
            fields.pop("active", None)
            record.fields = json.dumps(fields)
    set_active(harness.db, "ola", False)  # as the old server did it: the account only
    with harness.db.writer() as s:
        record = s.get(Record, ("user", ola.user_id))
        assert record is not None
        fields = json.loads(record.fields)
        fields.pop("active")
        s.execute(update(Record).where(Record.entity == "user", Record.record_id == ola.user_id)
                  .values(fields=json.dumps(fields), version=1))
    url = harness.db.url.render_as_string(hide_password=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["--database-url", url, "migrate"]) == 0
    assert "user records brought up to date: 2" in capsys.readouterr().out
    record = harness.record("user", ola.user_id)
    assert record is not None and record["fields"]["active"] is False and record["version"] == 2
    assert refresh_user_records(Database(url)) == 0  # once only
