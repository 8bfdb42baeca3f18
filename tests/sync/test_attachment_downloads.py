"""Attached files coming down to a laptop from the real server on 127.0.0.1 (issue 23): a new
laptop's thumbnails come many to a request (counted at a proxy), in the sync_files call after its
first sync; a cut in the middle of a batch keeps the thumbnails that came whole; an original cut
again and again on a slow link goes on from the byte it reached (HTTP Range), never from zero.
SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from faulty_proxy import FaultyProxy
from live import Client, LiveServer, make_client
from PIL import Image
from test_engine_live import ORGNRS, register_company

from bench.counting_proxy import CountingProxy
from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import VisitDraft
from lpj_desktop.services.attachments import AttachOptions, attach_prepared, prepare_file
from lpj_desktop.services.visits import record_visit
from lpj_desktop.store.blobs import LocalBlobs
from lpj_desktop.store.models import Attachment
from lpj_desktop.sync_client.engine import SyncEngine
from lpj_desktop.sync_client.files import FileSync
from sync.protocol import MAX_THUMBNAILS_PER_REQUEST


@pytest.fixture
def team(tmp_path: Path, any_server: LiveServer) -> tuple[Client, Client]:
    any_server.add_user("kari")
    any_server.add_user("ola")
    return make_client(tmp_path, any_server, "kari"), make_client(tmp_path, any_server, "ola")


def _visit(client: Client, orgnr_index: int) -> str:
    company = register_company(client, ORGNRS[orgnr_index], "Alta Elektro AS")
    with client.store.session() as s:
        return record_visit(s, VisitDraft(company_id=company, occurred_at=datetime.now(UTC),
                                          channel=Channel.VISIT, outcome=Outcome.WANTS_INFORMATION),
                            client.user_id).visit.id


def _photos(client: Client, visit: str, count: int, side: int = 64, *,
            keep_original: bool = False) -> list[Attachment]:
    """`count` different photos attached to `visit` (noise: each its own file and thumbnail)."""
    blobs = LocalBlobs.beside(client.store.path)
    out = []
    for i in range(count):
        buf = io.BytesIO()
        Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(buf, "JPEG", quality=90)
        path = client.data_dir / f"IMG_{i:04d}.jpg"
        path.write_bytes(buf.getvalue())
        prepared = prepare_file(blobs, path, AttachOptions(keep_original=keep_original))
        with client.store.session() as s:
            out.append(attach_prepared(s, prepared, "visit", visit, author_id=client.user_id))
    return out


def _uploaded(client: Client) -> None:
    assert client.engine.sync().finished
    assert client.engine.sync_files().waiting_files == 0


@pytest.fixture
def proxy(any_server: LiveServer) -> Iterator[CountingProxy]:
    with CountingProxy.for_url(any_server.url) as p:
        yield p


@pytest.mark.slow
def test_a_new_laptops_thumbnails_come_many_to_a_request_after_its_first_sync(
        tmp_path: Path, any_server: LiveServer, team: tuple[Client, Client], proxy: CountingProxy) -> None:
    kari, _ola = team
    count = MAX_THUMBNAILS_PER_REQUEST + 30
    photos = _photos(kari, _visit(kari, 10), count)
    _uploaded(kari)
    any_server.add_user("per")
    laptop = make_client(tmp_path, any_server, "per")
    engine = SyncEngine(laptop.store, server_url=proxy.url, token=laptop.token)
    assert engine.sync().finished
    before = proxy.counts()
    report = engine.sync_files()
    counts = proxy.counts() - before
    assert report.error is None and report.thumbnails == count
    routes = Counter(p.split("/api/v1")[-1] for p in counts.paths)
    # Two requests for 230 thumbnails, not 230; no original comes down.
    assert routes == {"/attachments/thumbnails": 2}, routes
    blobs = LocalBlobs.beside(laptop.store.path)
    assert all(blobs.has(p.thumbnail_sha256) for p in photos)
    assert not any(blobs.has(p.sha256) for p in photos)
    # Nothing left to fetch: the next sync's files cost nothing of the kind.
    before = proxy.counts()
    assert engine.sync_files().thumbnails == 0
    assert "/attachments/thumbnails" not in " ".join((proxy.counts() - before).paths)


def test_a_cut_inside_a_batch_keeps_the_thumbnails_that_came_whole(
        tmp_path: Path, any_server: LiveServer, team: tuple[Client, Client]) -> None:
    kari, ola = team
    photos = _photos(kari, _visit(kari, 11), 40, side=200)
    _uploaded(kari)
    assert ola.engine.sync().finished
    payload = sum(p.thumbnail_size or 0 for p in photos)
    proxy = FaultyProxy(any_server.port)
    # The first answer is cut after about half of it; the files sync asks for the rest.
    proxy._choose = _cut_at(payload // 2)  # type: ignore[method-assign]
    asked: list[int] = []
    try:
        weak = SyncEngine(ola.store, server_url=proxy.url, token=ola.token, retries=0)
        stream = weak.transport.stream

        def counted(method: str, path: str, **kw: object):  # type: ignore[no-untyped-def]
            asked.append(len(json.loads(kw["data"])["ids"]))  # type: ignore[arg-type]
            return stream(method, path, **kw)  # type: ignore[arg-type]

        weak.transport.stream = counted  # type: ignore[method-assign]
        got = FileSync(ola.store, weak.transport, sleep=lambda _s: None).fetch_thumbnails()
    finally:
        proxy.close()
    blobs = LocalBlobs.beside(ola.store.path)
    assert got == 40 and all(blobs.has(p.thumbnail_sha256) for p in photos)
    # Those that came whole before the cut are not asked for again.
    assert asked[0] == 40 and len(asked) == 2 and asked[1] < 40, asked
    assert proxy.bytes_down < 2 * payload, (proxy.bytes_down, payload)


def _cut_at(at: int):  # type: ignore[no-untyped-def]
    """The proxy's first connection cut after `at` bytes of its answer, the rest untouched."""
    first = [True]

    def choose() -> tuple[str | None, int]:
        if first[0]:
            first[0] = False
            return "mid_response", at
        return None, 0

    return choose


@pytest.mark.slow
def test_an_original_cut_again_and_again_goes_on_from_the_byte_it_reached(
        tmp_path: Path, any_server: LiveServer, team: tuple[Client, Client]) -> None:
    kari, ola = team
    photo, = _photos(kari, _visit(kari, 12), 1, side=1100, keep_original=True)
    _uploaded(kari)
    assert ola.engine.sync().finished
    # 250 KB/s, cut every 1.5 s: the original (about 1.2 MB) is cut several times on its way.
    proxy = FaultyProxy(any_server.port, bytes_per_s=250_000, cut_every_s=1.5)
    seen: list[int] = []
    try:
        weak = SyncEngine(ola.store, server_url=proxy.url, token=ola.token, retries=0)
        files = FileSync(ola.store, weak.transport, sleep=lambda _s: None)
        path = files.fetch_original(photo.id, progress=seen.append)
    finally:
        proxy.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == photo.sha256
    assert proxy.link_cuts >= 2
    assert proxy.bytes_down <= 1.15 * photo.size, (proxy.bytes_down, photo.size)
    assert seen == sorted(seen) and seen[-1] == photo.size  # never from zero again
    assert not LocalBlobs.beside(ola.store.path).partial(photo.sha256).exists()


def test_a_cut_download_left_for_later_goes_on_from_its_partial_file(
        tmp_path: Path, any_server: LiveServer, team: tuple[Client, Client]) -> None:
    kari, ola = team
    photo, = _photos(kari, _visit(kari, 13), 1, side=600, keep_original=True)
    _uploaded(kari)
    assert ola.engine.sync().finished
    blobs = LocalBlobs.beside(ola.store.path)
    original = blobs.path(photo.sha256)
    # As a laptop shut down in the middle of a download leaves it: the first part of the file.
    whole = LocalBlobs.beside(kari.store.path).path(photo.sha256).read_bytes()
    blobs.partial(photo.sha256).write_bytes(whole[: len(whole) // 3])
    with CountingProxy.for_url(any_server.url) as counting:
        engine = SyncEngine(ola.store, server_url=counting.url, token=ola.token)
        engine.files().fetch_original(photo.id)
        down = counting.counts().bytes_down
    assert original.read_bytes() == whole
    assert down < len(whole) * 2 // 3 + 2000  # the rest and the headers, not the whole file


def test_a_server_without_the_batch_route_is_asked_one_thumbnail_at_a_time(
        tmp_path: Path, any_server: LiveServer, team: tuple[Client, Client]) -> None:
    from starlette.responses import JSONResponse

    from sync.protocol import API_PREFIX, ErrorBody
    from sync.server.app import create_app
    from tests.server.conftest import ThreadedServer

    kari, ola = team
    photos = _photos(kari, _visit(kari, 14), 3)
    _uploaded(kari)
    assert ola.engine.sync().finished
    # The same database, served as by a server from before POST /attachments/thumbnails: that
    # path is not found, as FastAPI answers a path it has no route for.
    app = create_app(any_server.config, any_server.db)

    async def before_the_route(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"] == f"{API_PREFIX}/attachments/thumbnails":
            body = ErrorBody(code="not_found", message="Not Found").model_dump()
            await JSONResponse(body, status_code=404)(scope, receive, send)
            return
        await app(scope, receive, send)

    with ThreadedServer(before_the_route) as older, CountingProxy.for_url(older.base_url) as counting:
        engine = SyncEngine(ola.store, server_url=counting.url, token=ola.token)
        assert engine.files().fetch_thumbnails() == 3
        paths = [p.replace("/api/v1", "") for p in counting.counts().paths]
    assert paths[0] == "POST /attachments/thumbnails"
    assert sorted(paths[1:]) == sorted(f"GET /attachments/{p.id}/thumbnail" for p in photos)


def test_a_store_that_hands_out_its_own_urls_is_followed_and_resumed_there(
        tmp_path: Path, any_server: LiveServer, team: tuple[Client, Client]) -> None:
    """Object storage answers downloads itself (a presigned URL, docs/deploy.md): the server
    answers 307, the app follows it without its token and resumes a cut file there by Range."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import FileResponse, PlainTextResponse
    from starlette.routing import Route

    from sync.server.app import create_app
    from sync.server.blobs import FileBlobStore
    from tests.server.conftest import ThreadedServer

    kari, ola = team
    photo, = _photos(kari, _visit(kari, 15), 1, side=500, keep_original=True)
    _uploaded(kari)
    assert ola.engine.sync().finished
    root = any_server.config.resolved_files_dir / "blobs"
    asked: list[tuple[str | None, str | None]] = []

    async def bucket(request: Request) -> Any:  # a stand-in for the object store
        asked.append((request.headers.get("authorization"), request.headers.get("range")))
        if request.query_params.get("X-Amz-Signature") != "signed":
            return PlainTextResponse("AccessDenied", status_code=403)
        return FileResponse(root / request.path_params["key"])

    class Presigning(FileBlobStore):
        def redirect_url(self, digest: str, *, file_name: str, media_type: str) -> str | None:
            return f"{objects.base_url}/lpj-files/{digest[:2]}/{digest}?X-Amz-Signature=signed"

    store = Starlette(routes=[Route("/lpj-files/{key:path}", bucket)])
    with ThreadedServer(store) as objects, ThreadedServer(
            create_app(any_server.config, any_server.db, blobs=Presigning(root))) as server:
        blobs = LocalBlobs.beside(ola.store.path)
        whole = (root / photo.sha256[:2] / photo.sha256).read_bytes()
        blobs.partial(photo.sha256).write_bytes(whole[:1000])  # a download cut before
        engine = SyncEngine(ola.store, server_url=server.base_url, token=ola.token)
        path = engine.files().fetch_original(photo.id)
    assert path.read_bytes() == whole
    assert asked == [(None, "bytes=1000-")]  # no token to the store; the rest only
