"""Longest event-loop stall in the main window while the sync worker sends and fetches many changes.

Target: no stall over 100 ms. A 2 ms heartbeat timer runs on the UI thread; the longest gap between
its ticks from "Synkroniser nå" until the sync has ended and the open page has caught up is the
stall. The server runs in its own process (as it would on another machine), on 127.0.0.1.

Scenarios: push — visits recorded offline are sent; pull — another hunter's visits are fetched and
the company list refreshes; snapshot — a second laptop of the same hunter takes its first sync
(with --scale 25 or more its visit indexes are built at the end, as on a big first sync).

    python -m bench.bench_sync_ui_stall [--visits 2000] [--scale 1]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "sync"))


def _serve(db_file: str, port: int, ready) -> None:  # type: ignore[no-untyped-def]
    from live import LiveServer

    server = LiveServer(Path(db_file), port=port)
    server.start()
    server.add_user("ida")
    server.add_user("ola")
    ready.set()
    while True:
        time.sleep(3600)


def _visits(store, user_id: str, company_ids: list[str], n: int) -> None:  # type: ignore[no-untyped-def]
    from lpj_desktop.domain.enums import Channel
    from lpj_desktop.domain.ladder import Outcome
    from lpj_desktop.domain.visit_draft import VisitDraft
    from lpj_desktop.services.visits import record_visit

    start = datetime.now(UTC) - timedelta(days=60)
    with store.session() as s:
        for i in range(n):
            record_visit(s, VisitDraft(
                company_id=company_ids[i % len(company_ids)], occurred_at=start + timedelta(minutes=i),
                channel=Channel.PHONE, outcome=Outcome.WANTS_INFORMATION,
                notes=f"Samtale {i} om læreplass i elektrikerfaget"), user_id)


def _companies(store, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    from lpj_desktop.services.companies import add_company_by_hand

    with store.session() as s:
        return [add_company_by_hand(s, name=f"Bedrift {i} AS", municipality_number="5601").id
                for i in range(max(0, n))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--visits", type=int, default=2000, help="visits per scenario at scale 1")
    ap.add_argument("--scale", type=int, default=1)
    args = ap.parse_args()
    n = args.visits * args.scale

    from live import PASSWORD, free_port
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from lpj_desktop.paths import app_paths
    from lpj_desktop.store.database import open_store
    from lpj_desktop.sync_client.engine import SyncEngine
    from lpj_desktop.ui.main_window import MainWindow
    from tests.ui.conftest import seed

    tmp = Path(tempfile.mkdtemp(prefix="lpj-bench-sync-"))
    port = free_port()
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Event()
    proc = ctx.Process(target=_serve, args=(str(tmp / "server.sqlite3"), port, ready), daemon=True)
    proc.start()
    try:
        if not ready.wait(60):
            raise SystemExit("the server did not start")
        url = f"http://127.0.0.1:{port}"
        app = QApplication([])
        paths = app_paths(tmp / "ida")
        store = open_store(paths)
        ids = list(seed(store).values())
        # Some twenty visits per company, as in the field: recording a visit works out its
        # company's stage from all of the company's visits, and five companies with 10,000 visits
        # each made setting up --scale 25 take longer than 20 minutes.
        ids += _companies(store, n // 20 - len(ids))
        login = SyncEngine.login(store, url, "ida", PASSWORD)
        window = MainWindow(store, paths)
        window.show()
        ui = window.sync_ui
        ui.worker.set_credentials(url, login.token)
        first = ui.worker.sync_now("manual")  # the seeded companies go up first
        assert first
        wait_for(app, ui.worker.finished)
        ola_store = open_store(app_paths(tmp / "ola"))
        ola_login = SyncEngine.login(ola_store, url, "ola", PASSWORD)
        ola = SyncEngine(ola_store, server_url=url, token=ola_login.token)
        ola.sync()
        # Start-up's own one-off work (main_window._freeze_startup_objects: a full collection,
        # ~100 ms, 300 ms after the first page) is over before the measuring starts.
        settle = QEventLoop()
        QTimer.singleShot(1500, settle.quit)
        settle.exec()

        rows = []
        _visits(store, window.user_id, ids, n)
        rows.append(("push", n, *measure(app, ui, QTimer, QEventLoop)))
        _visits(ola_store, ola_login.user.id, ids, n)
        ola.sync()
        rows.append(("pull", n, *measure(app, ui, QTimer, QEventLoop)))
        # A second laptop of ida's: its first sync is a snapshot of everything she may see.
        store2 = open_store(app_paths(tmp / "ida-2"))
        window2 = MainWindow(store2, app_paths(tmp / "ida-2"))
        window2.show()
        login2 = SyncEngine.login(store2, url, "ida", PASSWORD)
        window2.sync_ui.worker.set_credentials(url, login2.token)
        settle = QEventLoop()
        QTimer.singleShot(1500, settle.quit)
        settle.exec()
        secs, worst, p99, ticks = measure(app, window2.sync_ui, QTimer, QEventLoop)
        with store2.reader() as s:
            from sqlalchemy import func, select

            from lpj_desktop.store.models import Visit
            got = s.scalar(select(func.count()).select_from(Visit)) or 0
        rows.append(("snapshot", got, secs, worst, p99, ticks))
        window2.close()
        store2.close()
        print(f"{'scenario':9} {'changes':>8} {'sync s':>7} {'max stall ms':>13} {'p99 gap ms':>11} "
              f"{'ticks':>7}")
        for name, count, secs, worst, p99, ticks in rows:
            print(f"{name:9} {count:8,} {secs:7.2f} {worst:13.1f} {p99:11.1f} {ticks:7,}")
        print(f"{'worst':9} {'':8} {'':7} {max(r[3] for r in rows):13.1f}   (target: < 100 ms)")
        window.close()
        store.close()
        ola_store.close()
    finally:
        proc.terminate()
        proc.join(10)


def wait_for(app, signal, timeout_ms: int = 600_000) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(lambda *_: loop.quit())
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def measure(app, ui, QTimer, QEventLoop):  # type: ignore[no-untyped-def]  # noqa: N803
    """Heartbeat gaps from "sync now" until the sync ended and the open page refreshed."""
    from bench.gui_run import heartbeat

    beat, gaps = heartbeat()
    started = time.perf_counter()
    assert ui.sync_now()
    outcome: list[object] = []
    ui.worker.finished.connect(outcome.append)
    wait_for(app, ui.worker.finished)
    secs = time.perf_counter() - started
    loop = QEventLoop()
    QTimer.singleShot(500, loop.quit)  # the refresh the sync triggered, and a little quiet
    loop.exec()
    beat.stop()
    kind = getattr(outcome[0], "kind", "?") if outcome else "timeout"
    if kind != "ok":
        raise SystemExit(f"sync did not finish: {kind} {getattr(outcome[0], 'message', '')}")
    return secs, max(gaps), statistics.quantiles(gaps, n=100)[98], len(gaps)


if __name__ == "__main__":
    main()
