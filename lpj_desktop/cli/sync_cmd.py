"""`lpj login`, `lpj sync` and `lpj logout`: the same sync engine as the app, for scripts.

The token lives in the OS keyring. Where there is none, `lpj login` prints it once, and the other
commands read it from the environment variable LPJ_TOKEN.

Exit status of `lpj sync`: 0 finished, 1 failed (the reason on stderr), 75 offline (try later),
77 not logged in or login expired.
"""

from __future__ import annotations

import argparse
import getpass
import os
import socket
import sys

from lpj_desktop.cli.common import CliError, open_cli_store

TOKEN_ENV = "LPJ_TOKEN"
EXIT_OFFLINE = 75
EXIT_AUTH = 77


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    login = subparsers.add_parser(
        "login", help="log in to the sync server",
        description="Log in to the sync server. The password is asked for, or read from the first "
                    "line of standard input when that is not a terminal. The token is kept in the "
                    f"OS keyring (or printed, to be passed as {TOKEN_ENV}, where there is none).")
    login.add_argument("--server", help="the server's address, e.g. https://lpj.example.no "
                                        "(default: the one this store last used)")
    login.add_argument("--user", help="user name (default: the one this store last used)")
    login.add_argument("--device", default="", help="a name for this machine, shown to the admin")
    login.set_defaults(run=run_login)

    sync = subparsers.add_parser(
        "sync", help="send local changes to the server and fetch the others'",
        description="Push this store's changes to the server, then pull everything new. Prints one "
                    "line: pushed, pulled, conflicts, rejected. Exit status 0 when finished, "
                    f"1 on an error, {EXIT_OFFLINE} when the server cannot be reached, {EXIT_AUTH} "
                    "when a login is needed.")
    sync.add_argument("--quiet", action="store_true", help="no progress on stderr")
    sync.set_defaults(run=run_sync)

    logout = subparsers.add_parser(
        "logout", help="log out from the sync server",
        description="Forget the token (and ask the server to revoke it). Refuses while changes "
                    "are waiting to be sent, unless --force; forced, the changes stay in the store "
                    "and are sent after the next login.")
    logout.add_argument("--force", action="store_true", help="log out even with unsynced changes")
    logout.set_defaults(run=run_logout)


def _profile(store):  # type: ignore[no-untyped-def]
    from lpj_desktop.services.profile import get_profile

    with store.session() as s:
        p = get_profile(s)
        return p.server_url, p.username, p.client_id


def _token(server_url: str, username: str) -> str | None:
    from lpj_desktop.services.credentials import load_token

    return os.environ.get(TOKEN_ENV) or load_token(server_url, username)


def run_login(args: argparse.Namespace) -> int:
    from lpj_desktop.services.credentials import KeyringUnavailable, save_token
    from sync.client.api import AuthError, SyncError
    from sync.client.engine import SyncEngine

    store = open_cli_store(args)
    try:
        server_url, username, _ = _profile(store)
        server_url = args.server or server_url
        if not server_url:
            raise CliError("which server? give --server URL", status=2)
        username = args.user or username
        if not username:
            if not sys.stdin.isatty():
                raise CliError("give --user NAME when the password comes on standard input", status=2)
            username = input("Brukernavn: ").strip()
        if sys.stdin.isatty():
            password = getpass.getpass(f"Passord for {username}: ")
        else:
            password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise CliError("no password given", status=2)
        try:
            result = SyncEngine.login(store, server_url, username, password,
                                      device_name=args.device or socket.gethostname())
        except AuthError as e:
            raise CliError(str(e), status=EXIT_AUTH) from e
        except SyncError as e:
            raise CliError(str(e)) from e
    finally:
        store.close()
    user = result.user
    print(f"Logged in as {user.username} ({user.name}, {user.role}, {user.organisation}) "
          f"on {server_url.rstrip('/')}; the login lasts until {result.expires_at:%Y-%m-%d}.")
    try:
        save_token(server_url.strip().rstrip("/"), user.username, result.token)
    except KeyringUnavailable as e:
        print(f"{e}", file=sys.stderr)
        print(f"To sync from this shell, set the token in the environment:\n"
              f"  export {TOKEN_ENV}={result.token}", file=sys.stderr)
    return 0


def run_sync(args: argparse.Namespace) -> int:
    from sync.client.api import AuthError, OfflineError, SyncError, SyncProgress, SyncReport
    from sync.client.engine import SyncEngine

    store = open_cli_store(args)
    try:
        server_url, username, _ = _profile(store)
        if not server_url or not username:
            raise CliError("this store is not logged in to a server: run `lpj login --server URL`",
                           status=EXIT_AUTH)
        token = _token(server_url, username)
        if not token:
            raise CliError(f"no login kept for {username} on {server_url}: run `lpj login` "
                           f"(or set {TOKEN_ENV})", status=EXIT_AUTH)
        show = not args.quiet and sys.stderr.isatty()

        def progress(p: SyncProgress) -> None:
            if show:
                total = f"/{p.total}" if p.total else ""
                print(f"\r{p.phase.value:>10} {p.done}{total}   ", end="", file=sys.stderr, flush=True)

        engine = SyncEngine(store, server_url=server_url, token=token)
        try:
            report = engine.sync(progress=progress)
        except SyncError as e:
            if show:
                print(file=sys.stderr)
            partial = e.report or SyncReport(finished=False)
            print(_summary(partial) + " (not finished)")
            status = EXIT_OFFLINE if isinstance(e, OfflineError) else \
                EXIT_AUTH if isinstance(e, AuthError) else 1
            raise CliError(str(e), status=status) from e
        if show:
            print(file=sys.stderr)
    finally:
        store.close()
    print(_summary(report) + ("" if report.finished else " (not finished)"))
    for warning in report.warnings:
        print(f"lpj: {warning}", file=sys.stderr)
    if not report.finished:
        print(f"lpj: {report.error}", file=sys.stderr)
        return 1
    return 0


def _summary(report) -> str:  # type: ignore[no-untyped-def]
    text = (f"pushed {report.pushed}, pulled {report.pulled}, conflicts {report.conflicts}, "
            f"rejected {report.rejected}")
    if report.redirected:
        text += f", merged {report.redirected}"
    return text


def run_logout(args: argparse.Namespace) -> int:
    from lpj_desktop.services.credentials import forget_token
    from sync.client.engine import SyncEngine
    from sync.client.push import pending_count

    store = open_cli_store(args)
    try:
        server_url, username, _ = _profile(store)
        if not server_url or not username:
            print("Not logged in.")
            return 0
        with store.reader() as s:
            waiting = pending_count(s)
        if waiting and not args.force:
            raise CliError(f"{waiting} changes are not synced yet: run `lpj sync` first, or log out "
                           "with --force (the changes stay in this store and are sent after the "
                           "next login)")
        token = _token(server_url, username)
        if token:
            SyncEngine(store, server_url=server_url, token=token, retries=0).logout()
        forget_token(server_url, username)
    finally:
        store.close()
    extra = f" ({waiting} unsynced changes kept in this store)" if waiting else ""
    print(f"Logged out {username} from {server_url}{extra}.")
    if os.environ.get(TOKEN_ENV):
        print(f"lpj: {TOKEN_ENV} is still set in this environment; unset it too.", file=sys.stderr)
    return 0
