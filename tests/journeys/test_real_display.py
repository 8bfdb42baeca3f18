"""Journeys on a real X display (Xvfb with a window manager, as ../shared/tools/desk and a laptop
have), not only offscreen: window activation, focus after a popup or a dialog closes, and Qt's
warnings there differ. Runs two journeys in a child pytest under QT_QPA_PLATFORM=xcb.

Needs Xvfb and openbox (.ci/run installs them); skipped without them here, failed in CI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
JOURNEYS = [
    "tests/journeys/test_hunter_journeys.py::test_a_market_day_closed_with_esc_comes_back_and_is_saved",
    "tests/journeys/test_hunter_journeys.py::test_a_visit_with_typed_dates_shows_exactly_those_dates",
]


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a display number it picks itself (-displayfd): two suites run side by side (or a
    desk session) must not end up on one display, where one app's window takes the other's focus."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24",
                             "-nolisten", "tcp"], pass_fds=(write_end,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as numbers:
        number = numbers.readline().strip()
    assert number.isdigit() and xvfb.poll() is None, "Xvfb did not start"
    return xvfb, f":{number}"


def _wait_for_window_manager(display: str, wm: subprocess.Popen[bytes]) -> None:
    """Until openbox manages the screen: a window mapped before that is never given the focus
    (under load a fixed half second was not always enough)."""
    if shutil.which("xprop") is None:  # x11-utils; .ci/run installs it
        time.sleep(2)
        return
    deadline = time.monotonic() + 20
    while True:
        probe = subprocess.run(["xprop", "-display", display, "-root", "_NET_SUPPORTING_WM_CHECK"],
                               capture_output=True, text=True)
        if "window id" in probe.stdout:
            return
        assert time.monotonic() < deadline and wm.poll() is None, "openbox did not start"
        time.sleep(0.05)


@pytest.fixture
def x_display():  # type: ignore[no-untyped-def]
    if shutil.which("Xvfb") is None or shutil.which("openbox") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Xvfb and openbox are required in CI (apt-get install xvfb openbox)")
        pytest.skip("Xvfb or openbox is not installed here")
    xvfb, display = _start_xvfb()
    env = {**os.environ, "DISPLAY": display}
    wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_for_window_manager(display, wm)
    try:
        yield display
    finally:
        wm.terminate()
        xvfb.terminate()
        wm.wait(timeout=10)
        xvfb.wait(timeout=10)


def test_journeys_on_a_real_display(x_display: str, tmp_path: Path) -> None:
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb",
           "XDG_RUNTIME_DIR": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "faulthandler_timeout=120",
         *JOURNEYS],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert f"{len(JOURNEYS)} passed" in run.stdout
