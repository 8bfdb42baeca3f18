"""Attached files: resumable uploads (the tus 1.0 core protocol and its creation extension) and
downloads, for exactly the users who may see the attachment's parent record.

    POST  /attachments/{id}/uploads/{role}   Upload-Length → 201, Location: /uploads/{upload_id}
    HEAD  /uploads/{upload_id}               → Upload-Offset, Upload-Length
    PATCH /uploads/{upload_id}               Upload-Offset, application/offset+octet-stream → 204
    GET   /attachments/{id}/{role}           the file (one byte Range resumes it), once uploaded
    POST  /attachments/thumbnails            {"ids": […]} → the thumbnails there are, as one
                                             multipart/mixed answer (a first sync's thousands of
                                             thumbnails in a few dozen requests, not one each)

The record (sha256, size) is pushed first; an upload names the attachment and which of its files
(`original` or `thumbnail`), so the server knows what the bytes must hash to. A file the server
holds already (the same photo from another laptop) makes an upload that is complete at once.
The whole file is hashed when its last byte arrives: a mismatch is refused and nothing kept.
"""

from __future__ import annotations

import logging
import re
import secrets
import time
import urllib.parse
from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, Path, Request
from fastapi.responses import RedirectResponse, Response, StreamingResponse
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from sync.entities import MAX_ATTACHMENT_BYTES
from sync.protocol import API_PREFIX, ErrorCode, ThumbnailsRequest
from sync.server.attachment_records import (
    organisation_usage,
    readable_attachment,
    readable_thumbnails,
    unreferenced,
)
from sync.server.errors import ApiError
from sync.server.routes.deps import CallerDep, Server, ServerDep
from sync.server.uploads import Upload, UploadBusy

log = logging.getLogger("lpj.server.files")

TUS_VERSION = "1.0.0"
TUS = {"Tus-Resumable": TUS_VERSION}
OFFSET_STREAM = "application/offset+octet-stream"
# Also taken: plain octet-stream (tus says a server SHOULD refuse it; generic HTTP tools and the
# OpenAPI fuzzers can only send this one, and the bytes mean the same).
BODY_TYPES = (OFFSET_STREAM, "application/octet-stream")
# Written to disk in pieces of this size as they arrive: a cut keeps what came before it.
_WRITE_AT = 256 * 1024
_ID = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
_TusHeader = Annotated[Literal["1.0.0"], Header(alias="Tus-Resumable",
                                               description="The tus protocol version: 1.0.0")]


class FileRole(StrEnum):
    """Which file of an attachment: the original (as kept by the app) or its thumbnail."""

    ORIGINAL = "original"
    THUMBNAIL = "thumbnail"


def _file_of(fields: dict[str, Any], role: FileRole) -> tuple[str | None, int | None]:
    if role is FileRole.THUMBNAIL:
        return fields.get("thumbnail_sha256"), fields.get("thumbnail_size")
    return fields.get("sha256"), fields.get("size")


def _no_attachment(attachment_id: str) -> ApiError:
    return ApiError(404, ErrorCode.NOT_FOUND, f"no such attachment: {attachment_id}")


def _no_upload() -> ApiError:
    return ApiError(404, ErrorCode.UNKNOWN_UPLOAD, "no such upload (finished, expired or never "
                                                   "made): start it again")


def _upload_headers(offset: int, length: int) -> dict[str, str]:
    return {**TUS, "Upload-Offset": str(offset), "Upload-Length": str(length),
            "Cache-Control": "no-store"}


_OFFSET_HEADERS = {
    "Tus-Resumable": {"description": "1.0.0", "schema": {"type": "string"}},
    "Upload-Offset": {"description": "The bytes of the upload the server holds",
                      "schema": {"type": "integer", "minimum": 0}},
}


def router() -> APIRouter:
    """The file routes."""
    api = APIRouter(tags=["files"])

    @api.post("/attachments/{attachment_id}/uploads/{role}", status_code=201, responses={
        201: {"description": "The upload is made; PATCH its Location. Complete at once when the "
                             "server holds the file already.",
              "headers": {"Location": {"description": "/api/v1/uploads/{upload_id}",
                                       "schema": {"type": "string"}},
                          **_OFFSET_HEADERS}},
        413: {"description": "The organisation's attachments take more than its quota "
                             "(quota_exceeded); an Upload-Length over the per-file limit is 422"},
    })
    def create_upload(
        request: Request, attachment_id: _ID, role: FileRole, caller: CallerDep, server: ServerDep,
        tus: _TusHeader,
        upload_length: Annotated[int, Header(alias="Upload-Length", ge=1, le=MAX_ATTACHMENT_BYTES,
                                             description="The file's size in bytes")],
        upload_metadata: Annotated[str | None, Header(
            alias="Upload-Metadata", max_length=2000, pattern=r"^[\x20-\x7e]*$",
            description="tus metadata; ignored (the attachment record says what the file is)")] = None,
    ) -> Response:
        """Start uploading one file of an attachment the caller may see (tus creation)."""
        with server.db.reader() as session:
            fields = readable_attachment(session, caller, attachment_id)
            if fields is None:
                raise _no_attachment(attachment_id)
            digest, size = _file_of(fields, role)
            if not isinstance(digest, str) or not isinstance(size, int):
                raise ApiError(404, ErrorCode.NOT_FOUND, f"this attachment has no {role.value}")
            if upload_length != size:
                raise ApiError(409, ErrorCode.BAD_REQUEST,
                               f"Upload-Length {upload_length} is not the attachment's size {size}")
            if not server.blobs.exists(digest):
                used = organisation_usage(session, caller.org_id)
                quota = server.config.attachment_quota_bytes
                if used > quota:
                    raise ApiError(413, ErrorCode.QUOTA_EXCEEDED,
                                   f"your organisation's files take {used} bytes, more than its "
                                   f"quota of {quota}: delete some, or ask the administrator",
                                   detail={"used": used, "quota": quota})
        upload = server.uploads.create(digest, size, attachment_id, caller.user_id, caller.org_id)
        offset = 0
        if server.blobs.exists(digest):
            # Stored once already (another laptop, another attachment): nothing to send. The
            # upload stays, complete, so that its HEAD says so.
            server.uploads.part_path(upload).unlink(missing_ok=True)
            offset = size
        location = str(request.url_for("upload_head", upload_id=upload.upload_id).path)
        return Response(status_code=201, headers={**_upload_headers(offset, size), "Location": location})

    @api.head("/uploads/{upload_id}", name="upload_head", responses={
        200: {"description": "Where the upload stands", "headers": _OFFSET_HEADERS}})
    def upload_head(upload_id: _ID, caller: CallerDep, server: ServerDep, tus: _TusHeader) -> Response:
        """How many bytes of the upload the server holds: resume from there."""
        upload = _own_upload(server, upload_id, caller.user_id)
        offset = upload.length if _is_done(server, upload) else server.uploads.offset(upload)
        return Response(status_code=200, headers=_upload_headers(offset, upload.length))

    @api.patch("/uploads/{upload_id}", status_code=204, responses={
        204: {"description": "The bytes were written (and, with the last byte, the file checked)",
              "headers": _OFFSET_HEADERS},
        409: {"description": "Upload-Offset is not the server's offset (ask with HEAD), or another "
                             "request is still writing this upload"},
        415: {"description": "The body must be application/offset+octet-stream"},
        422: {"description": "The finished file does not hash to the attachment's SHA-256; "
                             "nothing is kept"},
    }, openapi_extra={"requestBody": {"required": True, "content": {
        kind: {"schema": {"type": "string", "format": "binary"}} for kind in BODY_TYPES}}})
    async def upload_patch(
        request: Request, upload_id: _ID, caller: CallerDep, tus: _TusHeader,
        upload_offset: Annotated[int, Header(alias="Upload-Offset", ge=0, le=MAX_ATTACHMENT_BYTES)],
        content_type: Annotated[str, Header(alias="Content-Type", max_length=200)],
    ) -> Response:
        """Append bytes at `Upload-Offset` (tus core). Whatever arrives before a cut is kept."""
        server: Server = request.app.state.server
        upload = _own_upload(server, upload_id, caller.user_id)
        if content_type.split(";")[0].strip().lower() not in BODY_TYPES:
            raise ApiError(415, ErrorCode.BAD_REQUEST, f"the body must be {OFFSET_STREAM}")
        if _is_done(server, upload):
            if upload_offset != upload.length:
                raise _offset_mismatch(upload.length)
            return Response(status_code=204, headers=_upload_headers(upload.length, upload.length))
        try:
            with server.uploads.writing(upload) as part:
                offset = part.tell()
                if upload_offset != offset:
                    raise _offset_mismatch(offset)
                offset = await _append(request, part, offset, upload.length)
        except UploadBusy:
            raise ApiError(409, ErrorCode.UPLOAD_BUSY,
                           "this upload is still being written by an earlier request: ask again "
                           "with HEAD in a moment", headers={"Retry-After": "1"}) from None
        if offset == upload.length:
            await run_in_threadpool(_finish, server, upload)
        return Response(status_code=204, headers=_upload_headers(offset, upload.length))

    @api.post("/attachments/thumbnails", response_class=Response, responses={
        200: {"description": "The thumbnails there are of the attachments named, as parts of a "
                             "multipart/mixed answer, in the order asked: each part has "
                             "Content-Type, Content-Length and Content-Location (the thumbnail's "
                             "own URL, which names the attachment). An attachment out of sight, "
                             "deleted, without a thumbnail or whose thumbnail has not been "
                             "uploaded yet is left out",
              "content": {"multipart/mixed": {"schema": {"type": "string", "format": "binary"}}}},
        204: {"description": "None of the thumbnails asked for is there (yet)"},
    })
    def thumbnails(body: ThumbnailsRequest, caller: CallerDep, server: ServerDep) -> Response:
        """The thumbnails of many attachments in one answer: what a laptop lacks after a sync."""
        with server.db.reader() as session:
            found = readable_thumbnails(session, caller, body.ids)
        parts = [(aid, digest, size) for aid, digest in found
                 if (size := server.blobs.size(digest)) is not None]
        if not parts:
            return Response(status_code=204)
        boundary = secrets.token_hex(16)
        heads = [(f"--{boundary}\r\nContent-Type: image/jpeg\r\nContent-Length: {size}\r\n"
                  f"Content-Location: {API_PREFIX}/attachments/{aid}/thumbnail\r\n\r\n").encode()
                 for aid, _digest, size in parts]
        close = f"--{boundary}--\r\n".encode()
        length = sum(len(h) + size + 2 for h, (_a, _d, size) in zip(heads, parts, strict=True)) + len(close)

        def stream() -> Iterator[bytes]:
            for head, (_aid, digest, _size) in zip(heads, parts, strict=True):
                yield head
                yield from server.blobs.read(digest)
                yield b"\r\n"
            yield close

        return StreamingResponse(stream(), media_type=f"multipart/mixed; boundary={boundary}",
                                 headers={"Content-Length": str(length), "Cache-Control": "no-store"})

    @api.get("/attachments/{attachment_id}/{role}", responses={
        200: {"description": "The file", "content": {"application/octet-stream": {
            "schema": {"type": "string", "format": "binary"}}}},
        206: {"description": "The bytes of the one Range asked for (a cut download resumed)"},
        307: {"description": "Fetch the file from where the server keeps it (object storage: "
                             "a short-lived URL that serves ranges too)"},
        416: {"description": "The Range starts beyond the file's end"},
    }, response_class=Response)
    def download(attachment_id: _ID, role: FileRole, caller: CallerDep, server: ServerDep,
                 range_header: Annotated[str | None, Header(alias="Range", include_in_schema=False)] = None,
                 if_range: Annotated[str | None, Header(alias="If-Range", include_in_schema=False)] = None,
                 ) -> Response:
        """One file of an attachment the caller may see. A `Range: bytes=N-` resumes a cut
        download (one range; several are answered with the whole file)."""
        with server.db.reader() as session:
            fields = readable_attachment(session, caller, attachment_id)
        if fields is None:
            raise _no_attachment(attachment_id)
        digest, _size = _file_of(fields, role)
        size = server.blobs.size(digest) if isinstance(digest, str) else None
        if digest is None or size is None:
            raise ApiError(404, ErrorCode.NOT_FOUND, "the file has not reached the server yet: the "
                                                     "laptop it was attached on sends it when online")
        media_type = str((fields.get("media_type") if role is FileRole.ORIGINAL else "image/jpeg")
                         or "application/octet-stream")
        name = str(fields.get("file_name") or "file")
        elsewhere = server.blobs.redirect_url(digest, file_name=name, media_type=media_type)
        if elsewhere is not None:
            return RedirectResponse(elsewhere, status_code=307)
        etag = f'"{digest}"'
        headers = {"Content-Disposition": f"attachment; filename*=UTF-8''{urllib.parse.quote(name)}",
                   # Content-addressed: these bytes never change under this URL.
                   "Cache-Control": "private, max-age=31536000, immutable",
                   "ETag": etag, "Accept-Ranges": "bytes"}
        wanted = byte_range(range_header, size) if if_range in (None, etag) else None
        if wanted == UNSATISFIABLE:
            raise ApiError(416, ErrorCode.BAD_REQUEST, f"the file has {size} bytes: the Range "
                                                       f"starts beyond its end",
                           headers={"Content-Range": f"bytes */{size}"})
        start, end = wanted if isinstance(wanted, tuple) else (0, size)
        headers["Content-Length"] = str(end - start)
        if isinstance(wanted, tuple):
            headers["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
        return StreamingResponse(server.blobs.read(digest, start, end), media_type=media_type,
                                 status_code=206 if isinstance(wanted, tuple) else 200,
                                 headers=headers)

    return api


UNSATISFIABLE = "unsatisfiable"
_ONE_RANGE = re.compile(r"^bytes=(\d{0,18})-(\d{0,18})$")


def byte_range(header: str | None, size: int) -> tuple[int, int] | str | None:
    """The bytes [start, end) one `Range` header asks of a file of `size` bytes (RFC 9110
    §14.1.2): None to send the whole file (no header, several ranges, or one this server does
    not read: a server may ignore a Range), UNSATISFIABLE when it starts beyond the end."""
    match = _ONE_RANGE.match((header or "").replace(" ", ""))
    if match is None:
        return None
    first, last = match.groups()
    if not first:  # the last N bytes
        if not last:
            return None
        n = int(last)
        return (max(0, size - n), size) if n else UNSATISFIABLE
    start = int(first)
    if last and int(last) < start:
        return None
    if start >= size:
        return UNSATISFIABLE
    return start, min(size, int(last) + 1) if last else size


def _offset_mismatch(offset: int) -> ApiError:
    return ApiError(409, ErrorCode.OFFSET_MISMATCH,
                    f"the server holds {offset} bytes of this upload: send from there",
                    detail={"offset": offset}, headers={**TUS, "Upload-Offset": str(offset)})


def _own_upload(server: Server, upload_id: str, user_id: str) -> Upload:
    upload = server.uploads.get(upload_id)
    if upload is None or upload.user_id != user_id:  # another user's upload is not named
        raise _no_upload()
    return upload


def _is_done(server: Server, upload: Upload) -> bool:
    """Complete: the file is stored whole (a finished upload's part file was moved in)."""
    return not server.uploads.part_path(upload).exists() and server.blobs.exists(upload.sha256)


async def _append(request: Request, part: Any, offset: int, length: int) -> int:
    """Write the body after `offset` in pieces; the new offset. A body running past the upload's
    length is refused; a cut keeps what came."""
    pending = bytearray()
    try:
        async for chunk in request.stream():
            if offset + len(pending) + len(chunk) > length:
                raise ApiError(409, ErrorCode.BAD_REQUEST,
                               f"the body runs past the upload's length ({length} bytes)")
            pending += chunk
            if len(pending) >= _WRITE_AT:
                part.write(pending)
                offset += len(pending)
                pending.clear()
    except ClientDisconnect:
        log.info("upload cut at %d bytes; kept for resuming", offset + len(pending))
    finally:
        if pending:
            part.write(pending)
            offset += len(pending)
    return offset


def _finish(server: Server, upload: Upload) -> None:
    """The last byte arrived: file the upload under its hash if it is the file named, else
    refuse and keep nothing."""
    digest = server.uploads.digest(upload)
    if digest != upload.sha256:
        server.uploads.discard(upload)
        raise ApiError(422, ErrorCode.HASH_MISMATCH,
                       "the file that arrived is not the one the attachment names (its SHA-256 "
                       "differs): nothing was kept; send it again",
                       detail={"expected": upload.sha256, "received": digest})
    server.blobs.put(upload.sha256, server.uploads.part_path(upload))
    with server.db.reader() as session:
        if unreferenced(session, [upload.sha256]):
            # Its attachment was erased while the bytes travelled: they must not stay.
            server.blobs.delete(upload.sha256)
            log.info("file %s… arrived after its attachment was deleted: removed", upload.sha256[:12])
            return
    log.info("file %s… stored (%d bytes) in %.0f s", upload.sha256[:12], upload.length,
             time.time() - upload.created)
