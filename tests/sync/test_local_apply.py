"""What a pull or snapshot writes into a real local store: server values, except what this device
changed and has not pushed; tombstones kept; merged companies re-keyed; conflicts mirrored."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from lpj_desktop.services import changes
from lpj_desktop.services.companies import add_company_by_hand, update_hunter_fields
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Company, OutboxMutation, SyncConflict, Visit
from lpj_desktop.sync_client.records import ApplyStats, apply_changes, bulk_upsert
from sync.kernel.ids import company_id_for_orgnr, uuid7
from sync.kernel.orgnr import with_check_digit
from sync.protocol import Change

ORGNR = next(n for n in (with_check_digit(f"9123456{d}") for d in range(10)) if n)
NOW = datetime(2025, 3, 1, 12, tzinfo=UTC)


def _company_change(record_id: str, version: int, **fields: object) -> Change:
    base = {"orgnr": ORGNR, "source": "manual", "name": "Server AS", "lb_status": "unknown",
            "approved_trades": [], "interest_trades": [], "tags": [], "is_subunit": False,
            "bankrupt": False, "under_liquidation": False, "forced_dissolution": False}
    base.update(fields)
    return Change(entity="company", record_id=record_id, version=version, fields=base, updated_at=NOW)


def test_pending_local_fields_survive_a_pull(store: Store) -> None:
    with store.session() as s:
        c = add_company_by_hand(s, name="Lokal AS", orgnr=ORGNR)
        cid = c.id
    with store.session() as s:
        apply_changes(s, [_company_change(cid, 3, name="Lokal AS", phone="111")])
    with store.session() as s:
        c = s.get(Company, cid)
        # The pending create covers every field: nothing is overwritten yet.
        assert c.server_version == 3 and c.phone is None
        s.execute(OutboxMutation.__table__.update().values(state="applied"))
    with store.session() as s:
        update_hunter_fields(s, s.get(Company, cid), phone="99 99 99 99")
    with store.session() as s:
        apply_changes(s, [_company_change(cid, 4, name="Nytt navn AS", phone="111")])
    with store.session() as s:
        c = s.get(Company, cid)
        assert (c.name, c.phone, c.server_version) == ("Nytt navn AS", "99 99 99 99", 4)


def test_tombstones_stay_and_server_tombstones_land(store: Store) -> None:
    with store.session() as s:
        c = add_company_by_hand(s, name="Borte AS", orgnr=ORGNR)
        cid = c.id
        s.execute(OutboxMutation.__table__.update().values(state="applied"))
    with store.session() as s:
        changes.delete(s, s.get(Company, cid))
        s.execute(OutboxMutation.__table__.update().values(state="applied"))
    with store.session() as s:
        apply_changes(s, [_company_change(cid, 9, name="Tilbake AS")])
    with store.session() as s:
        assert s.get(Company, cid).deleted_at is not None
    other = uuid7()
    with store.session() as s:
        apply_changes(s, [_company_change(other, 1, orgnr=None, name="X"),
                          Change(entity="company", record_id=other, version=2, deleted=True)])
    with store.session() as s:
        # Only the newest state of a record in a page counts: a tombstone for a record not here.
        assert s.get(Company, other) is None


def test_company_known_under_another_id_is_rekeyed_with_its_visits(store: Store) -> None:
    local_id = uuid7()
    with store.session() as s:
        s.add(Company(id=local_id, orgnr=ORGNR, name="Lokal AS"))
        s.flush()
        s.add(Visit(company_id=local_id, hunter_id="h", occurred_at=NOW, channel="phone",
                    outcome="approved"))
    server_id = company_id_for_orgnr(ORGNR)
    with store.session() as s:
        stats = ApplyStats()
        bulk_upsert(s, "company", [_company_change(server_id, 2)], stats)
        assert stats.rekeyed == 1
    with store.session() as s:
        assert s.get(Company, local_id) is None
        c = s.get(Company, server_id)
        assert c.name == "Server AS" and c.server_version == 2
        assert s.scalar(select(func.count()).select_from(Visit).where(Visit.company_id == server_id)) == 1


def test_conflicts_are_mirrored_and_closed(store: Store) -> None:
    fields = {"id": "k1", "entity": "company", "record_id": "r", "field": "phone", "base_value": "1",
              "kept_value": "2", "lost_value": "3", "kept_by": "a", "lost_by": "b",
              "created_at": "2025-03-01T12:00:00Z"}
    with store.session() as s:
        stats = apply_changes(s, [Change(entity="conflict", record_id="k1", version=1, fields=fields)])
        assert stats.new_conflicts == 1
    with store.session() as s:
        s.get(SyncConflict, "k1").local_choice = "mine"
    with store.session() as s:
        closed = {**fields, "resolved_at": "2025-03-02T12:00:00Z", "resolution": "mine"}
        stats = apply_changes(s, [Change(entity="conflict", record_id="k1", version=2, fields=closed)])
        assert stats.new_conflicts == 0
    with store.session() as s:
        k = s.get(SyncConflict, "k1")
        assert k.resolution == "mine" and k.local_choice is None and k.kept_value == "2"


def test_visit_on_register_company_queues_its_create_first(store: Store) -> None:
    from lpj_desktop.domain.enums import Channel
    from lpj_desktop.domain.ladder import Outcome
    from lpj_desktop.domain.visit_draft import VisitDraft
    from lpj_desktop.services.visits import record_visit

    cid = company_id_for_orgnr(ORGNR)
    with store.session() as s:
        s.add(Company(id=cid, orgnr=ORGNR, name="Register AS", source="register"))
    with store.session() as s:
        record_visit(s, VisitDraft(company_id=cid, occurred_at=NOW, channel=Channel.PHONE,
                                   outcome=Outcome.WANTS_INFORMATION), "h")
        record_visit(s, VisitDraft(company_id=cid, occurred_at=NOW, channel=Channel.PHONE,
                                   outcome=Outcome.WANTS_INFORMATION), "h")
    with store.reader() as s:
        rows = list(s.scalars(select(OutboxMutation).order_by(OutboxMutation.mutation_id)))
    assert [(r.entity, r.name) for r in rows] == [("company", "create"), ("visit", "create"),
                                                 ("visit", "create")]
    assert rows[0].args["fields"]["name"] == "Register AS"
