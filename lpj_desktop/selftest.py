"""`lpj-desktop --self-test`: prove that an installation (a frozen bundle above all) is complete.

On a temporary data folder it checks the files the app loads at run time (code lists, translations,
icon, migrations), creates the store through the migrations, opens the main window offscreen,
records a visit through the services and reads it back. It prints a short report with timings,
writes the same report to a file (a windowed app on Windows has no console), and exits 0 when
every check passed, 1 naming the failing checks otherwise.
"""

from __future__ import annotations

import logging
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)

REPORT_NAME = "lpj-desktop-self-test.txt"
# Resource files the app cannot work without. Translations and icons are checked separately.
REQUIRED_CODELISTS = ("nace-sn2007.csv", "legal-forms.csv", "laerefag.csv", "regions-2023.csv",
                      "regions-2024.csv", "region-names.csv")


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    seconds: float


class SelfTestFailed(Exception):
    """A check found something wrong; the message says what, in words."""


def process_age_seconds() -> float | None:
    """Seconds since this process started, from the OS (so the frozen bootloader counts too)."""
    try:
        if sys.platform.startswith("linux"):
            stat = Path("/proc/self/stat").read_text()
            # Field 22 (starttime, in clock ticks after boot); the name in field 2 may hold spaces.
            start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
            uptime = float(Path("/proc/uptime").read_text().split()[0])
            return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
        if sys.platform == "win32":
            import ctypes
            from ctypes import wintypes

            creation, exit_, kernel, user = (wintypes.FILETIME() for _ in range(4))
            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.GetProcessTimes(kernel32.GetCurrentProcess(), ctypes.byref(creation),
                                     ctypes.byref(exit_), ctypes.byref(kernel), ctypes.byref(user))
            now = wintypes.FILETIME()
            kernel32.GetSystemTimeAsFileTime(ctypes.byref(now))

            def ticks(ft: Any) -> int:
                return (ft.dwHighDateTime << 32) | ft.dwLowDateTime

            return (ticks(now) - ticks(creation)) / 1e7
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return None


def install_dir() -> Path:
    """Where the program files are: the bundle folder when frozen, the package's parent otherwise."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root).resolve()
    return Path(__file__).resolve().parent.parent


class SelfTest:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.checks: list[Check] = []
        self.window_shown_after: float | None = None
        self.window_shown_after_process_start: float | None = None

    def check(self, name: str, step: Callable[[], tuple[T, str]]) -> T | None:
        """Run one step; a step returns (value, detail) or raises with a message in words."""
        started = time.perf_counter()
        try:
            value, detail = step()
        except Exception as exc:  # a self-test reports every failure instead of stopping at one
            where = traceback.extract_tb(exc.__traceback__)[-1]
            detail = f"{type(exc).__name__}: {exc} (at {Path(where.filename).name}:{where.lineno})"
            self.checks.append(Check(name, False, detail, time.perf_counter() - started))
            return None
        self.checks.append(Check(name, True, detail, time.perf_counter() - started))
        return value

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def report(self) -> str:
        from lpj_desktop import __version__

        try:
            from PySide6 import __version__ as qt_version
        except ImportError:
            qt_version = "missing"
        import sqlite3

        kind = "frozen" if getattr(sys, "frozen", False) else "source"
        lines = [
            f"lpj-desktop {__version__} self-test ({kind}, {platform.system()} {platform.machine()}, "
            f"Python {platform.python_version()}, PySide6 {qt_version}, SQLite {sqlite3.sqlite_version})",
            f"install folder: {install_dir()}",
            f"temporary data folder: {self.data_dir}",
        ]
        width = max(len(c.name) for c in self.checks) if self.checks else 10
        for c in self.checks:
            status = "ok  " if c.ok else "FAIL"
            lines.append(f"  {status} {c.name:<{width}}  {c.seconds * 1000:7.0f} ms  {c.detail}")
        if self.window_shown_after is not None:
            lines.append(f"self-test start to main window shown: {self.window_shown_after:.2f} s")
        if self.window_shown_after_process_start is not None:
            lines.append(f"process start to main window shown: {self.window_shown_after_process_start:.2f} s")
        failed = [c.name for c in self.checks if not c.ok]
        passed = len(self.checks) - len(failed)
        if failed:
            lines.append(f"RESULT: FAILED ({', '.join(failed)}); {passed}/{len(self.checks)} checks passed")
        else:
            lines.append(f"RESULT: ok, {passed}/{len(self.checks)} checks passed")
        return "\n".join(lines) + "\n"


# --- the steps -------------------------------------------------------------------------------------


def _check_codelists() -> tuple[None, str]:
    from lpj_desktop.domain import codelists, regions
    from lpj_desktop.resources import resource, resources_dir

    folder = resources_dir()
    missing = [n for n in REQUIRED_CODELISTS if not resource("codelists", n).is_file()]
    if missing:
        raise SelfTestFailed(f"code lists missing from {folder / 'codelists'}: {', '.join(missing)}")
    n_industry, n_forms, n_trades = (len(codelists.industry_codes()), len(codelists.legal_forms()),
                                     len(codelists.trades()))
    if not (n_industry and n_forms and n_trades):
        raise SelfTestFailed("a code list is empty")
    alta = regions.municipality("5601")
    if alta is None:
        raise SelfTestFailed("the 2024 municipality list does not know 5601 Alta")
    karasjok = regions.find_municipality("Kárášjohka")
    if karasjok is None or karasjok.label != "Karasjok – Kárášjohka":
        raise SelfTestFailed("the list of region names does not know 5610 Karasjok – Kárášjohka")
    return None, f"{n_industry} industry codes, {n_forms} legal forms, {n_trades} trades"


def _check_translations() -> tuple[None, str]:
    from PySide6.QtCore import QTranslator

    from lpj_desktop.resources import resource

    folder = resource("i18n")
    sources = sorted(folder.glob("*.ts")) if folder.is_dir() else []
    compiled = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    if not folder.is_dir():
        if getattr(sys, "frozen", False) and _has_ui():
            raise SelfTestFailed(f"translations folder missing: {folder}")
        return None, "no translations in this version"
    if sources and not compiled:
        raise SelfTestFailed(f"{folder} has .ts sources but no compiled .qm files (run pyside6-lrelease)")
    if not compiled:
        raise SelfTestFailed(f"no .qm translations in {folder}")
    for qm in compiled:
        translator = QTranslator()
        if not translator.load(str(qm)):
            raise SelfTestFailed(f"Qt cannot load the translation {qm.name}")
    return None, ", ".join(q.stem for q in compiled)


def _has_ui() -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec("lpj_desktop.ui.main_window") is not None
    except ModuleNotFoundError:
        return False


def _check_icon() -> tuple[None, str]:
    from PySide6.QtGui import QIcon, QImageReader

    from lpj_desktop.resources import resource

    png, svg = resource("icons", "lpj.png"), resource("icons", "lpj.svg")
    for f in (png, svg):
        if not f.is_file():
            raise SelfTestFailed(f"app icon missing: {f}")
    if QIcon(str(png)).isNull():
        raise SelfTestFailed(f"Qt cannot read {png}")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    if "svg" not in formats:
        raise SelfTestFailed("Qt's SVG image plugin is missing (imageformats/qsvg)")
    if QIcon(str(svg)).pixmap(64, 64).isNull():
        raise SelfTestFailed(f"Qt cannot draw {svg}")
    return None, "png + svg; image formats: " + ", ".join(sorted(formats))


def _check_migrations() -> tuple[str, str]:
    from lpj_desktop.store.migrate import MIGRATIONS_DIR, head_revision, known_revisions

    for needed in ("env.py", "script.py.mako", "versions"):
        if not (MIGRATIONS_DIR / needed).exists():
            raise SelfTestFailed(f"migration file missing: {MIGRATIONS_DIR / needed}")
    head = head_revision()
    return head, f"{len(known_revisions())} revisions, head {head}"


def _check_data_dir_outside_install() -> tuple[None, str]:
    from lpj_desktop.paths import app_paths

    default = app_paths(None) if "LPJ_DATA_DIR" not in os.environ else None
    if default is None:
        return None, "LPJ_DATA_DIR is set; default not checked"
    bundle = install_dir()
    if getattr(sys, "frozen", False) and default.data_dir.resolve().is_relative_to(bundle):
        raise SelfTestFailed(f"the default data folder {default.data_dir} is inside the install folder; "
                             "an upgrade or uninstall would delete the user's data")
    return None, f"user data in {default.data_dir}"


def _check_keyring() -> tuple[None, str]:
    import keyring

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    # Frozen bundles can lose keyring's backends (entry points); on Windows and macOS the OS
    # keyring always exists, so the fail backend there means the bundle is incomplete.
    if sys.platform in ("win32", "darwin") and "fail" in name.lower():
        raise SelfTestFailed(f"no OS keyring backend found in this build ({name})")
    return None, name


def _main_window_class() -> Any:
    """The real main window, or None while the app has no `lpj_desktop.ui` yet (stub era)."""
    try:
        from lpj_desktop.ui.main_window import MainWindow
    except ModuleNotFoundError as exc:
        if exc.name in ("lpj_desktop.ui", "lpj_desktop.ui.main_window"):
            return None
        raise
    return MainWindow


def _record_and_read_visit(store: Any) -> tuple[None, str]:
    from sqlalchemy import func, select

    from lpj_desktop.domain.enums import Channel
    from lpj_desktop.domain.ladder import Outcome
    from lpj_desktop.domain.visit_draft import VisitDraft
    from lpj_desktop.services.companies import CompanyQuery, add_company_by_hand, search_companies
    from lpj_desktop.services.profile import set_profile
    from lpj_desktop.services.visits import record_visit, visits_of_company
    from lpj_desktop.store.models import OutboxMutation

    when = datetime.now(UTC) - timedelta(hours=1)
    with store.session() as s:
        profile = set_profile(s, display_name="Selvtest", organisation="Opplæringskontoret Nord")
        company = add_company_by_hand(s, name="Selvtest Rør AS", orgnr="914778271",
                                      municipality_number="5601")
        saved = record_visit(s, VisitDraft(
            company_id=company.id, occurred_at=when, outcome=Outcome.FOLLOW_UP_AGREED,
            notes="Selvtest: møte med fagansvarlig", next_step="Ring tilbake",
            next_step_on=(when + timedelta(days=7)).date(),
        ), profile.user_id)
        company_id, visit_id = company.id, saved.visit.id
    with store.reader() as s:
        visits = visits_of_company(s, company_id)
        if [v.id for v in visits] != [visit_id]:
            raise SelfTestFailed(f"the visit was saved but not read back (got {len(visits)} visits)")
        visit = visits[0]
        if visit.notes != "Selvtest: møte med fagansvarlig" or visit.channel != Channel.VISIT.value:
            raise SelfTestFailed("the visit read back differs from the one saved")
        pending = s.scalar(select(func.count()).select_from(OutboxMutation))
        hits = search_companies(s, CompanyQuery(text="Selvtest Rør"))
        if [h.id for h in hits] != [company_id]:
            raise SelfTestFailed("the company search (SQLite FTS5) did not find the new company")
    return None, f"visit {visit_id[:8]}… read back, {pending} outbox mutations, search ok"


# --- running it ------------------------------------------------------------------------------------


class _ErrorRecorder(logging.Handler):
    """Errors the app logs during the self-test (a background job that failed, for instance)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            text += f": {type(record.exc_info[1]).__name__}: {record.exc_info[1]}"
        self.messages.append(f"{record.name}: {text}")


def _wait_for_background_work(app: Any) -> None:
    """Let the window's background jobs (first page loads…) finish before checking or closing."""
    from PySide6.QtCore import QThreadPool

    pools = [QThreadPool.globalInstance()]
    workers = sys.modules.get("lpj_desktop.ui.workers")
    if workers is not None and hasattr(workers, "pool"):
        pools.append(workers.pool())
    for pool in pools:
        pool.waitForDone(15000)
    app.processEvents()


def run_self_test(*, keep: bool = False, report_file: str | os.PathLike[str] | None = None) -> int:
    """Run every check; print and write the report. Returns the process exit code."""
    # Before any QApplication exists: the self-test never shows a window on the user's screen.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    data_dir = Path(tempfile.mkdtemp(prefix="lpj-selftest-"))
    test = SelfTest(data_dir)
    errors = _ErrorRecorder()
    root = logging.getLogger()
    root.addHandler(errors)
    try:
        _run_checks(test, started)
    finally:
        root.removeHandler(errors)
        if not keep:
            _remove_data_dir(data_dir)
    test.check("no errors logged", lambda: _no_errors(errors))
    text = test.report()
    if keep:
        text += f"kept: {data_dir}\n"
    target = Path(report_file) if report_file else Path(tempfile.gettempdir()) / REPORT_NAME
    try:
        target.write_text(text, encoding="utf-8")
        text += f"report written to {target}\n"
    except OSError as exc:
        text += f"could not write the report to {target}: {exc}\n"
    # A windowed frozen app on Windows has sys.stdout None: the file above is the report then.
    if sys.stdout is not None:
        sys.stdout.write(text)
        sys.stdout.flush()
    return 0 if test.ok else 1


def _remove_data_dir(data_dir: Path) -> None:
    """Remove the temporary store once nothing can write to it any more.

    A SQLite connection still alive somewhere (a finished job's session not yet collected) would
    recreate the -wal/-shm files beside a deleted database when it is finally closed; collect such
    objects first, then remove, then make sure nothing came back.
    """
    import gc

    app = sys.modules.get("PySide6.QtWidgets")
    if app is not None and app.QApplication.instance() is not None:
        _wait_for_background_work(app.QApplication.instance())
    gc.collect()
    for _attempt in range(3):
        shutil.rmtree(data_dir, ignore_errors=True)
        if not data_dir.exists():
            return
        time.sleep(0.2)
        gc.collect()
    log.warning("could not remove the self-test folder %s", data_dir)


def _no_errors(errors: _ErrorRecorder) -> tuple[None, str]:
    if errors.messages:
        more = f" (and {len(errors.messages) - 1} more)" if len(errors.messages) > 1 else ""
        raise SelfTestFailed(errors.messages[0] + more)
    return None, "none"


def _check_binding() -> tuple[None, str]:
    from lpj_desktop.ui.binding_check import binding_drops_references, binding_version

    if binding_drops_references():
        raise SelfTestFailed(f"PySide6 {binding_version()} drops references to None: the app would abort")
    return None, f"PySide6 {binding_version()} keeps reference counts"


def _run_checks(test: SelfTest, started: float) -> None:
    from lpj_desktop.paths import app_paths

    test.check("code lists", _check_codelists)
    head = test.check("migrations", _check_migrations)
    test.check("data folder", _check_data_dir_outside_install)

    def open_the_store() -> tuple[Any, str]:
        from lpj_desktop.store.database import open_store
        from lpj_desktop.store.migrate import current_revision

        store = open_store(app_paths(test.data_dir))
        revision = current_revision(store.engine)
        if head is not None and revision != head:
            store.close()
            raise SelfTestFailed(f"store at revision {revision} after migrating, expected {head}")
        return store, f"migrated a new store to {revision}"

    store = test.check("store", open_the_store)

    def start_qt() -> tuple[Any, str]:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(sys.argv[:1])
        return app, f"platform {app.platformName()}"

    app = test.check("qt", start_qt)
    if app is not None:
        test.check("qt binding", _check_binding)
        test.check("translations", _check_translations)
        test.check("icon", _check_icon)
    window = None
    if app is not None and store is not None:
        def open_main_window() -> tuple[Any, str]:
            from PySide6.QtWidgets import QLabel, QMainWindow

            window_class = _main_window_class()
            if window_class is None:
                win = QMainWindow()
                win.setCentralWidget(QLabel(f"lpj-desktop: {store.path}"))
                what = "stub window (this version has no lpj_desktop.ui)"
            else:
                win = window_class(store, app_paths(test.data_dir))
                what = type(win).__name__
            win.show()
            app.processEvents()
            test.window_shown_after = time.perf_counter() - started
            test.window_shown_after_process_start = process_age_seconds()
            if not win.isVisible():
                raise SelfTestFailed("the main window did not become visible")
            shown = time.perf_counter()
            _wait_for_background_work(app)
            return win, f"{what} shown offscreen, its first loads done in {time.perf_counter() - shown:.2f} s"

        window = test.check("main window", open_main_window)
    if store is not None:
        test.check("visit", lambda: _record_and_read_visit(store))
    test.check("keyring", _check_keyring)
    if window is not None:
        window.close()
        window.deleteLater()
    if app is not None:
        _wait_for_background_work(app)
    if store is not None:
        store.close()
