"""A throwaway PostgreSQL cluster (initdb + pg_ctl) for the server tests and benches.

Debian keeps the binaries in /usr/lib/postgresql/<version>/bin. As root they run as the
`postgres` user (initdb refuses root). The cluster listens on 127.0.0.1 on a free port with
trust authentication and its socket in its own folder, and is deleted by `stop()`.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def find_pg_bin() -> Path | None:
    """The newest installed PostgreSQL bin folder (with initdb), or None."""
    env = os.environ.get("LPJ_PG_BIN")
    if env and (Path(env) / "initdb").exists():
        return Path(env)
    def major(path: str) -> int:
        name = Path(path).parent.parent.name
        return int(name) if name.isdigit() else 0

    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=major)
    if found:
        return Path(found[-1]).parent
    which = shutil.which("initdb")
    return Path(which).parent if which else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgCluster:
    """`start()`, then `url(db)`, `create_database(name, template=…)`, and `stop()`."""

    def __init__(self, *, durable: bool = False, bin_dir: Path | None = None) -> None:
        found = bin_dir or find_pg_bin()
        if found is None:
            raise FileNotFoundError("PostgreSQL's initdb was not found (apt-get install postgresql)")
        self.bin = found
        self.durable = durable
        self.base = Path(tempfile.mkdtemp(prefix="lpj-pg-"))
        self.data = self.base / "data"
        self.sock = self.base / "sock"
        self.port = free_port()
        self._as_postgres = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self._as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, text=True)

    def start(self) -> PgCluster:
        self.sock.mkdir()
        if self._as_postgres:
            shutil.chown(self.base, "postgres", "postgres")
            shutil.chown(self.sock, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8" if _has_c_utf8() else "--no-locale")
        options = [f"-p {self.port}", f"-k {self.sock}", "-c listen_addresses=127.0.0.1",
                   "-c max_connections=200", "-c shared_buffers=128MB"]
        if not self.durable:  # tests: nothing here must survive a power cut
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        # More server settings for a look inside, e.g. LPJ_BENCH_PG_OPTIONS="-c
        # shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_planning=on"
        # (planning and execution time per statement: how the pull's planning cost was found).
        if extra := os.environ.get("LPJ_BENCH_PG_OPTIONS"):
            options.append(extra)
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.base / "log.txt"), "-w", "-t", "60",
                  "-o", " ".join(options), "start")
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def admin_sql(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def create_database(self, name: str, template: str | None = None) -> str:
        """Create a database (a copy of `template` when given); returns its URL."""
        self.admin_sql(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.admin_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def postmaster_pid(self) -> int:
        """The server's main process (its first line of postmaster.pid)."""
        return int((self.data / "postmaster.pid").read_text().split()[0])

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        except subprocess.CalledProcessError:
            pass
        finally:
            shutil.rmtree(self.base, ignore_errors=True)


def _has_c_utf8() -> bool:
    try:
        out = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False).stdout
    except FileNotFoundError:
        return False
    return any(line.lower() in ("c.utf8", "c.utf-8") for line in out.splitlines())
