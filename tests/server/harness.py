"""Test helpers: users, logins, and an API wrapper speaking the sync protocol over HTTP."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import select

from sync import PROTOCOL_VERSION
from sync.kernel.ids import uuid7
from sync.protocol import (
    API_PREFIX,
    PROTOCOL_HEADER,
    SCHEMA_HEADER,
    SCHEMA_VERSION,
    WITNESS_HEADER,
    PullResponse,
    PushResponse,
)
from sync.server.auth import Passwords
from sync.server.config import ServerConfig
from sync.server.db import Database
from sync.server.models import AppliedMutation, Client, Record
from sync.server.users import UserRow, create_user

PASSWORD = "correct horse battery"
VERSION_HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), SCHEMA_HEADER: str(SCHEMA_VERSION)}


def mutation(mid: int, op: str, entity: str, record_id: str, /, base: int | None = None,
             **fields: Any) -> dict[str, Any]:
    """A mutation body; `base` is its base_version, the keywords are its fields."""
    body: dict[str, Any] = {"id": mid, "name": op, "entity": entity, "record_id": record_id,
                            "fields": fields}
    if base is not None:
        body["base_version"] = base
    return body


def visit_fields(hunter_id: str, company_id: str, **more: Any) -> dict[str, Any]:
    return {"company_id": company_id, "hunter_id": hunter_id, "occurred_at": "2024-05-02T09:30:00Z",
            "channel": "visit", "outcome": "wants_information", **more}


@dataclass
class Api:
    """One signed-in app installation."""

    http: Any
    token: str
    client_id: str
    user: dict[str, Any]
    next_id: int = 1
    cursor: str | None = None
    # The last push answer's signed witness, shown with every later request, as the app does.
    witness: str | None = None
    replica: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    @property
    def user_id(self) -> str:
        return str(self.user["id"])

    def headers(self, **extra: str) -> dict[str, str]:
        shown = {WITNESS_HEADER: self.witness} if self.witness else {}
        return {**VERSION_HEADERS, "Authorization": f"Bearer {self.token}", **shown, **extra}

    def post(self, path: str, body: Any, **kw: Any) -> httpx.Response:
        return self.http.post(API_PREFIX + path, json=body, headers=self.headers(), **kw)

    def get(self, path: str, **kw: Any) -> httpx.Response:
        return self.http.get(API_PREFIX + path, headers=self.headers(), **kw)

    def push_raw(self, mutations: list[dict[str, Any]], epoch: str | None = None) -> httpx.Response:
        r = self.post("/sync/push", {"client_id": self.client_id, "epoch": epoch,
                                     "mutations": mutations})
        if r.status_code == 200 and r.headers.get(WITNESS_HEADER):
            self.witness = r.headers[WITNESS_HEADER]
        return r

    def push(self, mutations: list[dict[str, Any]]) -> dict[str, Any]:
        r = self.push_raw(mutations)
        assert r.status_code == 200, r.text
        self.next_id = max(self.next_id, max((m["id"] for m in mutations), default=0) + 1)
        # Read as the app reads it: results leave their default values out on the wire.
        return PushResponse.model_validate_json(r.content).model_dump(mode="json")

    def send(self, op: str, entity: str, record_id: str, /, base: int | None = None,
             **fields: Any) -> dict[str, Any]:
        """Push one mutation with the next id; returns its result."""
        m = mutation(self.next_id, op, entity, record_id, base, **fields)
        self.next_id += 1
        return self.push([m])["results"][0]

    def pull_page(self, cursor: str | None = None, limit: int = 1000) -> PullResponse:
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        r = self.get("/sync/pull", params=params)
        assert r.status_code == 200, r.text
        return PullResponse.model_validate_json(r.content)

    def pull_all(self, limit: int = 1000) -> list[dict[str, Any]]:
        """Pull until done from the stored cursor, applying to the replica; returns the changes."""
        seen = []
        while True:
            page = self.pull_page(self.cursor, limit)
            for change in page.changes:
                self.replica[(change.entity, change.record_id)] = change.model_dump()
                seen.append(change.model_dump())
            self.cursor = page.cursor
            if not page.more:
                return seen


class ServerHarness:
    def __init__(self, db: Database, config: ServerConfig, app: FastAPI, http: Any,
                 base_url: str | None = None) -> None:
        self.db = db
        self.config = config
        self.app = app
        self.http = http
        self.base_url = base_url
        self.passwords = Passwords(config)

    def user(self, username: str, role: str = "hunter", org: str = "Opplæringskontoret Nord",
             team: str | None = None) -> UserRow:
        return create_user(self.db, self.passwords, username, PASSWORD, role=role, organisation=org,
                           team=team)

    def login(self, username: str, client_id: str | None = None, http: Any = None) -> Api:
        client_id = client_id or str(uuid.uuid4())
        http = http or self.http
        r = http.post(API_PREFIX + "/auth/login", json={"username": username, "password": PASSWORD,
                                                        "client_id": client_id, "device_name": "test"},
                      headers=VERSION_HEADERS)
        assert r.status_code == 200, r.text
        body = r.json()
        return Api(http, body["token"], client_id, body["user"])

    def new_user(self, username: str, role: str = "hunter", org: str = "Opplæringskontoret Nord",
                 team: str | None = None) -> Api:
        self.user(username, role, org, team)
        return self.login(username)

    def dump(self) -> dict[str, Any]:
        """Everything sync wrote, to compare before and after a request that must change nothing."""
        with self.db.reader() as s:
            records = sorted((r.entity, r.record_id, r.seq, r.version, r.deleted, r.fields)
                             for r in s.scalars(select(Record)))
            applied = sorted((a.client_id, a.mutation_id, a.result)
                             for a in s.scalars(select(AppliedMutation)))
            clients = sorted((c.client_id, c.last_mutation_id) for c in s.scalars(select(Client)))
        return {"records": records, "applied": applied, "clients": clients}

    def record(self, entity: str, record_id: str) -> dict[str, Any] | None:
        with self.db.reader() as s:
            row = s.get(Record, (entity, record_id))
            if row is None:
                return None
            return {"version": row.version, "deleted": row.deleted, "fields": json.loads(row.fields),
                    "merged_into": row.merged_into, "seq": row.seq}


def new_id() -> str:
    return uuid7()
