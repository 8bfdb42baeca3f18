"""Where the server keeps attached files: behind `BlobStore` (put/get/exists/delete), so that
production may keep them in S3-compatible object storage (docs/deploy.md) while the embedded
default keeps them on disk under the server's data folder.

Content-addressed: a file's name is its SHA-256, verified before it is put, so the same photo
sent from two laptops is stored once, and a name always says what its bytes are.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from sync.entities import is_sha256


class BlobStore(Protocol):
    """The file store the server needs. `put` takes a local file whose SHA-256 the caller has
    verified and moves it in (the source is gone afterwards)."""

    def exists(self, digest: str) -> bool:
        """True when the file is stored whole."""
        ...

    def put(self, digest: str, source: Path) -> None:
        """Store `source` (verified) as `digest`; a file already stored is kept."""
        ...

    def local_path(self, digest: str) -> Path | None:
        """A local file to send for `digest` (disk), or None when it is not stored here."""
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

    def local_path(self, digest: str) -> Path | None:
        path = self._path(digest)
        return path if path.is_file() else None

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
