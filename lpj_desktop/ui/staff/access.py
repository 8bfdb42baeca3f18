"""Who may open the staff views: the local profile's role says (the server checks again on its side)."""

from __future__ import annotations

from lpj_desktop.domain.enums import Role
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import LocalProfile

STAFF_ROLES = frozenset({Role.STAFF.value, Role.ADMIN.value})


def is_staff(store: Store) -> bool:
    """True when this store's user is staff or admin."""
    with store.reader() as session:
        profile = session.get(LocalProfile, 1)
        return profile is not None and profile.role in STAFF_ROLES


def local_user_id(store: Store) -> str | None:
    with store.reader() as session:
        profile = session.get(LocalProfile, 1)
        return profile.user_id if profile else None
