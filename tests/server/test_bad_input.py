"""Bad input gets a 4xx with a clear message and changes nothing."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator

import pytest

from sync.protocol import API_PREFIX, MAX_BODY_BYTES, PROTOCOL_HEADER, SCHEMA_HEADER
from tests.server.harness import ServerHarness, mutation, new_id


@pytest.fixture
def kari(harness: ServerHarness):  # type: ignore[no-untyped-def]
    api = harness.new_user("kari")
    api.send("create", "company", new_id(), name="Before")
    return api


def _raw(kari, body: bytes, **headers: str):  # type: ignore[no-untyped-def]
    return kari.http.post(API_PREFIX + "/sync/push", content=body,
                          headers=kari.headers(**{"Content-Type": "application/json", **headers}))


def _assert_refused(harness: ServerHarness, response, status: int, code: str | None = None) -> None:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) <= {"code", "message", "detail"} and body["message"]
    assert "Traceback" not in response.text
    if code:
        assert body["code"] == code


@pytest.mark.parametrize("body", [b"{", b"not json", b"", b"\xff\xfe", b"[1, 2]", b"null",
                                  b'{"client_id": "x", "mutations": "all of them"}'])
def test_malformed_bodies(harness: ServerHarness, kari, body: bytes) -> None:  # type: ignore[no-untyped-def]
    before = harness.dump()
    r = _raw(kari, body)
    assert r.status_code in (400, 422)
    _assert_refused(harness, r, r.status_code, "bad_request")
    assert harness.dump() == before


@pytest.mark.parametrize("change", [
    {"id": "two"}, {"id": 0}, {"id": -1}, {"id": 2.5}, {"name": "upsert"}, {"name": "drop_table"},
    {"record_id": ""}, {"record_id": "x" * 65}, {"fields": ["a"]}, {"base_version": "v1"},
    {"made_at": "yesterday"}, {"surprise": True}, {"entity": 7},
])
def test_wrong_types_and_unknown_mutation_names(harness: ServerHarness, kari, change) -> None:  # type: ignore[no-untyped-def]
    before = harness.dump()
    m = {**mutation(2, "create", "company", new_id(), name="X"), **change}
    r = kari.push_raw([m])
    _assert_refused(harness, r, 422, "bad_request")
    assert harness.dump() == before


def test_a_missing_or_non_json_body_is_named_in_the_message(kari) -> None:  # type: ignore[no-untyped-def]
    as_text = {"Content-Type": "text/plain"}
    for body, headers in ((b"", {}), (b'{"client_id": "c", "mutations": []}', as_text)):
        r = _raw(kari, body, **headers)
        assert r.status_code == 422, r.text
        assert r.json()["message"].startswith("invalid request: the request body: ")


def test_unknown_mutation_name_message_says_what_is_allowed(kari) -> None:  # type: ignore[no-untyped-def]
    r = kari.push_raw([{**mutation(2, "create", "company", new_id(), name="X"), "name": "upsert"}])
    assert "create" in r.json()["message"] and "mutations.0.name" in r.json()["message"]


def test_too_many_mutations_in_one_push(harness: ServerHarness, kari) -> None:  # type: ignore[no-untyped-def]
    before = harness.dump()
    ms = [mutation(i, "create", "company", new_id(), name="X") for i in range(2, 1003)]
    _assert_refused(harness, kari.push_raw(ms), 422)
    assert harness.dump() == before


def test_huge_bodies_are_refused_before_reading(harness: ServerHarness, kari) -> None:  # type: ignore[no-untyped-def]
    before = harness.dump()
    padding = "x" * (MAX_BODY_BYTES + 10)
    body = json.dumps({"client_id": kari.client_id, "mutations": [
        mutation(2, "create", "company", new_id(), name=padding)]}).encode()
    _assert_refused(harness, _raw(kari, body), 413, "body_too_large")

    def chunks():  # type: ignore[no-untyped-def]
        for start in range(0, len(body), 1 << 20):
            yield body[start:start + (1 << 20)]

    chunked = kari.http.post(API_PREFIX + "/sync/push", content=chunks(),
                             headers=kari.headers(**{"Content-Type": "application/json"}))
    _assert_refused(harness, chunked, 413, "body_too_large")
    assert harness.dump() == before


def test_clients_from_the_future_and_the_past(harness: ServerHarness, kari) -> None:  # type: ignore[no-untyped-def]
    before = harness.dump()
    body = json.dumps({"client_id": kari.client_id, "mutations": [
        mutation(2, "create", "company", new_id(), name="X")]}).encode()
    future = _raw(kari, body, **{PROTOCOL_HEADER: "99"})
    _assert_refused(harness, future, 426, "client_too_new")
    schema_future = _raw(kari, body, **{SCHEMA_HEADER: "99"})
    _assert_refused(harness, schema_future, 426, "client_too_new")
    past = _raw(kari, body, **{PROTOCOL_HEADER: "0"})
    _assert_refused(harness, past, 426, "client_too_old")
    assert "update" in past.json()["message"]
    garbage = _raw(kari, body, **{PROTOCOL_HEADER: "one"})
    _assert_refused(harness, garbage, 422)
    headers = {k: v for k, v in kari.headers(**{"Content-Type": "application/json"}).items()
               if k != PROTOCOL_HEADER}
    missing = kari.http.post(API_PREFIX + "/sync/push", content=body, headers=headers)
    _assert_refused(harness, missing, 400, "bad_request")
    assert harness.dump() == before


def test_bad_queries_and_paths(harness: ServerHarness, kari) -> None:  # type: ignore[no-untyped-def]
    for params, code in (({"cursor": "nonsense"}, 400), ({"cursor": "abc.12x"}, 400),
                         ({"limit": 0}, 422), ({"limit": 10**6}, 422), ({"limit": "many"}, 422),
                         ({"cursor": "x" * 500}, 422)):
        _assert_refused(harness, kari.get("/sync/pull", params=params), code)
    _assert_refused(harness, kari.get("/no/such/endpoint"), 404, "not_found")
    r = kari.http.delete(API_PREFIX + "/sync/push", headers=kari.headers())
    _assert_refused(harness, r, 405)


def test_bad_field_values_are_rejected_per_mutation(harness: ServerHarness, kari) -> None:  # type: ignore[no-untyped-def]
    results = kari.push([
        mutation(2, "create", "company", new_id(), name="X", orgnr=974760673),
        mutation(3, "create", "contact", new_id(), company_id=["x"], name="A"),
        mutation(4, "create", "company", new_id(), name="y" * 30_000),
        mutation(5, "create", "company", new_id(), name="X", tags=[[[[[["deep"]]]]]]),
        mutation(6, "resolve", "conflict", new_id(), choice="whatever"),
        mutation(7, "resolve", "company", new_id(), choice="mine"),
        # Values every app's typed columns would refuse: stored, they would stop first syncs.
        mutation(8, "create", "visit", new_id(), company_id=new_id(), hunter_id=kari.user_id,
                 occurred_at="2025-02-31T10:00:00Z", channel="visit", outcome="approved"),
        mutation(9, "create", "company", new_id(), name="X", bankrupt="no"),
        mutation(10, "create", "company", new_id(), name="X", employees="12"),
        mutation(11, "create", "company", new_id(), name="X", tags=None),
    ])["results"]
    assert [r["status"] for r in results] == ["rejected"] * 10
    assert all(r["message"] for r in results)
    assert {r["error_code"] for r in results[6:]} == {"invalid_fields"}
    assert "occurred_at" in results[6]["message"] and "bankrupt" in results[7]["message"]


def test_nul_characters_are_refused_not_crashing_postgres(harness: ServerHarness, kari) -> None:  # type: ignore[no-untyped-def]
    before = harness.dump()
    _assert_refused(harness, kari.push_raw([mutation(2, "create", "company", "a\x00b", name="x")]), 422)
    _assert_refused(harness, kari.post("/sync/push", {"client_id": "c\x00", "mutations": []}), 422)
    _assert_refused(harness, kari.get("/sync/client/a%00b"), 404)
    _assert_refused(harness, kari.get("/sync/pull", params={"cursor": "a\x00.1"}), 409)
    login = harness.http.post(API_PREFIX + "/auth/login",
                              json={"username": "k\x00", "password": "x", "client_id": "c"})
    _assert_refused(harness, login, 422)
    bad_token = {**kari.headers(), "Authorization": "Bearer a\x00b"}
    assert harness.http.get(API_PREFIX + "/sync/pull", headers=bad_token).status_code in (400, 401)
    result = kari.push([mutation(2, "create", "company", new_id(), name="x\x00y")])["results"][0]
    assert result["error_code"] == "invalid_fields"
    assert harness.dump()["records"] == before["records"]


def test_numbers_beyond_64_bits_are_refused_and_64_bit_ones_survive(harness: ServerHarness, kari) -> None:  # type: ignore[no-untyped-def]
    big, fits = new_id(), new_id()
    results = kari.push([
        mutation(2, "create", "company", big, name="Big", employees=10**30),
        mutation(3, "create", "company", fits, name="Fits", employees=2**63 - 1),
    ])["results"]
    assert results[0]["status"] == "rejected" and "too large" in results[0]["message"]
    assert results[1]["status"] == "applied"
    pulled = {c["record_id"]: c for c in kari.pull_all()}
    assert big not in pulled
    assert pulled[fits]["fields"]["employees"] == 2**63 - 1


def test_an_oversized_chunked_body_is_refused_in_words_and_logged_as_one_line(
        live_harness: ServerHarness, caplog: pytest.LogCaptureFixture) -> None:
    """Over real HTTP, with no Content-Length: the limit is found while reading, mid-parse."""
    kari = live_harness.new_user("kari")
    caplog.set_level(logging.INFO)

    def chunks() -> Iterator[bytes]:
        for _ in range(MAX_BODY_BYTES // (1 << 20) + 2):
            yield b"x" * (1 << 20)

    # The push reads its body itself; the login's body is read by FastAPI.
    for path in ("/sync/push", "/auth/login"):
        caplog.clear()
        r = kari.http.post(API_PREFIX + path, content=chunks(),
                           headers=kari.headers(**{"Content-Type": "application/json"}))
        assert "content-length" not in r.request.headers
        _assert_refused(live_harness, r, 413, "body_too_large")
        assert "larger than the server accepts" in r.json()["message"]
        server_side = _server_records_after(caplog, path)
        assert not [rec for rec in server_side if rec.exc_info], path
        assert "Traceback" not in caplog.text, path
        assert [(rec.name, json.loads(rec.getMessage())["status"]) for rec in server_side] == [
            ("lpj.server.access", 413)], [rec.getMessage() for rec in server_side]


def _server_records_after(caplog: pytest.LogCaptureFixture, path: str) -> list[logging.LogRecord]:
    """The server's log records (not the HTTP client's) once the request to `path` is done.

    The client has its answer before the server has finished with the request; a traceback would
    be logged after the access line, so wait a little past it.
    """
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if any(rec.name == "lpj.server.access" and path in rec.getMessage() for rec in caplog.records):
            break
        time.sleep(0.02)
    time.sleep(0.5)
    return [rec for rec in caplog.records if rec.name.startswith(("lpj", "uvicorn"))]
