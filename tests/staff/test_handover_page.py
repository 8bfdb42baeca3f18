"""The handover page driven by the keyboard (pytest-qt, offscreen) on the staff world's real store:
choose, see the counts, hand over, undo; a hunter sees a refusal and no data."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget

from lpj_desktop.domain.enums import Role
from lpj_desktop.services.profile import get_profile
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Company
from lpj_desktop.ui import workers
from lpj_desktop.ui.staff.handover_page import HandoverPage
from lpj_desktop.ui.timeline_model import TimelineModel

from .conftest import World


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot: Any) -> Any:
    yield
    workers.wait_for_all()  # no worker may outlive its store


def owner(store: Store, company_id: str) -> str | None:
    with store.reader() as s:
        return s.get(Company, company_id).owner_id


def tick(qtbot: Any, box: QListWidget, text: str) -> None:
    """Move to the row starting with `text` by arrow keys and tick it with Space, as a user does."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.count()):
        if box.currentItem().text().startswith(text):
            break
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentItem().text().startswith(text)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.currentItem().checkState() == Qt.CheckState.Checked


def open_page(qtbot: Any, store: Store) -> HandoverPage:
    page = HandoverPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_hand_over_and_undo_by_keyboard(qtbot: Any, store: Store, world: World) -> None:
    page = open_page(qtbot, store)
    qtbot.waitUntil(lambda: page.giver.count() > 0)
    page.giver.setFocus()
    qtbot.keyClicks(page.giver, "Kari")  # a combo box finds its item by typing
    assert page.giver.currentData() == world.kari
    assert page.receivers.count() == 3  # everyone but Kari (Ola, Aslak, the staff member)

    with qtbot.waitSignal(page.plan_ready):
        tick(qtbot, page.receivers, "Ola Hansen")
    with qtbot.waitSignal(page.plan_ready):
        tick(qtbot, page.receivers, "Aslak Sara")
    qtbot.waitUntil(lambda: "2 bedrifter" in page.summary.text())
    assert "2 kampanjemottakere" in page.summary.text()
    assert page.shares.rowCount() == 2 and page.shares.item(0, 1).text() == "1"
    assert page.run_button.isEnabled() and "2 bedrifter" in page.run_button.text()
    assert owner(store, world.companies["Tinden Bygg AS"]) == world.kari  # nothing done yet

    page.run_button.setFocus()
    with qtbot.waitSignal(page.finished, timeout=10_000):
        qtbot.keyClick(page.run_button, Qt.Key.Key_Space)
    assert "Overført 2 bedrifter" in page.message.text()
    moved = {owner(store, world.companies[n]) for n in ("Tinden Bygg AS", "Ishavskraft Elektro AS")}
    assert moved == {world.ola, world.aslak}
    assert page.history.rowCount() == 1 and page.undo_button.isEnabled()

    # Kari has nothing left: the counts say so in words and the button stays off.
    qtbot.waitUntil(lambda: "har ingen bedrifter" in page.summary.text())
    assert not page.run_button.isEnabled()

    page.history.setFocus()
    page.undo_button.setFocus()
    with qtbot.waitSignal(page.finished, timeout=10_000):
        qtbot.keyClick(page.undo_button, Qt.Key.Key_Space)
    assert "Angret: 2 bedrifter" in page.undo_result.text()
    assert owner(store, world.companies["Tinden Bygg AS"]) == world.kari
    assert page.history.rowCount() == 2
    page.history.selectRow(1)  # the handover, now undone: no second undo
    assert not page.undo_button.isEnabled()

    # The company's timeline (the model the company page shows) has both, newest first.
    timeline = TimelineModel(store)
    timeline.show_company(world.companies["Tinden Bygg AS"])
    texts = [timeline.index(r).data() for r in range(timeline.rowCount())]
    handovers = [t for t in texts if "Overføring angret" in t or t.startswith("Overført fra")]
    assert handovers[0].startswith("Overføring angret: tilbake fra ")
    assert handovers[1].startswith("Overført fra Kari Nordmann til ") and "av Siri Stab" in handovers[1]


def test_only_a_chosen_municipality_is_counted(qtbot: Any, store: Store, world: World) -> None:
    page = open_page(qtbot, store)
    qtbot.waitUntil(lambda: page.giver.count() > 0)
    page.giver.setCurrentIndex(page.giver.findData(world.ola))
    with qtbot.waitSignal(page.plan_ready):
        tick(qtbot, page.receivers, "Kari")
    assert [page.municipalities.item(i).text().split(" (")[0] for i in range(page.municipalities.count())] \
        == ["Harstad – Hárstták", "Tromsø"]
    with qtbot.waitSignal(page.plan_ready):
        tick(qtbot, page.municipalities, "Harstad")
    qtbot.waitUntil(lambda: page.summary.text().startswith("1 bedrift, "))


def test_a_hunter_gets_a_refusal_and_no_data(qtbot: Any, store: Store, world: World) -> None:
    with store.session() as s:
        get_profile(s).role = Role.HUNTER.value
    page = open_page(qtbot, store)
    refusal = page.findChild(QLabel, "staffRefusal")
    assert refusal is not None and "bare for ansatte" in refusal.text()
    assert not hasattr(page, "giver")


def test_a_hunter_who_has_left_is_not_offered_work(qtbot: Any, store: Store, world: World) -> None:
    from lpj_desktop.store.models import User
    from lpj_desktop.ui.staff.campaign_page import CampaignPage

    with store.session() as s:
        s.get(User, world.ola).active = False  # as the server's user record says after he left
    page = open_page(qtbot, store)
    qtbot.waitUntil(lambda: page.giver.count() > 0)
    givers = [page.giver.itemText(i) for i in range(page.giver.count())]
    assert "Ola Hansen (Nord) – har sluttet" in givers  # his work can be handed on
    page.giver.setCurrentIndex(page.giver.findData(world.kari))
    receivers = [page.receivers.item(i).text() for i in range(page.receivers.count())]
    assert receivers and not any(r.startswith("Ola") for r in receivers)

    campaigns = CampaignPage(store)
    qtbot.addWidget(campaigns)
    campaigns.show()
    for box in (campaigns.assign, campaigns.fallback):  # "Gi oppfølgingen til" and the fallback
        names = [box.itemText(i) for i in range(box.count())]
        assert "Kari Nordmann" in names and "Ola Hansen" not in names
