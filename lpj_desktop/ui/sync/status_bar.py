"""The sync state in the status bar, always true: offline / syncing (with progress) / synced at
HH:MM, the changes waiting, conflicts and refusals, the last error in words in the tooltip.
Clicking it opens a small menu (sync now, log in, the pages that need the user)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLabel, QMenu

from lpj_desktop.domain.when import fmt_time, local, today
from lpj_desktop.reports.labels import number
from lpj_desktop.services.sync_status import SyncStatus
from lpj_desktop.sync_client.api import SyncPhase, SyncProgress
from lpj_desktop.ui.sync.errors import error_words
from lpj_desktop.ui.sync.worker import AUTH, OFFLINE, OK, VERSION, SyncOutcome

translate = QCoreApplication.translate


def _time(value: datetime) -> str:
    if local(value).date() == today():
        return fmt_time(value)
    return local(value).strftime("%d.%m. %H:%M")


def progress_text(p: SyncProgress) -> str:
    """"Synkroniserer … (sender 3 av 10)", big counts grouped as Norwegian print has them
    ("henter alt: 612 000 av 1 200 003")."""
    if p.phase == SyncPhase.CONNECTING:
        detail = translate("SyncStatus", "kobler til")
    elif p.phase == SyncPhase.PUSHING:
        detail = (translate("SyncStatus", "sender {0} av {1}").format(number(p.done), number(p.total))
                  if p.total else translate("SyncStatus", "sender"))
    elif p.phase == SyncPhase.SNAPSHOT:
        detail = (translate("SyncStatus", "henter alt: {0} av {1}").format(number(p.done), number(p.total))
                  if p.total else translate("SyncStatus", "henter alt: {0}").format(number(p.done)))
    elif p.phase == SyncPhase.FINISHING:
        detail = translate("SyncStatus", "gjør klar søk og oversikter: steg {0} av {1}").format(
            p.done + 1, p.total or 1)
    else:
        detail = translate("SyncStatus", "henter {0}").format(number(p.done))
    return translate("SyncStatus", "Synkroniserer … ({0})").format(detail)


def counts_text(status: SyncStatus) -> list[str]:
    parts = []
    if status.pending:
        parts.append(translate("SyncStatus", "%n endring(er) venter", "", status.pending))
    if status.conflicts:
        parts.append(translate("SyncStatus", "%n konflikt(er)", "", status.conflicts))
    if status.rejected:
        parts.append(translate("SyncStatus", "%n avvist", "", status.rejected))
    return parts


def status_text(status: SyncStatus, *, logged_in: bool, online: bool, running: bool,
                progress: SyncProgress | None, outcome: SyncOutcome | None) -> tuple[str, str]:
    """(text, tooltip) for the status bar."""
    tips: list[str] = []
    if status.last_success_at:
        tips.append(translate("SyncStatus", "Sist synkronisert {0}.").format(
            local(status.last_success_at).strftime("%d.%m.%Y kl. %H:%M")))
    elif logged_in:
        tips.append(translate("SyncStatus", "Ikke synkronisert ennå."))
    if running:
        head = progress_text(progress) if progress else translate("SyncStatus", "Synkroniserer …")
    elif not logged_in:
        head = (translate("SyncStatus", "Logg inn på nytt") if status.connected
                else translate("SyncStatus", "Ikke koblet til server"))
        tips.insert(0, translate("SyncStatus", "Klikk for å logge inn. Endringene dine er lagret på "
                                               "denne maskinen og sendes når du er logget inn."))
    elif outcome is not None and outcome.kind == AUTH:
        head = translate("SyncStatus", "Logg inn på nytt")
    elif outcome is not None and outcome.kind == VERSION:
        head = translate("SyncStatus", "Appen må oppdateres")
    elif not online or (outcome is not None and outcome.kind == OFFLINE):
        head = translate("SyncStatus", "Frakoblet")
    elif outcome is not None and outcome.kind != OK:
        head = translate("SyncStatus", "Synkronisering feilet")
    elif status.last_success_at:
        head = translate("SyncStatus", "Synkronisert kl. {0}").format(_time(status.last_success_at))
    else:
        head = translate("SyncStatus", "Ikke synkronisert ennå")
    stored = error_words(status.last_error_kind, status.last_error_params, status.last_error) \
        if status.last_error else ""
    error = (outcome.message if outcome is not None and outcome.kind != OK else "") or (
        stored if not running else "")
    if error and not running:
        tips.append(error)
    text = " · ".join([head, *counts_text(status)])
    offline = not online or (outcome is not None and outcome.kind == OFFLINE)
    if status.pending and not running and error and not offline:
        tips.append(translate("SyncStatus", "Ingenting er tapt: endringene sendes når serveren svarer."))
    return text, "\n".join(tips)


class ClickableStatus(QObject):
    """Makes the status bar's sync label open `menu_factory()` when clicked."""

    def __init__(self, label: QLabel, menu_factory, parent: QObject | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.label, self.menu_factory = label, menu_factory
        label.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() == QEvent.Type.MouseButtonRelease:
            menu: QMenu = self.menu_factory()
            menu.popup(self.label.mapToGlobal(self.label.rect().topLeft()))
            return True
        return False
