"""Handing a hunter's work over (services/handover.py) on a real SQLite store: what moves, the even
split, the outbox, the timeline, undo and what undo leaves alone, and refusals."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from lpj_desktop.domain.enums import FollowUpStatus, Role
from lpj_desktop.services import changes
from lpj_desktop.services.followups import mark_done
from lpj_desktop.services.handover import (
    HandoverError,
    hand_over,
    hunter_municipalities,
    plan_handover,
    recent_handovers,
    undo_handover,
)
from lpj_desktop.services.profile import get_profile
from lpj_desktop.services.timeline import company_timeline
from lpj_desktop.services.use import read, write
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Company, FollowUp, Handover, OutboxMutation, User

from .conftest import World

WHEN = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)


def followup(store: Store, company_id: str, assignee: str, title: str,
             status: str = FollowUpStatus.OPEN.value) -> str:
    with store.session() as s:
        fu = FollowUp(company_id=company_id, assignee_id=assignee, title=title, due_on=date(2026, 12, 20),
                      status=status)
        changes.create(s, fu)
        return fu.id


def owner(store: Store, company_id: str) -> str | None:
    with store.reader() as s:
        return s.get(Company, company_id).owner_id


def assignee(store: Store, followup_id: str) -> str:
    with store.reader() as s:
        return s.get(FollowUp, followup_id).assignee_id


def add_hunter(store: Store, name: str) -> str:
    with store.session() as s:
        user = User(name=name, organisation="Opplæringskontoret Nord", team="Nord", role=Role.HUNTER.value)
        s.add(user)
        s.flush()
        return user.id


def test_everything_moves_in_one_batch_through_the_outbox_and_shows_in_the_timeline(
        store: Store, world: World) -> None:
    c = world.companies
    on_tinden = followup(store, c["Tinden Bygg AS"], world.kari, "Ring daglig leder")
    # Kari's follow-up on a company she does not own moves too (it is her task); Ola's stays.
    on_polar = followup(store, c["Polar Rør AS"], world.kari, "Send brosjyre")
    olas = followup(store, c["Polar Rør AS"], world.ola, "Ola sin")
    done = followup(store, c["Tinden Bygg AS"], world.kari, "Ferdig", FollowUpStatus.DONE.value)
    with store.reader() as s:
        before = s.scalar(select(func.max(OutboxMutation.mutation_id)))

    plan = read(store, plan_handover, world.kari, [world.aslak])
    assert (plan.companies, plan.followups, plan.targets) == (2, 2, 2)
    result = write(store, hand_over, world.kari, [world.aslak], now=WHEN)

    assert (result.companies, result.followups) == (2, 2)
    assert owner(store, c["Tinden Bygg AS"]) == owner(store, c["Ishavskraft Elektro AS"]) == world.aslak
    assert owner(store, c["Polar Rør AS"]) == world.ola  # not Kari's company
    assert assignee(store, on_tinden) == assignee(store, on_polar) == world.aslak
    assert assignee(store, olas) == world.ola and assignee(store, done) == world.kari
    with store.reader() as s:
        queued = s.execute(select(OutboxMutation.entity, OutboxMutation.name, OutboxMutation.args)
                           .where(OutboxMutation.mutation_id > before)).all()
        handovers = s.scalars(select(Handover).where(Handover.batch_id == result.batch_id)).all()
    assert sorted((e, n) for e, n, _a in queued) == sorted(
        [("company", "update")] * 2 + [("followup", "update")] * 2 + [("handover", "create")] * 3)
    assert {a["fields"].get("owner_id") for e, _n, a in queued if e == "company"} == {world.aslak}
    assert {h.company_id for h in handovers} == {c["Tinden Bygg AS"], c["Ishavskraft Elektro AS"],
                                                  c["Polar Rør AS"]}
    polar = next(h for h in handovers if h.company_id == c["Polar Rør AS"])
    assert not polar.company_moved and polar.followup_ids == [on_polar]

    timeline = read(store, company_timeline, c["Tinden Bygg AS"])
    entry = next(e for e in timeline if e.kind == "handover")
    assert (entry.from_name, entry.to_name, entry.author) == ("Kari Nordmann", "Aslak Sara", "Siri Stab")
    assert entry.company_moved and entry.moved_followups == 1 and entry.when == WHEN

    # The Qt timeline's words for it (no window needed: the model's text function).
    from lpj_desktop.ui.timeline_model import handover_text
    assert handover_text(entry).startswith("Overført fra Kari Nordmann til Aslak Sara 04.12.2026")

    summary = read(store, recent_handovers)[0]
    assert (summary.batch_id, summary.companies, summary.followups) == (result.batch_id, 2, 2)
    assert summary.from_names == ["Kari Nordmann"] and summary.to_names == ["Aslak Sara"]
    assert summary.moved_at == WHEN and not summary.undone


def test_several_receivers_split_evenly_and_follow_ups_stay_with_their_company(store: Store) -> None:
    with store.session() as s:
        get_profile(s).role = Role.STAFF.value
    kari, siri, per, liv = (add_hunter(store, n) for n in ("Kari", "Siri", "Per", "Liv"))
    ids = []
    with store.session() as s:
        for i in range(10):
            company = Company(name=f"Bedrift {i:02d}", source="manual", owner_id=kari,
                              municipality_number=("5501", "5601", "5401")[i % 3])
            changes.create(s, company)
            ids.append(company.id)
    fus = {cid: followup(store, cid, kari, "Ring") for cid in ids[:4]}
    plan = read(store, plan_handover, kari, [siri, per, liv])
    assert sorted(s.companies for s in plan.shares) == [3, 3, 4]
    # Runs by municipality: 5401 is Tromsø's old number, so it sorts with 5501 (today's).
    first = [p for p in plan.items if p.to_id == siri]
    assert {p.municipality_number for p in first} <= {"5401", "5501"}
    write(store, hand_over, kari, [siri, per, liv])
    for cid, fid in fus.items():
        assert assignee(store, fid) == owner(store, cid)


def test_only_chosen_municipalities_move_old_numbers_included(store: Store, world: World) -> None:
    c = world.companies
    # Tromsø today (5501) also finds Tinden Bygg, stored under 5401 before 2024.
    munis = read(store, hunter_municipalities, world.kari)
    assert [m.number for m in munis] == ["5501"] and munis[0].companies == 2
    result = write(store, hand_over, world.ola, [world.kari], ["5503"])
    assert result.companies == 1
    assert owner(store, c["Harstad Mek AS"]) == world.kari and owner(store, c["Polar Rør AS"]) == world.ola


def test_undo_moves_back_exactly_the_batch_and_says_what_it_left(store: Store, world: World) -> None:
    c = world.companies
    f1 = followup(store, c["Tinden Bygg AS"], world.kari, "Ring")
    f2 = followup(store, c["Ishavskraft Elektro AS"], world.kari, "Send avtale")
    f3 = followup(store, c["Ishavskraft Elektro AS"], world.kari, "Besøk igjen")
    batch = write(store, hand_over, world.kari, [world.ola], now=WHEN)
    # Since then: Ola gave Ishavskraft on to Aslak and finished one follow-up; someone made a new
    # follow-up for Ola on Tinden (not part of the batch).
    with store.session() as s:
        changes.update(s, s.get(Company, c["Ishavskraft Elektro AS"]), owner_id=world.aslak)
        changes.update(s, s.get(FollowUp, f3), assignee_id=world.aslak)
        mark_done(s, f2)
    later = followup(store, c["Tinden Bygg AS"], world.ola, "Ny")

    undo = write(store, undo_handover, batch.batch_id)

    assert (undo.companies, undo.followups) == (1, 1)
    assert owner(store, c["Tinden Bygg AS"]) == world.kari and assignee(store, f1) == world.kari
    assert owner(store, c["Ishavskraft Elektro AS"]) == world.aslak
    assert assignee(store, later) == world.ola and assignee(store, f3) == world.aslak
    reasons = {(n.kind, n.title, n.reason, n.now_with_name) for n in undo.not_undone}
    assert reasons == {("company", "Ishavskraft Elektro AS", "owner_changed", "Aslak Sara"),
                       ("followup", "Send avtale", "done", ""),
                       ("followup", "Besøk igjen", "reassigned", "Aslak Sara")}
    entry = next(e for e in read(store, company_timeline, c["Tinden Bygg AS"]) if e.undo)
    assert (entry.from_name, entry.to_name) == ("Ola Hansen", "Kari Nordmann")
    summaries = {s.batch_id: s for s in read(store, recent_handovers)}
    assert summaries[batch.batch_id].undone and summaries[undo.batch_id].undoes == batch.batch_id

    with pytest.raises(HandoverError) as again:
        write(store, undo_handover, batch.batch_id)
    assert again.value.key == "already_undone"
    with pytest.raises(HandoverError) as undo_of_undo:
        write(store, undo_handover, undo.batch_id or "")
    assert undo_of_undo.value.key == "undo_of_undo"


def test_a_hunter_may_not_hand_over_and_bad_choices_are_refused_in_words(store: Store, world: World) -> None:
    with store.reader() as s:
        outbox = s.scalar(select(func.count()).select_from(OutboxMutation))
    for args, key in (((world.kari, []), "no_receivers"), ((world.kari, [world.kari]), "receiver_is_giver"),
                      (("nobody", [world.ola]), "unknown_user"),
                      ((world.kari, [world.ola], ["0042"]), "unknown_municipality"),
                      ((world.kari, [world.ola], ["5601"]), "nothing_to_move")):
        with pytest.raises(HandoverError) as refused:
            write(store, hand_over, *args)  # type: ignore[arg-type]
        assert refused.value.key == key and str(refused.value)
    with pytest.raises(HandoverError, match="Fant ingen overføring") as unknown:
        write(store, undo_handover, "no-such-batch")
    assert unknown.value.key == "batch_unknown"
    with store.session() as s:
        get_profile(s).role = Role.HUNTER.value
    with pytest.raises(HandoverError) as hunter:
        write(store, hand_over, world.kari, [world.ola])
    assert hunter.value.key == "staff_only" and "ansatte" in str(hunter.value)
    assert owner(store, world.companies["Tinden Bygg AS"]) == world.kari
    with store.reader() as s:
        assert s.scalar(select(func.count()).select_from(OutboxMutation)) == outbox


def test_a_giver_whose_account_is_gone_can_still_be_handed_from(store: Store, world: World) -> None:
    with store.session() as s:
        s.get(User, world.kari).deleted_at = WHEN
    assert write(store, hand_over, world.kari, [world.ola]).companies == 2
    with store.session() as s:
        s.get(User, world.aslak).deleted_at = WHEN
    with pytest.raises(HandoverError) as gone:
        write(store, hand_over, world.ola, [world.aslak])
    assert gone.value.key == "unknown_user"


def test_cancelled_midway_moves_nothing(store: Store, world: World) -> None:
    with pytest.raises(HandoverError) as cancelled:
        write(store, hand_over, world.kari, [world.ola], progress=lambda done, total: False)
    assert cancelled.value.key == "cancelled"
    assert owner(store, world.companies["Tinden Bygg AS"]) == world.kari
    with store.reader() as s:
        assert s.scalar(select(func.count()).select_from(Handover)) == 0


def test_a_hunter_who_has_left_is_not_accepted_as_a_receiver(store: Store, world: World) -> None:
    """The server deactivated Ola (he has left; his user record says active: false): nothing is
    handed to him, in words; work can still be handed from him; an undo leaves with the receiver
    what would go back to someone who has left."""
    c = world.companies
    f1 = followup(store, c["Tinden Bygg AS"], world.kari, "Ring")
    batch = write(store, hand_over, world.kari, [world.aslak], now=WHEN)
    with store.session() as s:
        s.get(User, world.ola).active = False
        outbox = s.scalar(select(func.count()).select_from(OutboxMutation))
    for fn in (plan_handover, hand_over):
        with pytest.raises(HandoverError) as refused:
            write(store, fn, world.aslak, [world.ola])  # type: ignore[arg-type]
        assert refused.value.key == "receiver_inactive"
        assert str(refused.value) == ("Ola Hansen har sluttet (kontoen er deaktivert) og kan ikke "
                                      "overta arbeid.")
    with pytest.raises(HandoverError):  # one who has left among several receivers: nothing moves
        write(store, hand_over, world.aslak, [world.kari, world.ola])
    assert owner(store, c["Tinden Bygg AS"]) == world.aslak
    with store.reader() as s:
        assert s.scalar(select(func.count()).select_from(OutboxMutation)) == outbox
    # From Ola, who has left, to someone still here: that is what the handover is for.
    assert write(store, hand_over, world.ola, [world.kari]).companies == 2

    with store.session() as s:
        s.get(User, world.kari).active = False  # Kari leaves too: the first batch is not undone to her
    undo = write(store, undo_handover, batch.batch_id)
    assert (undo.companies, undo.followups) == (0, 0) and undo.batch_id is None
    assert owner(store, c["Tinden Bygg AS"]) == world.aslak and assignee(store, f1) == world.aslak
    assert {(n.kind, n.reason, n.now_with_name) for n in undo.not_undone} == {
        ("company", "giver_inactive", "Aslak Sara"), ("followup", "giver_inactive", "Aslak Sara")}
