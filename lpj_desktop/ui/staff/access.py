"""Who may open the staff views: the local profile's role says (the server checks again on its side)."""

from __future__ import annotations

from lpj_desktop.services.profile import is_staff_profile
from lpj_desktop.services.use import read
from lpj_desktop.store.database import Store


def is_staff(store: Store) -> bool:
    """True when this store's user is staff or admin."""
    return read(store, is_staff_profile)
