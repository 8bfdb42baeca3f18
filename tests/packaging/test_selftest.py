"""`lpj-desktop --self-test` run as a user would, in a fresh process (the frozen run is
packaging/check_bundle.sh)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _run(args: list[str], pythonpath: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(pythonpath), "QT_QPA_PLATFORM": "minimal", "TMPDIR": str(tmp_path)}
    env.pop("LPJ_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "lpj_desktop", *args], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)


def test_self_test_passes_and_reports(tmp_path: Path) -> None:
    result = _run(["--self-test"], REPO, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for check in ("code lists", "migrations", "store", "main window", "visit", "icon", "translations"):
        assert f"ok   {check}" in out, (check, out)
    assert "platform offscreen" in out  # forced, whatever QT_QPA_PLATFORM said
    assert "RESULT: ok" in out
    assert "process start to main window shown" in out
    report = tmp_path / "lpj-desktop-self-test.txt"
    assert report.read_text(encoding="utf-8") in out  # the file carries the same report
    # The temporary data folder is gone unless --keep.
    assert not list(tmp_path.glob("lpj-selftest-*"))


def test_keep_leaves_the_store_with_the_visit(tmp_path: Path) -> None:
    result = _run(["--self-test", "--keep"], REPO, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    kept = [p for p in tmp_path.glob("lpj-selftest-*") if p.is_dir()]
    assert len(kept) == 1 and (kept[0] / "lpj.sqlite3").is_file()


def test_incomplete_installation_fails_and_names_what_is_missing(tmp_path: Path) -> None:
    """An installation without its resources folder (a bundle missing its data files)."""
    install = tmp_path / "install"
    for package in ("lpj_desktop", "sync"):
        shutil.copytree(REPO / package, install / package,
                        ignore=shutil.ignore_patterns("__pycache__"))
    result = _run(["--self-test"], install, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAIL code lists" in result.stdout
    assert "RESULT: FAILED (code lists" in result.stdout
    assert "ok   store" in result.stdout  # the other checks still ran and are reported


def test_an_error_logged_during_the_run_fails_it(qapp, monkeypatch, tmp_path: Path, capsys) -> None:
    """A background job that fails only logs; the self-test must still notice."""
    import logging

    from lpj_desktop import selftest

    def failing_keyring_check() -> tuple[None, str]:
        logging.getLogger("lpj_desktop.ui.workers").error("background job failed")
        return None, "fake"

    monkeypatch.setattr(selftest, "_check_keyring", failing_keyring_check)
    assert selftest.run_self_test(report_file=tmp_path / "report.txt") == 1
    report = (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert "FAIL no errors logged" in report and "background job failed" in report
