"""What the routes share: the server's parts, the signed-in caller, the version headers and
bodies parsed in one pass. Dependencies that only read the request are `async`: a plain `def`
one would cost a hop to the thread pool and back on every request."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from fastapi import Depends, FastAPI, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ValidationError

from sync import __version__
from sync.protocol import PROTOCOL_HEADER, SCHEMA_HEADER, ErrorCode, ServerInfo
from sync.server.access import Caller
from sync.server.auth import Authenticator
from sync.server.blobs import BlobStore
from sync.server.config import ServerConfig
from sync.server.db import Database
from sync.server.errors import ApiError
from sync.server.meta import read_epoch
from sync.server.uploads import Uploads

Model = TypeVar("Model", bound=BaseModel)
VERSION_HEADERS = (PROTOCOL_HEADER, SCHEMA_HEADER)


@dataclass(frozen=True, slots=True)
class Server:
    """The parts every route may need, made once per app (`app.state.server`)."""

    db: Database
    config: ServerConfig
    auth: Authenticator
    # Attached files and their unfinished uploads (routes/files.py).
    blobs: BlobStore
    uploads: Uploads

    def info(self) -> ServerInfo:
        """What `/version` and a login answer say of this server."""
        with self.db.reader() as session:
            epoch = read_epoch(session)
        config = self.config
        return ServerInfo(
            server_version=__version__, protocol_min=config.protocol_min,
            protocol_max=config.protocol_max, schema_min=config.schema_min,
            schema_max=config.schema_max, epoch=epoch,
            latest_client_version=config.latest_client_version or None,
            client_download_url=config.client_download_url or None,
        )


async def server_of(request: Request) -> Server:
    """The app's `Server`."""
    server: Server = request.app.state.server
    return server


ServerDep = Annotated[Server, Depends(server_of)]
bearer = HTTPBearer(auto_error=False, description="The token from POST /api/v1/auth/login")
BearerDep = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def token_of(credentials: HTTPAuthorizationCredentials | None) -> str | None:
    """The bearer token a request carries, if any."""
    return credentials.credentials if credentials else None


def current_caller(server: ServerDep, credentials: BearerDep) -> Caller:
    """The signed-in caller; 401 without a live token."""
    return server.auth.caller_for_token(token_of(credentials))


def current_admin(caller: Annotated[Caller, Depends(current_caller)]) -> Caller:
    """The signed-in caller, who must be an administrator (403 otherwise)."""
    if not caller.is_admin:
        raise ApiError(403, ErrorCode.FORBIDDEN, "only administrators manage users")
    return caller


CallerDep = Annotated[Caller, Depends(current_caller)]
AdminDep = Annotated[Caller, Depends(current_admin)]


# --- the version headers ---------------------------------------------------------------------

def version_range(config: ServerConfig, header: str) -> tuple[int, int]:
    """The versions of `header` this server speaks."""
    if header == PROTOCOL_HEADER:
        return config.protocol_min, config.protocol_max
    return config.schema_min, config.schema_max


def version_refusal(config: ServerConfig, header: str, value: int) -> ApiError:
    """426 for a protocol or schema version this server does not speak (the client keeps its
    outbox and tells the user who must update)."""
    low, high = version_range(config, header)
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


@dataclass(frozen=True, slots=True)
class VersionChecks:
    """The dependencies that read the version headers: `required` on sync routes, `optional`
    on the others. The OpenAPI document names the versions this server speaks (min..max), so a
    generated client or a fuzzer knows them; a version outside them is answered 426 (by the
    validation handler, which sees the range refused)."""

    required: Callable[..., Awaitable[None]]
    optional: Callable[..., Awaitable[None]]


def version_checks(config: ServerConfig) -> VersionChecks:
    """The version dependencies for a server on `config`."""

    def header(alias: str, what: str) -> Any:
        low, high = version_range(config, alias)
        return Header(alias=alias, ge=low, le=high,
                      description=f"The {what} version the client speaks; this server speaks "
                                  f"{low}..{high} and answers 426 to any other")

    async def versions_required(**_headers: int) -> None:
        """Sync requests must state the protocol and schema they speak."""

    async def versions_optional(**_headers: int | None) -> None:
        """Other requests may state them (an old app learns it must update at login)."""

    # The signatures are built here because the ranges come from this server's config, and
    # annotations in this module are strings (postponed), which FastAPI could not resolve in a
    # closure. Pydantic checks the range; nothing is left to do in the functions.
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
    return VersionChecks(versions_required, versions_optional)


# --- bodies parsed in one pass ---------------------------------------------------------------

def json_request_body(model: type[BaseModel]) -> dict[str, Any]:
    """The OpenAPI request body of a route that parses its body itself (`parse_body`); the
    model's schema is added to the components by `add_body_schemas`."""
    return {"requestBody": {"required": True, "content": {"application/json": {
        "schema": {"$ref": f"#/components/schemas/{model.__name__}"}}}}}


def parse_body(model: type[Model], body: bytes, content_type: str | None) -> Model:
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


def add_body_schemas(app: FastAPI, *models: type[BaseModel]) -> None:
    """Put the schemas of bodies parsed by `parse_body` into the served OpenAPI document."""
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
