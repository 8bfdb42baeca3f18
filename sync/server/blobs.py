"""Where the server keeps attached files: behind `BlobStore`, so that production may keep them
in S3-compatible object storage (docs/deploy.md) while the embedded default keeps them on disk
under the server's data folder (`FileBlobStore`).

Content-addressed: a file's name is its SHA-256, verified before it is put, so the same photo
sent from two laptops is stored once, and a name always says what its bytes are. Stored files
never change, which is what lets a download resume by byte range and be cached for good.

Uploads in progress are not here: a tus upload grows by appends, which object storage has no
operation for, so they stay on the server's local disk (sync/server/uploads.py) until whole.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sync.entities import is_sha256

if TYPE_CHECKING:
    from sync.server.config import ServerConfig

# Pieces a stored file is read in: large enough to keep the per-piece cost small, small enough
# that a thumbnail batch or a download holds little in memory.
READ_PIECE = 256 * 1024


class BlobStore(Protocol):
    """The file store the server needs. Every method takes a verified SHA-256 as the name."""

    def exists(self, digest: str) -> bool:
        """True when the file is stored whole."""
        ...

    def size(self, digest: str) -> int | None:
        """The file's size in bytes, or None when it is not stored."""
        ...

    def put(self, digest: str, source: Path) -> None:
        """Store the local file `source`, whose SHA-256 the caller has verified to be `digest`,
        and remove `source`; a file already stored is kept."""
        ...

    def read(self, digest: str, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        """The bytes [start, end) of a stored file (to its end when `end` is None), in pieces.
        Raises FileNotFoundError when it is not stored."""
        ...

    def redirect_url(self, digest: str, *, file_name: str, media_type: str) -> str | None:
        """Where a client may fetch the file itself, for a short while (object storage: a
        presigned URL, which serves ranges too), or None: this server sends the bytes."""
        ...

    def delete(self, digest: str) -> None:
        """Remove the file; nothing when it is not there."""
        ...

    def digests(self) -> Iterator[str]:
        """Every stored file (for the orphan sweep and backups)."""
        ...


class FileBlobStore:
    """Files on disk: `<root>/ab/abcdef…`. The root lives on the same file system as the upload
    area (`Uploads`), so putting a finished upload is a rename."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, digest: str) -> Path:
        if not is_sha256(digest):  # never a path built from anything but a hash
            raise ValueError(f"not a SHA-256: {digest!r}")
        return self.root / digest[:2] / digest

    def exists(self, digest: str) -> bool:
        return self._path(digest).is_file()

    def put(self, digest: str, source: Path) -> None:
        target = self._path(digest)
        if target.is_file():
            source.unlink(missing_ok=True)
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)

    def size(self, digest: str) -> int | None:
        try:
            return self._path(digest).stat().st_size
        except FileNotFoundError:
            return None

    def read(self, digest: str, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        with open(self._path(digest), "rb") as f:
            f.seek(start)
            left = None if end is None else max(0, end - start)
            while left is None or left > 0:
                piece = f.read(READ_PIECE if left is None else min(READ_PIECE, left))
                if not piece:
                    return
                if left is not None:
                    left -= len(piece)
                yield piece

    def redirect_url(self, digest: str, *, file_name: str, media_type: str) -> str | None:
        return None  # on this server's disk: it sends them

    def delete(self, digest: str) -> None:
        self._path(digest).unlink(missing_ok=True)

    def digests(self) -> Iterator[str]:
        if not self.root.is_dir():
            return
        for folder in sorted(self.root.iterdir()):
            if folder.is_dir() and len(folder.name) == 2:
                for file in sorted(folder.iterdir()):
                    if is_sha256(file.name):
                        yield file.name


def blob_store(config: ServerConfig) -> BlobStore:
    """The file store this server's settings name: the one place that chooses it (the app and
    `lpj-server sweep-files` both ask here). On disk under the files folder; an object-storage
    store would be chosen here by a setting (docs/deploy.md)."""
    return FileBlobStore(config.resolved_files_dir / "blobs")
