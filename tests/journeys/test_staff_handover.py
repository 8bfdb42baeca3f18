"""Staff hand a hunter's companies to two others and undo it, with keys only, in the real window."""

from __future__ import annotations

from sqlalchemy import select, update

from lpj_desktop.domain.enums import Role
from lpj_desktop.paths import AppPaths
from lpj_desktop.services.profile import get_profile
from lpj_desktop.store.database import open_store
from lpj_desktop.store.models import Company, User
from lpj_desktop.ui.app_session import AppSession

from .keyboard import press, wait_until, write


def _owners(paths: AppPaths) -> list[str | None]:
    store = open_store(paths)
    try:
        with store.reader() as s:
            return list(s.scalars(select(Company.owner_id).order_by(Company.name)))
    finally:
        store.close()


def test_staff_hand_over_and_undo_by_keys(qtbot, seeded_paths) -> None:  # type: ignore[no-untyped-def]
    store = open_store(seeded_paths)
    with store.session() as s:
        get_profile(s).role = Role.STAFF.value
        ids = {}
        for name in ("Kari Nordmann", "Per Olsen", "Siri Sara"):
            user = User(name=name, organisation="Opplæringskontoret Nord", role=Role.HUNTER.value)
            s.add(user)
            s.flush()
            ids[name] = user.id
        s.execute(update(Company).values(owner_id=ids["Kari Nordmann"]))
    store.close()
    session = AppSession(seeded_paths, modal_dialogs=False)
    window = session.start()
    qtbot.waitExposed(window)
    try:
        press("ctrl+shift+o")
        assert window.current_page_key() == "staff.handover"
        page = window.staff_pages["staff.handover"]
        press("alt+l")  # Fra &læreplassjeger
        write("Kari")
        assert page.giver.currentData() == ids["Kari Nordmann"]
        press("alt+m")  # Til (&mottakere …): Ida Hansen (the staff member), Per, Siri
        press("down")
        press("space")
        press("down")
        press("space")
        wait_until(lambda: page.summary.text().startswith("9 bedrifter"))
        press("alt+o")  # &Overfør 9 bedrifter …
        wait_until(lambda: page.message.text().startswith("Overført 9 bedrifter"), timeout_ms=8000)
        owners = _owners(seeded_paths)
        assert sorted(owners).count(ids["Per Olsen"]) == 5 and owners.count(ids["Siri Sara"]) == 4
        press("alt+s")  # &Siste overføringer: the handover just made is chosen
        press("alt+a")  # &Angre valgt overføring
        wait_until(lambda: page.undo_result.text().startswith("Angret: 9 bedrifter"), timeout_ms=8000)
        assert set(_owners(seeded_paths)) == {ids["Kari Nordmann"]}
    finally:
        session.close()
