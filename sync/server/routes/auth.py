"""`/auth`: a bearer token for a user name and password, its end, and who it stands for."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response

from sync.protocol import LoginRequest, LoginResponse, UserInfo
from sync.server.routes.deps import BearerDep, CallerDep, ServerDep, VersionChecks, token_of


def router(versions: VersionChecks) -> APIRouter:
    """The sign-in routes; the version headers are optional here (an old app learns at login
    that it must update)."""
    api = APIRouter(prefix="/auth", tags=["auth"])

    @api.post("/login", response_model=LoginResponse, dependencies=[Depends(versions.optional)])
    def login(body: LoginRequest, request: Request, server: ServerDep) -> LoginResponse:
        """Exchange user name and password for a bearer token bound to this client id."""
        # Behind the proxy uvicorn puts the X-Forwarded-For address here (docs/deploy.md).
        token, expires, user, org_name = server.auth.login(
            body, address=request.client.host if request.client else None)
        return LoginResponse(
            token=token, expires_at=expires, server=server.info(),
            user=UserInfo(id=user.id, username=user.username, name=user.name,
                          organisation=org_name, team=user.team, role=user.role),  # type: ignore[arg-type]
        )

    @api.post("/logout", status_code=204)
    def logout(credentials: BearerDep, server: ServerDep) -> Response:
        """Revoke the token this request carries."""
        server.auth.revoke(token_of(credentials))
        return Response(status_code=204)

    @api.get("/me", response_model=UserInfo)
    def me(caller: CallerDep) -> UserInfo:
        """The user the token stands for."""
        return UserInfo(id=caller.user_id, username=caller.username, name=caller.name,
                        organisation=caller.org_name, team=caller.team, role=caller.role)  # type: ignore[arg-type]

    return api
