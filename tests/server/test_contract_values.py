"""The contract's allowed values and limits hold on the server (SQLite and PostgreSQL): a push with
a value outside them is refused, naming the field, and nothing is stored or spread."""

from __future__ import annotations

import pytest

from sync.entities import MAX_ITEMS, MAX_TEXT
from tests.server.harness import ServerHarness, mutation, new_id, visit_fields

BAD = [
    ("visit", "channel", "pigeon"),
    ("visit", "outcome", "bogus"),
    ("visit", "notes", "x" * (MAX_TEXT + 1)),
    ("visit", "reason", "x" * 301),
    ("visit", "trades", ["Elektrikerfaget"] * (MAX_ITEMS + 1)),
    ("visit", "places", [{"trade": "Elektrikerfaget", "count": 101}]),
    ("company", "lb_status", "not_relevant"),
    ("company", "source", "rumour"),
    ("company", "name", "N" * 301),
    ("company", "phone", "9" * 41),
    ("note", "text", "x" * (MAX_TEXT + 1)),
    ("followup", "status", "maybe"),
    ("followup", "kind", "nag"),
    ("event", "kind", "party"),
]


@pytest.mark.parametrize(("entity", "field", "value"), BAD, ids=[f"{e}.{f}" for e, f, _ in BAD])
def test_a_value_outside_the_contract_is_refused_naming_the_field(
        harness: ServerHarness, entity: str, field: str, value: object) -> None:
    kari = harness.new_user("kari")
    company = new_id()
    kari.send("create", "company", company, name="Nord AS")
    fields = {
        "visit": visit_fields(kari.user_id, company),
        "company": {"name": "Sør AS"},
        "note": {"company_id": company, "author_id": kari.user_id, "text": "ok"},
        "followup": {"company_id": company, "assignee_id": kari.user_id, "title": "Ring",
                     "due_on": "2030-01-01"},
        "event": {"name": "Messe", "kind": "market_day", "occurred_at": "2024-05-02T09:30:00Z",
                  "hunter_id": kari.user_id},
    }[entity]
    before = harness.dump()["records"]
    answer = kari.push([mutation(2, "create", entity, new_id(), **{**fields, field: value})])
    (result,) = answer["results"]
    assert result["status"] == "rejected" and result["error_code"] == "invalid_fields"
    assert result["message"].startswith(field), result["message"]
    assert harness.dump()["records"] == before  # nothing stored, nothing to spread


def test_allowed_values_pass(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    company = new_id()
    kari.send("create", "company", company, name="Nord AS", lb_status="potential", source="manual")
    result = kari.send("create", "visit", new_id(), **visit_fields(kari.user_id, company, channel="video",
                                                                    outcome="contract_signed"))
    assert result["status"] == "applied"
