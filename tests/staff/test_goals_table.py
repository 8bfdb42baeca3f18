"""The staff goals table on a 1366×768 laptop: who is readable, when is shown, the bars keep room."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QWidget

from lpj_desktop.domain.enums import GoalScope
from lpj_desktop.services.goal_admin import set_goal
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import User
from lpj_desktop.ui.staff.goals_page import GoalsPage

from .conftest import World

LONG_TEAM = "Opplæringskontoret for Nord-Troms, Kvænangen og Vest-Finnmark"
LONG_NAME = "Ragnhild Mikkelsen-Kristiansen"  # a full name people have: shown whole


def test_who_and_period_are_readable_at_1366x768(qtbot: Any, store: Store, world: World) -> None:
    with store.session() as s:
        ragnhild = User(name=LONG_NAME, organisation="Opplæringskontoret Nord", team=LONG_TEAM, role="hunter")
        s.add(ragnhild)
        s.flush()
        for subject, scope, start, end in (
                (ragnhild.id, GoalScope.HUNTER, date(2025, 6, 1), date(2025, 6, 30)),
                (world.kari, GoalScope.HUNTER, date(2025, 6, 1), date(2025, 6, 30)),
                (world.kari, GoalScope.HUNTER, date(2025, 7, 1), date(2025, 7, 31)),
                (world.aslak, GoalScope.HUNTER, date(2025, 6, 1), date(2025, 6, 30)),
                ("Nord", GoalScope.TEAM, date(2025, 1, 1), date(2025, 12, 31)),
                (LONG_TEAM, GoalScope.TEAM, date(2025, 1, 1), date(2025, 12, 31))):
            set_goal(s, scope=scope, subject=subject, period_start=start, period_end=end, visits=10,
                     agreements=2, places=1234)
    # The page as the main window shows it: the window less its side navigation (190 pixels).
    window = QWidget()
    qtbot.addWidget(window)
    side = QWidget()
    side.setFixedWidth(190)
    layout = QHBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(side)
    page = GoalsPage(store)
    layout.addWidget(page, 1)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: page.table.rowCount() == 6, timeout=5000)
    table = page.table
    fm = table.fontMetrics()
    padding = 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) + 2
    header = table.horizontalHeader()
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    assert set(rows) == {"Kari Nordmann", "Aslak Sara", "Nord (team)", f"{LONG_TEAM} (team)", LONG_NAME}
    # Every name whole (and the column's own title), with its whole text in the tooltip.
    who_width = table.columnWidth(0)
    for text in ("Kari Nordmann", "Aslak Sara", "Nord (team)", LONG_NAME):
        assert who_width >= fm.horizontalAdvance(text) + padding, (text, who_width)
    assert header.sectionSize(0) >= header.fontMetrics().horizontalAdvance(
        table.horizontalHeaderItem(0).text()) + padding
    for text, r in rows.items():
        assert table.item(r, 0).toolTip() == text
    # A longer one is cut in one line, not wrapped: the bars keep room for "1 234 av 1 234".
    assert not table.wordWrap()
    bar_room = fm.horizontalAdvance("1\u00a0234 av 1\u00a0234") + 2 * padding
    widths = [table.columnWidth(c) for c in range(table.columnCount())]
    assert all(w >= bar_room for w in widths[2:]), widths
    # Nothing hides behind a horizontal scroll bar.
    assert sum(widths) <= table.viewport().width(), widths
    # When: dd.mm.yyyy–dd.mm.yyyy, readable whole; Kari's two goals differ by it.
    periods = sorted(table.item(r, 1).text() for r in range(table.rowCount()) if table.item(r, 0).text()
                     == "Kari Nordmann")
    assert periods == ["01.06.2025–30.06.2025", "01.07.2025–31.07.2025"]
    assert table.columnWidth(1) >= fm.horizontalAdvance("01.06.2025–30.06.2025") + padding
