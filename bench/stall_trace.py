"""What the UI thread was doing while the window stalled: a watchdog for the GUI benches.

A 2 ms timer on the UI thread stamps the time; a watchdog thread looks every 5 ms and, while the
stamp is older than half the threshold, samples the Python stacks of the UI thread and of the other
threads. When the timer ticks again after a gap over the threshold, the gap is kept with its samples;
`report()` names, for the longest gaps, the UI thread's innermost frames of this project (and the
innermost frame of all), and what the other threads were in. No sample at all during a gap means
the watchdog could not get the GIL: C code or another thread held it the whole time (a garbage
collection, a long SQLite statement that does not release it).

    tracer = StallTrace(threshold_ms=30); tracer.start(); ...; tracer.stop(); tracer.report()
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

OURS = ("lpj_desktop", "sync", "bench")


@dataclass
class Gap:
    ms: float
    label: str = ""  # what the bench said it was doing (`StallTrace.label()` when the gap began)
    ui: Counter[str] = field(default_factory=Counter)  # the UI thread's stack, summarised
    others: Counter[str] = field(default_factory=Counter)  # other threads' innermost frames


def _where(frame, depth: int = 3) -> str:  # type: ignore[no-untyped-def]
    """The innermost `depth` frames of this project, then the innermost frame of all."""
    stack = traceback.extract_stack(frame)
    ours = [f for f in stack if any(f"/{p}/" in f.filename for p in OURS)]
    parts = [f"{f.filename.rsplit('/', 2)[-2]}/{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}"
             for f in ours[-depth:]]
    last = stack[-1] if stack else None
    if last is not None and (not ours or last is not ours[-1]):
        parts.append(f"… {last.filename.rsplit('/', 1)[-1]}:{last.lineno} {last.name}")
    return " > ".join(parts) or "(no Python frame)"


class StallTrace:
    """See the module's docstring."""

    def __init__(self, threshold_ms: float = 30.0, every_ms: float = 5.0,
                 label: Callable[[], str] | None = None) -> None:
        self.label = label or (lambda: "")
        self.threshold = threshold_ms / 1000
        self.every = every_ms / 1000
        self.gaps: list[Gap] = []
        self._last = time.perf_counter()
        self._current: Gap | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._timer = None
        self._ui_ident = threading.main_thread().ident
        self._label = ""

    def start(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._ui_ident = threading.get_ident()
        self._last = time.perf_counter()
        self._label = self.label()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._timer.start(2)
        self._stop.clear()
        self._thread = threading.Thread(target=self._watch, name="stall-trace", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap, self._last = now - self._last, now
        current, self._current = self._current, None
        if gap >= self.threshold:
            self.gaps.append(current if current is not None else Gap(0.0))
            self.gaps[-1].ms = gap * 1000
            self.gaps[-1].label = self._label
        self._label = self.label()

    def _watch(self) -> None:
        me = threading.get_ident()
        while not self._stop.wait(self.every):
            if time.perf_counter() - self._last < self.threshold / 2:
                continue
            frames = sys._current_frames()
            current = self._current or Gap(0.0)
            ui = frames.get(self._ui_ident)
            if ui is not None:
                current.ui[_where(ui)] += 1
            for ident, frame in frames.items():
                if ident not in (me, self._ui_ident):
                    name = next((t.name for t in threading.enumerate() if t.ident == ident), str(ident))
                    current.others[f"{name}: {_where(frame, depth=1)}"] += 1
            self._current = current

    def report(self, limit: int = 5) -> None:
        """Print the longest gaps, each with what the UI thread and the others were doing."""
        for gap in sorted(self.gaps, key=lambda g: -g.ms)[:limit]:
            print(f"    gap {gap.ms:6.1f} ms" + (f" during: {gap.label}" if gap.label else ""))
            if not gap.ui and not gap.others:
                print("      no sample: the GIL was held throughout (C code or another thread)")
            for where, n in gap.ui.most_common(2):
                print(f"      UI ({n}): {where}")
            for where, n in gap.others.most_common(2):
                print(f"      other ({n}): {where}")
        self.gaps.clear()
