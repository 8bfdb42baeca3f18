"""Attached files between this laptop and the server (issue 23), after the record sync and apart
from it: the records (with each file's SHA-256 and size) travel with the ordinary push and pull
at once; the bytes follow here, in slices of time, so a long upload on a weak link never holds up
the next record sync.

* Uploads (tus, sync/server/routes/files.py): the files waiting (`attachment_upload`), newest
  first, each once its record is on the server. A cut is resumed at the server's offset (HEAD),
  never from zero; what the server has is the truth, so a laptop killed midway goes on from there.
* Thumbnails of the attachments pulled from others are fetched after each sync; originals only
  when asked for (`fetch_original`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import select

from lpj_desktop.store.blobs import LocalBlobs
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Attachment, AttachmentUpload, OutboxMutation
from lpj_desktop.store.models.attachment import UploadState
from lpj_desktop.store.models.local import OutboxState
from lpj_desktop.sync_client.api import CancelCheck, OfflineError, ServerError, SyncCancelled, SyncError
from lpj_desktop.sync_client.messages import ErrorKind
from lpj_desktop.sync_client.transport import RawAnswer, StreamedAnswer, Transport
from sync.entities import MAX_THUMBNAIL_BYTES, MutationName
from sync.protocol import API_PREFIX, MAX_THUMBNAILS_PER_REQUEST

log = logging.getLogger(__name__)

TUS = {"Tus-Resumable": "1.0.0"}
# Bytes per PATCH: small enough for the server's body limit and the transport's deadline on a
# poor link, large enough that headers are a rounding error on the wire (about 0.03 %).
CHUNK = 2 * 1024 * 1024
# A slice of time for uploads per sync: the next record sync comes after it at the latest.
DEFAULT_BUDGET_S = 60.0
# Cuts in a row without a byte getting through before this run gives up (the next one resumes).
MAX_CUTS_IN_A_ROW = 5
# Thumbnails' bytes asked for in one request (besides their number): about 300 thumbnails of 13 KB,
# so MAX_THUMBNAILS_PER_REQUEST decides; 30 s on a 1 Mbit/s link, whose cut loses one thumbnail.
THUMBNAIL_BATCH_BYTES = 4 * 1024 * 1024
# Threads filing thumbnails: a file's creation and its flush to disk wait on the disk, not the
# processor, and overlap (one after the other: 0.85 ms a thumbnail here, much more on Windows).
FILING_THREADS = 4

REFUSED_WORDS = {
    "file_missing": "Fila finnes ikke lenger på denne maskinen og kan ikke sendes.",
    "not_found": "Serveren kjenner ikke vedlegget (slettet, eller du har ikke lenger tilgang til "
                 "det det hører til).",
    "hash_mismatch": "Fila på denne maskinen er endret eller skadet siden den ble lagt ved, og "
                     "kan ikke sendes.",
}


@dataclass
class FileReport:
    """What one run of `FileSync` did. `error`: why it stopped early, in words (kept files wait
    for the next run)."""

    uploaded: int = 0
    bytes_sent: int = 0
    refused: int = 0
    cuts: int = 0
    thumbnails: int = 0
    waiting_files: int = 0
    waiting_bytes: int = 0
    error: str | None = None


class _OutOfTime(Exception):
    pass


class FileSync:
    """Moves attached files for one store over one transport (the engine's)."""

    def __init__(self, store: Store, transport: Transport, *, blobs: LocalBlobs | None = None,
                 chunk: int = CHUNK, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.store = store
        self.transport = transport
        self.blobs = blobs or LocalBlobs.beside(store.path)
        self.chunk = chunk
        self._clock = clock
        self._sleep = sleep
        # The server answered the batch of thumbnails with not_found: it is older than that route.
        self._per_file = False

    # --- uploads -------------------------------------------------------------------------------

    def upload_waiting(self, budget_s: float = DEFAULT_BUDGET_S,
                       cancelled: CancelCheck | None = None) -> FileReport:
        """Upload waiting files, newest first, for at most `budget_s` seconds. Files whose record
        the server has not acknowledged yet wait for the next run."""
        report = FileReport()
        deadline = self._clock() + budget_s
        report.refused += self._refuse_rejected_records()
        self.transport.cancelled = cancelled
        try:
            for sha256 in self._queue():
                if self._clock() >= deadline or (cancelled is not None and cancelled()):
                    break
                try:
                    self._upload_one(sha256, deadline, cancelled, report)
                except _OutOfTime:
                    break
                except SyncError as exc:
                    # Offline, or the server refuses for a reason that is not this file's: stop
                    # here, keep everything for the next run, and say why.
                    report.error = str(exc)
                    log.info("files: uploads stopped: %s", exc)
                    break
        finally:
            self.transport.cancelled = None
            report.waiting_files, report.waiting_bytes = self.waiting()
        return report

    def waiting(self) -> tuple[int, int]:
        """(files, bytes) not on the server yet."""
        with self.store.reader() as s:
            rows = s.execute(select(AttachmentUpload.size, AttachmentUpload.offset).where(
                AttachmentUpload.state == UploadState.WAITING)).all()
        return len(rows), sum(size - offset for size, offset in rows)

    def _queue(self) -> list[str]:
        """The files to send now, newest first: waiting, with their record on the server."""
        with self.store.reader() as s:
            rows = s.execute(
                select(AttachmentUpload.sha256, Attachment.server_version, Attachment.deleted_at)
                .join(Attachment, Attachment.id == AttachmentUpload.attachment_id)
                .where(AttachmentUpload.state == UploadState.WAITING)
                .order_by(AttachmentUpload.queued_at.desc())).all()
        return [sha for sha, version, deleted in rows if version is not None and deleted is None]

    def _refuse_rejected_records(self) -> int:
        """Files whose attachment record the server refused (its create rejected: the visit it
        belongs to was refused too, say) can never be sent: refused, with the server's words,
        instead of waiting for ever."""
        with self.store.session() as s:
            rows = s.execute(
                select(AttachmentUpload, OutboxMutation.error_message)
                .join(Attachment, Attachment.id == AttachmentUpload.attachment_id)
                .join(OutboxMutation, (OutboxMutation.record_id == Attachment.id)
                      & (OutboxMutation.entity == "attachment")
                      & (OutboxMutation.name == MutationName.CREATE.value))
                .where(AttachmentUpload.state == UploadState.WAITING,
                       Attachment.server_version.is_(None),
                       OutboxMutation.state == OutboxState.REJECTED)).all()
            for upload, message in rows:
                upload.state = UploadState.REFUSED
                upload.error = f"Serveren avviste vedlegget: {message or 'uten begrunnelse'}"
                log.warning("files: %s… refused with its record: %s", upload.sha256[:12], message)
        return len(rows)

    def _row(self, sha256: str) -> AttachmentUpload:
        with self.store.reader() as s:
            row = s.get(AttachmentUpload, sha256)
            assert row is not None
            s.expunge(row)
            return row

    def _save(self, sha256: str, **values: object) -> None:
        with self.store.session() as s:
            row = s.get(AttachmentUpload, sha256)
            if row is not None:
                for name, value in values.items():
                    setattr(row, name, value)

    def _refuse(self, sha256: str, key: str, report: FileReport) -> None:
        words = REFUSED_WORDS[key]
        log.warning("files: %s… refused for good: %s", sha256[:12], words)
        self._save(sha256, state=UploadState.REFUSED, error=words)
        report.refused += 1

    def _upload_one(self, sha256: str, deadline: float, cancelled: CancelCheck | None,
                    report: FileReport) -> None:
        row = self._row(sha256)
        path = self.blobs.path(sha256)
        if not path.is_file():
            self._refuse(sha256, "file_missing", report)
            return
        cuts = 0
        url, offset = row.upload_url, 0
        while True:
            if self._clock() >= deadline or (cancelled is not None and cancelled()):
                raise _OutOfTime
            try:
                if url is None:
                    answer = self._tus("POST", f"/attachments/{row.attachment_id}/uploads/{row.role}",
                                       {"Upload-Length": str(row.size)})
                    url = _path_of(answer.header("Location") or "")
                    offset = int(answer.header("Upload-Offset") or 0)
                    self._save(sha256, upload_url=url, offset=offset)
                else:
                    offset = int(self._tus("HEAD", url).header("Upload-Offset") or 0)
                while offset < row.size:
                    if self._clock() >= deadline or (cancelled is not None and cancelled()):
                        self._save(sha256, offset=offset)
                        raise _OutOfTime
                    with open(path, "rb") as f:
                        f.seek(offset)
                        body = f.read(self.chunk)
                    answer = self._tus("PATCH", url, {
                        "Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream"},
                        body)
                    new_offset = int(answer.header("Upload-Offset") or offset)
                    report.bytes_sent += max(0, new_offset - offset)
                    offset = new_offset
                    cuts = 0
                    self._save(sha256, offset=offset)
                self._save(sha256, state=UploadState.DONE, offset=row.size, error=None)
                report.uploaded += 1
                return
            except OfflineError:
                # Cut: ask the server where it stands and go on from there.
                cuts += 1
                report.cuts += 1
                if cuts > MAX_CUTS_IN_A_ROW:
                    raise
                self._sleep(min(0.2 * 2 ** cuts, 5.0))
            except ServerError as exc:
                if exc.code in ("offset_mismatch", "upload_busy"):
                    self._sleep(0.5)
                    continue  # HEAD again
                if exc.code == "unknown_upload":
                    url = None  # the upload expired on the server: start it again
                    self._save(sha256, upload_url=None, offset=0)
                    continue
                if exc.code == "not_found":
                    self._refuse(sha256, "not_found", report)
                    return
                if exc.code == "hash_mismatch":
                    if _sha256_of(path) != sha256:
                        self._refuse(sha256, "hash_mismatch", report)
                        return
                    url = None  # damaged on the way: the server kept nothing; once more
                    self._save(sha256, upload_url=None, offset=0)
                    cuts += 1
                    if cuts > MAX_CUTS_IN_A_ROW:
                        raise
                    continue
                if exc.code == "quota_exceeded":
                    self._save(sha256, error=str(exc))
                raise

    def _tus(self, method: str, path: str, extra: dict[str, str] | None = None,
             body: bytes | None = None) -> RawAnswer:
        return self.transport.exchange(method, path, data=body, extra={**TUS, **(extra or {})})

    # --- erasure -------------------------------------------------------------------------------

    def forget_deleted(self) -> int:
        """Remove this laptop's copies of files that only deleted attachments name (an erased
        contact or visit: the tombstones came with the pull), and their uploads; how many."""
        with self.store.session() as s:
            rows = s.execute(select(Attachment.sha256, Attachment.thumbnail_sha256,
                                    Attachment.deleted_at)).all()
            live: set[str] = set()
            dead: set[str] = set()
            for sha, thumb, deleted_at in rows:
                (dead if deleted_at is not None else live).update(h for h in (sha, thumb) if h)
            gone = dead - live
            for digest in gone:
                upload = s.get(AttachmentUpload, digest)
                if upload is not None:
                    s.delete(upload)
        removed = 0
        for digest in gone:
            if self.blobs.has(digest):
                self.blobs.remove(digest)
                removed += 1
        if removed:
            log.info("files: %d file(s) of deleted attachments removed from this laptop", removed)
        return removed

    # --- downloads -----------------------------------------------------------------------------

    def missing_thumbnails(self) -> list[Wanted]:
        """The thumbnails this laptop lacks of live attachments, newest first, each file once."""
        with self.store.reader() as s:
            rows = s.execute(
                select(Attachment.id, Attachment.thumbnail_sha256, Attachment.thumbnail_size,
                       Attachment.file_name)
                .where(Attachment.deleted_at.is_(None), Attachment.thumbnail_sha256.is_not(None))
                .order_by(Attachment.created_at.desc())).all()
        seen: set[str] = set()
        out = []
        for attachment_id, sha, size, name in rows:
            if sha and sha not in seen and not self.blobs.has(sha):
                seen.add(sha)
                out.append(Wanted(attachment_id, sha, size or 0, name))
        return out

    def fetch_thumbnails(self, budget_s: float = DEFAULT_BUDGET_S,
                         cancelled: CancelCheck | None = None) -> int:
        """Fetch the thumbnails this laptop lacks of live attachments, newest first, up to
        MAX_THUMBNAILS_PER_REQUEST (and THUMBNAIL_BATCH_BYTES) to a request, for at most
        `budget_s` seconds; how many came. A first sync of 10,000 attachments gets them all in
        one call on a good link (50 requests); on a poor one the newest come first and the rest
        with the next syncs. One the server has not got yet is asked for again next time."""
        deadline = self._clock() + budget_s
        got = 0
        self.transport.cancelled = cancelled
        try:
            with ThreadPoolExecutor(FILING_THREADS, thread_name_prefix="lpj-thumbnails") as filing:
                for batch in _batches(self.missing_thumbnails()):
                    if self._clock() >= deadline or (cancelled is not None and cancelled()):
                        break
                    got += self._thumbnail_batch(batch, deadline, cancelled, filing)
        finally:
            self.transport.cancelled = None
        return got

    def _thumbnail_batch(self, batch: list[Wanted], deadline: float, cancelled: CancelCheck | None,
                         filing: ThreadPoolExecutor) -> int:
        """One request for many thumbnails, each filed as soon as it is whole: a cut loses only
        the one on its way, and the rest are asked for again. Filing (a file made and flushed
        to disk each) runs in `filing`'s threads while the answer is read: one after the other
        it took 85 % of a first sync's 10,000 thumbnails."""
        filed: list[Future[str]] = []
        try:
            got = self._thumbnail_requests({w.attachment_id: w for w in batch}, deadline, cancelled,
                                           filing, filed)
        except BaseException:
            wait(filed)  # what came is filed all the same; this error is the one to tell
            raise
        for future in filed:
            future.result()  # a file that could not be written (a full disk) is an error
        return got

    def _thumbnail_requests(self, left: dict[str, Wanted], deadline: float, cancelled: CancelCheck | None,
                            filing: ThreadPoolExecutor, filed: list[Future[str]]) -> int:
        """The requests of one batch: again for those still left after a cut."""
        got = cuts = 0
        while left:
            if self._per_file:
                for wanted in list(left.values()):
                    if self._download(wanted.attachment_id, "thumbnail", wanted.sha256, MAX_THUMBNAIL_BYTES):
                        got += 1
                return got
            body = json.dumps({"ids": list(left)}).encode()
            before = got
            try:
                with self.transport.stream("POST", "/attachments/thumbnails", data=body, extra={
                        "Content-Type": "application/json", "Accept": "multipart/mixed"}) as answer:
                    if answer.status == 204:
                        return got  # none of them is on the server yet
                    for location, data in _parts(answer):
                        attachment_id = location.rstrip("/").split("/")[-2]
                        if attachment_id not in left:
                            continue
                        wanted = left.pop(attachment_id)
                        if hashlib.sha256(data).hexdigest() != wanted.sha256:
                            log.warning("files: thumbnail of %s did not match its SHA-256; not kept",
                                        attachment_id)
                            continue
                        filed.append(filing.submit(self.blobs.put_bytes, data))
                        got += 1
                return got  # those still left are not on the server yet
            except OfflineError:
                cuts = 0 if got > before else cuts + 1
                if cuts > MAX_CUTS_IN_A_ROW:
                    raise
                if self._clock() >= deadline or (cancelled is not None and cancelled()):
                    return got  # the slice is over: the rest with the next sync
                self._sleep(min(0.2 * 2 ** cuts, 5.0))
            except ServerError as exc:
                if exc.code != "not_found":
                    raise
                # A server from before the batch route: one request a thumbnail, as it was.
                log.info("files: the server has no batch of thumbnails; fetching them one by one")
                self._per_file = True
        return got

    def fetch_original(self, attachment_id: str, progress: Callable[[int], None] | None = None,
                       cancelled: CancelCheck | None = None) -> Path:
        """The original of one attachment, fetched when it is not here (opened on demand). A
        cut download goes on from where it stood (Range), in this call or the next. Raises
        SyncError in words when it cannot be had now (SyncCancelled when cancelled).
        `progress(bytes of it here)` as they arrive."""
        with self.store.reader() as s:
            attachment = s.get(Attachment, attachment_id)
            if attachment is None:
                raise ServerError(REFUSED_WORDS["not_found"], code="not_found")
            sha256, size = attachment.sha256, attachment.size
        if not self.blobs.has(sha256):
            self.transport.cancelled = cancelled
            try:
                fetched = self._fetch_file(attachment_id, "original", sha256, size, progress)
            finally:
                self.transport.cancelled = None
            if not fetched:
                raise ServerError("Fila har ikke kommet fram til serveren ennå; prøv igjen senere.",
                                  code="not_uploaded")
        return self.blobs.path(sha256)

    def fetch_originals(self, wanted: list[Wanted], progress: OriginalsProgressCallback | None = None,
                        cancelled: CancelCheck | None = None) -> OriginalsReport:
        """Fetch these originals one after the other (ahead of a trip, say), each resumed where an
        earlier try stopped. Stops at a cancel (what came stays for the next run) or when the
        link is gone (`error`, in words); a file the server does not have yet is skipped."""
        report = OriginalsReport(total_files=len(wanted), total_bytes=sum(w.size for w in wanted))
        emit = progress or (lambda _p: None)
        finished = 0  # bytes of the files dealt with, whole
        self.transport.cancelled = cancelled
        try:
            for number, w in enumerate(wanted, start=1):
                if cancelled is not None and cancelled():
                    report.cancelled = True
                    break

                def at(position: int, w: Wanted = w, number: int = number, base: int = finished) -> None:
                    emit(OriginalsProgress(number, report.total_files, base + position,
                                           report.total_bytes, w.file_name))

                at(0)
                try:
                    if self.blobs.has(w.sha256):
                        report.here_already += 1
                    elif self._fetch_file(w.attachment_id, "original", w.sha256, w.size, at, report):
                        report.fetched += 1
                    else:
                        report.not_on_server += 1
                except SyncCancelled:
                    report.cancelled = True
                    break
                except SyncError as exc:
                    report.error, report.failure = str(exc), exc
                    log.info("files: originals stopped: %s", exc)
                    break
                finished += w.size
        finally:
            self.transport.cancelled = None
        return report

    def _download(self, attachment_id: str, role: str, sha256: str, limit: int) -> bool:
        """A small file in one request (a thumbnail from a server without the batch route)."""
        try:
            answer = self.transport.exchange("GET", f"/attachments/{attachment_id}/{role}",
                                             limit=limit)
        except ServerError as exc:
            if exc.code == "not_found":
                log.info("files: %s of %s not on the server yet: %s", role, attachment_id, exc)
                return False
            raise
        if hashlib.sha256(answer.content).hexdigest() != sha256:
            # Never filed under a name it does not match; the next run tries again.
            log.warning("files: %s of %s did not match its SHA-256; not kept", role, attachment_id)
            return False
        self.blobs.put_bytes(answer.content)
        return True

    def _fetch_file(self, attachment_id: str, role: str, sha256: str, size: int,
                    progress: Callable[[int], None] | None = None,
                    report: OriginalsReport | None = None) -> bool:
        """Download one file into its partial file, from the byte it holds already (Range), then
        file it under its hash. False when the server does not have it (yet), or what came did
        not hash to it (deleted; the next try starts over). Cuts are resumed at once, up to
        MAX_CUTS_IN_A_ROW without a byte getting through; then OfflineError, the partial file
        kept for the next run. `progress(bytes of the file here)` as they arrive; `report`
        counts the bytes that came over the wire and the cuts."""
        part = self.blobs.partial(sha256)
        cuts = 0
        while True:
            offset = part.stat().st_size if part.exists() else 0
            if offset > size:
                part.unlink()
                offset = 0
            if offset == size:
                break
            extra = {"Range": f"bytes={offset}-", "Accept": "*/*"} if offset else {"Accept": "*/*"}
            got = 0
            try:
                with self.transport.stream("GET", f"/attachments/{attachment_id}/{role}",
                                           extra=extra) as answer:
                    mode = "ab"
                    if answer.status != 206 or not (answer.header("Content-Range") or "").startswith(
                            f"bytes {offset}-"):
                        mode, offset = "wb", 0  # the whole file came: start over
                    with open(part, mode) as f:
                        for chunk in answer.chunks:
                            if offset + got + len(chunk) > size:
                                raise ServerError.of(ErrorKind.BAD_BODY, code="bad_body",
                                                     detail=f"more than the file's {size} bytes")
                            f.write(chunk)
                            got += len(chunk)
                            if report is not None:
                                report.bytes_fetched += len(chunk)
                            if progress is not None:
                                progress(offset + got)
                break
            except OfflineError:
                if report is not None:
                    report.cuts += 1
                cuts = 0 if got else cuts + 1
                if cuts > MAX_CUTS_IN_A_ROW:
                    raise
                self._sleep(min(0.2 * 2 ** cuts, 5.0))
            except ServerError as exc:
                if exc.code == "not_found":
                    log.info("files: %s of %s not on the server yet: %s", role, attachment_id, exc)
                    return False
                raise
        if not self.blobs.adopt(sha256):
            log.warning("files: %s of %s did not match its SHA-256; not kept", role, attachment_id)
            return False
        return True


@dataclass(frozen=True, slots=True)
class Wanted:
    """A file to fetch: which attachment's, its SHA-256 and size, and its name to show."""

    attachment_id: str
    sha256: str
    size: int
    file_name: str = ""


@dataclass(frozen=True, slots=True)
class OriginalsProgress:
    """Where `fetch_originals` stands: the file it is on (1-based) of how many, bytes so far of
    all of them, and that file's name."""

    file: int
    files: int
    bytes_done: int
    bytes_total: int
    file_name: str


OriginalsProgressCallback = Callable[[OriginalsProgress], None]


@dataclass
class OriginalsReport:
    """What `fetch_originals` did. `error`: why it stopped early, in words (`failure`: the
    error itself, whose kind says offline, login or server)."""

    total_files: int = 0
    total_bytes: int = 0
    fetched: int = 0
    here_already: int = 0
    not_on_server: int = 0
    bytes_fetched: int = 0
    cuts: int = 0
    cancelled: bool = False
    error: str | None = None
    failure: SyncError | None = None


def _batches(wanted: list[Wanted]) -> Iterator[list[Wanted]]:
    """`wanted` in requests of at most MAX_THUMBNAILS_PER_REQUEST files and, past the first
    file, THUMBNAIL_BATCH_BYTES."""
    batch: list[Wanted] = []
    size = 0
    for w in wanted:
        if batch and (len(batch) >= MAX_THUMBNAILS_PER_REQUEST or size + w.size > THUMBNAIL_BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(w)
        size += w.size
    if batch:
        yield batch


_PART_HEAD_MAX = 8 * 1024


def _parts(answer: StreamedAnswer) -> Iterator[tuple[str, bytes]]:
    """(Content-Location, bytes) of each part of a multipart/mixed answer as it arrives. Each part
    must say its Content-Length (the server's do): the bytes are not searched for the boundary.
    A malformed answer is a ServerError; a cut, the transport's OfflineError."""
    kind = answer.header("Content-Type") or ""
    boundary = next((p.split("=", 1)[1].strip('" ') for p in kind.split(";")[1:]
                     if p.strip().lower().startswith("boundary=")), "")
    if not kind.lower().startswith("multipart/mixed") or not boundary:
        raise _bad_parts(f"not multipart/mixed: {kind[:80]!r}")
    delimiter, close = f"--{boundary}\r\n".encode(), f"--{boundary}--".encode()
    buffer = bytearray()
    chunks = iter(answer.chunks)

    def more() -> bool:
        chunk = next(chunks, None)
        if chunk is None:
            return False
        buffer.extend(chunk)
        return True

    while True:
        while len(buffer) < len(delimiter) and more():
            pass
        if buffer.startswith(close):
            return
        if not buffer.startswith(delimiter):
            raise _bad_parts("a part does not start with the boundary")
        while (end := buffer.find(b"\r\n\r\n")) < 0:
            if len(buffer) > _PART_HEAD_MAX or not more():
                raise _bad_parts("a part's headers do not end")
        head = bytes(buffer[len(delimiter):end]).decode("latin-1")
        del buffer[:end + 4]
        fields = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in head.split("\r\n"))}
        length = fields.get("content-length", "")
        if not length.isdigit() or int(length) > MAX_THUMBNAIL_BYTES:
            raise _bad_parts(f"a part's Content-Length is {length[:20]!r}")
        while len(buffer) < int(length) + 2:
            if not more():
                raise _bad_parts("the answer ends inside a part")
        data = bytes(buffer[:int(length)])
        if buffer[int(length):int(length) + 2] != b"\r\n":
            raise _bad_parts("a part is longer than its Content-Length")
        del buffer[:int(length) + 2]
        yield fields.get("content-location", ""), data


def _bad_parts(detail: str) -> SyncError:
    return ServerError.of(ErrorKind.BAD_BODY, code="bad_body", detail=detail)


def _path_of(location: str) -> str:
    """The path the transport asks for (it adds the server and the API prefix itself)."""
    path = urlsplit(location).path
    if not path:
        raise ServerError("the server's upload answer named no upload", code="bad_body")
    return path.removeprefix(API_PREFIX)


def _sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1024 * 1024):
            h.update(chunk)
    return h.hexdigest()
