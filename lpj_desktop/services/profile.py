"""The local user profile: who uses this store."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from lpj_desktop.domain.enums import Role
from lpj_desktop.store.models import LocalProfile, User


def get_profile(session: Session) -> LocalProfile:
    """The profile row, created on first use (fresh user id and client id)."""
    profile = session.get(LocalProfile, 1)
    if profile is None:
        profile = LocalProfile(id=1)
        session.add(profile)
        session.flush()
    return profile


@dataclass(frozen=True, slots=True)
class WindowStart:
    """What the main window needs to know about its user when it opens."""

    user_id: str
    set_up: bool


def window_start(session: Session) -> WindowStart:
    """The local user's id (the profile is made on first use) and whether they have named themselves."""
    profile = get_profile(session)
    return WindowStart(profile.user_id, bool(profile.display_name.strip()))


def is_set_up(session: Session) -> bool:
    profile = session.get(LocalProfile, 1)
    return profile is not None and bool(profile.display_name.strip())


def set_profile(session: Session, *, display_name: str, organisation: str,
                team: str | None = None) -> LocalProfile:
    """Name the local user. Also keeps a matching row in the user directory for display."""
    profile = get_profile(session)
    profile.display_name = display_name.strip()
    profile.organisation = organisation.strip()
    profile.team = (team or "").strip() or None
    user = session.get(User, profile.user_id)
    if user is None:
        session.add(User(id=profile.user_id, name=profile.display_name,
                         organisation=profile.organisation, team=profile.team, role=profile.role))
    else:
        user.name, user.organisation, user.team = profile.display_name, profile.organisation, profile.team
    return profile


STAFF_ROLES = frozenset({Role.STAFF.value, Role.ADMIN.value})


def is_staff_profile(session: Session) -> bool:
    """True when this store's user is staff or admin (the staff views are theirs)."""
    profile = session.get(LocalProfile, 1)
    return profile is not None and profile.role in STAFF_ROLES
