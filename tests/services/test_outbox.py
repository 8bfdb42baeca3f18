"""The transactional outbox: a change and its mutation are written together or not at all."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, select

from lpj_desktop.services import changes
from lpj_desktop.services.companies import add_company_by_hand
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Company, OutboxMutation


def _count(store: Store, model: type) -> int:
    with store.reader() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_change_and_mutation_commit_together(store: Store) -> None:
    with store.session() as s:
        company = add_company_by_hand(s, name="Kafé Nordlys", municipality_number="5501")
        company_id = company.id
    with store.reader() as s:
        mutation = s.scalars(select(OutboxMutation)).one()
        assert (mutation.name, mutation.entity, mutation.record_id) == ("create", "company", company_id)
        assert mutation.args["fields"]["name"] == "Kafé Nordlys"
        # Derived local columns never leave the device.
        assert "stage" not in mutation.args["fields"]


def test_failed_transaction_leaves_neither_row_nor_mutation(store: Store) -> None:
    with pytest.raises(RuntimeError), store.session() as s:
        add_company_by_hand(s, name="Halvveis AS")
        raise RuntimeError("power cut")
    assert _count(store, Company) == 0
    assert _count(store, OutboxMutation) == 0


def test_update_queues_only_changed_fields_and_delete_keeps_a_tombstone(store: Store) -> None:
    with store.session() as s:
        company = add_company_by_hand(s, name="Fiskeriet AS")
        company_id = company.id
    with store.session() as s:
        company = s.get(Company, company_id)
        assert changes.update(s, company, name="Fiskeriet AS", hunter_notes="Ring etter kl 10") == {
            "hunter_notes": "Ring etter kl 10"}
        assert changes.update(s, company, hunter_notes="Ring etter kl 10") == {}
        changes.delete(s, company)
    with store.reader() as s:
        names = [(m.name, m.args.get("fields")) for m in s.scalars(
            select(OutboxMutation).order_by(OutboxMutation.mutation_id))]
        assert names == [("create", names[0][1]), ("update", {"hunter_notes": "Ring etter kl 10"}),
                         ("delete", None)]
        assert s.get(Company, company_id).deleted_at is not None


def test_mutation_ids_are_never_reused_after_pruning(store: Store) -> None:
    with store.session() as s:
        add_company_by_hand(s, name="A AS")
        add_company_by_hand(s, name="B AS")
    with store.session() as s:
        highest = s.scalar(select(func.max(OutboxMutation.mutation_id)))
        s.execute(delete(OutboxMutation))
    with store.session() as s:
        add_company_by_hand(s, name="C AS")
    with store.reader() as s:
        assert s.scalar(select(func.min(OutboxMutation.mutation_id))) == highest + 1
