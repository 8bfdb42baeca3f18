"""Attached files on the server (issue 23), over real HTTP on 127.0.0.1 (SQLite and
PostgreSQL): tus uploads resumed after cuts at random byte offsets, the same file from two
laptops stored once, another organisation refused, a hash mismatch refused with nothing kept,
an erased visit's bytes removed, the quota, and a stock tus client (tuspy) speaking to it."""

from __future__ import annotations

import hashlib
import os
import random
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from sync.protocol import API_PREFIX
from sync.server.app import create_app
from sync.server.db import Database
from tests.server.conftest import ThreadedServer
from tests.server.conftest import test_config as server_config
from tests.server.harness import Api, ServerHarness, mutation, new_id, visit_fields

TUS = {"Tus-Resumable": "1.0.0"}


@pytest.fixture
def files_harness(database: Database, tmp_path: Path,
                  request: pytest.FixtureRequest) -> Iterator[ServerHarness]:
    quota = getattr(request, "param", None)
    config = server_config(str(database.url.render_as_string(hide_password=False)),
                         files_dir=str(tmp_path / "files"), attachment_quota_bytes=quota)
    app = create_app(config, database)
    with ThreadedServer(app) as server, httpx.Client(base_url=server.base_url, timeout=60) as client:
        yield ServerHarness(database, config, app, client, base_url=server.base_url)


def _stored(h: ServerHarness) -> list[str]:
    root = h.config.resolved_files_dir / "blobs"
    return sorted(p.name for p in root.rglob("*") if p.is_file()) if root.exists() else []


def _visit_with_file(api: Api, data: bytes, *, company: str | None = None,
                     visit: str | None = None) -> tuple[str, str]:
    """A company, a visit on it and an attachment naming `data`; (visit id, attachment id)."""
    company = company or new_id()
    visit = visit or new_id()
    attachment = new_id()
    api.push([
        mutation(api.next_id, "create", "company", company, name="Alta Elektro AS"),
        mutation(api.next_id + 1, "create", "visit", visit, **visit_fields(api.user_id, company)),
        mutation(api.next_id + 2, "create", "attachment", attachment, parent_entity="visit",
                 parent_id=visit, author_id=api.user_id, sha256=hashlib.sha256(data).hexdigest(),
                 size=len(data), media_type="image/jpeg", file_name="tavle.jpg"),
    ])
    return visit, attachment


def _create(api: Api, attachment: str, length: int, role: str = "original") -> httpx.Response:
    return api.http.post(f"{API_PREFIX}/attachments/{attachment}/uploads/{role}",
                         headers={**api.headers(), **TUS, "Upload-Length": str(length)})


def _head(api: Api, location: str) -> httpx.Response:
    return api.http.head(location, headers={**api.headers(), **TUS})


def _patch(api: Api, location: str, offset: int, body: bytes) -> httpx.Response:
    return api.http.patch(location, content=body, headers={
        **api.headers(), **TUS, "Upload-Offset": str(offset),
        "Content-Type": "application/offset+octet-stream"})


def _cut_patch(h: ServerHarness, api: Api, location: str, offset: int, body: bytes, sent: int) -> None:
    """A PATCH for all of `body` of which only `sent` bytes leave before the link drops."""
    url = urlsplit(h.base_url)
    head = (f"PATCH {location} HTTP/1.1\r\nHost: {url.netloc}\r\n"
            f"Authorization: Bearer {api.token}\r\nTus-Resumable: 1.0.0\r\n"
            f"Upload-Offset: {offset}\r\nContent-Type: application/offset+octet-stream\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    with socket.create_connection((url.hostname, url.port)) as sock:
        sock.sendall(head + body[:sent])
        time.sleep(0.05)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")


def _offset_when_settled(api: Api, location: str) -> int:
    """The server's offset once the cut request is over (it answers 409 busy until then)."""
    deadline = time.monotonic() + 10
    last = -1
    while time.monotonic() < deadline:
        r = _head(api, location)
        assert r.status_code == 200, r.text
        offset = int(r.headers["Upload-Offset"])
        probe = _patch(api, location, offset, b"")
        if probe.status_code == 204 and offset == last:
            return offset
        last = offset
        time.sleep(0.05)
    raise AssertionError("the upload never settled")


def test_an_upload_cut_at_random_offsets_resumes_where_the_server_stands(
        files_harness: ServerHarness) -> None:
    h = files_harness
    kari = h.new_user("kari")
    data = os.urandom(3 * 1024 * 1024 + 17)
    _visit, attachment = _visit_with_file(kari, data)
    created = _create(kari, attachment, len(data))
    assert created.status_code == 201, created.text
    location = created.headers["Location"]
    assert created.headers["Upload-Offset"] == "0" and created.headers["Tus-Resumable"] == "1.0.0"
    rng = random.Random(23)
    offset, on_wire = 0, 0
    for _cut in range(6):
        sent = rng.randint(1, len(data) - offset - 1)
        _cut_patch(h, kari, location, offset, data[offset:], sent)
        on_wire += sent
        offset_now = _offset_when_settled(kari, location)
        # Whatever reached the server is kept: never a restart from zero, never past what was sent.
        assert offset < offset_now <= offset + sent or offset_now == offset
        offset = offset_now
    assert offset > len(data) // 2  # the cuts kept what they let through (exactly, on loopback)
    # Not at the server's offset: refused, and told where to go on from.
    wrong = _patch(kari, location, max(0, offset - 1), data[offset - 1:])
    assert wrong.status_code == 409 and wrong.json()["code"] == "offset_mismatch"
    done = _patch(kari, location, offset, data[offset:])
    assert done.status_code == 204, done.text
    assert done.headers["Upload-Offset"] == str(len(data))
    on_wire += len(data) - offset
    assert on_wire <= 2 * len(data)
    assert _stored(h) == [hashlib.sha256(data).hexdigest()]
    got = kari.get(f"/attachments/{attachment}/original")
    assert got.status_code == 200 and got.content == data
    # A cut download resumes with Range.
    part = kari.http.get(f"{API_PREFIX}/attachments/{attachment}/original",
                         headers={**kari.headers(), "Range": "bytes=1000-"})
    assert part.status_code == 206 and part.content == data[1000:]


def test_the_same_file_from_two_laptops_is_stored_once(files_harness: ServerHarness) -> None:
    h = files_harness
    kari, ola = h.new_user("kari"), h.new_user("ola")
    data = os.urandom(200_000)
    _v1, first = _visit_with_file(kari, data)
    _v2, second = _visit_with_file(ola, data)
    location = _create(kari, first, len(data)).headers["Location"]
    assert _patch(kari, location, 0, data).status_code == 204
    again = _create(ola, second, len(data))
    # Complete at once: Ola's laptop sends nothing.
    assert again.status_code == 201 and again.headers["Upload-Offset"] == str(len(data))
    assert _head(ola, again.headers["Location"]).headers["Upload-Offset"] == str(len(data))
    assert _stored(h) == [hashlib.sha256(data).hexdigest()]
    assert ola.get(f"/attachments/{second}/original").content == data


def test_another_organisations_attachment_is_neither_uploaded_nor_downloaded(
        files_harness: ServerHarness) -> None:
    h = files_harness
    kari = h.new_user("kari", team="Nord")
    other_team = h.new_user("per", team="Sør")
    stranger = h.new_user("fremmed", org="Opplæringskontoret Sør")
    data = os.urandom(5000)
    _visit, attachment = _visit_with_file(kari, data)
    location = _create(kari, attachment, len(data)).headers["Location"]
    for who in (stranger, other_team):
        refused = _create(who, attachment, len(data))
        assert refused.status_code == 404 and refused.json()["code"] == "not_found"
        assert who.get(f"/attachments/{attachment}/original").status_code == 404
        # Nor someone else's upload, even knowing its address.
        assert _head(who, location).status_code == 404
        assert _patch(who, location, 0, data).status_code == 404
    assert _patch(kari, location, 0, data).status_code == 204
    assert stranger.get(f"/attachments/{attachment}/original").status_code == 404
    assert h.http.get(f"{API_PREFIX}/attachments/{attachment}/original").status_code == 401


def test_a_file_that_does_not_hash_to_its_record_is_refused_and_nothing_kept(
        files_harness: ServerHarness) -> None:
    h = files_harness
    kari = h.new_user("kari")
    data = os.urandom(100_000)
    _visit, attachment = _visit_with_file(kari, data)
    location = _create(kari, attachment, len(data)).headers["Location"]
    assert _patch(kari, location, 0, data[:50_000]).status_code == 204
    forged = bytearray(data)
    forged[70_000] ^= 0xFF
    refused = _patch(kari, location, 50_000, bytes(forged[50_000:]))
    assert refused.status_code == 422 and refused.json()["code"] == "hash_mismatch"
    assert "nothing was kept" in refused.json()["message"]
    gone = _head(kari, location)
    assert _stored(h) == [] and gone.status_code == 404
    assert list((h.config.resolved_files_dir / "uploads").glob("*.part")) == []
    # Too long a body, or a length that is not the record's, is refused too.
    location = _create(kari, attachment, len(data)).headers["Location"]
    assert _patch(kari, location, 0, data + b"x").status_code == 409
    assert _create(kari, attachment, len(data) + 1).status_code == 409
    # The rest of the sync goes on.
    assert kari.send("update", "attachment", attachment, base=1, caption="Tavla")["status"] == "applied"


def test_erasing_a_visit_removes_its_files_from_the_server(files_harness: ServerHarness) -> None:
    h = files_harness
    kari = h.new_user("kari")
    data, shared = os.urandom(4000), os.urandom(4000)
    visit, attachment = _visit_with_file(kari, data)
    _other_visit, keeps = _visit_with_file(kari, shared)
    second = new_id()
    kari.send("create", "attachment", second, parent_entity="visit", parent_id=visit,
              author_id=kari.user_id, sha256=hashlib.sha256(shared).hexdigest(), size=len(shared),
              media_type="image/jpeg", file_name="b.jpg")
    for aid, body in ((attachment, data), (keeps, shared)):
        assert _patch(kari, _create(kari, aid, len(body)).headers["Location"], 0, body).status_code == 204
    assert len(_stored(h)) == 2
    assert kari.send("delete", "visit", visit, base=1)["status"] == "applied"
    # The visit's own file is gone; the one another visit's attachment names too stays.
    assert _stored(h) == [hashlib.sha256(shared).hexdigest()]
    assert kari.get(f"/attachments/{attachment}/original").status_code == 404
    assert kari.get(f"/attachments/{keeps}/original").content == shared


@pytest.mark.parametrize("files_harness", [10_000], indirect=True)
def test_the_organisations_quota_is_held(files_harness: ServerHarness) -> None:
    kari = files_harness.new_user("kari")
    small, big = os.urandom(4000), os.urandom(9000)
    _v, first = _visit_with_file(kari, small)
    assert _create(kari, first, len(small)).status_code == 201
    _v, second = _visit_with_file(kari, big)
    refused = _create(kari, second, len(big))
    assert refused.status_code == 413 and refused.json()["code"] == "quota_exceeded"
    assert "quota" in refused.json()["message"]


def test_a_stock_tus_client_uploads_to_it(files_harness: ServerHarness, tmp_path: Path) -> None:
    tusclient = pytest.importorskip("tusclient.client")
    kari = files_harness.new_user("kari")
    data = os.urandom(700_000)
    _visit, attachment = _visit_with_file(kari, data)
    client: Any = tusclient.TusClient(
        f"{files_harness.base_url}{API_PREFIX}/attachments/{attachment}/uploads/original",
        headers={"Authorization": f"Bearer {kari.token}"})
    uploader = client.uploader(file_stream=__import__("io").BytesIO(data), chunk_size=256 * 1024)
    uploader.upload()
    assert kari.get(f"/attachments/{attachment}/original").content == data


def test_the_orphan_sweep_removes_only_files_nobody_names(files_harness: ServerHarness) -> None:
    from sync.server.attachment_records import sweep_orphans
    from sync.server.blobs import FileBlobStore

    h = files_harness
    kari = h.new_user("kari")
    data = os.urandom(3000)
    _visit, attachment = _visit_with_file(kari, data)
    assert _patch(kari, _create(kari, attachment, len(data)).headers["Location"], 0, data).status_code == 204
    blobs = FileBlobStore(h.config.resolved_files_dir / "blobs")
    stray = h.config.resolved_files_dir / "stray"
    stray.write_bytes(b"left by a crash")
    orphan = hashlib.sha256(b"left by a crash").hexdigest()
    blobs.put(orphan, stray)
    assert sweep_orphans(h.db, blobs) == [orphan]
    assert _stored(h) == [hashlib.sha256(data).hexdigest()]


def _photo_with_thumbnail(api: Api, visit: str, original: bytes, thumbnail: bytes,
                          *, upload: bool = True) -> str:
    """An attachment with a thumbnail on `visit`; both files uploaded unless `upload` is False."""
    attachment = new_id()
    assert api.send("create", "attachment", attachment, parent_entity="visit", parent_id=visit,
                    author_id=api.user_id, sha256=hashlib.sha256(original).hexdigest(),
                    size=len(original), media_type="image/jpeg", file_name="bilde.jpg",
                    thumbnail_sha256=hashlib.sha256(thumbnail).hexdigest(),
                    thumbnail_size=len(thumbnail))["status"] == "applied"
    if upload:
        for role, data in (("original", original), ("thumbnail", thumbnail)):
            created = _create(api, attachment, len(data), role)
            if created.headers["Upload-Offset"] != str(len(data)):
                assert _patch(api, created.headers["Location"], 0, data).status_code == 204
    return attachment


def test_many_thumbnails_come_in_one_standard_multipart_answer(files_harness: ServerHarness) -> None:
    import email.parser
    import email.policy

    h = files_harness
    kari = h.new_user("kari", team="Nord")
    stranger = h.new_user("fremmed", org="Opplæringskontoret Sør")
    visit, _first = _visit_with_file(kari, os.urandom(100))
    thumbs = [os.urandom(3000 + i) for i in range(3)]
    shown = [_photo_with_thumbnail(kari, visit, os.urandom(9000), t) for t in thumbs]
    waiting = _photo_with_thumbnail(kari, visit, os.urandom(9000), os.urandom(2000), upload=False)
    other_visit, _x = _visit_with_file(stranger, os.urandom(100))
    theirs = _photo_with_thumbnail(stranger, other_visit, os.urandom(9000), os.urandom(2000))
    ids = [shown[2], waiting, theirs, new_id(), shown[0], shown[2], shown[1]]
    answer = kari.post("/attachments/thumbnails", {"ids": ids})
    assert answer.status_code == 200, answer.text
    assert int(answer.headers["Content-Length"]) == len(answer.content)
    # Read by the standard library's MIME parser, not by the app's own.
    head = f"Content-Type: {answer.headers['Content-Type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + answer.content)
    parts = [(p["Content-Location"], p.get_payload(decode=True)) for p in message.iter_parts()]
    # In the order asked, each once; not the one still on its laptop, nor another organisation's.
    assert parts == [(f"{API_PREFIX}/attachments/{shown[i]}/thumbnail", thumbs[i]) for i in (2, 0, 1)]
    assert kari.post("/attachments/thumbnails", {"ids": [waiting, theirs]}).status_code == 204
    too_many = kari.post("/attachments/thumbnails", {"ids": [new_id() for _ in range(201)]})
    assert too_many.status_code == 422


def test_a_download_resumes_from_a_byte_range(files_harness: ServerHarness) -> None:
    kari = files_harness.new_user("kari")
    data = os.urandom(300_000)
    _visit, attachment = _visit_with_file(kari, data)
    assert _patch(kari, _create(kari, attachment, len(data)).headers["Location"], 0, data).status_code == 204
    path = f"{API_PREFIX}/attachments/{attachment}/original"

    def get(**extra: str) -> httpx.Response:
        return kari.http.get(path, headers={**kari.headers(), **extra})

    whole = get()
    assert whole.status_code == 200 and whole.content == data
    etag = whole.headers["ETag"]
    assert etag == f'"{hashlib.sha256(data).hexdigest()}"' and whole.headers["Accept-Ranges"] == "bytes"
    for header, expected, where in (("bytes=123456-", data[123456:], "123456-299999"),
                                    ("bytes=10-19", data[10:20], "10-19"),
                                    ("bytes=-100", data[-100:], "299900-299999"),
                                    ("bytes=299990-999999", data[299990:], "299990-299999")):
        part = get(Range=header, **{"If-Range": etag})
        assert part.status_code == 206 and part.content == expected, header
        assert part.headers["Content-Range"] == f"bytes {where}/{len(data)}"
    # Several ranges, one unread, or a file that is not the one named: the whole file.
    for extra in ({"Range": "bytes=0-1,5-6"}, {"Range": "lines=1-2"},
                  {"Range": "bytes=10-", "If-Range": '"other"'}):
        assert get(**extra).content == data
    beyond = get(Range=f"bytes={len(data)}-")
    assert beyond.status_code == 416 and beyond.headers["Content-Range"] == f"bytes */{len(data)}"
