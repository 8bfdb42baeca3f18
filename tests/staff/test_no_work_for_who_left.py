"""One rule on the laptop for work given to someone who has left (services.changes): whatever
path writes it (the company page, a follow-up, many at once), a record is not given to a
deactivated user; what is theirs already stays theirs when other fields change; the company page
offers only people still here and shows a departed owner by name."""

from __future__ import annotations

from datetime import date

import pytest

from lpj_desktop.services import changes
from lpj_desktop.services.companies import CompanyInputError, company_and_people, save_hunter_fields
from lpj_desktop.services.use import read, write
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Company, FollowUp, User

from .conftest import World


def _ola_leaves(store: Store, world: World) -> None:
    with store.session() as s:
        user = s.get(User, world.ola)
        assert user is not None
        user.active = False  # as the pulled user record says


def test_a_company_is_not_given_to_someone_who_has_left(store: Store, world: World) -> None:
    _ola_leaves(store, world)
    tinden = world.companies["Tinden Bygg AS"]
    with pytest.raises(CompanyInputError) as refused:
        write(store, save_hunter_fields, tinden, owner_id=world.ola)
    assert (refused.value.field, refused.value.key) == ("owner_id", "receiver_inactive")
    with store.reader() as s:
        company = s.get(Company, tinden)
        assert company is not None and company.owner_id == world.kari


def test_what_is_theirs_stays_theirs(store: Store, world: World) -> None:
    _ola_leaves(store, world)
    polar = world.companies["Polar Rør AS"]  # Ola's
    assert write(store, save_hunter_fields, polar, owner_id=world.ola, phone="+47 900 11 222") is True
    with store.reader() as s:
        company = s.get(Company, polar)
        assert company is not None and (company.owner_id, company.phone) == (world.ola, "+47 900 11 222")


def test_every_write_path_is_refused(store: Store, world: World) -> None:
    """Not only the page: a follow-up made by any service, and many companies at once."""
    _ola_leaves(store, world)
    with store.session() as s, pytest.raises(changes.ContractViolation) as refused:
        changes.create(s, FollowUp(company_id=world.companies["Vardø Fisk AS"], assignee_id=world.ola,
                                   title="Ring", kind="other", due_on=date(2026, 12, 10), status="open"))
    assert [(p.field, p.key) for p in refused.value.problems] == [("assignee_id", "receiver_inactive")]
    with store.session() as s, pytest.raises(changes.ContractViolation):
        changes.update_all(s, Company, [world.companies["Vardø Fisk AS"]], owner_id=world.ola)
    with store.session() as s, pytest.raises(changes.ContractViolation):
        changes.create_all(s, [FollowUp(
            company_id=world.companies["Vardø Fisk AS"], assignee_id=world.ola, title="Ring", kind="other",
            due_on=date(2026, 12, 10), status="open")])
    with store.reader() as s:
        vardo = s.get(Company, world.companies["Vardø Fisk AS"])
        assert vardo is not None and vardo.owner_id is None
        assert s.query(FollowUp).filter(FollowUp.assignee_id == world.ola).count() == 0


def test_the_company_page_offers_only_people_still_here(store: Store, world: World) -> None:
    _ola_leaves(store, world)
    shown = read(store, company_and_people, world.companies["Tinden Bygg AS"])
    assert shown is not None and world.ola not in {c.value for c in shown.receivers}
    assert world.kari in {c.value for c in shown.receivers} and shown.owner_gone is None
    olas = read(store, company_and_people, world.companies["Polar Rør AS"])
    assert olas is not None and olas.owner_gone is not None
    with store.reader() as s:
        ola = s.get(User, world.ola)
        assert ola is not None and olas.owner_gone == ola.name
