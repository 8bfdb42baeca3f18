"""What the app asks when its store cannot be read: take the newest backup copy back (saying
from when, and what that loses), start with a new, empty store, or stop. Nothing is deleted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from lpj_desktop.domain.when import fmt_datetime
from lpj_desktop.store.backups import Backup, StoreDamaged

RESTORE, FRESH, QUIT = "restore", "fresh", "quit"


# translate("DamagedStore", …) written out at each call: lupdate files a string under the context
# it sees in the call, and a wrapper hid it (the English app showed these in Norwegian).
translate = QCoreApplication.translate


def ask_what_to_do(parent: QWidget | None, damage: StoreDamaged, newest: Backup | None) -> str:
    """RESTORE, FRESH or QUIT, as the user chooses."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("DamagedStore", "Databasen er skadet"))
    text = translate(
        "DamagedStore",
        "Databasen på denne maskinen kan ikke leses; filen er skadet. Ingenting er endret i den, "
        "og den blir flyttet til side (ikke slettet) uansett hva du velger.",
    )
    if newest is not None:
        text += "\n\n" + translate(
            "DamagedStore",
            "Den nyeste sikkerhetskopien er fra {0}. Henter du den tilbake, mister du det som ble "
            "lagret på denne maskinen etter det. Det som allerede er synkronisert, kommer tilbake ved "
            "neste synkronisering.",
        ).format(fmt_datetime(newest.made_at))
    else:
        text += "\n\n" + translate(
            "DamagedStore",
            "Det finnes ingen sikkerhetskopi. Du kan begynne med en ny, tom database; "
            "det som er synkronisert, hentes fra serveren igjen.",
        )
    box.setText(text)
    box.setDetailedText(damage.detail)
    restore = None
    if newest is not None:
        restore = box.addButton(
            translate("DamagedStore", "Hent sikkerhetskopien"), QMessageBox.ButtonRole.AcceptRole
        )
    fresh = box.addButton(
        translate("DamagedStore", "Ny, tom database"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(translate("DamagedStore", "Avslutt"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return RESTORE
    return FRESH if clicked is fresh else QUIT
