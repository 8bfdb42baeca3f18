"""The sync client against a server that misbehaves (bad_server.py): it trickles its answers,
stalls a stream, answers a push for other mutations, closes the connection inside its headers,
promises gigabytes. The real SyncEngine, Transport and `lpj sync`; each test takes seconds."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from bad_server import (
    CURSOR,
    EPOCH,
    BadServer,
    Reply,
    Request,
    cut_in_headers,
    endless,
    endless_line,
    pull_nothing,
    push_applied,
    server_info,
    snapshot,
    stalled_stream,
    trickled,
    version_ok,
    wait_until,
)
from sqlalchemy import select

from lpj_desktop.cli.main import main
from lpj_desktop.paths import app_paths
from lpj_desktop.services.companies import add_company_by_hand
from lpj_desktop.services.profile import get_profile
from lpj_desktop.store.database import Store, open_store
from lpj_desktop.store.models import OutboxMutation
from lpj_desktop.sync_client import transport as transport_module
from lpj_desktop.sync_client.api import (
    STATE_CURSOR,
    STATE_EPOCH,
    STATE_LAST_ERROR,
    OfflineError,
    ServerError,
)
from lpj_desktop.sync_client.engine import SyncEngine
from lpj_desktop.sync_client.messages import ErrorKind
from lpj_desktop.sync_client.state import get_state, set_state
from lpj_desktop.sync_client.transport import MAX_ANSWER_BYTES, Deadlines, Transport
from sync.protocol import Mutation, PushRequest, PushResponse, ServerInfo

VERSION_BODY = ServerInfo.model_validate(server_info()).model_dump_json().encode()
# Small deadlines, looked at often: the tests take seconds, not minutes.
QUICK = Deadlines(answer=1.0, stall=1.0, progress_bytes=4096, tick=0.05)
SLOW_WORDS = "serveren svarer for sakte"
MISMATCH_WORDS = "Serverens svar stemmer ikke med det som ble sendt"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "laptop"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    s = open_store(app_paths(data_dir))
    yield s
    s.close()


def laptop(store: Store, url: str, *, pending: int = 0, cursor: bool = True) -> None:
    """A store logged in on `url` (as `lpj login` leaves it), with `pending` new companies in
    the outbox, and a cursor unless a first sync is wanted."""
    with store.session() as s:
        profile = get_profile(s)
        profile.server_url, profile.username = url, "kari"
        for i in range(pending):
            add_company_by_hand(s, name=f"Bedrift {i} AS")
        if cursor:
            set_state(s, STATE_CURSOR, CURSOR)
            set_state(s, STATE_EPOCH, EPOCH)


def engine(store: Store, url: str, **kwargs: object) -> SyncEngine:
    return SyncEngine(store, server_url=url, token="t", retries=0, sleep=lambda _s: None, **kwargs)  # type: ignore[arg-type]


def outbox(store: Store) -> list[tuple[str, object]]:
    with store.reader() as s:
        return [(m.state, m.result) for m in s.scalars(select(OutboxMutation))]


def lpj_sync(capsys: pytest.CaptureFixture[str], data_dir: Path) -> tuple[int, str, str, float]:
    began = time.monotonic()
    status = main(["--data-dir", str(data_dir), "sync", "--quiet"])
    out, err = capsys.readouterr()
    return status, out, err, time.monotonic() - began


def timed(fn: Callable[[], object], limit: float) -> tuple[object, float]:
    """`fn()` in a thread, given `limit` seconds: its result (or the exception it raised) and the
    time it took. A call still running after `limit` fails the test instead of hanging it."""
    box: list[object] = []
    began = time.monotonic()
    thread = threading.Thread(target=lambda: box.append(_call(fn)), daemon=True)
    thread.start()
    thread.join(limit)
    assert not thread.is_alive(), f"still running after {limit} s"
    return box[0], time.monotonic() - began


def _call(fn: Callable[[], object]) -> object:
    try:
        return fn()
    except Exception as e:  # noqa: BLE001 — handed to the test, which checks what it is
        return e


# --- 3. a server that answers too slowly -----------------------------------------------------------


def test_a_trickled_answer_ends_at_the_deadline_as_offline(store: Store) -> None:
    # A first sync (no cursor, no epoch yet) asks /version first; later syncs start with the pull.
    with BadServer({"/version": trickled(VERSION_BODY, every=0.02)}) as bad:
        laptop(store, bad.url, cursor=False)
        result, took = timed(lambda: engine(store, bad.url, deadlines=QUICK).sync(), limit=8)
    # A byte every 20 ms keeps every read in time; the whole answer would take ~4 s.
    assert isinstance(result, OfflineError) and result.kind == ErrorKind.OFFLINE_SLOW, result
    assert SLOW_WORDS in str(result)
    assert took < 2.5
    with store.reader() as s:
        assert SLOW_WORDS in (get_state(s, STATE_LAST_ERROR) or "")


def test_lpj_sync_against_a_trickling_server_is_offline_and_tried_again(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, store: Store,
        data_dir: Path) -> None:
    monkeypatch.setattr(transport_module, "DEFAULT_DEADLINES", Deadlines(answer=0.5, tick=0.05))
    monkeypatch.setenv("LPJ_TOKEN", "t")
    with BadServer({"/version": trickled(VERSION_BODY, every=0.02)}) as bad:
        laptop(store, bad.url, pending=1, cursor=False)  # a first sync: /version first
        status, out, err, took = lpj_sync(capsys, data_dir)
        tries = bad.counts["/version"]
    assert status == 75, err  # offline: try later
    assert SLOW_WORDS in err and "(ikke ferdig)" in out
    assert tries == 3  # the engine's two retries, with backoff between
    assert took < 6
    assert [state for state, _ in outbox(store)] == ["pending"]


def test_a_big_answer_at_a_steady_rate_gets_its_time() -> None:
    info = ServerInfo.model_validate({**server_info(), "server_version": "x" * 300_000})
    body = info.model_dump_json().encode()

    def steady(_request: Request, reply: Reply) -> None:  # 300 KB at 200 KB/s: 1.5 s
        reply.send(reply.head(200, {"Content-Type": "application/json", "Content-Length": str(len(body))}))
        for start in range(0, len(body), 20_000):
            reply.send(body[start:start + 20_000])
            time.sleep(0.1)

    # 0.5 s for any answer, and its declared 300 KB at 100 KB/s: 3.5 s in all.
    deadlines = Deadlines(answer=0.5, min_rate=100_000, tick=0.05)
    with BadServer({"/version": steady}) as bad:
        got = Transport(bad.url, token="t", deadlines=deadlines).get("/version", ServerInfo)
    assert got == info


def test_a_big_push_gives_the_server_time_by_its_size() -> None:
    def thinking(request: Request, reply: Reply) -> None:
        time.sleep(1.0)  # a big push takes the server a while
        push_applied(request, reply)

    push = PushRequest(client_id="c", epoch=EPOCH, mutations=[
        Mutation(id=1, name="create", entity="note", record_id="n1", fields={"text": "x" * 300_000})])
    deadlines = Deadlines(answer=0.5, min_rate=100_000, tick=0.05)  # 0.5 s + 300 KB at 100 KB/s
    with BadServer({"/sync/push": thinking}) as bad:
        answer = Transport(bad.url, token="t", deadlines=deadlines).post("/sync/push", push, PushResponse)
    assert answer is not None and [r.id for r in answer.results] == [1]


def test_a_cancel_stops_a_sync_waiting_for_a_slow_answer_at_once(store: Store) -> None:
    stop = threading.Event()
    # The default deadlines (minutes): only the cancel can end this in time.
    with BadServer({"/version": trickled(VERSION_BODY, every=0.1)}) as bad:
        laptop(store, bad.url, cursor=False)  # a first sync: /version first
        threading.Timer(0.5, stop.set).start()
        result, took = timed(lambda: engine(store, bad.url).sync(cancel=stop.is_set), limit=10)
    assert not isinstance(result, Exception), result
    assert result.finished is False and "avbrutt" in (result.error or "")  # type: ignore[attr-defined]
    assert took < 1.5


def test_a_stream_that_stops_bringing_bytes_is_offline(store: Store) -> None:
    # A byte every 50 ms: the per-read timeout never trips, the minimum rate does.
    with BadServer({"/sync/snapshot": stalled_stream(every=0.05)}) as bad:
        transport = Transport(bad.url, token="t", deadlines=QUICK)
        result, took = timed(lambda: list(transport.stream_lines("/sync/snapshot")), limit=8)
    assert isinstance(result, OfflineError) and result.kind == ErrorKind.OFFLINE_SLOW, result
    assert took < 2.5


def test_a_first_sync_from_a_stalled_snapshot_is_offline(store: Store) -> None:
    with BadServer({"/version": version_ok, "/sync/snapshot": stalled_stream(every=0.05)}) as bad:
        laptop(store, bad.url, cursor=False)
        result, took = timed(lambda: engine(store, bad.url, deadlines=QUICK).sync(), limit=8)
    assert isinstance(result, OfflineError) and result.kind == ErrorKind.OFFLINE_SLOW, result
    assert took < 3
    with store.reader() as s:
        assert get_state(s, STATE_CURSOR) is None  # nothing final was written


def test_time_the_app_spends_on_what_came_is_not_the_servers(store: Store) -> None:
    lines = [b'{"n": %d}' % i for i in range(8)]
    with BadServer({"/sync/snapshot": snapshot(lines)}) as bad:
        transport = Transport(bad.url, token="t", deadlines=Deadlines(stall=0.3, tick=0.02))
        got = []
        for line in transport.stream_lines("/sync/snapshot"):
            got.append(line)
            time.sleep(0.1)  # writing a chunk into the store: 0.9 s in all, three stalls' worth
    assert got[1:-1] == lines and got[-1].startswith(b'{"kind": "end"')


# --- 4. a push answered for other mutations --------------------------------------------------------


def _mismatched(kind: str, calls: list[int]) -> Callable[[Request, Reply], None]:
    def route(request: Request, reply: Reply) -> None:
        calls.append(1)
        if len(calls) > 20:  # before the fix the client never stopped: end it here
            reply.answer({"code": "internal_error", "message": "enough"}, status=500)
            return
        ids = [m["id"] for m in request.json()["mutations"]]
        answered, last = {
            "other ids": ([i + 100 for i in ids], ids[-1] + 100),
            "one missing": (ids[:-1], ids[-1]),
            "one more": ([*ids, ids[-1] + 1], ids[-1] + 1),
            "none": ([], ids[-1]),
            "out of order": (ids[::-1], ids[-1]),
            "last id below": (ids, ids[0] - 1),
        }[kind]
        reply.answer({"epoch": EPOCH, "last_mutation_id": last,
                      "results": [{"id": i, "status": "applied", "version": 1} for i in answered]})

    return route


@pytest.mark.parametrize("kind", ["other ids", "one missing", "one more", "none", "out of order",
                                  "last id below"])
def test_a_push_answer_that_does_not_match_is_refused_and_marks_nothing(store: Store, kind: str) -> None:
    calls: list[int] = []
    with BadServer({"/version": version_ok, "/sync/push": _mismatched(kind, calls),
                    "/sync/pull": pull_nothing}) as bad:
        laptop(store, bad.url, pending=3)
        with pytest.raises(ServerError) as raised:
            engine(store, bad.url).sync()
    assert raised.value.kind == ErrorKind.ANSWER_MISMATCH
    assert MISMATCH_WORDS in str(raised.value)
    assert len(calls) == 1  # refused, not sent again at once (5,943 pushes in 20 s before)
    assert outbox(store) == [("pending", None)] * 3


def test_a_matching_push_answer_is_taken(store: Store) -> None:
    with BadServer({"/version": version_ok, "/sync/push": push_applied,
                    "/sync/pull": pull_nothing}) as bad:
        laptop(store, bad.url, pending=3)
        report = engine(store, bad.url).sync()
    assert report.finished and report.pushed == 3
    assert [state for state, _ in outbox(store)] == ["applied"] * 3


def test_lpj_sync_says_the_answer_does_not_match_and_fails(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, store: Store,
        data_dir: Path) -> None:
    monkeypatch.setenv("LPJ_TOKEN", "t")
    calls: list[int] = []
    with BadServer({"/version": version_ok, "/sync/push": _mismatched("other ids", calls)}) as bad:
        laptop(store, bad.url, pending=2)
        status, out, err, _took = lpj_sync(capsys, data_dir)
    assert status == 1 and MISMATCH_WORDS in err
    assert out.startswith("sendt 0,") and len(calls) == 1


# --- 7. cut headers, huge answers ------------------------------------------------------------------


def test_an_answer_cut_inside_its_headers_is_offline(store: Store) -> None:
    with BadServer({"/version": cut_in_headers}) as bad:
        with pytest.raises(OfflineError) as raised:
            Transport(bad.url, token="t").get("/version", ServerInfo)
    assert raised.value.kind == ErrorKind.OFFLINE_CUT


def test_lpj_sync_cut_inside_the_headers_exits_offline_after_retrying(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, store: Store,
        data_dir: Path) -> None:
    monkeypatch.setenv("LPJ_TOKEN", "t")
    with BadServer({"/version": cut_in_headers}) as bad:
        laptop(store, bad.url, pending=1, cursor=False)  # a first sync: /version first
        status, _out, err, took = lpj_sync(capsys, data_dir)
        tries = bad.counts["/version"]
    assert status == 75, err
    assert "brutt underveis" in err
    assert tries == 3 and took < 5


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_an_answer_bigger_than_the_limit_is_refused_without_reading_it_whole(
        store: Store, chunked: bool) -> None:
    sent: list[int] = []
    with BadServer({"/version": endless(chunked, sent=sent)}) as bad:
        result, took = timed(lambda: Transport(bad.url, token="t").get("/version", ServerInfo), limit=20)
        assert wait_until(lambda: bool(sent), 5)
    assert isinstance(result, ServerError) and result.kind == ErrorKind.ANSWER_TOO_BIG, result
    assert "over 64 MB" in str(result)
    # The server offers 3 GB (it stops at 100 MB so that a client reading all still ends).
    if chunked:
        assert sent[0] < MAX_ANSWER_BYTES + 16 * 1024**2  # read up to the limit, then dropped
    else:
        assert sent[0] < 16 * 1024**2  # its length said enough: only what the sockets buffered


def test_a_huge_error_body_is_not_read_whole(store: Store) -> None:
    sent: list[int] = []
    with BadServer({"/version": endless(True, status=500, sent=sent)}) as bad:
        with pytest.raises(ServerError) as raised:
            Transport(bad.url, token="t").get("/version", ServerInfo)
        assert wait_until(lambda: bool(sent), 5)
    assert raised.value.kind == ErrorKind.SERVER_ERROR and "HTTP 500" in str(raised.value)
    assert sent[0] < 16 * 1024**2


def test_a_snapshot_line_without_end_is_refused(store: Store) -> None:
    sent: list[int] = []
    with BadServer({"/version": version_ok, "/sync/snapshot": endless_line(sent=sent)}) as bad:
        laptop(store, bad.url, cursor=False)
        with pytest.raises(ServerError) as raised:
            engine(store, bad.url).sync()
        assert wait_until(lambda: bool(sent), 5)
    assert raised.value.kind == ErrorKind.ANSWER_TOO_BIG
    assert sent[0] < 32 * 1024**2

