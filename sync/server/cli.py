"""`lpj-server`: migrate, manage accounts, serve.

Settings come from `LPJ_*` environment variables (see sync.server.config), overridden by flags.
"""

from __future__ import annotations

import argparse
import gc
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sync.server.config import ServerConfig, config_from_env
from sync.server.db import Database

log = logging.getLogger("lpj.server")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        config = config_from_env().with_overrides(database_url=args.database_url)
    except ValueError as exc:
        print(f"lpj-server: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=config.log_level, format="%(message)s", stream=sys.stderr)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    try:
        return int(args.handler(args, config) or 0)
    except Exception as exc:  # every failure reaches the operator as one sentence
        from sync.server.users import AccountError

        if isinstance(exc, AccountError | RuntimeError | ValueError):
            print(f"lpj-server: {exc}", file=sys.stderr)
            return 1
        raise


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lpj-server", description="The lpj-desktop sync server.")
    p.add_argument("--database-url", help="SQLAlchemy URL (env LPJ_DATABASE_URL); default: SQLite "
                   "in the user data folder; postgresql+psycopg://user@host/db for production")
    sub = p.add_subparsers(metavar="COMMAND")

    s = sub.add_parser("migrate", help="create or upgrade the database schema")
    s.set_defaults(handler=_migrate)

    s = sub.add_parser("create-user", help="create a user (password from the prompt or stdin)")
    s.add_argument("username")
    s.add_argument("--role", required=True, choices=("hunter", "staff", "admin"))
    s.add_argument("--org", required=True, help="organisation name (created on first use)")
    s.add_argument("--name", help="full name (default: the user name)")
    s.add_argument("--team")
    s.set_defaults(handler=_create_user)

    s = sub.add_parser("serve", help="run the HTTP server")
    s.add_argument("--host")
    s.add_argument("--port", type=int)
    s.add_argument("--workers", type=int, help="worker processes (use PostgreSQL for more than 1)")
    s.set_defaults(handler=_serve)

    users = sub.add_parser("users", help="list, reset or deactivate users").add_subparsers(metavar="ACTION")
    s = users.add_parser("list")
    s.set_defaults(handler=_users_list)
    s = users.add_parser("reset-password", help="new password (prompt or stdin); revokes tokens")
    s.add_argument("username")
    s.set_defaults(handler=_users_reset)
    s = users.add_parser("deactivate", help="block the user and revoke their tokens")
    s.add_argument("username")
    s.add_argument("--allow-last-admin", action="store_true",
                   help="deactivate even the last active admin of an organisation")
    s.set_defaults(handler=_users_deactivate)
    s = users.add_parser("activate", help="let a deactivated user sign in again")
    s.add_argument("username")
    s.set_defaults(handler=_users_activate)

    clients = sub.add_parser("clients", help="app installations").add_subparsers(metavar="ACTION")
    s = clients.add_parser("list", help="clients with their last sync and how far behind they are")
    s.set_defaults(handler=_clients_list)

    s = sub.add_parser("prune-results", help="delete stored push results older than some days "
                       "(a client resending such a mutation is still answered)")
    s.add_argument("--older-than", type=int, default=90, metavar="DAYS", help="default: 90")
    s.set_defaults(handler=_prune_results)

    s = sub.add_parser("import-register-feed", help="apply Enhetsregisteret's update feed (saved "
                       "pages or fetched from the API) to the companies; laptops get it by their next sync")
    s.add_argument("files", nargs="*", type=Path, metavar="FILE",
                   help="saved feed pages (JSON as the API answers, or folders of them)")
    s.add_argument("--fetch", action="store_true", help="fetch the updates after the cursor from the API")
    s.add_argument("--stream", choices=("enheter", "underenheter", "both"), default="both",
                   help="with --fetch: which feed (default: both)")
    s.add_argument("--api", default=None, help="with --fetch: the API's base URL "
                   "(default https://data.brreg.no/enhetsregisteret/api)")
    s.add_argument("--save-to", type=Path, help="with --fetch: also save each page in this folder")
    s.add_argument("--counties", default=None, help="add units the server does not hold only from "
                   "these counties, e.g. 55,56 (default: all)")
    s.set_defaults(handler=_import_register_feed)
    s = sub.add_parser("sweep-files", help="delete attached files no live attachment names, and "
                       "uploads untouched for a week (after a crash, or a restore of the database)")
    s.set_defaults(handler=_sweep_files)

    s = sub.add_parser("new-epoch", help="after restoring the database from a backup: make every "
                       "client re-check what the server holds and re-send what it lost")
    s.set_defaults(handler=_new_epoch)
    return p


def _prune_results(args: argparse.Namespace, config: ServerConfig) -> int:
    from datetime import timedelta

    from sync.server.retention import prune_results

    try:
        removed = prune_results(_db(config), timedelta(days=args.older_than))
    except ValueError as exc:
        print(f"lpj-server: {exc}", file=sys.stderr)
        return 2
    print(f"removed {removed} stored push results older than {args.older_than} days")
    return 0


def _sweep_files(args: argparse.Namespace, config: ServerConfig) -> int:
    from sync.server.attachment_records import sweep_orphans
    from sync.server.blobs import blob_store
    from sync.server.uploads import Uploads

    files = config.resolved_files_dir
    removed = sweep_orphans(_db(config), blob_store(config))
    stale = Uploads(files / "uploads").sweep()
    print(f"removed {len(removed)} files no attachment names and {stale} stale uploads ({files})")
    return 0


def _db(config: ServerConfig) -> Database:
    return Database(config.resolved_database_url)


def _read_password(confirm: bool = True) -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if confirm and getpass.getpass("Again: ") != first:
        raise ValueError("the two passwords differ")
    return first


def _migrate(args: argparse.Namespace, config: ServerConfig) -> int:
    from sync.server.migrate import head_revision, upgrade
    from sync.server.users import refresh_user_records

    db = _db(config)
    before = upgrade(db)
    print(f"database at schema {head_revision()} (was {before or 'empty'})")
    # The user records as the accounts stand (schema 3 added `active`): apps learn it by pull.
    written = refresh_user_records(db)
    if written:
        print(f"user records brought up to date: {written}")
    return 0


def _create_user(args: argparse.Namespace, config: ServerConfig) -> int:
    from sync.server.auth import Passwords
    from sync.server.migrate import check_current
    from sync.server.users import create_user

    db = _db(config)
    check_current(db)
    password = _read_password()
    user = create_user(db, Passwords(config), args.username, password, role=args.role,
                       organisation=args.org, name=args.name, team=args.team)
    print(f"created {user.role} {user.username} in {user.organisation} (id {user.id})")
    return 0


def _users_list(args: argparse.Namespace, config: ServerConfig) -> int:
    from sync.server.users import list_users

    rows = list_users(_db(config))
    print(f"{'username':24} {'role':7} {'active':6} {'organisation':28} {'team':16} name")
    for u in rows:
        print(f"{u.username:24} {u.role:7} {'yes' if u.active else 'no':6} {u.organisation:28} "
              f"{u.team or '':16} {u.name}")
    return 0


def _users_reset(args: argparse.Namespace, config: ServerConfig) -> int:
    from sync.server.auth import Passwords
    from sync.server.users import reset_password

    reset_password(_db(config), Passwords(config), args.username, _read_password())
    print(f"password of {args.username} changed; their devices must sign in again")
    return 0


def _users_deactivate(args: argparse.Namespace, config: ServerConfig) -> int:
    from sync.server.users import set_active

    revoked = set_active(_db(config), args.username, False, allow_last_admin=args.allow_last_admin)
    print(f"{args.username} deactivated; {revoked} token(s) revoked")
    return 0


def _users_activate(args: argparse.Namespace, config: ServerConfig) -> int:
    from sync.server.users import set_active

    set_active(_db(config), args.username, True)
    print(f"{args.username} may sign in again")
    return 0


def _clients_list(args: argparse.Namespace, config: ServerConfig) -> int:
    from sync.server.users import list_clients

    def when(dt: object) -> str:
        return dt.strftime("%Y-%m-%d %H:%M") if dt else "never"  # type: ignore[attr-defined]

    print(f"{'client':38} {'user':20} {'device':20} {'last push':16} {'last pull':16} "
          f"{'mutations':>9} {'behind':>7}")
    for c in list_clients(_db(config)):
        print(f"{c.client_id:38} {c.username:20} {c.device_name[:20]:20} {when(c.last_push_at):16} "
              f"{when(c.last_pull_at):16} {c.last_mutation_id:>9} {c.behind:>7}")
    return 0


def _import_register_feed(args: argparse.Namespace, config: ServerConfig) -> int:
    from sync.register_feed import API_BASE, fetch_pages, read_pages
    from sync.server.migrate import check_current
    from sync.server.register_feed import import_pages, read_cursor

    if bool(args.files) == bool(args.fetch):
        print("lpj-server: give feed files or --fetch (one of the two)", file=sys.stderr)
        return 2
    db = _db(config)
    check_current(db)
    if args.fetch:
        streams = ("enheter", "underenheter") if args.stream == "both" else (args.stream,)
        pages = [page for stream in streams
                 for page in fetch_pages(stream, read_cursor(db, stream), base_url=args.api or API_BASE,
                                         save_to=args.save_to)]
    else:
        pages = read_pages(args.files)
    counties = frozenset(c.strip() for c in args.counties.split(",") if c.strip()) if args.counties else None
    report = import_pages(db, pages, counties=counties)
    for line in report.lines():
        print(line)
    return 0


def _new_epoch(args: argparse.Namespace, config: ServerConfig) -> int:
    from sync.server.meta import start_new_epoch

    print(f"new epoch {start_new_epoch(_db(config))}: clients will re-check and re-send")
    return 0


def _serve(args: argparse.Namespace, config: ServerConfig) -> int:
    import uvicorn

    from sync.server.meta import ensure_epoch
    from sync.server.migrate import check_current
    from sync.server.users import refresh_user_records

    config = config.with_overrides(host=args.host, port=args.port, workers=args.workers)
    db = _db(config)
    check_current(db)
    ensure_epoch(db)  # and the witness key, for a database migrated before witnesses came
    refresh_user_records(db)  # `active` in each user record, for a database migrated before schema 3
    db.dispose()
    # Workers are separate processes: they read the settings from the environment.
    os.environ["LPJ_DATABASE_URL"] = config.resolved_database_url
    if config.workers > 1 and config.resolved_database_url.startswith("sqlite"):
        log.warning("several workers on SQLite serialise on its single writer; use PostgreSQL")
    uvicorn.run("sync.server.cli:app_from_env", factory=True, host=config.host, port=config.port,
                workers=config.workers, access_log=False, proxy_headers=True,
                http="sync.server.http_protocol:NoDelayHTTPProtocol",
                log_level=config.log_level.lower())
    return 0


def app_from_env():  # type: ignore[no-untyped-def]
    """The app as uvicorn workers build it: settings from the environment."""
    from sync.server.app import create_app

    config = config_from_env()
    logging.basicConfig(level=config.log_level, format="%(message)s", stream=sys.stderr)
    app = create_app(config)
    _tune_collector()
    return app


def _tune_collector() -> None:
    """Make the cycle collector cheap for a server process.

    A push of 1000 mutations allocates some 100,000 short-lived objects. At Python's default
    thresholds that set off more than one full collection per push, each walking every object of
    the loaded app (SQLAlchemy, pydantic, FastAPI): a quarter of a push's time went there.
    Objects alive after start-up are frozen out of collections (they live as long as the
    process), and young collections run ~70 times less often.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 10)


if __name__ == "__main__":
    raise SystemExit(main())
