"""The HTTP layer: a FastAPI app made by `create_app(config)` from the routes of each area
(sync/server/routes/: server, auth, sync, admin). Routes stay thin; the work is in auth, push,
pull, snapshot and users. Errors always leave as `ErrorBody` JSON (error_handlers.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio.to_thread
from fastapi import APIRouter, FastAPI

from sync import __version__
from sync.protocol import API_PREFIX, ErrorBody, PushRequest
from sync.server.auth import Authenticator
from sync.server.blobs import BlobStore, blob_store
from sync.server.config import ServerConfig
from sync.server.db import Database
from sync.server.error_handlers import install_error_handlers
from sync.server.middleware import AccessLogMiddleware, BodyLimitMiddleware
from sync.server.routes import admin, auth, files, server, sync
from sync.server.routes.deps import Server, add_body_schemas, version_checks
from sync.server.uploads import Uploads

_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody} for status in (400, 401, 403, 404, 409, 413, 422, 426, 429)}


def create_app(config: ServerConfig, db: Database | None = None,
               blobs: BlobStore | None = None) -> FastAPI:
    """The server app on `config`'s database (or on `db` when given, e.g. by tests), its files
    in `blobs` (default: on disk in the files folder; object storage: docs/deploy.md)."""
    db = db or Database(config.resolved_database_url)
    files_dir = config.resolved_files_dir
    parts = Server(db=db, config=config, auth=Authenticator(db, config),
                   blobs=blobs or blob_store(config), uploads=Uploads(files_dir / "uploads"))

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
    app.state.server = parts
    # Tests and tools reach these directly.
    app.state.db, app.state.config, app.state.auth = db, config, parts.auth
    install_error_handlers(app)

    versions = version_checks(config)
    api = APIRouter(prefix=API_PREFIX, responses=_ERRORS)
    api.include_router(server.router())
    api.include_router(auth.router(versions))
    api.include_router(sync.router(versions))
    api.include_router(admin.router())
    api.include_router(files.router())
    app.include_router(api)
    add_body_schemas(app, PushRequest)
    app.add_middleware(BodyLimitMiddleware, limit=config.max_body_bytes)  # type: ignore[arg-type]
    app.add_middleware(AccessLogMiddleware)  # type: ignore[arg-type]  # outermost: logs 413s too
    return app
