"""Files attached in the background, one request after the other, so the window never waits: a
file is read, checked, stripped and scaled off the UI thread (services/attachments.prepare_file),
then its record is written in a short transaction of its own (attach_prepared). Each file is
attached as soon as it is ready; a refused one is said in words and the rest go on."""

from __future__ import annotations

import logging
import sys
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from lpj_desktop.services.attachments import AttachmentRefused, AttachOptions, attach_prepared, prepare_file
from lpj_desktop.services.use import write
from lpj_desktop.store.blobs import LocalBlobs
from lpj_desktop.store.database import Store
from lpj_desktop.ui.attachments import words
from lpj_desktop.ui.workers import Job, run_job

log = logging.getLogger(__name__)
# While files are prepared, the interpreter lock passes to a thread that waits for it after 1 ms
# instead of CPython's 5: the UI thread takes it several times per turn of its event loop, and
# each turn waited up to 5 ms a time for the preparing thread's Python (bench_attach_stall).
SWITCH_INTERVAL_S = 0.001


@dataclass(frozen=True)
class Source:
    """One file to attach: a file on disk, or a picture pasted or dropped as data (no file of its
    own; it is written as PNG to the data folder's `incoming/` first). `owned`: a file the app
    wrote itself (a picture pasted into a visit form, kept with its draft): removed once attached."""

    name: str
    path: Path | None = None
    image: QImage | None = None
    owned: bool = False


@dataclass(frozen=True)
class AttachRequest:
    """Files to attach to one record, with one caption and one choice about photo size."""

    parent_entity: str
    parent_id: str
    sources: tuple[Source, ...]
    caption: str | None = None
    keep_original: bool = False


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file: attached (`attachment_id`), or refused (`words`)."""

    request: AttachRequest
    name: str
    attachment_id: str | None = None
    words: str | None = None


class AttachQueue(QObject):
    """The window's one queue of files being attached."""

    file_done = Signal(object)  # FileOutcome
    progress = Signal(int, int)  # files done, files asked for since the queue was last idle
    idle = Signal()

    def __init__(self, store: Store, incoming: Path, author: Callable[[], str],
                 max_side: Callable[[], int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.blobs = LocalBlobs.beside(store.path)
        self.incoming = incoming
        self._author = author
        self._max_side = max_side
        self._pending: deque[AttachRequest] = deque()
        self._job: Job | None = None
        self._done = 0
        self._total = 0
        self._switch_interval: float | None = None  # the interpreter's own, while files are prepared

    @property
    def busy(self) -> bool:
        return self._job is not None

    def add(self, request: AttachRequest) -> None:
        """Attach the request's files after those asked for before."""
        if not request.sources:
            return
        self._pending.append(request)
        self._total += len(request.sources)
        self.progress.emit(self._done, self._total)
        if self._job is None:
            self._next()

    def _next(self) -> None:
        if not self._pending:
            self._job = None
            self._done = self._total = 0
            if self._switch_interval is not None:
                sys.setswitchinterval(self._switch_interval)
                self._switch_interval = None
            self.idle.emit()
            return
        if self._switch_interval is None:
            self._switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(SWITCH_INTERVAL_S, self._switch_interval))
        request = self._pending.popleft()
        options = AttachOptions(max_side=self._max_side(), keep_original=request.keep_original)
        self._job = run_job(
            Job(_attach_all, self.store, self.blobs, self.incoming, request, self._author(), options,
                with_progress=True),
            on_done=lambda _r: self._next(), on_failed=self._failed, on_progress=self._one_done)

    def _one_done(self, outcome: object) -> None:
        assert isinstance(outcome, FileOutcome)
        self._done += 1
        self.file_done.emit(outcome)
        self.progress.emit(self._done, self._total)

    def _failed(self, message: str, _traceback: str) -> None:
        # _attach_all reports each file's own trouble; this is the job itself going wrong.
        log.error("attaching files stopped: %s", message)
        self._next()


def _attach_all(store: Store, blobs: LocalBlobs, incoming: Path, request: AttachRequest, author_id: str,
                options: AttachOptions, *, progress: Callable[[object], None],
                cancel: Callable[[], bool]) -> None:
    """Prepare and attach each file of `request` (in a worker)."""
    for source in request.sources:
        progress(_attach_one(store, blobs, incoming, request, source, author_id, options))


def _attach_one(store: Store, blobs: LocalBlobs, incoming: Path, request: AttachRequest, source: Source,
                author_id: str, options: AttachOptions) -> FileOutcome:
    temporary: Path | None = None
    try:
        path = source.path
        if path is None:
            if source.image is None or source.image.isNull():
                raise AttachmentRefused("empty")
            incoming.mkdir(parents=True, exist_ok=True)
            temporary = path = incoming / f"{uuid.uuid4().hex}.png"
            if not source.image.save(str(path), "PNG"):
                raise AttachmentRefused("unreadable", detail=str(path))
        prepared = prepare_file(blobs, path, options, file_name=source.name)
        attachment = write(store, attach_prepared, prepared, request.parent_entity, request.parent_id,
                           author_id=author_id, caption=request.caption)
        return FileOutcome(request, prepared.file_name, attachment_id=attachment.id)
    except AttachmentRefused as refused:
        log.info("file refused: %s: %s", source.name, refused.message)
        return FileOutcome(request, source.name, words=words.refused(refused.key, refused.values))
    except Exception as exc:  # a store or disk error: said for this file, the rest go on
        log.exception("attaching %s failed", source.name)
        return FileOutcome(request, source.name, words=str(exc) or type(exc).__name__)
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        if source.owned and source.path is not None:
            source.path.unlink(missing_ok=True)
