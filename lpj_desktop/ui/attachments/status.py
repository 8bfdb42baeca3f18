"""The status bar's word on attached files: how many are being attached now, and how many files
and bytes wait to reach the server (they follow the record sync in the background)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from lpj_desktop.services.attachments import bytes_waiting
from lpj_desktop.services.use import read
from lpj_desktop.store.database import Store
from lpj_desktop.ui.attachments import words


class FilesStatus(QLabel):
    """Hidden while nothing is attached or waiting."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filesStatus")
        self.store = store
        self._attaching: tuple[int, int] = (0, 0)
        self.refresh()

    def attaching(self, done: int, total: int) -> None:
        """Files being attached now (the attach queue's progress)."""
        self._attaching = (done, total)
        self.refresh()

    def refresh(self) -> None:
        """Read what waits for upload again (after an attach, a sync)."""
        files, size = read(self.store, bytes_waiting)
        done, total = self._attaching
        parts = []
        if total and done < total:
            parts.append(self.tr("Legger ved {0} av {1} filer …").format(done + 1, total))
        if files:
            parts.append(self.tr("Vedlegg som venter på sending: {0} ({1})").format(files, words.size(size)))
        self.setText(" · ".join(parts))
        self.setToolTip(self.tr("Filene sendes etter hver synkronisering, de nyeste først. Et brudd "
                                "i forbindelsen fortsetter der det stoppet.") if files else "")
        self.setVisible(bool(parts))
