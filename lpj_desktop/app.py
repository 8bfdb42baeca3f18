"""`lpj-desktop`: start the GUI."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import re
import sqlite3
import sys
from pathlib import Path

from lpj_desktop import __version__

log = logging.getLogger("lpj_desktop")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lpj-desktop")
    parser.add_argument("--version", action="version", version=f"lpj-desktop {__version__}")
    parser.add_argument("--data-dir", help="use this folder for the local store instead of the default")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo store (its own, filled with sample data; yours is untouched)")
    parser.add_argument("--lang", choices=("nb", "en"), help="language of the user interface")
    # From the packaging branch (lpj_desktop/selftest.py lives there): check an installation.
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation on a temporary data folder and exit (0 = ok)")
    parser.add_argument("--keep", action="store_true", help="with --self-test: keep the temporary folder")
    return parser


def setup_logging(log_dir: Path) -> Path:
    """A rotating log file in the platform's log folder (5 × 2 MB), plus warnings on stderr."""
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "lpj-desktop.log"
    handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=5,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.WARNING)
    root.addHandler(stderr)
    return log_file


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        from lpj_desktop.selftest import run_self_test

        return run_self_test(keep=args.keep)
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from lpj_desktop.paths import app_paths
    from lpj_desktop.ui import settings
    from lpj_desktop.ui.error_dialog import install_excepthook
    from lpj_desktop.ui.i18n import install_translations
    from lpj_desktop.ui.single_instance import InstanceServer, activate_running

    paths = app_paths(args.data_dir).ensure()
    log_file = setup_logging(paths.log_dir)
    log.info("lpj-desktop %s starting, data in %s", __version__, paths.data_dir)
    QCoreApplication.setOrganizationName("lpj")
    QCoreApplication.setApplicationName("lpj-desktop")
    QCoreApplication.setApplicationVersion(__version__)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    # Fractional scaling (125 %, 150 %) as the system asks, not rounded to whole pixels.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translations(app, args.lang or settings.language(paths))
    _set_window_icon(app)
    install_excepthook(str(log_file))
    if _binding_is_broken():
        return 4

    if activate_running(paths):
        log.info("already running on %s; asked that window to come forward", paths.data_dir)
        return 0

    from lpj_desktop.ui.app_session import AppSession

    session = AppSession(paths)
    try:
        window = session.start(demo=args.demo)
    except Exception as exc:
        from lpj_desktop.store.migrate import StoreTooNewError

        if not isinstance(exc, StoreTooNewError):
            raise
        log.error("%s", exc)
        QMessageBox.critical(None, QCoreApplication.translate("App", "Kan ikke åpne dataene"),
                             QCoreApplication.translate(
                                 "App", "Dataene i {0} er laget av en nyere versjon av Læreplassjeger. "
                                        "Installer den nyeste versjonen for å åpne dem. Ingenting er endret."
                             ).format(exc.path))
        return 3
    if window is None:
        return 3  # a damaged store, and the user chose to stop: nothing was changed
    _announce_ready(window)
    server = InstanceServer(paths, lambda: session.window.bring_forward())
    del window
    try:
        return app.exec()
    finally:
        server.close()
        session.close()
        log.info("lpj-desktop stopped")


def _announce_ready(window) -> None:  # type: ignore[no-untyped-def]
    """When LPJ_READY_FILE names a file, write it once the window is shown with the first page of
    companies painted (what a person sees as "the app is up"). The start-up bench
    (bench/bench_app_start.py) waits for it; nothing else sets the variable, and without it this
    does nothing."""
    import os

    ready_file = os.environ.get("LPJ_READY_FILE")
    if not ready_file:
        return
    model = window.company_list.model

    def first_page(_total: int) -> None:
        model.loaded.disconnect(first_page)
        window.repaint()  # the rows on screen, not just in the model
        Path(ready_file).write_text(f"{model.rowCount()}\n", encoding="ascii")

    model.loaded.connect(first_page)


def _binding_is_broken() -> bool:
    """Say so and stop on a Qt binding that would abort the app mid-work (see binding_check)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from lpj_desktop.ui.binding_check import binding_drops_references, binding_version

    if not binding_drops_references():
        return False
    version = binding_version()
    log.error("PySide6 %s drops references to None; refusing to start", version)
    title = QCoreApplication.translate("App", "Feil versjon av Qt")
    QMessageBox.critical(None, title, QCoreApplication.translate(
        "App", "Denne installasjonen bruker PySide6 {0}, som har en feil som får appen til å krasje "
               "midt i arbeidet. Installer en annen versjon (for eksempel: pip install "
               "\"PySide6-Essentials!={0}\"). Ingenting er endret i dataene dine.").format(version))
    return True


_REVISION = re.compile(r"""^(down_revision|revision)\s*(?::[^=]+)?=\s*['"]?([\w.-]+|None)['"]?""", re.M)


def store_is_current(db_file: Path) -> bool:
    """True when the store exists and is at the newest schema, so no migration step is needed.

    Any doubt (no file, no table, several heads, unreadable) answers False: the full path decides.
    """
    if not db_file.exists():
        return False
    versions = Path(__file__).resolve().parent / "store" / "migrations" / "versions"
    revisions: dict[str, str | None] = {}
    for file in versions.glob("*.py"):
        found = dict((k, v) for k, v in _REVISION.findall(file.read_text(encoding="utf-8")))
        if "revision" in found:
            down = found.get("down_revision")
            revisions[found["revision"]] = None if down in (None, "None") else down
    heads = set(revisions) - {d for d in revisions.values() if d}
    if len(heads) != 1:
        return False
    try:
        con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == next(iter(heads))


def open_app_store(paths):  # type: ignore[no-untyped-def]
    """Open the store; Alembic (a fifth of the start-up time to import) only when the schema is not
    current. Raises StoreTooNewError for a store from a newer app."""
    from lpj_desktop.store.database import open_store
    from lpj_desktop.store.tallies import start_tally_count

    store = open_store(paths, migrate=not store_is_current(paths.database))
    # A count of the visit tallies cut short (the app closed during it) starts again, in the
    # background: the window does not wait for it (store/tallies.py).
    start_tally_count(store.engine)
    return store


def _set_window_icon(app) -> None:  # type: ignore[no-untyped-def]
    """The app icon (resources/icons, from the packaging work) on every window, when it is there."""
    from PySide6.QtGui import QIcon

    from lpj_desktop.resources import resource

    try:
        icon = resource("icons", "lpj.png")
    except FileNotFoundError:
        return
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


if __name__ == "__main__":
    sys.exit(main())
