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

from lpj_desktop.cli.common import CliError, fmt_date, open_cli_store
from lpj_desktop.domain import labels

TOKEN_ENV = "LPJ_TOKEN"
PHASES = {"connecting": "kobler til", "pushing": "sender", "pulling": "henter", "snapshot": "henter alt",
          "finishing": "gjør klar"}
EXIT_OFFLINE = 75
EXIT_AUTH = 77


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    login = subparsers.add_parser(
        "login", help="logg inn på synkroniseringsserveren",
        description="Logg inn på synkroniseringsserveren. Passordet spørres om, eller leses fra "
                    "første linje på standard inn når det ikke er en terminal. Innloggingen "
                    "(tokenet) lagres i operativsystemets nøkkelring (eller skrives ut, til bruk "
                    f"som {TOKEN_ENV}, der det ikke finnes en).")
    login.add_argument("--server", help="serverens adresse, f.eks. https://lpj.example.no "
                                        "(standard: den denne databasen brukte sist)")
    login.add_argument("--user", help="brukernavn (standard: det denne databasen brukte sist)")
    login.add_argument("--device", default="", help="et navn på denne maskinen, som administratoren ser")
    login.set_defaults(run=run_login)

    sync = subparsers.add_parser(
        "sync", help="send endringene dine til serveren og hent de andres",
        description="Send endringene i denne databasen til serveren, og hent alt nytt. Skriver én "
                    "linje: sendt, hentet, konflikter, avvist. Avslutningskode 0 når alt er ferdig, "
                    f"1 ved feil, {EXIT_OFFLINE} når serveren ikke svarer, {EXIT_AUTH} når du må "
                    "logge inn.")
    sync.add_argument("--quiet", action="store_true", help="ingen fremdrift på stderr")
    sync.set_defaults(run=run_sync)

    logout = subparsers.add_parser(
        "logout", help="logg ut fra synkroniseringsserveren",
        description="Glem innloggingen (og be serveren trekke den tilbake). Nekter så lenge "
                    "endringer venter på å bli sendt, med mindre --force; da blir endringene "
                    "liggende i databasen og sendes etter neste innlogging.")
    logout.add_argument("--force", action="store_true", help="logg ut selv med usendte endringer")
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
    from lpj_desktop.sync_client.api import AuthError, SyncError
    from lpj_desktop.sync_client.engine import SyncEngine

    store = open_cli_store(args)
    try:
        server_url, username, _ = _profile(store)
        server_url = args.server or server_url
        if not server_url:
            raise CliError("hvilken server? Oppgi --server URL", status=2)
        username = args.user or username
        if not username:
            if not sys.stdin.isatty():
                raise CliError("oppgi --user NAVN når passordet kommer på standard inn", status=2)
            username = input("Brukernavn: ").strip()
        if sys.stdin.isatty():
            password = getpass.getpass(f"Passord for {username}: ")
        else:
            password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise CliError("ingen passord oppgitt", status=2)
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
    print(f"Logget inn som {user.username} ({user.name}, {labels.word(labels.ROLE, user.role)}, "
          f"{user.organisation}) på {server_url.rstrip('/')}; innloggingen varer til "
          f"{fmt_date(result.expires_at)}.")
    try:
        save_token(server_url.strip().rstrip("/"), user.username, result.token)
    except KeyringUnavailable as e:
        print(f"{e}", file=sys.stderr)
        print(f"For å synkronisere fra dette skallet, sett tokenet i miljøet:\n"
              f"  export {TOKEN_ENV}={result.token}", file=sys.stderr)
    return 0


def engine_for(store):  # type: ignore[no-untyped-def]
    """The sync engine of this store's login (the token from the keyring or LPJ_TOKEN), or
    CliError with EXIT_AUTH saying how to log in."""
    from lpj_desktop.sync_client.engine import SyncEngine

    server_url, username, _ = _profile(store)
    if not server_url or not username:
        raise CliError("denne databasen er ikke logget inn på noen server: kjør "
                       "`lpj login --server URL`", status=EXIT_AUTH)
    token = _token(server_url, username)
    if not token:
        raise CliError(f"ingen lagret innlogging for {username} på {server_url}: kjør "
                       f"`lpj login` (eller sett {TOKEN_ENV})", status=EXIT_AUTH)
    return SyncEngine(store, server_url=server_url, token=token)


def exit_status(error: BaseException) -> int:
    """The exit status for a sync error: offline 75, login 77, anything else 1."""
    from lpj_desktop.sync_client.api import AuthError, OfflineError

    return EXIT_OFFLINE if isinstance(error, OfflineError) else \
        EXIT_AUTH if isinstance(error, AuthError) else 1


def run_sync(args: argparse.Namespace) -> int:
    from lpj_desktop.sync_client.api import SyncError, SyncProgress, SyncReport

    store = open_cli_store(args)
    try:
        engine = engine_for(store)
        show = not args.quiet and sys.stderr.isatty()

        def progress(p: SyncProgress) -> None:
            if show:
                total = f"/{p.total}" if p.total else ""
                print(f"\r{PHASES.get(p.phase, p.phase):>10} {p.done}{total}   ", end="",
                      file=sys.stderr, flush=True)

        try:
            report = engine.sync(progress=progress)
        except SyncError as e:
            if show:
                print(file=sys.stderr)
            partial = e.report or SyncReport(finished=False)
            print(_summary(partial) + " (ikke ferdig)")
            raise CliError(str(e), status=exit_status(e)) from e
        if show:
            print(file=sys.stderr)
        files = engine.sync_files() if report.finished else None
        if engine.tally_count is not None:
            # What a first sync left to the background (indexes, the staff tallies): a command
            # ends with its process, so it waits for it here instead of leaving it half done.
            engine.tally_count.wait()
    finally:
        store.close()
    print(_summary(report) + ("" if report.finished else " (ikke ferdig)"))
    if files is not None and (files.uploaded or files.waiting_files or files.thumbnails or files.error):
        print(f"filer: sendt {files.uploaded}, hentet {files.thumbnails} miniatyrbilder, venter "
              f"{files.waiting_files} ({files.waiting_bytes / 1024 / 1024:.1f} MB)".replace(".", ","))
        if files.error:
            print(f"lpj: filene venter til neste synkronisering: {files.error}", file=sys.stderr)
    for warning in report.warnings:
        print(f"lpj: {warning}", file=sys.stderr)
    if not report.finished:
        print(f"lpj: {report.error}", file=sys.stderr)
        return 1
    return 0


def _summary(report) -> str:  # type: ignore[no-untyped-def]
    text = (f"sendt {report.pushed}, hentet {report.pulled}, konflikter {report.conflicts}, "
            f"avvist {report.rejected}")
    if report.redirected:
        text += f", slått sammen {report.redirected}"
    return text


def run_logout(args: argparse.Namespace) -> int:
    from lpj_desktop.services.credentials import forget_token
    from lpj_desktop.sync_client.engine import SyncEngine
    from lpj_desktop.sync_client.push import pending_count

    store = open_cli_store(args)
    try:
        server_url, username, _ = _profile(store)
        if not server_url or not username:
            print("Ikke logget inn.")
            return 0
        with store.reader() as s:
            waiting = pending_count(s)
        if waiting and not args.force:
            raise CliError(f"{waiting} endringer er ikke synkronisert ennå: kjør `lpj sync` først, "
                           "eller logg ut med --force (endringene blir liggende i databasen og "
                           "sendes etter neste innlogging)")
        token = _token(server_url, username)
        if token:
            SyncEngine(store, server_url=server_url, token=token, retries=0).logout()
        forget_token(server_url, username)
    finally:
        store.close()
    extra = f" ({waiting} usendte endringer ligger igjen i databasen)" if waiting else ""
    print(f"Logget ut {username} fra {server_url}{extra}.")
    if os.environ.get(TOKEN_ENV):
        print(f"lpj: {TOKEN_ENV} er fortsatt satt i dette miljøet; fjern den også.", file=sys.stderr)
    return 0
