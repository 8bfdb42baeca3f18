"""One rule for phone numbers and e-mail addresses on every path that writes them."""

from __future__ import annotations

import pytest

from lpj_desktop.domain.contact_info import email_problem, phone_problem
from lpj_desktop.services.companies import CompanyInputError, add_company_by_hand, update_hunter_fields
from lpj_desktop.services.contacts import ContactInput, contact_problems


@pytest.mark.parametrize("phone", ["abc", "12", "+47 abc 77 777", "1234567890123456"])
def test_not_phone_numbers(phone: str) -> None:
    assert phone_problem(phone) == "phone_invalid"


@pytest.mark.parametrize("phone", ["+47 777 77 777", "77 77 77 77", "(0047) 91-23-45-67", "02800", ""])
def test_phone_numbers(phone: str) -> None:
    assert phone_problem(phone) is None


@pytest.mark.parametrize("email", ["ola", "ola@", "ola@nord", "ola @nord.no", "ola@nord.no."])
def test_not_email_addresses(email: str) -> None:
    assert email_problem(email) == "email_invalid"


def test_every_path_refuses_them(store) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        with pytest.raises(CompanyInputError) as e:
            add_company_by_hand(s, name="Nord AS", phone="abc")
        assert (e.value.field, e.value.key) == ("phone", "phone_invalid")
        with pytest.raises(CompanyInputError) as e:
            add_company_by_hand(s, name="Nord AS", email="post@nord")
        assert (e.value.field, e.value.key) == ("email", "email_invalid")
        company = add_company_by_hand(s, name="Nord AS", phone="+47 777 77 777", email="post@nord.no")
        with pytest.raises(CompanyInputError):
            update_hunter_fields(s, company, phone="ring meg")
    assert [p.key for p in contact_problems(ContactInput("Kari", phone="abc", email="x@"))] == \
        ["phone_invalid", "email_invalid"]
