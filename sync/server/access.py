"""Who may read and write what. Every pulled row and every mutation passes through here.

* Companies are the shared register: every signed-in user reads them; hunters and staff write
  them (field-merged); only staff and admins delete them.
* Everything else belongs to one organisation and is seen only inside it.
* Visits, notes and events belong to their author (Policy.OWNED): only the author writes them;
  a hunter reads their own and their team's, staff and admins read all of their organisation's.
* Campaigns, campaign targets and goals are written by staff and admins only.
* User records are written by the server only (`lpj-server create-user`, the admin API).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, or_, select
from sqlalchemy.orm import Session

from sync.entities import EntitySpec, Policy
from sync.protocol import ErrorCode
from sync.server.models import Record, User
from sync.server.records import RecordState

STAFF_ROLES = frozenset({"staff", "admin"})
COMPANY = "company"


@dataclass(frozen=True, slots=True)
class Caller:
    """The signed-in user behind a request, and the app installation the token was made for."""

    user_id: str
    username: str
    name: str
    org_id: str
    org_name: str
    team: str | None
    role: str
    client_id: str

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF_ROLES

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True, slots=True)
class ReadScope:
    """What a caller may read: their organisation, and for a hunter whose owned records."""

    caller: Caller
    # None: every owner in the organisation (staff). Otherwise the user ids whose owned records
    # the caller reads (the caller and their team).
    owners: frozenset[str] | None

    def sql(self) -> ColumnElement[bool]:
        """The filter on `records` for a pull or snapshot."""
        own_org = Record.org_id == self.caller.org_id
        if self.owners is None:
            in_org = own_org
        else:
            in_org = and_(own_org, or_(Record.owner_id.is_(None), Record.owner_id.in_(self.owners)))
        # Rows without an organisation are the shared company register (and its merge stubs).
        return or_(Record.org_id.is_(None), in_org)

    def can_read(self, state: RecordState) -> bool:
        return self.can_read_row(state.org_id, state.owner_id)

    def can_read_row(self, org_id: str | None, owner_id: str | None) -> bool:
        """Whether a record of this organisation and owner is in the caller's sight: the same
        rule as `sql()`, for one row (an attachment's file is served only to its readers)."""
        if org_id is None:
            return True
        if org_id != self.caller.org_id:
            return False
        return self.owners is None or owner_id is None or owner_id in self.owners


def scope_branches(org: Any, owners: Sequence[Any] | None) -> list[ColumnElement[bool]]:
    """A read scope as disjoint conditions that each match an index ending in `seq`: the shared
    register (org_id, seq), the organisation's unowned records (org_id, owner_id, seq) and the
    owners' records, or for staff (`owners` None) the whole organisation (org_id, seq). A pull
    reads each in sequence order and merges them, instead of reading every record written
    since its cursor and dropping other hunters'. `org` and `owners` are values or bind
    parameters."""
    shared = Record.org_id.is_(None)
    own_org = Record.org_id == org
    if owners is None:
        return [shared, own_org]
    return [shared, and_(own_org, Record.owner_id.is_(None)), and_(own_org, Record.owner_id.in_(owners))]


def read_scope(session: Session | Connection, caller: Caller) -> ReadScope:
    """The caller's read scope (one small query for a hunter's team)."""
    if caller.is_staff:
        return ReadScope(caller, None)
    owners = {caller.user_id}
    if caller.team:
        owners.update(
            session.scalars(
                select(User.id).where(User.organisation_id == caller.org_id, User.team == caller.team)
            )
        )
    return ReadScope(caller, frozenset(owners))


Refusal = tuple[ErrorCode, str]


def write_refusal(
    caller: Caller, spec: EntitySpec, action: str, state: RecordState | None,
    fields: dict[str, object],
) -> Refusal | None:
    """Why the caller may not do `action` (create/update/delete) on this record, or None."""
    if spec.policy is Policy.SERVER:
        return ErrorCode.FORBIDDEN, f"{spec.name} records are written by the server only"
    if spec.staff_only and not caller.is_staff:
        return ErrorCode.STAFF_ONLY, f"only staff and administrators may change {spec.name} records"
    if spec.name == COMPANY and action == "delete" and not caller.is_staff:
        return ErrorCode.STAFF_ONLY, "only staff and administrators may delete a company"
    if state is not None and state.org_id is not None and state.org_id != caller.org_id:
        return ErrorCode.OTHER_ORGANISATION, "the record belongs to another organisation"
    if spec.policy is Policy.OWNED:
        assert spec.owner_field is not None
        if state is not None and state.owner_id != caller.user_id:
            return ErrorCode.NOT_OWNER, f"this {spec.name} belongs to another user"
        if spec.owner_field in fields and fields[spec.owner_field] != caller.user_id:
            return ErrorCode.NOT_OWNER, f"{spec.owner_field} must be your own user id"
    return None
