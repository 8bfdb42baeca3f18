"""Putting the staff pages into the main window, for staff and admins only."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lpj_desktop.store.database import Store
from lpj_desktop.ui.staff.access import is_staff


class PageHost(Protocol):
    def add_page(self, key: str, title: str, widget: QWidget, shortcut: str | None = None) -> Any: ...

    def open_company(self, company_id: str) -> None: ...


def register_staff_pages(window: PageHost, store: Store) -> dict[str, QWidget]:
    """Add the staff pages to `window` when this store's user is staff or admin; a hunter gets none."""
    if not is_staff(store):
        return {}
    # The pages (charts, PDF and Excel exports behind them) are imported for staff only: a hunter's
    # start-up does not pay for them.
    from lpj_desktop.ui.staff.campaign_page import CampaignPage
    from lpj_desktop.ui.staff.dashboard_page import DashboardPage
    from lpj_desktop.ui.staff.goals_page import GoalsPage
    from lpj_desktop.ui.staff.handover_page import HandoverPage
    from lpj_desktop.ui.staff.history_page import HistoryPage

    history = HistoryPage(store)
    campaigns = CampaignPage(store)
    dashboard = DashboardPage(store)
    goals = GoalsPage(store)
    handover = HandoverPage(store)
    history.open_company.connect(window.open_company)
    campaigns.open_company.connect(window.open_company)
    queue = getattr(window, "attach_queue", None)  # the window's files being attached
    if queue is not None:
        campaigns.files.use_queue(queue, getattr(window, "fetch_original", None))
        campaigns.files.set_user(getattr(window, "user_id", ""))
        context = getattr(window, "context", None)
        if context is not None:
            context.user_changed.connect(campaigns.files.set_user)
    bus = getattr(window, "bus", None)  # the main window's "data changed": every page catches up
    if bus is not None:
        for page in (campaigns, goals, handover):
            page.changed.connect(bus.changed.emit)
    else:
        # Without a main window bus: a campaign or goal changed shows in the other pages' choices.
        campaigns.changed.connect(dashboard.data_changed)
        campaigns.changed.connect(history.data_changed)
        goals.changed.connect(dashboard.data_changed)
        handover.changed.connect(dashboard.data_changed)
        handover.changed.connect(history.data_changed)
    pages: dict[str, QWidget] = {
        "staff.history": history, "staff.campaigns": campaigns, "staff.dashboard": dashboard,
        "staff.goals": goals, "staff.handover": handover,
    }
    translate = QCoreApplication.translate
    window.add_page("staff.history", translate("StaffPages", "Besøkshistorikk"), history)
    window.add_page("staff.campaigns", translate("StaffPages", "Kampanjer"), campaigns)
    window.add_page("staff.dashboard", translate("StaffPages", "Tall og diagrammer"), dashboard)
    window.add_page("staff.goals", translate("StaffPages", "Produksjonsmål"), goals)
    window.add_page("staff.handover", translate("StaffPages", "Overføre arbeid"), handover)
    return pages
