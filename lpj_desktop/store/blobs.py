"""The laptop's attached files: content-addressed, under the data folder (`files/`).

A file is stored under its SHA-256 (`files/ab/abcdef…`), so the same photo attached to two
visits is kept once and its name says what it must hold. A file appears under its name only
whole: it is written to a temporary name in the same folder, flushed to disk, then renamed
(atomic on one file system), so a crash or a cut leaves either nothing or the whole file.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

FOLDER = "files"
_TMP_PREFIX = ".part-"
# A download that may be resumed (from the server, by byte range): named after the file it must
# become, so that the next try finds it; kept across crashes, unlike the temporary files.
_PARTIAL_PREFIX = ".partial-"


@dataclass(frozen=True, slots=True)
class LocalBlobs:
    """The content-addressed file store rooted at `root`."""

    root: Path

    @classmethod
    def beside(cls, database: Path) -> LocalBlobs:
        """The file store of the local store whose database file is `database`."""
        return cls(database.parent / FOLDER)

    def path(self, digest: str) -> Path:
        """Where the file with this SHA-256 lives (whether or not it is there)."""
        return self.root / digest[:2] / digest

    def has(self, digest: str) -> bool:
        """True when the whole file is here."""
        return self.path(digest).is_file()

    @contextmanager
    def writer(self) -> Iterator[BlobWriter]:
        """A temporary file to write a new blob into; `BlobWriter.commit()` files it under its
        hash. Left without a commit (an error), the temporary file is removed."""
        self.root.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            self.root.chmod(0o700)  # attachments are personal data, as the store is
        tmp = self.root / f"{_TMP_PREFIX}{uuid.uuid4().hex}"
        writer = BlobWriter(self, tmp, open(tmp, "wb"))
        try:
            yield writer
        finally:
            writer.file.close()
            tmp.unlink(missing_ok=True)

    def put_bytes(self, data: bytes) -> str:
        """Store `data`; its SHA-256."""
        with self.writer() as w:
            w.write(data)
            return w.commit()

    def remove(self, digest: str) -> None:
        """Delete a file (a local erasure), and any partial download of it; no error when it is
        not here."""
        self.path(digest).unlink(missing_ok=True)
        self.partial(digest).unlink(missing_ok=True)

    def partial(self, digest: str) -> Path:
        """Where a download of the file `digest` grows until it is whole (`adopt`)."""
        self.root.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            self.root.chmod(0o700)
        return self.root / f"{_PARTIAL_PREFIX}{digest}"

    def adopt(self, digest: str) -> bool:
        """File the finished partial download of `digest` under its name if it hashes to it
        (True); otherwise delete it (False): a name always says what its bytes are."""
        part = self.partial(digest)
        h = hashlib.sha256()
        with open(part, "rb") as f:
            while chunk := f.read(1024 * 1024):
                h.update(chunk)
            os.fsync(f.fileno())
        if h.hexdigest() != digest:
            part.unlink(missing_ok=True)
            return False
        target = self.path(digest)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(part, target)
        return True

    def sweep_parts(self) -> int:
        """Remove temporary files a crash left behind; how many."""
        if not self.root.is_dir():
            return 0
        parts = list(self.root.glob(f"{_TMP_PREFIX}*"))
        for part in parts:
            part.unlink(missing_ok=True)
        return len(parts)


@dataclass
class BlobWriter:
    """A blob being written: hashed as it is written, filed under its hash by `commit()`."""

    blobs: LocalBlobs
    tmp: Path
    file: BinaryIO
    size: int = 0

    def __post_init__(self) -> None:
        self._hash = hashlib.sha256()

    def write(self, data: bytes) -> None:
        self.file.write(data)
        self._hash.update(data)
        self.size += len(data)

    def commit(self) -> str:
        """Flush to disk and file under the SHA-256; the digest. A file already there (the same
        content attached before) is kept and this copy dropped."""
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        digest = self._hash.hexdigest()
        target = self.blobs.path(digest)
        if target.is_file():
            self.tmp.unlink(missing_ok=True)
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(self.tmp, target)
        return digest
