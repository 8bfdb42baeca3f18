"""How long a process waited for a processor: the run-queue wait the kernel keeps per thread
(/proc/<pid>/task/<tid>/schedstat, second field, nanoseconds), summed over the process's threads,
including the threads that ended in between; and the low priority that lets a bench's laptop
processes yield the cores to the server they stand in front of.

Why (bench_sync's burst): 50 laptop processes on a 2-core box wait for cores that other laptops
hold; in the field each laptop has its own processor, so that wait is an artefact of the bench.
The time a laptop spends blocked on its socket while the server works is not run-queue wait and
stays in; so does the server's own contention.

/proc/self/schedstat is the main thread's alone, and the app's push runs a sender thread that ends
with each push: its figures would be lost. `ThreadWaits.install()` wraps `threading.Thread.run` so
that every thread leaves its last figures behind as it ends. Threads that only watch (the
transport's deadline watcher wakes every 0.25 s while the laptop waits for the server) are left
out by name: their wait delays nothing, and counting it would subtract time the laptop really
spent waiting for the server.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_TASKS = Path("/proc/self/task")


def available() -> bool:
    """Whether this kernel keeps per-thread schedstat (Linux with CONFIG_SCHED_INFO)."""
    return (_TASKS / str(threading.get_native_id()) / "schedstat").exists()


def _read(path: Path) -> tuple[int, int] | None:
    """(CPU ns, run-queue wait ns) of one thread; None when it has gone."""
    try:
        fields = path.read_text().split()
    except (FileNotFoundError, ProcessLookupError):
        return None
    return int(fields[0]), int(fields[1])


def thread_wait() -> float:
    """The calling thread's run-queue wait so far, in seconds."""
    got = _read(Path("/proc/thread-self/schedstat"))
    return got[1] / 1e9 if got else 0.0


@dataclass(frozen=True)
class Sample:
    """Per thread id: (CPU ns, run-queue wait ns), live threads and those ended so far."""

    threads: dict[int, tuple[int, int]]


class ThreadWaits:
    """The run-queue wait and CPU of this process's threads between two samples, but for the
    threads named in `ignore`."""

    def __init__(self, ignore: tuple[str, ...] = ()) -> None:
        self._ended: dict[int, tuple[int, int]] = {}
        self._lock = threading.Lock()
        self._ignore = frozenset(ignore)

    def install(self) -> ThreadWaits:
        """Make every thread started from now on record its figures as it ends."""
        original = threading.Thread.run
        ended, lock, ignore = self._ended, self._lock, self._ignore

        def run(thread: threading.Thread, *args: Any, **kwargs: Any) -> None:
            try:
                original(thread, *args, **kwargs)
            finally:
                last = _read(Path("/proc/thread-self/schedstat"))
                if last is not None and thread.name not in ignore:
                    with lock:
                        ended[threading.get_native_id()] = last

        threading.Thread.run = run  # type: ignore[method-assign]
        return self

    def sample(self) -> Sample:
        with self._lock:
            threads = dict(self._ended)
        for thread in threading.enumerate():
            if thread.native_id is None or thread.name in self._ignore:
                continue
            got = _read(_TASKS / str(thread.native_id) / "schedstat")
            if got is not None:
                threads[thread.native_id] = got
        return Sample(threads)

    @staticmethod
    def between(before: Sample, after: Sample) -> tuple[float, float]:
        """(CPU s, run-queue wait s) of the threads between the two samples. A thread id seen
        in `after` only started in between (it counts from zero)."""
        cpu = wait = 0
        for tid, (c1, w1) in after.threads.items():
            c0, w0 = before.threads.get(tid, (0, 0))
            cpu += c1 - c0
            wait += w1 - w0
        return cpu / 1e9, wait / 1e9


PRIORITIES = ("idle", "nice", "normal")


@contextmanager
def normal_priority() -> Iterator[None]:
    """The calling thread at normal priority for a while (Linux schedules threads, and
    sched_setscheduler(0, …) sets the calling one), back to what it had after."""
    if not hasattr(os, "SCHED_IDLE"):
        yield
        return
    policy = os.sched_getscheduler(0)
    os.sched_setscheduler(0, os.SCHED_OTHER, os.sched_param(0))
    try:
        yield
    finally:
        os.sched_setscheduler(0, policy, os.sched_param(0))


def lower_priority(kind: str) -> str:
    """Give this process's cores away first: "idle" (SCHED_IDLE: runs only when nothing of
    normal priority wants the processor), "nice" (nice 19), "normal" (as it was). Returns what
    was set, in words."""
    if kind == "idle" and hasattr(os, "SCHED_IDLE"):
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
        return "SCHED_IDLE"
    if kind in ("idle", "nice"):
        os.nice(19 - os.nice(0))
        return "nice 19"
    return "normal"
