"""changes.update_all and changes.create_all (the change path for many records at once) queue what
changes.update and changes.create queue, one by one, on a real store."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from lpj_desktop.services import changes
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Company, FollowUp, Handover, OutboxMutation
from sync.kernel.ids import company_id_for_orgnr


def outbox(store: Store, after: int = 0) -> list[OutboxMutation]:
    with store.reader() as s:
        return list(s.scalars(select(OutboxMutation).where(OutboxMutation.mutation_id > after)
                              .order_by(OutboxMutation.mutation_id)))


def test_update_all_queues_only_real_changes_with_before_and_base(store: Store) -> None:
    with store.session() as s:
        a, b, c = (Company(name=n, source="manual", owner_id="kari") for n in ("A", "B", "C"))
        for company in (a, b, c):
            changes.create(s, company)
        c.owner_id = "siri"  # already the new owner: no mutation for it
        s.flush()
        s.execute(Company.__table__.update().where(Company.id == b.id).values(server_version=7))
    last = outbox(store)[-1].mutation_id
    with store.session() as s:
        loaded = s.get(Company, a.id)
        changed = changes.update_all(s, Company, [a.id, b.id, c.id], owner_id="siri")
        assert sorted(changed) == sorted([a.id, b.id])
        assert loaded.owner_id == "siri"  # the loaded object was expired and reads the new value
    queued = outbox(store, last)
    assert [(m.entity, m.name, m.record_id) for m in queued] == [("company", "update", a.id),
                                                                 ("company", "update", b.id)]
    assert queued[1].args == {"fields": {"owner_id": "siri"}, "before": {"owner_id": "kari"}}
    assert queued[1].base_version == 7
    with pytest.raises(AttributeError):
        with store.session() as s:
            changes.update_all(s, Company, [a.id], no_such_field=1)


def test_create_all_queues_an_unknown_register_company_first_and_checks_the_contract(store: Store) -> None:
    cid = company_id_for_orgnr("910000020")
    with store.session() as s:
        s.add(Company(id=cid, orgnr="910000020", name="Register AS", source="register"))  # not queued
    now = datetime(2026, 12, 4, tzinfo=UTC)
    with store.session() as s:
        changes.create_all(s, [Handover(batch_id="b1", company_id=cid, from_id="kari", to_id="siri",
                                        by_id="stab", moved_at=now)])
    queued = outbox(store)
    assert [(m.entity, m.name) for m in queued] == [("company", "create"), ("handover", "create")]
    fields = queued[1].args["fields"]
    assert fields["company_moved"] is False and fields["followup_ids"] == [] and fields["undoes"] is None
    with pytest.raises(changes.ContractViolation):
        with store.session() as s:
            changes.create_all(s, [FollowUp(company_id=cid, assignee_id="kari", title="x" * 301,
                                            due_on=date(2026, 12, 24))])
    assert len(outbox(store)) == 2
