"""Three laptops make random offline edits (visits, notes, company fields, deletes, follow-ups)
and sync in random orders through the faulty proxy; then everything goes quiet. Afterwards:
every replica equals the server's view (a fresh laptop's snapshot), nothing is pending, every
conflict is one lost edit, a field edited by one laptop only holds its last value, and nothing
deleted has come back.

Two register companies are on every laptop but not on the server: their first edits (same and
different fields, on several laptops) each send a create first. After every sync, each new
conflict's "kept" value is the value the server stores (a conflict that says the wrong value was
kept, or that pits a value against an empty create, fails here).

At any point the server may be backed up, and later restored from its latest backup WITHOUT a new
epoch (an operator who forgot `lpj-server new-epoch`): the laptops must find out by themselves,
or the server must, and everything must still converge, nothing lost and nothing doubled."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

from faulty_proxy import FaultyProxy
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from live import Client, LiveServer, make_client
from sqlalchemy import select
from test_engine_live import ORGNRS, register_company, visit

from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.services import changes
from lpj_desktop.services.companies import update_hunter_fields
from lpj_desktop.services.notes import add_note
from lpj_desktop.services.visits import delete_visit
from lpj_desktop.store.models import Company, FollowUp, Note, OutboxMutation, SyncConflict, Visit
from lpj_desktop.sync_client.api import SyncError
from sync.server.models import Record

EXAMPLES = int(os.environ.get("LPJ_SYNC_EXAMPLES", "4"))
STEPS = int(os.environ.get("LPJ_SYNC_STEPS", "30"))
FIELDS = ("phone", "email", "hunter_notes")
NAMES = ("kari", "ola", "per")


class ThreeLaptops(RuleBasedStateMachine):
    @initialize(seed=st.integers(0, 10_000))
    def start(self, seed: int) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="lpj-stateful-"))
        self.server = LiveServer(self.tmp / "server.sqlite3")
        self.server.start()
        self.proxy = FaultyProxy(self.server.port, seed=seed, rate=0.0)
        self.editors: dict[tuple[str, str], set[str]] = {}
        self.last_value: dict[tuple[str, str, str], str] = {}
        self.deleted: set[tuple[str, str]] = set()
        self.counter = 0
        for name in NAMES:
            self.server.add_user(name)
        self.clients = [make_client(self.tmp, self.server, n, via=self.proxy.url) for n in NAMES]
        seeder = self.clients[0]
        self.companies = [register_company(seeder, orgnr) for orgnr in ORGNRS[70:73]]
        for cid in self.companies:
            visit(seeder, cid)
        for c in self.clients:
            c.engine.sync()
        self.registered: list[str] = []
        self.seen_conflicts: set[str] = set()
        self.backups: list[Path] = []
        self.proxy.rate = 0.3

    def _sync(self, client: Client) -> bool:
        try:
            client.engine.sync()
            return True
        except SyncError:
            return False

    def _value(self) -> str:
        self.counter += 1
        return f"v{self.counter}"

    @precondition(lambda self: len(getattr(self, "registered", ())) < 8)
    @rule(edits=st.lists(st.tuples(st.integers(0, 2), st.sampled_from(FIELDS)), min_size=2, max_size=4))
    def first_edits_on_several(self, edits: list[tuple[int, str]]) -> None:
        """A company every laptop's register import brings and the server has never seen, edited
        on several laptops before any of them syncs (the same field or different ones)."""
        orgnr = ORGNRS[73 + len(self.registered)]
        (cid,) = {register_company(c, orgnr) for c in self.clients}
        self.registered.append(orgnr)
        self.companies.append(cid)
        for who, field in edits:
            self._edit(who, cid, field)

    @rule(who=st.integers(0, 2), data=st.data(), field=st.sampled_from(FIELDS))
    def edit_company(self, who: int, data: st.DataObject, field: str) -> None:
        self._edit(who, data.draw(st.sampled_from(self.companies)), field)

    def _edit(self, who: int, cid: str, field: str) -> None:
        c, value = self.clients[who], self._value()
        if field == "phone":
            value = f"+47 {int(value[1:]):08d}"  # a phone number passes the app's own check
        elif field == "email":
            value = f"{value}@nord.no"
        with c.store.session() as s:
            update_hunter_fields(s, s.get(Company, cid), **{field: value})
        self.editors.setdefault((cid, field), set()).add(c.name)
        self.last_value[(c.name, cid, field)] = value

    @rule(who=st.integers(0, 2), company=st.integers(0, 2), outcome=st.sampled_from(list(Outcome)))
    def add_visit(self, who: int, company: int, outcome: Outcome) -> None:
        visit(self.clients[who], self.companies[company], outcome)

    @rule(who=st.integers(0, 2), company=st.integers(0, 2))
    def add_note(self, who: int, company: int) -> None:
        c = self.clients[who]
        with c.store.session() as s:
            add_note(s, self.companies[company], c.user_id, f"notat {self._value()}")

    @rule(who=st.integers(0, 2), company=st.integers(0, 2))
    def add_followup(self, who: int, company: int) -> None:
        c = self.clients[who]
        with c.store.session() as s:
            changes.create(s, FollowUp(company_id=self.companies[company], assignee_id=c.user_id,
                                       title=f"Ring {self._value()}", due_on=date(2030, 1, 1)))

    @rule(who=st.integers(0, 2), data=st.data())
    def delete_own(self, who: int, data: st.DataObject) -> None:
        c = self.clients[who]
        with c.store.session() as s:
            mine = list(s.scalars(select(Visit).where(Visit.hunter_id == c.user_id,
                                                      Visit.deleted_at.is_(None)).order_by(Visit.id)))
            notes = list(s.scalars(select(Note).where(Note.author_id == c.user_id,
                                                      Note.deleted_at.is_(None)).order_by(Note.id)))
            pool = [("visit", v) for v in mine] + [("note", n) for n in notes]
            if not pool:
                return
            kind, record = data.draw(st.sampled_from(pool))
            if kind == "visit":
                delete_visit(s, record)
            else:
                changes.delete(s, record)
            self.deleted.add((kind, record.id))

    @precondition(lambda self: hasattr(self, "clients") and len(self.backups) < 3)
    @rule()
    def back_up_server(self) -> None:
        self.backups.append(self.server.backup(self.tmp / f"backup-{len(self.backups)}.sqlite3"))

    @precondition(lambda self: bool(getattr(self, "backups", ())))
    @rule()
    def restore_server_without_new_epoch(self) -> None:
        """The operator puts the latest backup back and forgets `lpj-server new-epoch`."""
        self.server.restore(self.backups[-1], new_epoch=False)
        # Conflicts recorded after the backup are gone with it; those recorded again get new ids.
        with self.server.db.reader() as s:
            kept = s.scalars(select(Record.record_id).where(Record.entity == "conflict"))
            self.seen_conflicts = set(kept)

    @precondition(lambda self: hasattr(self, "clients"))
    @rule(who=st.integers(0, 2))
    def sync(self, who: int) -> None:
        self._sync(self.clients[who])
        self._new_conflicts_kept_what_is_stored()

    def _new_conflicts_kept_what_is_stored(self) -> None:
        """Syncs run one at a time, so a conflict recorded in this one still has its kept value
        stored (this laptop's later edits of the field, sent in the same sync, lose as well)."""
        with self.server.db.reader() as s:
            rows = {(r.entity, r.record_id): json.loads(r.fields) for r in s.scalars(select(Record))}
        for (entity, rid), fields in rows.items():
            if entity != "conflict" or rid in self.seen_conflicts:
                continue
            self.seen_conflicts.add(rid)
            stored = rows[(fields["entity"], fields["record_id"])][fields["field"]]
            assert fields["kept_value"] == stored, (fields, stored)
            assert fields["kept_value"] not in (None, "") and fields["lost_value"] not in (None, ""), fields

    @invariant()
    def outbox_never_loses_rows(self) -> None:
        if not hasattr(self, "clients"):
            return
        for c in self.clients:
            with c.store.reader() as s:
                ids = list(s.scalars(select(OutboxMutation.mutation_id).order_by(OutboxMutation.mutation_id)))
            assert ids == list(range(1, len(ids) + 1))

    def teardown(self) -> None:
        if not hasattr(self, "clients"):
            return
        try:
            self.proxy.rate = 0.0
            for _ in range(2):
                for c in self.clients:
                    report = c.engine.sync()
                    assert report.finished
                    self._new_conflicts_kept_what_is_stored()
            fresh = make_client(self.tmp, self.server, "kari")
            for orgnr in self.registered:  # its register import has them too
                register_company(fresh, orgnr)
            fresh.engine.sync()
            view = _view(fresh)
            conflicts_in_results = 0
            for c in self.clients:
                assert _view(c) == view, f"{c.name} differs from the server's view"
                with c.store.reader() as s:
                    rows = list(s.scalars(select(OutboxMutation)))
                    assert all(r.state in ("applied", "rejected") for r in rows)
                    conflicts_in_results += sum(len((r.result or {}).get("conflicts", [])) for r in rows)
            # Each conflict is one lost single-field edit: as many records as edits that lost.
            assert len(view["conflicts"]) == conflicts_in_results
            for (cid, field), who in self.editors.items():
                if len(who) == 1:
                    (name,) = who
                    assert view["company"][cid][field] == self.last_value[(name, cid, field)]
            for kind, rid in self.deleted:
                assert rid not in view[kind], (kind, rid)
        finally:
            self.proxy.close()
            self.server.stop()
            self.server.db.dispose()
            for c in self.clients:
                c.store.close()


def _view(c: Client) -> dict[str, dict]:
    """The live records (a snapshot carries no tombstones: deleted and absent are the same)."""
    with c.store.reader() as s:
        return {
            "company": {x.id: {"phone": x.phone, "email": x.email, "hunter_notes": x.hunter_notes}
                        for x in s.scalars(select(Company).where(Company.deleted_at.is_(None)))},
            "visit": {x.id: {"outcome": x.outcome}
                      for x in s.scalars(select(Visit).where(Visit.deleted_at.is_(None)))},
            "note": {x.id: {"text": x.text}
                     for x in s.scalars(select(Note).where(Note.deleted_at.is_(None)))},
            "followup": {x.id: {"title": x.title}
                         for x in s.scalars(select(FollowUp).where(FollowUp.deleted_at.is_(None)))},
            "conflicts": {x.id: (x.record_id, x.field, x.kept_value, x.lost_value)
                          for x in s.scalars(select(SyncConflict))},
        }


ThreeLaptops.TestCase.settings = settings(
    max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None,
    suppress_health_check=list(HealthCheck))
test_three_laptops = ThreeLaptops.TestCase
