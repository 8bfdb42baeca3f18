"""The field kinds in the sync contract match the app's columns, and whatever the server accepts
every app can store: one badly typed record on the server would stop every laptop's first sync."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import JSON, Boolean, Date, Integer, String, Text

from lpj_desktop.paths import app_paths
from lpj_desktop.store.base import UTCDateTime
from lpj_desktop.store.database import Store, open_store
from lpj_desktop.sync_client.records import MODELS, ApplyStats, upsert_rows
from sync.entities import ENTITIES, Kind
from sync.server.validation import fields_problem, missing_required

COLUMN_KINDS = {UTCDateTime: {Kind.DATETIME}, Date: {Kind.DATE}, Integer: {Kind.INT},
                Boolean: {Kind.BOOL}, JSON: {Kind.TEXTS, Kind.PLACES}, String: {Kind.TEXT},
                Text: {Kind.TEXT}}


@pytest.mark.parametrize("entity", sorted(ENTITIES))
def test_kinds_and_nulls_match_the_app_columns(entity: str) -> None:
    spec = ENTITIES[entity]
    table = MODELS[entity].__table__
    for name in spec.fields:
        if name not in table.c:
            continue  # the user directory keeps fewer columns on the device
        column = table.c[name]
        assert spec.kind_of(name) in COLUMN_KINDS[type(column.type)], (entity, name)
        may_be_null = name not in spec.never_null and name not in spec.required
        assert column.nullable == may_be_null, (entity, name)


@pytest.mark.parametrize(("entity", "fields"), [
    ("visit", {"occurred_at": "2025-02-31T10:00:00Z"}),
    ("visit", {"occurred_at": "2025-03-01T10:00:00"}),  # no zone
    ("visit", {"occurred_at": "i går"}),
    ("visit", {"occurred_at": 1735725600}),
    ("visit", {"next_step_on": "2025-13-01"}),
    ("visit", {"next_step_on": "1.3.2025"}),
    ("visit", {"places": [{"trade": "Kokkfaget", "count": "2"}]}),
    ("visit", {"places": [{"trade": "Kokkfaget"}]}),
    ("visit", {"places": None}),
    ("visit", {"trades": "Kokkfaget"}),
    ("company", {"employees": "12"}),
    ("company", {"employees": True}),
    ("company", {"bankrupt": "no"}),
    ("company", {"bankrupt": None}),
    ("company", {"tags": [1, 2]}),
    ("company", {"website": 42}),
    ("goal", {"visits": 1.5}),
])
def test_values_of_the_wrong_kind_are_refused_in_words(entity: str, fields: dict[str, Any]) -> None:
    problem = fields_problem(ENTITIES[entity], fields, creating=False)
    assert problem and next(iter(fields)) in problem


# --- what the server accepts, the app stores ---------------------------------------------------

_zones = st.builds(lambda minutes: timezone(timedelta(minutes=minutes)), st.integers(-23 * 60, 23 * 60))
_datetimes = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                          timezones=st.one_of(st.just(UTC), _zones))
_wire_texts = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    _datetimes.map(lambda d: d.isoformat()),
    _datetimes.map(lambda d: d.astimezone(UTC).isoformat().replace("+00:00", "Z")),
    st.from_regex(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?",
                  fullmatch=True),
    st.text(max_size=20),
)
_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), _wire_texts)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.sampled_from(["trade", "count", "x"]), inner, max_size=3)),
    max_leaves=6,
)
# One field of each kind, on the two records whose fields cover every kind.
_TRIED = [("company", "employees"), ("company", "bankrupt"), ("company", "founded_on"),
          ("company", "tags"), ("company", "website"), ("visit", "occurred_at"), ("visit", "places"),
          ("visit", "next_step_on"), ("visit", "trades")]
_BASE = {
    "company": {"name": "Nordlys AS"},
    "visit": {"company_id": "c-0", "hunter_id": "h1", "occurred_at": "2025-03-14T09:30:00Z",
              "channel": "visit", "outcome": "approved"},
}


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(app_paths(Path(tmp_path_factory.mktemp("kinds")) / "data"))
    with store.session() as s:
        upsert_rows(s, "company", [("c-0", 1, None, {"name": "Base AS"})], ApplyStats())
        s.commit()
    yield store
    store.close()


_ids = itertools.count(1)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(target=st.sampled_from(_TRIED), value=_values)
def test_whatever_the_server_accepts_the_app_stores_and_reads_back(
        shared_store: Store, target: tuple[str, str], value: Any) -> None:
    entity, name = target
    spec = ENTITIES[entity]
    fields = {**_BASE[entity], name: value}
    if fields_problem(spec, fields, creating=True) or missing_required(spec, fields, creating=True):
        return  # refused by the server, as push does
    record_id = f"r-{next(_ids)}"
    with shared_store.session() as s:
        upsert_rows(s, entity, [(record_id, 1, "2025-03-14T09:30:00Z", fields)], ApplyStats())
        s.commit()
    with shared_store.session() as s:
        stored = getattr(s.get(MODELS[entity], record_id), name)
    if spec.kind_of(name) is Kind.DATETIME:
        assert stored is not None and stored.tzinfo is not None
    elif value is not None and spec.kind_of(name) is not Kind.DATE:
        assert stored == value
