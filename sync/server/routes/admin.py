"""`/admin`: an organisation's administrators manage its users."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response
from pydantic import BaseModel, ConfigDict, Field

from sync.protocol import NO_NUL, ErrorCode, UserInfo
from sync.server import users as users_module
from sync.server.errors import ApiError
from sync.server.routes.deps import AdminDep, ServerDep
from sync.server.validation import has_nul


class NewUser(BaseModel):
    """`POST /api/v1/admin/users`: an admin creates a user in their own organisation."""

    model_config = ConfigDict(extra="forbid")
    username: str = Field(min_length=1, max_length=200, pattern=NO_NUL)
    password: str = Field(min_length=8, max_length=1000, pattern=NO_NUL)
    name: str = Field(default="", max_length=200, pattern=NO_NUL)
    role: str = Field(pattern="^(hunter|staff|admin)$")
    team: str | None = Field(default=None, max_length=200, pattern=NO_NUL)


def router() -> APIRouter:
    """The user administration routes (admins only)."""
    api = APIRouter(prefix="/admin", tags=["admin"])

    @api.get("/users", response_model=list[UserInfo])
    def admin_users(caller: AdminDep, server: ServerDep) -> list[UserInfo]:
        """The users of the admin's organisation."""
        return [
            UserInfo(id=u.id, username=u.username, name=u.name, organisation=u.organisation,
                     team=u.team, role=u.role)  # type: ignore[arg-type]
            for u in users_module.list_users(server.db) if u.organisation == caller.org_name
        ]

    @api.post("/users", response_model=UserInfo, status_code=201)
    def admin_create_user(body: NewUser, caller: AdminDep, server: ServerDep) -> UserInfo:
        """Create a user in the admin's own organisation."""
        if has_nul(body.username, body.password, body.name, body.team):
            raise ApiError(422, ErrorCode.BAD_REQUEST, "texts must not contain NUL characters")
        try:
            u = users_module.create_user(server.db, server.auth.passwords, body.username,
                                         body.password, role=body.role,
                                         organisation=caller.org_name, name=body.name or None,
                                         team=body.team)
        except users_module.AccountError as exc:
            raise ApiError(409, ErrorCode.BAD_REQUEST, str(exc)) from exc
        return UserInfo(id=u.id, username=u.username, name=u.name, organisation=u.organisation,
                        team=u.team, role=u.role)  # type: ignore[arg-type]

    @api.post("/users/{username}/deactivate", status_code=204)
    def admin_deactivate(username: Annotated[str, Path(max_length=200)], caller: AdminDep,
                         server: ServerDep) -> Response:
        """Deactivate a user of the admin's organisation and revoke their tokens."""
        if has_nul(username):
            raise ApiError(404, ErrorCode.NOT_FOUND, "no such user in your organisation")
        target = next((u for u in users_module.list_users(server.db)
                       if u.username == username.lower()), None)
        if target is None or target.organisation != caller.org_name:
            raise ApiError(404, ErrorCode.NOT_FOUND, "no such user in your organisation")
        if target.id == caller.user_id:
            # One slip would lock this admin out, and with them perhaps the organisation's
            # last way to manage its users.
            raise ApiError(403, ErrorCode.FORBIDDEN, "you cannot deactivate your own account; "
                           "another admin of your organisation must do it")
        try:
            users_module.set_active(server.db, username, False)
        except users_module.AccountError as exc:
            raise ApiError(409, ErrorCode.BAD_REQUEST, str(exc)) from exc
        return Response(status_code=204)

    return api
