"""First edits of the same register company on two laptops, on SQLite and PostgreSQL.

Register companies reach the server only when first edited, so each laptop sends a create (with
what it started from) before its edit. The contract: exactly one conflict per same-field race, none
for disjoint edits, no edit lost without a conflict, and a conflict's "kept" is what is stored.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from live import Client, LiveServer, make_client
from sqlalchemy import select
from test_engine_live import ORGNRS, register_company

from lpj_desktop.services.companies import update_hunter_fields
from lpj_desktop.store.models import Company, SyncConflict


@pytest.fixture
def two(tmp_path: Path, any_server: LiveServer) -> tuple[Client, Client]:
    any_server.add_user("kari")
    any_server.add_user("ola")
    return make_client(tmp_path, any_server, "kari"), make_client(tmp_path, any_server, "ola")


def _edit(client: Client, company_id: str, **values: object) -> None:
    with client.store.session() as s:
        update_hunter_fields(s, s.get(Company, company_id), **values)


def _conflicts(client: Client) -> list[tuple[str, object, object, str | None, str | None]]:
    with client.store.reader() as s:
        return [(c.field, c.kept_value, c.lost_value, c.kept_by, c.lost_by)
                for c in s.scalars(select(SyncConflict))]


def _company(client: Client, company_id: str) -> Company:
    with client.store.reader() as s:
        company = s.get(Company, company_id)
        s.expunge(company)
        return company


@pytest.mark.parametrize("order", ["kari first", "ola first"])
def test_same_field_first_edits_give_one_true_conflict(two: tuple[Client, Client], order: str) -> None:
    kari, ola = two
    cid = register_company(kari, ORGNRS[40])
    assert register_company(ola, ORGNRS[40]) == cid
    _edit(kari, cid, phone="+47 333 33 333")
    _edit(ola, cid, phone="+47 444 44 444")
    first, second = (kari, ola) if order == "kari first" else (ola, kari)
    assert first.engine.sync().conflicts == 0
    report = second.engine.sync()
    assert report.conflicts == 1 and report.rejected == 0
    first.engine.sync()

    kept = "+47 333 33 333" if first is kari else "+47 444 44 444"
    lost = "+47 444 44 444" if first is kari else "+47 333 33 333"
    for c in (kari, ola):
        assert _company(c, cid).phone == kept, c.name
        # One conflict, the real clash, and what it says was kept is what is stored.
        assert _conflicts(c) == [("phone", kept, lost, first.user_id, second.user_id)], c.name


def test_different_fields_first_edits_both_survive_without_conflict(two: tuple[Client, Client]) -> None:
    kari, ola = two
    cid = register_company(kari, ORGNRS[41])
    register_company(ola, ORGNRS[41])
    _edit(kari, cid, phone="+47 333 33 333", tags=["kari"])
    _edit(ola, cid, email="post@bedrift.no", lb_status="potential")
    assert kari.engine.sync().conflicts == 0
    assert ola.engine.sync().conflicts == 0
    kari.engine.sync()
    for c in (kari, ola):
        company = _company(c, cid)
        assert (company.phone, company.email, company.tags, company.lb_status) == \
            ("+47 333 33 333", "post@bedrift.no", ["kari"], "potential"), c.name
        assert _conflicts(c) == [], c.name


def test_the_same_value_typed_on_both_is_no_conflict(two: tuple[Client, Client]) -> None:
    kari, ola = two
    cid = register_company(kari, ORGNRS[42])
    register_company(ola, ORGNRS[42])
    _edit(kari, cid, phone="+47 333 33 333")
    _edit(ola, cid, phone="+47 333 33 333")
    kari.engine.sync()
    assert ola.engine.sync().conflicts == 0
    assert _conflicts(kari) == _conflicts(ola) == []


def test_register_vintages_differ_without_conflict(two: tuple[Client, Client]) -> None:
    """Two laptops imported different register files: the facts differ, nobody typed them."""
    kari, ola = two
    cid = register_company(kari, ORGNRS[43], name="Bedrift AS")
    register_company(ola, ORGNRS[43], name="Bedrift Nord AS")
    _edit(kari, cid, phone="+47 333 33 333")
    _edit(ola, cid, email="post@bedrift.no")
    kari.engine.sync()
    assert ola.engine.sync().conflicts == 0
    assert _conflicts(ola) == []
    assert _company(ola, cid).email == "post@bedrift.no"
