"""`/sync`: push, pull, snapshot and where the server stands with a client. Every request states
the protocol and schema versions it speaks."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from fastapi.responses import Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from sync.protocol import (
    CURSOR_PATTERN,
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    SENT_THROUGH_HEADER,
    WITNESS_HEADER,
    ClientState,
    ErrorCode,
    PullResponse,
    PushRequest,
    PushResponse,
)
from sync.server import pull as pull_module
from sync.server import snapshot as snapshot_module
from sync.server.attachment_records import release
from sync.server.errors import ApiError
from sync.server.meta import read_epoch
from sync.server.models import Client
from sync.server.pull import SKIP_PATTERN
from sync.server.push import push as apply_push
from sync.server.routes.deps import (
    BearerDep,
    CallerDep,
    Server,
    ServerDep,
    VersionChecks,
    json_request_body,
    parse_body,
    token_of,
)
from sync.server.validation import has_nul

log = logging.getLogger(__name__)

# "<last mutation id answered>:<signature>": what a push answer gives, and what the client shows
# with its next push and pull (see sync.server.meta: only a signed claim shows a lost history).
WITNESS_PATTERN = r"^[0-9]{1,18}:[0-9a-f]{0,64}$"
# No pattern on the way in: a header that is not a witness is simply not believed (it shows
# nothing), as a missing one, rather than refusing the push or pull it came with.
Witness = Annotated[str | None, Header(alias=WITNESS_HEADER, max_length=84,
                                       description="The witness of the client's last push answer "
                                                   f"({WITNESS_PATTERN}); anything else shows nothing")]
_WITNESS_OUT = {WITNESS_HEADER: {"description": "Signed proof of what the client was answered through "
                                                "(send it back with the next push and pull)",
                                 "schema": {"type": "string", "pattern": WITNESS_PATTERN}}}


SentThrough = Annotated[str | None, Header(
    alias=SENT_THROUGH_HEADER, max_length=20,
    description="The highest mutation id this device's store had sent before (digits); anything "
                "else is not read")]


def router(versions: VersionChecks) -> APIRouter:
    """The sync routes."""
    api = APIRouter(prefix="/sync", tags=["sync"], dependencies=[Depends(versions.required)])

    # Push and pull, which every sync makes, look the token up in the same worker thread as
    # their work (one hop to the thread pool, not two), and a push parses its body in one pass
    # with pydantic's JSON parser, not FastAPI's json.loads and model validation on the event
    # loop. The token is still checked before the body.
    @api.post("/push", responses={200: {"model": PushResponse, "headers": _WITNESS_OUT}},
              openapi_extra=json_request_body(PushRequest))
    async def push(request: Request, credentials: BearerDep,
                   own_seqs: Annotated[bool, Query()] = False, witness: Witness = None,
                   sent_through: SentThrough = None,
                   pull: Annotated[str | None, Query(max_length=100, pattern=CURSOR_PATTERN)] = None,
                   pull_limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
                   skip: Annotated[str | None, Query(max_length=400, pattern=SKIP_PATTERN)] = None,
                   skip_own: Annotated[bool, Query()] = False) -> Response:
        """Apply the client's mutations in order, exactly once each. `own_seqs`: answer the
        sequence numbers of what the push wrote exactly as sent, for the pull to skip.

        `pull`: a cursor; the answer then also holds the first page of a pull from it, made
        after the push, as `GET /sync/pull?cursor=…&limit=<pull_limit>&skip=…` would answer it,
        leaving out this push's own writes too when `skip_own` and they cover all it applied.
        When that pull is refused (a new epoch, a cursor not this server's), the page is left
        out and the client pulls on its own, meeting the refusal there."""
        server: Server = request.app.state.server
        body = await request.body()
        content_type = request.headers.get("content-type")

        def work() -> Response:
            caller = server.auth.caller_for_token(token_of(credentials))
            digits = sent_through is not None and sent_through.isascii() and sent_through.isdigit()
            sent = int(sent_through) if digits and sent_through else None
            answer = apply_push(server.db, caller, parse_body(PushRequest, body, content_type), witness,
                                sent)
            page = None
            if pull is not None:
                # Nothing of the push's own is skipped unless it covers all it applied, and then
                # nothing at all (the app's rule, own_seqs.py: its copy of some record may differ).
                skips = pull_module.parse_skip(skip) if answer.own_seqs_cover else []
                if skip_own and own_seqs and answer.own_seqs_cover:
                    skips += answer.own_seqs or []
                try:
                    page = pull_module.pull(server.db, caller, pull, pull_limit, skips=skips,
                                            durable=False)
                except ApiError as refused:
                    log.info("push: the pull asked with it was refused (%s); the client pulls itself",
                             refused.code)
                except Exception:
                    # The push stands whatever happened to its pull: the client pulls itself.
                    log.exception("push: the pull asked with it failed; answered without it")
            if not answer.durable or page is not None:
                # One wait for the disk covers the push's commit and everything the page read.
                server.db.make_durable()
            if answer.released:
                # Files of attachments this push deleted (an erasure): gone from disk as well,
                # once the deletion itself is on disk (a crash before would bring the record back).
                release(server.db, server.blobs, answer.released)
            headers = {WITNESS_HEADER: answer.witness} if answer.witness else None
            return Response(answer.to_json(own_seqs=own_seqs, pull=page), media_type="application/json",
                            headers=headers)

        return await run_in_threadpool(work)

    @api.get("/pull", responses={200: {"model": PullResponse}})
    async def pull(
        request: Request,
        credentials: BearerDep,
        cursor: Annotated[str | None, Query(max_length=100, pattern=CURSOR_PATTERN)] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
        acked: Annotated[int | None, Query(ge=0, le=2**62)] = None,
        skip: Annotated[str | None, Query(max_length=400, pattern=SKIP_PATTERN)] = None,
        witness: Witness = None,
    ) -> Response:
        """The changes after `cursor` the caller may see, oldest first. `acked`: the highest
        mutation id of this client the app holds an answer for (a restored server finds out
        from it that it lost them). `skip`: ranges of sequence numbers ("first-last,…") the
        client's own pushes wrote as it has them (`own_seqs` of a push answer), left out."""
        server: Server = request.app.state.server

        def work() -> Response:
            caller = server.auth.caller_for_token(token_of(credentials))
            return Response(pull_module.pull(server.db, caller, cursor, limit, acked,
                                             pull_module.parse_skip(skip), witness),
                            media_type="application/json")

        return await run_in_threadpool(work)

    @api.get("/snapshot", responses={200: {
        "description": "NDJSON: a SnapshotHeader line, Change lines, a SnapshotEnd line",
        "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
    }})
    def snapshot(caller: CallerDep, server: ServerDep) -> StreamingResponse:
        """Everything the caller may see, streamed (first sync, and after a server restore)."""
        begin, count = snapshot_module.open_snapshot(server.db, caller)
        return StreamingResponse(
            snapshot_module.stream(server.db, begin, count, server.config.snapshot_page),
            media_type="application/x-ndjson")

    @api.get("/client/{client_id}", response_model=ClientState)
    def client_state(
        client_id: Annotated[str, Path(min_length=1, max_length=64)], caller: CallerDep,
        server: ServerDep,
    ) -> ClientState:
        """Where the server stands with a client: its last applied mutation id in this epoch."""
        if has_nul(client_id):
            raise ApiError(404, ErrorCode.NOT_FOUND, "no such client")
        with server.db.reader() as session:
            epoch = read_epoch(session)
            client = session.get(Client, client_id)
            if client is not None and client.user_id != caller.user_id:
                raise ApiError(403, ErrorCode.CLIENT_MISMATCH, "this client id belongs to another user")
            last = client.last_mutation_id if client else 0
        server.db.make_durable()  # a client resends from here: it must not be beyond the disk
        return ClientState(client_id=client_id, epoch=epoch, last_mutation_id=last)

    return api
