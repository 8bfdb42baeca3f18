"""The GUI's sync worker against a misbehaving server (tests/sync/bad_server.py): closing the app
while the server trickles an answer stops the sync (or the network probe) at once, and a push
answered for other mutations is an error the worker waits out (backoff), not a loop."""

from __future__ import annotations

import time

from lpj_desktop.sync_client.backoff import Backoff
from lpj_desktop.ui.sync.worker import ERROR, SyncWorker
from sync.protocol import ServerInfo
from tests.sync.bad_server import BadServer, Reply, Request, server_info, trickled, version_ok, wait_until

VERSION_BODY = ServerInfo.model_validate(server_info()).model_dump_json().encode()


def test_closing_the_app_while_the_server_trickles_stops_the_sync_at_once(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    store, _paths, _ids = seeded
    # A byte every 100 ms: the answer would take half a minute, every read is in time.
    with BadServer({"/version": trickled(VERSION_BODY, every=0.1)}) as bad:
        worker = SyncWorker(store, watch_network_after_ms=60_000)
        worker.set_credentials(bad.url, "token")
        assert worker.sync_now()
        assert wait_until(lambda: bad.counts["/version"] == 1, 5)
        time.sleep(0.3)  # well inside the answer
        began = time.monotonic()
        worker.stop(wait_ms=5000)  # what closing the main window does
        took = time.monotonic() - began
        qtbot.waitUntil(lambda: not worker.running, timeout=2000)
    assert took < 2, f"the sync went on for {took:.1f} s after it was told to stop"
    assert worker.last_outcome is not None and worker.last_outcome.kind != ERROR


def test_closing_the_app_while_a_network_probe_is_trickled_stops_it_at_once(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    store, _paths, _ids = seeded
    with BadServer({"/version": trickled(VERSION_BODY, every=0.1)}) as bad:
        worker = SyncWorker(store, watch_network_after_ms=60_000)
        worker.set_credentials(bad.url, "token")
        worker.network_back()  # the OS says the network is back: a cheap question first
        assert wait_until(lambda: bad.counts["/version"] == 1, 5)
        time.sleep(0.3)
        began = time.monotonic()
        worker.stop(wait_ms=5000)
        took = time.monotonic() - began
        qtbot.waitUntil(lambda: worker._probe_job is None, timeout=2000)
    assert took < 2, f"the probe went on for {took:.1f} s after it was told to stop"
    assert not worker.running  # a probe cut short is no reason to start a sync


def test_a_push_answered_for_other_mutations_is_an_error_waited_out(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    store, _paths, _ids = seeded
    pushes: list[int] = []

    def other_ids(request: Request, reply: Reply) -> None:
        pushes.append(1)
        if len(pushes) > 20:  # before the fix the client never stopped: end it here
            reply.answer({"code": "internal_error", "message": "enough"}, status=500)
            return
        ids = [m["id"] + 100 for m in request.json()["mutations"]]
        reply.answer({"epoch": "e-bad", "last_mutation_id": ids[-1],
                      "results": [{"id": i, "status": "applied", "version": 1} for i in ids]})

    with BadServer({"/version": version_ok, "/sync/push": other_ids}) as bad:
        worker = SyncWorker(store, watch_network_after_ms=60_000,
                            backoff=Backoff(base=15.0, maximum=600.0, random=lambda: 0.5))
        worker.set_credentials(bad.url, "token")
        with qtbot.waitSignal(worker.finished, timeout=10_000) as finished:
            assert worker.sync_now()
        outcome = finished.args[0]
        assert outcome.kind == ERROR
        assert "stemmer ikke med det som ble sendt" in outcome.message
        assert len(pushes) == 1
        # The next automatic try waits for the backoff (15 s × 0.55 here), never comes at once.
        assert worker.backoff.failures == 1
        assert worker.retry_timer.isActive() and worker.retry_timer.remainingTime() > 5000
        assert not worker.sync_now("changes", automatic=True)
        worker.stop()
    assert len(pushes) == 1
