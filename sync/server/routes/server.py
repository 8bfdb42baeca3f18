"""`/health` and `/version`: no token needed."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from sync.protocol import ServerInfo
from sync.server.meta import read_epoch
from sync.server.routes.deps import ServerDep


class Health(BaseModel):
    status: str


def router() -> APIRouter:
    """The server's own routes."""
    api = APIRouter(tags=["server"])

    @api.get("/health", response_model=Health)
    def health(server: ServerDep) -> Health:
        """Liveness and database check (no token)."""
        with server.db.reader() as session:
            read_epoch(session)
        return Health(status="ok")

    @api.get("/version", response_model=ServerInfo)
    def version(server: ServerDep) -> ServerInfo:
        """Protocol and schema ranges, epoch, newest app version (no token)."""
        return server.info()

    return api
