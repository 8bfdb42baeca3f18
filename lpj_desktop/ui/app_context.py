"""What the window's parts share: the store, the app's folders and who is using it.

Pages and dialogs follow `user_changed` (their `set_user` slot) instead of the window reaching into
them, and say or hear that data changed through `changed` (a save, an import, a sync pull; every
page refreshes what it shows)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from lpj_desktop.paths import AppPaths
from lpj_desktop.store.database import Store


class AppContext(QObject):
    """The store, the folders and the current user of one window."""

    changed = Signal()
    # The first login gives the store the server's id for its user (the sync engine re-keys what
    # was saved): every part that saves in the user's name takes the new id at once, or what it
    # saves next would be refused as someone else's.
    user_changed = Signal(str)

    def __init__(self, store: Store, paths: AppPaths, user_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.paths = store, paths
        self._user_id = user_id

    @property
    def user_id(self) -> str:
        return self._user_id

    def adopt_user(self, user_id: str) -> bool:
        """Make `user_id` the current user; True (and `user_changed`) when it is a new one."""
        if user_id == self._user_id:
            return False
        self._user_id = user_id
        self.user_changed.emit(user_id)
        return True
