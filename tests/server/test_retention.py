"""Pruning stored push results: old ones go, and a replay of a pruned mutation is still answered."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from sync.server.cli import main
from sync.server.models import AppliedMutation
from sync.server.retention import prune_results
from tests.server.harness import ServerHarness, mutation, new_id


def test_old_results_are_pruned_and_their_replays_still_answered(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    ids = [new_id() for _ in range(3)]
    sent = [mutation(i + 1, "create", "company", c, name=f"C{i}") for i, c in enumerate(ids)]
    first = kari.push(sent)["results"]
    long_ago = datetime.now(UTC) - timedelta(days=100)
    with harness.db.writer(sequenced=False) as session:
        session.execute(update(AppliedMutation).where(AppliedMutation.mutation_id <= 2)
                        .values(created_at=long_ago))

    assert prune_results(harness.db, timedelta(days=90)) == 2
    with harness.db.reader() as session:
        assert session.scalar(select(func.count()).select_from(AppliedMutation)) == 1

    again = kari.push(sent)["results"]  # the client did not hear the answer and sends it all again
    assert [r["status"] for r in again] == ["applied"] * 3
    assert all(r["replayed"] for r in again)
    assert "no longer kept" in again[0]["message"] and "no longer kept" in again[1]["message"]
    assert again[2]["version"] == first[2]["version"] and not again[2].get("message")
    assert len(harness.dump()) >= 3  # nothing applied twice: the records are as they were
    with harness.db.reader() as session:
        assert session.scalar(select(func.count()).select_from(AppliedMutation)) == 1


def test_prune_command_refuses_less_than_a_day(capsys: pytest.CaptureFixture[str],
                                               harness: ServerHarness) -> None:
    url = harness.db.url.render_as_string(hide_password=False)
    assert main(["--database-url", url, "prune-results", "--older-than", "0"]) == 2
    assert "at least one day" in capsys.readouterr().err
    assert main(["--database-url", url, "prune-results", "--older-than", "30"]) == 0
    assert "removed 0 stored push results older than 30 days" in capsys.readouterr().out
