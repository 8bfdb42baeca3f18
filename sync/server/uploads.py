"""Resumable uploads (the core of the tus 1.0 protocol): each upload is a part file that grows
by PATCH requests, with a small JSON file saying what it must become. The offset is the part
file's length, so whatever reached the disk before a cut counts, and the laptop resumes there.

A finished upload is hashed whole: the file the attachment record names, or refused and deleted.
Uploads live on local disk under the server's data folder (with S3 too: see docs/deploy.md);
an upload not touched for `STALE_AFTER` is swept.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import BinaryIO

try:  # one writer per upload, across the workers of a server (POSIX servers)
    import fcntl
except ImportError:  # pragma: no cover - Windows: one worker, no lock between processes
    fcntl = None  # type: ignore[assignment]

STALE_AFTER = 7 * 24 * 3600
_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")


class UploadBusy(Exception):
    """Another request is writing this upload (a cut one the server has not noticed yet)."""


@dataclass(frozen=True, slots=True)
class Upload:
    """What an upload must become, and for whom."""

    upload_id: str
    sha256: str
    length: int
    attachment_id: str
    user_id: str
    org_id: str
    created: float


class Uploads:
    """The upload area: `<root>/<id>.json` and `<root>/<id>.part`."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _paths(self, upload_id: str) -> tuple[Path, Path]:
        if not upload_id or len(upload_id) > 64 or not set(upload_id) <= _ID_CHARS:
            raise KeyError(upload_id)
        return self.root / f"{upload_id}.json", self.root / f"{upload_id}.part"

    def create(self, sha256: str, length: int, attachment_id: str, user_id: str, org_id: str) -> Upload:
        """A new, empty upload."""
        self.root.mkdir(parents=True, exist_ok=True)
        upload = Upload(secrets.token_urlsafe(24), sha256, length, attachment_id, user_id, org_id,
                        time.time())
        info, part = self._paths(upload.upload_id)
        part.touch()
        tmp = info.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(upload)))
        os.replace(tmp, info)
        return upload

    def get(self, upload_id: str) -> Upload | None:
        """The upload, or None (unknown, finished or swept)."""
        try:
            info, _part = self._paths(upload_id)
            return Upload(**json.loads(info.read_text()))
        except (KeyError, FileNotFoundError):
            return None

    def offset(self, upload: Upload) -> int:
        """How many bytes of it the server holds."""
        _info, part = self._paths(upload.upload_id)
        try:
            return part.stat().st_size
        except FileNotFoundError:
            return 0

    @contextmanager
    def writing(self, upload: Upload) -> Iterator[BinaryIO]:
        """The part file opened for appending, locked against a second writer (UploadBusy)."""
        _info, part = self._paths(upload.upload_id)
        with open(part, "ab") as f:
            if fcntl is not None:
                try:
                    fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    raise UploadBusy(upload.upload_id) from None
            try:
                yield f
            finally:
                f.flush()
                os.fsync(f.fileno())

    def digest(self, upload: Upload) -> str:
        """The SHA-256 of what the upload holds."""
        _info, part = self._paths(upload.upload_id)
        h = hashlib.sha256()
        with open(part, "rb") as f:
            while chunk := f.read(1024 * 1024):
                h.update(chunk)
        return h.hexdigest()

    def part_path(self, upload: Upload) -> Path:
        return self._paths(upload.upload_id)[1]

    def discard(self, upload: Upload) -> None:
        """Forget the upload and whatever it holds."""
        for path in self._paths(upload.upload_id):
            path.unlink(missing_ok=True)

    def sweep(self, now: float | None = None) -> int:
        """Remove uploads untouched for STALE_AFTER; how many."""
        now = now or time.time()
        removed = 0
        if not self.root.is_dir():
            return 0
        for info in self.root.glob("*.json"):
            part = info.with_suffix(".part")
            touched = max((p.stat().st_mtime for p in (info, part) if p.exists()), default=0)
            if now - touched > STALE_AFTER:
                info.unlink(missing_ok=True)
                part.unlink(missing_ok=True)
                removed += 1
        return removed
