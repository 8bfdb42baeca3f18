"""Sync services without the network: status counts, conflicts resolved into the outbox, refused
changes discarded or sent again — on a real SQLite store, with the outbox rows in the states the
engine leaves them in."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text

from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import VisitDraft
from lpj_desktop.services import changes
from lpj_desktop.services.companies import add_company_by_hand
from lpj_desktop.services.profile import get_profile
from lpj_desktop.services.sync_conflicts import ConflictProblem, open_conflicts, resolve_conflict
from lpj_desktop.services.sync_rejections import (
    RejectionProblem,
    discard_rejected,
    rejected_changes,
    resend_rejected,
)
from lpj_desktop.services.sync_status import sync_status
from lpj_desktop.services.visits import record_visit
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Company, OutboxMutation, SyncConflict, SyncStateEntry, User, Visit
from lpj_desktop.store.models.local import OutboxState
from lpj_desktop.sync_client.api import STATE_CURSOR, STATE_LAST_ERROR, STATE_LAST_SUCCESS


def _acknowledge_all(store: Store) -> None:
    """What a successful push does: every pending row applied, records given a server version."""
    with store.session() as s:
        for m in s.scalars(select(OutboxMutation).where(OutboxMutation.state == OutboxState.PENDING)):
            m.state = OutboxState.APPLIED
        for c in s.scalars(select(Company)):
            c.server_version = 3


def _reject_last(store: Store, code: str, message: str) -> int:
    with store.session() as s:
        m = s.scalars(select(OutboxMutation).order_by(OutboxMutation.mutation_id.desc())).first()
        m.state, m.error_code, m.error_message = OutboxState.REJECTED, code, message
        return m.mutation_id


def _outbox(store: Store) -> list[tuple[str, str, str]]:
    with store.reader() as s:
        return [(m.name, m.entity, m.state) for m in s.scalars(
            select(OutboxMutation).order_by(OutboxMutation.mutation_id))]


def test_status_counts_pending_rejected_conflicts_and_times(store: Store) -> None:
    with store.session() as s:
        add_company_by_hand(s, name="Alta Elektro AS")
        add_company_by_hand(s, name="Vardø Fisk AS")
    _reject_last(store, "invalid_fields", "bad")
    with store.session() as s:
        s.add(SyncStateEntry(key=STATE_LAST_SUCCESS, value="2026-03-01T09:15:00Z"))
        s.add(SyncStateEntry(key=STATE_LAST_ERROR, value="Fikk ikke kontakt med serveren."))
        s.add(SyncConflict(id="k1", entity="company", record_id="x", field="phone",
                           created_at=datetime.now(UTC)))
    with store.reader() as s:
        st = sync_status(s)
    assert (st.pending, st.rejected, st.conflicts) == (1, 1, 1)
    assert st.last_success_at == datetime(2026, 3, 1, 9, 15, tzinfo=UTC)
    assert st.last_error == "Fikk ikke kontakt med serveren."
    assert not st.connected


def test_changes_waiting_are_counted_from_the_index_alone(store: Store) -> None:
    """The status bar counts after every change on the UI thread: 31,000 outbox rows read from the
    table and sorted took 40-60 ms. Three edits of one record are one change waiting."""
    from sqlalchemy.dialects import sqlite

    from lpj_desktop.services.sync_status import pending_count

    with store.session() as s:
        company = add_company_by_hand(s, name="Alta Elektro AS")
        changes.update(s, company, phone="78 00 00 00")
        changes.update(s, company, phone="78 00 00 01")
        add_company_by_hand(s, name="Vardø Fisk AS")
    captured: list[str] = []
    with store.reader() as s:
        real = s.scalar

        def scalar(statement, *args, **kwargs):  # type: ignore[no-untyped-def]
            captured.append(str(statement.compile(dialect=sqlite.dialect(),
                                                  compile_kwargs={"literal_binds": True})))
            return real(statement, *args, **kwargs)

        s.scalar = scalar  # type: ignore[method-assign]
        assert pending_count(s) == 2
        plan = " | ".join(str(r[-1]) for r in s.execute(text(f"EXPLAIN QUERY PLAN {captured[0]}")))
    assert "COVERING INDEX ix_outbox_state_record" in plan and "TEMP B-TREE" not in plan, plan


@pytest.fixture
def conflicted(store: Store) -> tuple[Store, str, str, str]:
    """A company whose phone this user set to 111 while another user's 222 reached the server first."""
    with store.session() as s:
        me = get_profile(s).user_id
        s.add(User(id="u-ola", name="Ola Nordmann"))
        company = add_company_by_hand(s, name="Alta Elektro AS")
        cid = company.id
    _acknowledge_all(store)
    with store.session() as s:
        company = s.get(Company, cid)
        company.phone = "222"  # the pull brought the kept value
        s.add(SyncConflict(id="k1", entity="company", record_id=cid, field="phone", base_value=None,
                           kept_value="222", lost_value="111", kept_by="u-ola", lost_by=me,
                           created_at=datetime.now(UTC)))
    return store, cid, me, "k1"


def test_conflict_shows_both_sides_from_my_point_of_view(conflicted) -> None:  # type: ignore[no-untyped-def]
    store, cid, me, _k = conflicted
    with store.reader() as s:
        [view] = open_conflicts(s, me)
    assert (view.mine, view.theirs, view.theirs_by, view.stored_is_mine) == (
        "111", "222", "Ola Nordmann", False)
    assert (view.record.title, view.field) == ("Alta Elektro AS", "phone")


@pytest.mark.parametrize(("choice", "value", "phone", "wire"), [
    ("mine", None, "111", {"choice": "mine"}),
    ("theirs", None, "222", {"choice": "theirs"}),
    ("edited", "333", "333", {"choice": "edited", "value": "333"}),
])
def test_resolving_writes_the_record_and_a_resolve_mutation(conflicted, choice, value, phone, wire) -> None:  # type: ignore[no-untyped-def]
    store, cid, me, k = conflicted
    with store.session() as s:
        resolve_conflict(s, k, choice, value, user_id=me)
    with store.reader() as s:
        assert s.get(Company, cid).phone == phone
        m = s.scalars(select(OutboxMutation).where(OutboxMutation.state == OutboxState.PENDING)).one()
        assert (m.name, m.entity, m.record_id, m.args["fields"]) == ("resolve", "conflict", k, wire)
        assert s.get(SyncConflict, k).local_choice == choice
        assert open_conflicts(s, me) == [] and sync_status(s).conflicts == 0
    with pytest.raises(ConflictProblem) as e, store.session() as s:
        resolve_conflict(s, k, "mine", user_id=me)
    assert e.value.key == "resolved"


def test_resolution_fails_whole_when_the_transaction_fails(conflicted) -> None:  # type: ignore[no-untyped-def]
    store, cid, me, k = conflicted
    with pytest.raises(RuntimeError), store.session() as s:
        resolve_conflict(s, k, "mine", user_id=me)
        raise RuntimeError("power cut")
    with store.reader() as s:
        assert s.get(Company, cid).phone == "222"
        assert s.get(SyncConflict, k).local_choice is None
        assert not s.scalars(select(OutboxMutation).where(OutboxMutation.name == "resolve")).all()


def test_when_my_value_was_kept_keep_mine_means_the_stored_value(conflicted) -> None:  # type: ignore[no-untyped-def]
    store, cid, me, k = conflicted
    with store.session() as s:
        c = s.get(SyncConflict, k)
        c.kept_by, c.lost_by, c.kept_value, c.lost_value = me, "u-ola", "222", "111"
    with store.session() as s:
        resolve_conflict(s, k, "mine", user_id=me)
    with store.reader() as s:
        assert s.get(Company, cid).phone == "222"
        m = s.scalars(select(OutboxMutation).where(OutboxMutation.name == "resolve")).one()
        assert m.args["fields"] == {"choice": "theirs"}  # the server's word for "the kept value"


def test_edited_value_for_a_required_field_must_not_be_empty(conflicted) -> None:  # type: ignore[no-untyped-def]
    store, _cid, me, k = conflicted
    with store.session() as s:
        s.get(SyncConflict, k).field = "name"
    with pytest.raises(ConflictProblem) as e, store.session() as s:
        resolve_conflict(s, k, "edited", "  ", user_id=me)
    assert e.value.key == "value_missing"


def test_rejected_update_discarded_gets_the_old_value_back(store: Store) -> None:
    with store.session() as s:
        cid = add_company_by_hand(s, name="Alta Elektro AS").id
    _acknowledge_all(store)
    with store.session() as s:
        changes.update(s, s.get(Company, cid), email="ikke-epost", phone="78 00 00 00")
    mid = _reject_last(store, "invalid_fields", "email: not an e-mail address")
    with store.reader() as s:
        [r] = rejected_changes(s)
    assert (r.name, r.record.title, r.reason, r.fields["email"]) == (
        "update", "Alta Elektro AS", "email: not an e-mail address", "ikke-epost")
    assert r.can_resend
    with store.session() as s:
        discard_rejected(s, mid)
    with store.reader() as s:
        c = s.get(Company, cid)
        assert (c.email, c.phone) == (None, None)
        assert rejected_changes(s) == []


def test_discard_keeps_a_value_written_since(store: Store) -> None:
    with store.session() as s:
        cid = add_company_by_hand(s, name="Alta Elektro AS").id
    _acknowledge_all(store)
    with store.session() as s:
        changes.update(s, s.get(Company, cid), email="ikke-epost")
    mid = _reject_last(store, "invalid_fields", "bad e-mail")
    with store.session() as s:
        s.get(Company, cid).email = "post@alta.no"  # a later pull brought the server's value
    with store.session() as s:
        discard_rejected(s, mid)
    with store.reader() as s:
        assert s.get(Company, cid).email == "post@alta.no"


def test_old_rejected_update_without_before_values_asks_for_a_fresh_view(store: Store) -> None:
    with store.session() as s:
        cid = add_company_by_hand(s, name="Alta Elektro AS").id
        s.add(SyncStateEntry(key=STATE_CURSOR, value="c-42"))
    _acknowledge_all(store)
    with store.session() as s:
        changes.update(s, s.get(Company, cid), email="x")
        m = s.scalars(select(OutboxMutation).where(OutboxMutation.name == "update")).one()
        m.args = {"fields": m.args["fields"]}
    mid = _reject_last(store, "invalid_fields", "bad")
    with store.session() as s:
        discard_rejected(s, mid)
    with store.reader() as s:
        assert s.get(SyncStateEntry, STATE_CURSOR).value is None


def test_rejected_update_fixed_and_resent_is_a_new_mutation(store: Store) -> None:
    with store.session() as s:
        cid = add_company_by_hand(s, name="Alta Elektro AS").id
    _acknowledge_all(store)
    with store.session() as s:
        changes.update(s, s.get(Company, cid), email="ikke-epost")
    mid = _reject_last(store, "invalid_fields", "bad")
    with store.session() as s:
        s.get(Company, cid).email = "post@alta.no"  # fixed in the company page (queues its own update)
    with store.session() as s:
        queued = resend_rejected(s, mid)
        new_id = queued.mutation_id
    assert new_id > mid
    with store.reader() as s:
        m = s.get(OutboxMutation, new_id)
        assert (m.name, m.state, m.args["fields"], m.base_version) == (
            "update", "pending", {"email": "post@alta.no"}, 3)
        assert s.get(OutboxMutation, mid) is None


def test_rejected_create_discarded_removes_the_record_and_its_edits(store: Store) -> None:
    with store.session() as s:
        company = add_company_by_hand(s, name="Feil AS")
        cid = company.id
    mid = _reject_last(store, "invalid_fields", "bad orgnr")
    with store.session() as s:
        changes.update(s, s.get(Company, cid), phone="1")  # made after the refusal, still waiting
    with store.session() as s:
        discard_rejected(s, mid)
    with store.reader() as s:
        assert s.get(Company, cid) is None
    assert _outbox(store) == []


def test_rejected_create_with_a_visit_on_it_is_not_discarded(store: Store) -> None:
    with store.session() as s:
        me = get_profile(s).user_id
        cid = add_company_by_hand(s, name="Feil AS").id
    mid = _reject_last(store, "invalid_fields", "bad")
    with store.session() as s:
        record_visit(s, VisitDraft(company_id=cid, occurred_at=datetime.now(UTC), channel=Channel.PHONE,
                                   outcome=Outcome.WANTS_INFORMATION), me)
    with pytest.raises(RejectionProblem) as e, store.session() as s:
        discard_rejected(s, mid)
    assert (e.value.key, e.value.count) == ("in_use", 1)
    with store.reader() as s:
        assert s.get(Company, cid) is not None and s.get(OutboxMutation, mid) is not None


def test_rejected_create_resent_folds_waiting_edits_into_a_create(store: Store) -> None:
    with store.session() as s:
        cid = add_company_by_hand(s, name="Feil AS").id
    mid = _reject_last(store, "invalid_fields", "bad")
    with store.session() as s:
        changes.update(s, s.get(Company, cid), name="Riktig AS")
    with store.session() as s:
        queued = resend_rejected(s, mid)
    with store.reader() as s:
        m = s.get(OutboxMutation, queued.mutation_id)
        assert (m.name, m.args["fields"]["name"], m.base_version) == ("create", "Riktig AS", None)
    # The edit re-queued the create by itself (changes.ensure_company_on_server); it now carries
    # the fixed name, and the edit after it applies on top.
    assert _outbox(store) == [("create", "company", "pending"), ("update", "company", "pending")]


def test_rejected_visit_create_discarded_moves_the_stage_back(store: Store) -> None:
    with store.session() as s:
        me = get_profile(s).user_id
        cid = add_company_by_hand(s, name="Alta Elektro AS").id
    _acknowledge_all(store)
    with store.session() as s:
        vid = record_visit(s, VisitDraft(company_id=cid, occurred_at=datetime.now(UTC), channel=Channel.PHONE,
                                         outcome=Outcome.APPROVED), me).visit.id
    mid = _reject_last(store, "not_owner", "this visit belongs to another user")
    with store.reader() as s:
        [r] = rejected_changes(s)
        assert (r.record.entity, r.record.company_name) == ("visit", "Alta Elektro AS")
        assert s.get(Company, cid).stage == Outcome.APPROVED.value
    with store.session() as s:
        discard_rejected(s, mid)
    with store.reader() as s:
        assert s.get(Visit, vid) is None
        assert s.get(Company, cid).stage is None


def test_rejected_delete_discarded_brings_the_record_back(store: Store) -> None:
    with store.session() as s:
        cid = add_company_by_hand(s, name="Alta Elektro AS").id
    _acknowledge_all(store)
    with store.session() as s:
        changes.delete(s, s.get(Company, cid))
    mid = _reject_last(store, "staff_only", "only staff may delete companies")
    with store.session() as s:
        discard_rejected(s, mid)
    with store.reader() as s:
        assert s.get(Company, cid).deleted_at is None


def test_rejected_resolution_discarded_opens_the_conflict_again(conflicted) -> None:  # type: ignore[no-untyped-def]
    store, cid, me, k = conflicted
    with store.session() as s:
        resolve_conflict(s, k, "mine", user_id=me)
    mid = _reject_last(store, "invalid_fields", "bad phone")
    with store.reader() as s:
        [r] = rejected_changes(s)
        assert (r.name, r.record.title) == ("resolve", "Alta Elektro AS")
    with store.session() as s:
        discard_rejected(s, mid)
    with store.reader() as s:
        assert s.get(Company, cid).phone == "222"
        assert [v.id for v in open_conflicts(s, me)] == [k]

