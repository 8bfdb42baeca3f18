"""What the server asks of a file store (`sync.server.blobs.BlobStore`), as one check any
implementation can be run through: the disk store here; an object-storage store (docs/deploy.md)
would be added to STORES and pass the same."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from sync.server.blobs import READ_PIECE, BlobStore, FileBlobStore

STORES: dict[str, Callable[[Path], BlobStore]] = {"disk": lambda root: FileBlobStore(root / "blobs")}


@pytest.fixture(params=list(STORES))
def store(request: pytest.FixtureRequest, tmp_path: Path) -> BlobStore:
    return STORES[request.param](tmp_path)


def _source(tmp_path: Path, data: bytes) -> tuple[str, Path]:
    path = tmp_path / f"upload-{os.urandom(4).hex()}.part"
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest(), path


def test_a_blob_store_keeps_files_by_their_hash(store: BlobStore, tmp_path: Path) -> None:
    data = os.urandom(3 * READ_PIECE + 123)
    digest, source = _source(tmp_path, data)
    assert not store.exists(digest) and store.size(digest) is None
    store.put(digest, source)
    assert not source.exists()  # moved in
    assert store.exists(digest) and store.size(digest) == len(data)
    assert b"".join(store.read(digest)) == data
    # Ranges, as a resumed download asks for them, in pieces no bigger than READ_PIECE.
    for start, end in ((0, 1), (READ_PIECE - 1, READ_PIECE + 1), (len(data) - 10, None), (5, len(data))):
        pieces = list(store.read(digest, start, end))
        assert b"".join(pieces) == data[start:end] and all(len(p) <= READ_PIECE for p in pieces)
    # The same file again (another laptop): kept once, the new copy dropped.
    _digest, again = _source(tmp_path, data)
    store.put(digest, again)
    assert not again.exists() and list(store.digests()) == [digest]
    # This server sends the bytes itself, or names where to get them: either way a URL or None.
    url = store.redirect_url(digest, file_name="tavle.jpg", media_type="image/jpeg")
    assert url is None or url.startswith(("https://", "http://"))
    store.delete(digest)
    store.delete(digest)  # gone already: nothing
    assert not store.exists(digest) and list(store.digests()) == []
    with pytest.raises(FileNotFoundError):
        b"".join(store.read(digest))


def test_names_are_hashes_only(store: BlobStore) -> None:
    for bad in ("../../etc/passwd", "ab", "A" * 64):
        with pytest.raises(ValueError):
            store.exists(bad)
