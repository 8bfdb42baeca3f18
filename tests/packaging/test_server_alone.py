"""The server installs and runs on its own: `pip install ./sync` in a fresh venv brings no Qt,
keyring or PDF library, and `lpj-server migrate` and `serve` work (issue 25)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_the_server_installs_and_serves_without_the_desktop_app(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    # From a copy: setuptools builds in the source folder and would leave build/ in the checkout.
    source = tmp_path / "sync"
    skip = shutil.ignore_patterns("__pycache__", "build", "*.egg-info")
    shutil.copytree(REPO / "sync", source, ignore=skip)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(source)]
    install = subprocess.run(pip, capture_output=True, text=True, timeout=900, cwd=tmp_path)
    assert install.returncode == 0, install.stderr[-3000:]
    listed = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "list"], capture_output=True,
                            text=True, check=True).stdout.lower()
    for package in ("pyside6", "keyring", "reportlab", "openpyxl", "lpj-desktop"):
        assert package not in listed, f"{package} installed with the server"
    server = str(venv / "bin" / "lpj-server")
    env = {**os.environ, "LPJ_DATABASE_URL": f"sqlite:///{tmp_path / 'server.sqlite3'}"}
    migrate = subprocess.run([server, "migrate"], env=env, capture_output=True, text=True, cwd=tmp_path,
                             timeout=120)
    assert migrate.returncode == 0, migrate.stderr
    port = _free_port()
    proc = subprocess.Popen([server, "serve", "--host", "127.0.0.1", "--port", str(port)], env=env,
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=2) as r:
                    assert r.status == 200
                    break
            except OSError:
                assert time.monotonic() < deadline and proc.poll() is None, proc.stdout.read().decode()
                time.sleep(0.2)
    finally:
        proc.terminate()
        proc.wait(timeout=20)
