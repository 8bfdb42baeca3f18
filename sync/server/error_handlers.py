"""How errors leave the server: always as `ErrorBody` JSON in words, with the status the
protocol names (docs/sync-protocol.md). A request the contract refuses is answered here; so is a
crash, which is logged with its traceback and answered 500 without it."""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from sync.protocol import ErrorBody, ErrorCode
from sync.server.errors import INTERNAL_ERROR, ApiError
from sync.server.routes.deps import VERSION_HEADERS, version_refusal

log = logging.getLogger("lpj.server")


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


def install_error_handlers(app: FastAPI) -> None:
    """Every error leaves as an ErrorBody in words; a crash is logged with its traceback."""

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
            if len(where) == 2 and where[0] == "header" and where[1] in VERSION_HEADERS:
                if e.get("type") == "missing":
                    return _error(400, ErrorCode.BAD_REQUEST, f"the {where[1]} header is missing")
                if e.get("type") in ("greater_than_equal", "less_than_equal"):
                    # The header parsed as a whole number (pydantic takes "+2.0" too), outside
                    # the versions this server speaks.
                    yours = int(Decimal(str(e.get("input"))))
                    refusal = version_refusal(request.app.state.server.config, str(where[1]), yours)
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
