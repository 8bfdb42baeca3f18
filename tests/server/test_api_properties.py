"""Property-based test of the served OpenAPI: generated requests (valid and invalid) never get a
5xx, and every answer matches the documented status codes, content types and schemas
(schemathesis strategies driven by hypothesis, against the app on SQLite and PostgreSQL)."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import (  # type: ignore[attr-defined]
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from sync.protocol import API_PREFIX
from tests.server.harness import VERSION_HEADERS, ServerHarness, new_id

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]
EXAMPLES_PER_OPERATION = 12


def test_api_answers_within_its_contract(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    harness.new_user("root", role="admin")
    kari.send("create", "company", new_id(), name="Seed AS")
    token = {"Authorization": kari.headers()["Authorization"]}
    schema = schemathesis.openapi.from_asgi(API_PREFIX + "/openapi.json", harness.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    seen: dict[str, list[int]] = {}
    for operation in operations:
        if operation.path.endswith("/auth/logout"):
            continue  # it would revoke the token the other operations use (tested in test_access)
        strategy = st.one_of(operation.as_strategy(generation_mode=GenerationMode.POSITIVE),
                             operation.as_strategy(generation_mode=GenerationMode.NEGATIVE))

        @given(case=strategy)
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case) -> None:  # type: ignore[no-untyped-def]
            # Generated version headers are kept (defaults when none); the token is always a live
            # one, so that the requests get past authentication and reach the code behind it.
            headers = {**VERSION_HEADERS, **(case.headers or {}), **token}
            response = case.call_and_validate(headers=headers, checks=CHECKS)
            seen.setdefault(case.operation.label, []).append(response.status_code)

        check()
    # The requests got past authentication: some reached the work behind it and succeeded.
    for label in ("GET /api/v1/sync/pull", "GET /api/v1/sync/snapshot", "GET /api/v1/auth/me"):
        assert 200 in seen[label], (label, seen[label])
