"""The HTTP layer: a FastAPI app made by `create_app(config)`. Routes stay thin; the work is in
auth, push, pull, snapshot and users. Errors always leave as `ErrorBody` JSON."""

from __future__ import annotations

import inspect
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from decimal import Decimal
from typing import Annotated, Any, TypeVar

import anyio.to_thread
from fastapi import APIRouter, Depends, FastAPI, Header, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from sync import __version__
from sync.protocol import (
    API_PREFIX,
    CURSOR_PATTERN,
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    NO_NUL,
    PROTOCOL_HEADER,
    SCHEMA_HEADER,
    ClientState,
    ErrorBody,
    ErrorCode,
    LoginRequest,
    LoginResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    ServerInfo,
    UserInfo,
)
from sync.server import pull as pull_module
from sync.server import snapshot as snapshot_module
from sync.server import users as users_module
from sync.server.access import Caller
from sync.server.auth import Authenticator
from sync.server.config import ServerConfig
from sync.server.db import Database
from sync.server.errors import INTERNAL_ERROR, ApiError
from sync.server.meta import read_epoch
from sync.server.middleware import AccessLogMiddleware, BodyLimitMiddleware
from sync.server.models import Client
from sync.server.pull import SKIP_PATTERN
from sync.server.push import push as apply_push
from sync.server.validation import has_nul

log = logging.getLogger("lpj.server")

Model = TypeVar("Model", bound=BaseModel)
_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody} for status in (400, 401, 403, 404, 409, 413, 422, 426, 429)}
_bearer = HTTPBearer(auto_error=False, description="The token from POST /api/v1/auth/login")


class NewUser(BaseModel):
    """`POST /api/v1/admin/users`: an admin creates a user in their own organisation."""

    model_config = ConfigDict(extra="forbid")
    username: str = Field(min_length=1, max_length=200, pattern=NO_NUL)
    password: str = Field(min_length=8, max_length=1000, pattern=NO_NUL)
    name: str = Field(default="", max_length=200, pattern=NO_NUL)
    role: str = Field(pattern="^(hunter|staff|admin)$")
    team: str | None = Field(default=None, max_length=200, pattern=NO_NUL)


class Health(BaseModel):
    status: str


_VERSION_HEADERS = (PROTOCOL_HEADER, SCHEMA_HEADER)


def _version_range(config: ServerConfig, header: str) -> tuple[int, int]:
    if header == PROTOCOL_HEADER:
        return config.protocol_min, config.protocol_max
    return config.schema_min, config.schema_max


def _version_refusal(config: ServerConfig, header: str, value: int) -> ApiError:
    """426 for a protocol or schema version this server does not speak (the client keeps its
    outbox and tells the user who must update)."""
    low, high = _version_range(config, header)
    if value < low:
        # The download link goes along: an app that has synced before asks no /version first.
        where = {"download_url": config.client_download_url} if config.client_download_url else {}
        return ApiError(426, ErrorCode.CLIENT_TOO_OLD,
                        "this app is too old for the server: please update the app "
                        "(your changes are kept and will be sent after the update)",
                        detail={"header": header, "yours": value, "min": low, "max": high, **where})
    return ApiError(426, ErrorCode.CLIENT_TOO_NEW,
                    "this app is newer than the server: the server must be upgraded "
                    "(your changes are kept until then)",
                    detail={"header": header, "yours": value, "min": low, "max": high})


def _version_checks(config: ServerConfig) -> tuple[Callable[..., Awaitable[None]],
                                                   Callable[..., Awaitable[None]]]:
    """The dependencies that read the version headers: required on sync routes, optional on
    the others. The OpenAPI document names the versions this server speaks (min..max), so a
    generated client or a fuzzer knows them; a version outside them is answered 426 (by the
    validation handler, which sees the range refused)."""

    def header(name: str, what: str) -> Any:
        low, high = _version_range(config, name)
        return Header(alias=name, ge=low, le=high,
                      description=f"The {what} version the client speaks; this server speaks "
                                  f"{low}..{high} and answers 426 to any other")

    async def versions_required(**_headers: int) -> None:
        """Sync requests must state the protocol and schema they speak."""

    async def versions_optional(**_headers: int | None) -> None:
        """Other requests may state them (an old app learns it must update at login)."""

    # The signatures are built here because the ranges come from this server's config, and this
    # module's annotations are strings (postponed), which FastAPI could not resolve in a closure.
    # Async: they only read headers, and a plain `def` dependency would cost a hop to the thread
    # pool and back on every request. Pydantic checks the range; nothing is left to do in them.
    def signature(required: bool) -> inspect.Signature:
        kind = inspect.Parameter.KEYWORD_ONLY
        return inspect.Signature([
            inspect.Parameter(
                name, kind,
                # Optional ones are still typed `int` (default None): "null" is no header value,
                # and the document should not offer it.
                annotation=Annotated[int, header(alias, what)],
                default=inspect.Parameter.empty if required else None)
            for name, alias, what in (("protocol", PROTOCOL_HEADER, "sync protocol"),
                                      ("schema", SCHEMA_HEADER, "entity schema"))
        ])

    versions_required.__signature__ = signature(True)  # type: ignore[attr-defined]
    versions_optional.__signature__ = signature(False)  # type: ignore[attr-defined]
    return versions_required, versions_optional


BearerDep = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def _token(credentials: HTTPAuthorizationCredentials | None) -> str | None:
    return credentials.credentials if credentials else None


def current_caller(request: Request, credentials: BearerDep) -> Caller:
    """The signed-in caller; 401 without a live token."""
    return request.app.state.auth.caller_for_token(_token(credentials))


def _json_request_body(model: type[BaseModel]) -> dict[str, Any]:
    """The OpenAPI request body of a route that parses its body itself (`_parse_body`); the
    model's schema is added to the components by `_add_body_schemas`."""
    return {"requestBody": {"required": True, "content": {"application/json": {
        "schema": {"$ref": f"#/components/schemas/{model.__name__}"}}}}}


def _parse_body(model: type[Model], body: bytes, content_type: str | None) -> Model:
    """`body` as `model`, refused as FastAPI refuses a body it parses (RequestValidationError,
    locations under "body")."""
    if not body:
        raise RequestValidationError([{"type": "missing", "loc": ("body",), "msg": "Field required",
                                       "input": None}])
    if content_type and content_type.split(";")[0].strip().lower() not in ("application/json", ""):
        raise RequestValidationError([{"type": "model_attributes_type", "loc": ("body",),
                                       "msg": "the body must be JSON (Content-Type: application/json)",
                                       "input": None}])
    try:
        return model.model_validate_json(body)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False)
        for error in errors:
            error["loc"] = ("body", *error["loc"])
        raise RequestValidationError(errors) from None


def _add_body_schemas(app: FastAPI, *models: type[BaseModel]) -> None:
    """Put the schemas of bodies parsed by `_parse_body` into the served OpenAPI document."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = generate()
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            for model in models:
                main = model.model_json_schema(ref_template="#/components/schemas/{model}")
                for name, sub in main.pop("$defs", {}).items():
                    components.setdefault(name, sub)
                components[model.__name__] = main
        return app.openapi_schema  # type: ignore[return-value]

    app.openapi = openapi  # type: ignore[method-assign]


def current_admin(caller: Annotated[Caller, Depends(current_caller)]) -> Caller:
    if not caller.is_admin:
        raise ApiError(403, ErrorCode.FORBIDDEN, "only administrators manage users")
    return caller


CallerDep = Annotated[Caller, Depends(current_caller)]
AdminDep = Annotated[Caller, Depends(current_admin)]


def create_app(config: ServerConfig, db: Database | None = None) -> FastAPI:
    """The server app on `config`'s database (or on `db` when given, e.g. by tests)."""
    db = db or Database(config.resolved_database_url)
    auth = Authenticator(db, config)
    versions_required, versions_optional = _version_checks(config)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # The limiter belongs to the running event loop, so it is set here, not at import.
        anyio.to_thread.current_default_thread_limiter().total_tokens = config.request_threads
        yield

    app = FastAPI(
        lifespan=lifespan,
        title="lpj-server", version=__version__,
        description="The central sync server of lpj-desktop. Protocol: docs/sync-protocol.md.",
        openapi_url=f"{API_PREFIX}/openapi.json", docs_url=f"{API_PREFIX}/docs", redoc_url=None,
    )
    app.state.db = db
    app.state.config = config
    app.state.auth = auth
    _install_error_handlers(app)

    def server_info() -> ServerInfo:
        with db.reader() as session:
            epoch = read_epoch(session)
        return ServerInfo(
            server_version=__version__, protocol_min=config.protocol_min,
            protocol_max=config.protocol_max, schema_min=config.schema_min,
            schema_max=config.schema_max, epoch=epoch,
            latest_client_version=config.latest_client_version or None,
            client_download_url=config.client_download_url or None,
        )

    api = APIRouter(prefix=API_PREFIX, responses=_ERRORS)

    @api.get("/health", response_model=Health, tags=["server"])
    def health() -> Health:
        """Liveness and database check (no token)."""
        with db.reader() as session:
            read_epoch(session)
        return Health(status="ok")

    @api.get("/version", response_model=ServerInfo, tags=["server"])
    def version() -> ServerInfo:
        """Protocol and schema ranges, epoch, newest app version (no token)."""
        return server_info()

    @api.post("/auth/login", response_model=LoginResponse, tags=["auth"],
              dependencies=[Depends(versions_optional)])
    def login(body: LoginRequest, request: Request) -> LoginResponse:
        """Exchange user name and password for a bearer token bound to this client id."""
        # Behind the proxy uvicorn puts the X-Forwarded-For address here (docs/deploy.md).
        token, expires, user, org_name = auth.login(
            body, address=request.client.host if request.client else None)
        return LoginResponse(
            token=token, expires_at=expires, server=server_info(),
            user=UserInfo(id=user.id, username=user.username, name=user.name,
                          organisation=org_name, team=user.team, role=user.role),  # type: ignore[arg-type]
        )

    @api.post("/auth/logout", status_code=204, tags=["auth"])
    def logout(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Response:
        """Revoke the token this request carries."""
        auth.revoke(credentials.credentials if credentials else None)
        return Response(status_code=204)

    @api.get("/auth/me", response_model=UserInfo, tags=["auth"])
    def me(caller: CallerDep) -> UserInfo:
        return UserInfo(id=caller.user_id, username=caller.username, name=caller.name,
                        organisation=caller.org_name, team=caller.team, role=caller.role)  # type: ignore[arg-type]

    sync = APIRouter(prefix="/sync", tags=["sync"], dependencies=[Depends(versions_required)])

    # Push and pull, which every sync makes, look the token up in the same worker thread as
    # their work (one hop to the thread pool, not two), and a push parses its body in one pass
    # with pydantic's JSON parser, not FastAPI's json.loads and model validation on the event
    # loop. The token is still checked before the body.
    @sync.post("/push", responses={200: {"model": PushResponse}},
               openapi_extra=_json_request_body(PushRequest))
    async def push(request: Request, credentials: BearerDep,
                   own_seqs: Annotated[bool, Query()] = False) -> Response:
        """Apply the client's mutations in order, exactly once each. `own_seqs`: answer the
        sequence numbers of what the push wrote exactly as sent, for the pull to skip."""
        body = await request.body()
        content_type = request.headers.get("content-type")

        def work() -> Response:
            caller = auth.caller_for_token(_token(credentials))
            answer = apply_push(db, caller, _parse_body(PushRequest, body, content_type))
            return Response(answer.to_json(own_seqs=own_seqs), media_type="application/json")

        return await run_in_threadpool(work)

    @sync.get("/pull", responses={200: {"model": PullResponse}})
    async def pull(
        credentials: BearerDep,
        cursor: Annotated[str | None, Query(max_length=100, pattern=CURSOR_PATTERN)] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
        acked: Annotated[int | None, Query(ge=0, le=2**62)] = None,
        skip: Annotated[str | None, Query(max_length=400, pattern=SKIP_PATTERN)] = None,
    ) -> Response:
        """The changes after `cursor` the caller may see, oldest first. `acked`: the highest
        mutation id of this client the app holds an answer for (a restored server finds out
        from it that it lost them). `skip`: ranges of sequence numbers ("first-last,…") the
        client's own pushes wrote as it has them (`own_seqs` of a push answer), left out."""

        def work() -> Response:
            caller = auth.caller_for_token(_token(credentials))
            return Response(pull_module.pull(db, caller, cursor, limit, acked,
                                             pull_module.parse_skip(skip)),
                            media_type="application/json")

        return await run_in_threadpool(work)

    @sync.get("/snapshot", responses={200: {
        "description": "NDJSON: a SnapshotHeader line, Change lines, a SnapshotEnd line",
        "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
    }})
    def snapshot(caller: CallerDep) -> StreamingResponse:
        """Everything the caller may see, streamed (first sync, and after a server restore)."""
        begin, count = snapshot_module.open_snapshot(db, caller)
        return StreamingResponse(snapshot_module.stream(db, begin, count, config.snapshot_page),
                                 media_type="application/x-ndjson")

    @sync.get("/client/{client_id}", response_model=ClientState)
    def client_state(
        client_id: Annotated[str, Path(min_length=1, max_length=64)], caller: CallerDep,
    ) -> ClientState:
        """Where the server stands with a client: its last applied mutation id in this epoch."""
        if has_nul(client_id):
            raise ApiError(404, ErrorCode.NOT_FOUND, "no such client")
        with db.reader() as session:
            epoch = read_epoch(session)
            client = session.get(Client, client_id)
            if client is not None and client.user_id != caller.user_id:
                raise ApiError(403, ErrorCode.CLIENT_MISMATCH, "this client id belongs to another user")
            last = client.last_mutation_id if client else 0
        return ClientState(client_id=client_id, epoch=epoch, last_mutation_id=last)

    admin = APIRouter(prefix="/admin", tags=["admin"])

    @admin.get("/users", response_model=list[UserInfo])
    def admin_users(caller: AdminDep) -> list[UserInfo]:
        """The users of the admin's organisation."""
        return [
            UserInfo(id=u.id, username=u.username, name=u.name, organisation=u.organisation,
                     team=u.team, role=u.role)  # type: ignore[arg-type]
            for u in users_module.list_users(db) if u.organisation == caller.org_name
        ]

    @admin.post("/users", response_model=UserInfo, status_code=201)
    def admin_create_user(body: NewUser, caller: AdminDep) -> UserInfo:
        """Create a user in the admin's own organisation."""
        if has_nul(body.username, body.password, body.name, body.team):
            raise ApiError(422, ErrorCode.BAD_REQUEST, "texts must not contain NUL characters")
        try:
            u = users_module.create_user(db, auth.passwords, body.username, body.password,
                                         role=body.role, organisation=caller.org_name,
                                         name=body.name or None, team=body.team)
        except users_module.AccountError as exc:
            raise ApiError(409, ErrorCode.BAD_REQUEST, str(exc)) from exc
        return UserInfo(id=u.id, username=u.username, name=u.name, organisation=u.organisation,
                        team=u.team, role=u.role)  # type: ignore[arg-type]

    @admin.post("/users/{username}/deactivate", status_code=204)
    def admin_deactivate(username: Annotated[str, Path(max_length=200)], caller: AdminDep) -> Response:
        """Deactivate a user of the admin's organisation and revoke their tokens."""
        if has_nul(username):
            raise ApiError(404, ErrorCode.NOT_FOUND, "no such user in your organisation")
        target = next((u for u in users_module.list_users(db) if u.username == username.lower()), None)
        if target is None or target.organisation != caller.org_name:
            raise ApiError(404, ErrorCode.NOT_FOUND, "no such user in your organisation")
        if target.id == caller.user_id:
            # One slip would lock this admin out, and with them perhaps the organisation's
            # last way to manage its users.
            raise ApiError(403, ErrorCode.FORBIDDEN, "you cannot deactivate your own account; "
                           "another admin of your organisation must do it")
        try:
            users_module.set_active(db, username, False)
        except users_module.AccountError as exc:
            raise ApiError(409, ErrorCode.BAD_REQUEST, str(exc)) from exc
        return Response(status_code=204)

    api.include_router(sync)
    api.include_router(admin)
    app.include_router(api)
    _add_body_schemas(app, PushRequest)
    app.add_middleware(BodyLimitMiddleware, limit=config.max_body_bytes)  # type: ignore[arg-type]
    app.add_middleware(AccessLogMiddleware)  # type: ignore[arg-type]  # outermost: logs 413s too
    return app


def _error(status: int, code: ErrorCode | str, message: str, detail: dict[str, Any] | None = None,
           headers: dict[str, str] | None = None) -> JSONResponse:
    body = ErrorBody(code=code, message=message, detail=detail).model_dump(mode="json", exclude_none=True)
    return JSONResponse(body, status_code=status, headers=headers)


def _allowed_methods(request: Request) -> str:
    """Every method some route serves at the request's path.

    Starlette names only the first route whose path matched, so `OPTIONS /admin/users` answered
    `Allow: GET` although the same path also takes POST (RFC 9110 asks for all of them).
    """
    methods: set[str] = set()
    for route in request.app.router.routes:
        match, _ = route.matches(request.scope)
        if match != Match.NONE:
            methods |= set(getattr(route, "methods", None) or ())
    return ", ".join(sorted(methods))


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message, exc.detail, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return _error(400, ErrorCode.BAD_REQUEST, "the request body is not valid JSON")
        for e in errors:
            where = tuple(e.get("loc", ()))
            if len(where) == 2 and where[0] == "header" and where[1] in _VERSION_HEADERS:
                if e.get("type") == "missing":
                    return _error(400, ErrorCode.BAD_REQUEST, f"the {where[1]} header is missing")
                if e.get("type") in ("greater_than_equal", "less_than_equal"):
                    # The header parsed as a whole number (pydantic takes "+2.0" too), outside
                    # the versions this server speaks.
                    yours = int(Decimal(str(e.get("input"))))
                    refusal = _version_refusal(request.app.state.config, str(where[1]), yours)
                    return _error(refusal.status, refusal.code, refusal.message, refusal.detail)
        if any(tuple(e.get("loc", ())) == ("query", "cursor")
               and e.get("type") == "string_pattern_mismatch" for e in errors):
            # The client knows this code: it takes a new snapshot instead of failing the sync.
            return _error(400, ErrorCode.CURSOR_INVALID, "the cursor is not one this server made")
        parts = []
        for e in errors[:5]:
            field = ".".join(str(p) for p in e.get("loc", ()) if p != "body")
            # An error of the body as a whole (missing, not JSON) has no field to name.
            parts.append(f"{field or 'the request body'}: {e.get('msg')}")
        more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
        return _error(422, ErrorCode.BAD_REQUEST, "invalid request: " + "; ".join(parts) + more,
                      {"errors": [{"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg"))}
                                  for e in errors[:20]]})

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = ErrorCode.NOT_FOUND if exc.status_code == 404 else ErrorCode.BAD_REQUEST
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 405:
            headers["Allow"] = _allowed_methods(request)
        return _error(exc.status_code, code, str(exc.detail), headers=headers or None)

    @app.exception_handler(Exception)
    async def crashed(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("request failed", exc_info=exc)
        return _error(500, INTERNAL_ERROR, "the server failed to handle the request; the error is logged")
