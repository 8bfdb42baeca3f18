"""lpj-server under cProfile, for `bench_peer.py --profile` (py-spy needs ptrace rights, which a
container seldom gives).

    python bench/peer/profiled_server.py OUT.pstats serve --port N --workers 1

cProfile follows one thread: the event loop's thread is profiled from start to end, and each
piece of work the sync routes hand to the thread pool (a push: token, parse, apply, answer) gets a
profile of its own; all are added into OUT.pstats when the server stops (SIGTERM/SIGINT).
One worker only (the server's process is the one profiled).
"""

from __future__ import annotations

import cProfile
import pstats
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool

import sync.server.routes.sync as sync_routes
from sync.server.cli import main

profiles: list[cProfile.Profile] = []


def _profiled(func: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        prof = cProfile.Profile()
        prof.enable()
        try:
            return func(*args, **kwargs)
        finally:
            prof.disable()
            profiles.append(prof)

    return run


async def _in_threadpool(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    return await run_in_threadpool(_profiled(func), *args, **kwargs)


def run(out: Path, argv: list[str]) -> int:
    sync_routes.run_in_threadpool = _in_threadpool  # type: ignore[assignment]
    loop = cProfile.Profile()
    loop.enable()
    try:
        return main(argv)
    finally:
        loop.disable()
        stats = pstats.Stats(loop)
        for prof in profiles:
            stats.add(prof)
        stats.dump_stats(str(out))


if __name__ == "__main__":
    raise SystemExit(run(Path(sys.argv[1]), sys.argv[2:]))
