"""A push may bring the first page of a pull with it (`?pull=<cursor>`): one round trip for a
whole sync. The page is the one a pull right after the push would answer; a refused pull leaves
the page out and never the push's answer."""

from __future__ import annotations

from typing import Any

from sync.protocol import PushResponse
from tests.server.harness import Api, ServerHarness, mutation, new_id, visit_fields


def _push_with_pull(api: Api, mutations: list[dict[str, Any]], **params: Any) -> PushResponse:
    r = api.http.post("/api/v1/sync/push", params={"own_seqs": 1, **params}, headers=api.headers(),
                      json={"client_id": api.client_id, "epoch": None, "mutations": mutations})
    assert r.status_code == 200, r.text
    return PushResponse.model_validate_json(r.content)


def _company_and_visit(api: Api, first_id: int) -> tuple[list[dict[str, Any]], str, str]:
    company, visit = new_id(), new_id()
    return [mutation(first_id, "create", "company", company, name=f"Bedrift {company[:6]}"),
            mutation(first_id + 1, "create", "visit", visit, **visit_fields(api.user_id, company))], \
        company, visit


def test_the_page_is_what_a_pull_after_the_push_answers(harness: ServerHarness) -> None:
    kari, ola = harness.new_user("kari"), harness.new_user("ola")
    kari.pull_all()
    ola_muts, ola_company, _ = _company_and_visit(ola, 1)
    ola.push(ola_muts)
    muts, company, visit = _company_and_visit(kari, 1)
    answer = _push_with_pull(kari, muts, pull=kari.cursor)
    assert [r.status for r in answer.results] == ["applied", "applied"]
    assert answer.pull is not None and not answer.pull.more
    # Without skip_own her own writes come back, with ola's company (his visit is not hers).
    got = {(c.entity, c.record_id) for c in answer.pull.changes}
    assert got == {("company", ola_company), ("company", company), ("visit", visit)}
    separate = kari.pull_page(kari.cursor)
    assert {(c.entity, c.record_id) for c in separate.changes} == got
    assert answer.pull.cursor == separate.cursor


def test_skip_own_leaves_out_what_the_push_wrote_as_sent(harness: ServerHarness) -> None:
    kari, ola = harness.new_user("kari"), harness.new_user("ola")
    kari.pull_all()
    ola_muts, ola_company, _ = _company_and_visit(ola, 1)
    ola.push(ola_muts)
    muts, _company, _visit = _company_and_visit(kari, 1)
    answer = _push_with_pull(kari, muts, pull=kari.cursor, skip_own=1)
    assert answer.pull is not None
    assert [(c.entity, c.record_id) for c in answer.pull.changes] == [("company", ola_company)]
    # The next pull from the page's cursor has nothing: the cursor is past her writes.
    assert kari.pull_page(answer.pull.cursor).changes == []


def test_a_push_that_is_not_all_own_skips_nothing_of_its_own(harness: ServerHarness) -> None:
    """A second create of a company the server has: the server keeps its values, so the laptop's
    copy differs; the page must bring the company back although skip_own was asked."""
    kari, ola = harness.new_user("kari"), harness.new_user("ola")
    kari.pull_all()
    company = new_id()
    ola.push([mutation(1, "create", "company", company, name="Ola sitt navn", orgnr="974760673")])
    answer = _push_with_pull(kari, [mutation(1, "create", "company", company, name="Karis navn",
                                             orgnr="974760673")], pull=kari.cursor, skip_own=1)
    assert answer.pull is not None
    names = [c.fields.get("name") for c in answer.pull.changes if c.record_id == company]
    assert names == ["Ola sitt navn"]


def test_a_refused_pull_leaves_the_page_out_and_the_push_stands(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    kari.pull_all()
    epoch = kari.cursor.split(".")[0] if kari.cursor else ""
    muts, company, _ = _company_and_visit(kari, 1)
    # A cursor beyond every change, not signed by this server: a pull refuses it.
    answer = _push_with_pull(kari, muts, pull=f"{epoch}.999999")
    assert answer.pull is None
    assert [r.status for r in answer.results] == ["applied", "applied"]
    assert harness.record("company", company) is not None
    assert kari.get("/sync/pull", params={"cursor": f"{epoch}.999999"}).status_code == 400


def test_without_pull_the_answer_has_no_page_key(harness: ServerHarness) -> None:
    """An app of before refuses unknown keys: no `pull` key unless asked."""
    kari = harness.new_user("kari")
    muts, _, _ = _company_and_visit(kari, 1)
    r = kari.post("/sync/push?own_seqs=1", {"client_id": kari.client_id, "epoch": None, "mutations": muts})
    assert r.status_code == 200 and "pull" not in r.json()


def test_after_a_push_that_is_not_all_own_the_page_skips_nothing(harness: ServerHarness) -> None:
    """The app's rule (own_seqs.py): once an answer does not cover all it applied, nothing is
    skipped until a pull has run to its end, its earlier ranges neither."""
    kari, ola = harness.new_user("kari"), harness.new_user("ola")
    kari.pull_all()
    mine = new_id()
    first = kari.post("/sync/push?own_seqs=1", {"client_id": kari.client_id, "epoch": None, "mutations": [
        mutation(1, "create", "company", mine, name="Karis bedrift")]})
    held = PushResponse.model_validate_json(first.content).own_seqs
    assert held  # her company, as sent
    theirs = new_id()
    ola.push([mutation(1, "create", "company", theirs, name="Ola sitt navn", orgnr="974760673")])
    answer = _push_with_pull(kari, [mutation(2, "create", "company", theirs, name="Karis navn",
                                             orgnr="974760673")],
                             pull=kari.cursor, skip=",".join(f"{a}-{b}" for a, b in held), skip_own=1)
    assert answer.pull is not None
    assert {c.record_id for c in answer.pull.changes} == {mine, theirs}
