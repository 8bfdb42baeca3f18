"""A handover made on a staff laptop reaches every laptop with one ordinary sync, through the real
server over HTTP (SQLite and PostgreSQL); its undo too; the server refuses handover records from a
hunter and accepts a staff member's owner change of another hunter's company."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from live import Client, LiveServer, make_client
from sqlalchemy import select

from lpj_desktop.services import changes
from lpj_desktop.services.companies import add_company_by_hand, update_hunter_fields
from lpj_desktop.services.handover import HandoverError, hand_over, undo_handover
from lpj_desktop.services.timeline import company_timeline
from lpj_desktop.services.use import read, write
from lpj_desktop.store.base import utcnow
from lpj_desktop.store.models import Company, FollowUp, Handover, OutboxMutation
from lpj_desktop.store.models.local import OutboxState
from lpj_desktop.sync_client.api import VersionError


def kari_world(kari: Client) -> tuple[list[str], list[str]]:
    """Five companies of Kari's (Tromsø and Alta) and an open follow-up on two of them, synced."""
    companies, followups = [], []
    with kari.store.session() as s:
        for i, muni in enumerate(("5501", "5501", "5601", "5601", "5601")):
            c = add_company_by_hand(s, name=f"Kari Bedrift {i}", municipality_number=muni)
            update_hunter_fields(s, c, owner_id=kari.user_id)
            companies.append(c.id)
        for cid in companies[:2]:
            fu = FollowUp(company_id=cid, assignee_id=kari.user_id, title="Ring tilbake",
                          due_on=date(2026, 12, 20))
            changes.create(s, fu)
            followups.append(fu.id)
    report = kari.engine.sync()
    assert report.finished and report.rejected == 0
    return companies, followups


def owners(client: Client, ids: list[str]) -> list[str | None]:
    with client.store.reader() as s:
        return [s.get(Company, i).owner_id for i in ids]


def assignees(client: Client, ids: list[str]) -> list[str]:
    with client.store.reader() as s:
        return [s.get(FollowUp, i).assignee_id for i in ids]


@pytest.fixture
def laptops(tmp_path: Path, any_server: LiveServer) -> tuple[Client, Client, Client, Client]:
    any_server.add_user("stab", role="staff", team=None)
    for name in ("kari", "siri", "per"):
        any_server.add_user(name, team="Nord" if name != "per" else "Finnmark")
    return tuple(make_client(tmp_path, any_server, n) for n in ("stab", "kari", "siri", "per"))  # type: ignore[return-value]


def test_handover_and_its_undo_reach_every_laptop_in_one_sync(
        laptops: tuple[Client, Client, Client, Client]) -> None:
    stab, kari, siri, per = laptops
    companies, followups = kari_world(kari)
    for laptop in (stab, siri, per):
        assert laptop.engine.sync().finished

    done = write(stab.store, hand_over, kari.user_id, [siri.user_id, per.user_id])
    assert (done.companies, done.followups) == (5, 2)
    pushed = stab.engine.sync()
    assert pushed.finished and pushed.rejected == 0
    assert pushed.pushed == 5 + 2 + 5  # owners, assignees, one handover record per company

    # Per is in another team than Kari: he still gets his companies and the history in one sync.
    for laptop in (siri, per, kari):
        report = laptop.engine.sync()
        assert report.finished and report.rejected == 0
        assert sorted(owners(laptop, companies)) == sorted([siri.user_id] * 3 + [per.user_id] * 2)
        assert assignees(laptop, followups) == owners(laptop, companies[:2])
        with laptop.store.reader() as s:
            assert len(s.scalars(select(Handover.id)).all()) == 5
        entry = next(e for e in read(laptop.store, company_timeline, companies[0]) if e.kind == "handover")
        assert (entry.from_name, entry.author) == ("Kari", "Stab")
        assert laptop.engine.sync().pulled == 0  # nothing left: it came in that one sync

    # Per gives one of his on to Siri before the undo: the undo leaves that one with Siri.
    per_company = next(c for c, o in zip(companies, owners(per, companies), strict=True) if o == per.user_id)
    with per.store.session() as s:
        update_hunter_fields(s, s.get(Company, per_company), owner_id=siri.user_id)
    assert per.engine.sync().rejected == 0
    assert stab.engine.sync().finished

    undo = write(stab.store, undo_handover, done.batch_id)
    assert (undo.companies, undo.followups, len(undo.not_undone)) == (4, 2, 1)
    assert undo.not_undone[0].record_id == per_company and undo.not_undone[0].reason == "owner_changed"
    assert stab.engine.sync().rejected == 0
    for laptop in (kari, siri, per):
        assert laptop.engine.sync().rejected == 0
        assert sorted(o or "" for o in owners(laptop, companies)) == sorted(
            [kari.user_id] * 4 + [siri.user_id])
        # The follow-ups were still open and still with whom they were given to: back with Kari.
        assert assignees(laptop, followups) == [kari.user_id] * 2


def test_server_accepts_staff_owner_change_and_refuses_a_hunters_handover_record(
        laptops: tuple[Client, Client, Client, Client]) -> None:
    stab, kari, siri, per = laptops
    companies, _followups = kari_world(kari)
    assert stab.engine.sync().finished and siri.engine.sync().finished

    # The hunter's app refuses before anything is stored.
    with pytest.raises(HandoverError) as refused:
        write(siri.store, hand_over, kari.user_id, [siri.user_id])
    assert refused.value.key == "staff_only"

    # A hunter's laptop that queues a handover record anyway (an old or altered app): the server
    # refuses it for good, in words, and the rest of the queue goes on.
    with siri.store.session() as s:
        now = utcnow()
        changes.create(s, Handover(batch_id="b-forged", company_id=companies[0], from_id=kari.user_id,
                                   to_id=siri.user_id, by_id=siri.user_id, moved_at=now,
                                   company_moved=True, followup_ids=[]))
    report = siri.engine.sync()
    assert report.rejected == 1
    with siri.store.reader() as s:
        forged = s.scalars(select(OutboxMutation).where(OutboxMutation.entity == "handover")).one()
    assert forged.state == OutboxState.REJECTED and forged.error_code == "staff_only"
    assert "staff" in (forged.error_message or "")

    # Staff change the owner of another hunter's company: applied, and Kari sees it.
    with stab.store.session() as s:
        update_hunter_fields(s, s.get(Company, companies[1]), owner_id=siri.user_id)
    report = stab.engine.sync()
    assert report.pushed == 1 and report.rejected == 0
    kari.engine.sync()
    assert owners(kari, companies[1:2]) == [siri.user_id]


def test_schema_one_apps_still_sync_and_a_schema_one_server_is_named(
        tmp_path: Path, server: LiveServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """Schema 2 brought the handover kind. An app of schema 1 (no handover table) still syncs
    with this server and takes the owner changes, skipping the records it does not know; an app
    of schema 2 facing a server of schema 1 is told the server must be upgraded, and keeps its
    handover in the outbox."""
    server.add_user("stab", role="staff", team=None)
    for name in ("kari", "siri"):
        server.add_user(name)
    stab, kari, siri = (make_client(tmp_path, server, n) for n in ("stab", "kari", "siri"))
    companies, _followups = kari_world(kari)
    assert stab.engine.sync().finished and siri.engine.sync().finished

    server.restart(schema_max=1)
    write(stab.store, hand_over, kari.user_id, [siri.user_id])
    with pytest.raises(VersionError, match="Serveren er eldre"):
        stab.engine.sync()
    with stab.store.reader() as s:
        pending = s.scalars(select(OutboxMutation.entity).where(OutboxMutation.state == OutboxState.PENDING))
        assert sorted(set(pending)) == ["company", "followup", "handover"]
    server.restart()
    assert stab.engine.sync().rejected == 0

    # Siri's laptop as an app of schema 1: no handover kind in its store's map of kinds.
    from lpj_desktop.services.sync_records import MODELS
    monkeypatch.delitem(MODELS, "handover")
    siri.engine.transport.headers["X-LPJ-Schema"] = "1"
    report = siri.engine.sync()
    assert report.finished and report.rejected == 0
    assert owners(siri, companies) == [siri.user_id] * 5
    with siri.store.reader() as s:
        assert s.scalars(select(Handover.id)).first() is None


def test_a_hunter_deactivated_on_the_server_is_given_nothing_by_any_laptop(
        laptops: tuple[Client, Client, Client, Client], any_server: LiveServer) -> None:
    """Siri leaves: the server deactivates her account; the user record says so with the next
    ordinary sync (snapshot and pull alike), and the staff laptop refuses a handover to her in
    words. A laptop that had not synced since is refused by the server, visibly, and moves nothing."""
    from lpj_desktop.store.models import User
    from sync.server.users import set_active

    stab, kari, siri, per = laptops
    companies, _followups = kari_world(kari)
    assert stab.engine.sync().finished
    with stab.store.reader() as s:
        assert s.get(User, siri.user_id).active is True
    stale = write(stab.store, hand_over, kari.user_id, [siri.user_id])  # made offline, before she left
    set_active(any_server.db, "siri", False)
    report = stab.engine.sync()
    # Each of the batch's changes refused: 5 owners, 2 follow-ups, 5 handover records.
    assert report.finished and report.rejected == stale.companies + 2 + len(companies)
    with stab.store.reader() as s:
        assert s.get(User, siri.user_id).active is False
    assert per.engine.sync().finished  # a first sync (snapshot) learns it too
    with per.store.reader() as s:
        assert s.get(User, siri.user_id).active is False and s.get(User, kari.user_id).active is True
    # The server kept Kari's work with Kari: nothing was given to Siri.
    assert kari.engine.sync().finished
    assert owners(kari, companies) == [kari.user_id] * 5

    with pytest.raises(HandoverError) as refused:
        write(stab.store, hand_over, kari.user_id, [siri.user_id])
    assert refused.value.key == "receiver_inactive" and "har sluttet" in str(refused.value)
