"""What Enhetsregisteret changed shows in the company's timeline, in words.

(English: the .ts files have the English words, but every module-level `tr()` of timeline_model.py
is looked up in context "TimelineModel" while lupdate files them under the empty context, so
the whole timeline shows Norwegian in English today, visits and notes too: a separate fix.)"""

from __future__ import annotations

from datetime import UTC, datetime

from lpj_desktop.store.models import RegisterChange
from lpj_desktop.ui.main_window import MainWindow
from lpj_desktop.ui.roles import ROLE_KIND


def _register_rows(w: MainWindow) -> list[str]:
    model = w.company_page.timeline_model
    return [model.index(r, 0).data() for r in range(model.rowCount())
            if model.index(r, 0).data(ROLE_KIND) == "register"]


def test_register_changes_in_the_timeline(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    store, _paths, ids = seeded
    company = ids["Alta Elektro AS"]
    with store.session() as s:
        s.add(RegisterChange(id="01900000-0000-7000-8000-0000000000c1", company_id=company, update_id=1001,
                             occurred_at=datetime(2026, 11, 10, 7, 14, tzinfo=UTC), kind="name",
                             old_value="Alta Elektro AS", new_value="ALTA ELEKTRO NORD AS"))
        s.add(RegisterChange(id="01900000-0000-7000-8000-0000000000c2", company_id=company, update_id=1004,
                             occurred_at=datetime(2026, 11, 12, 6, 2, tzinfo=UTC), kind="bankrupt"))
    w.open_company(company)
    rows = _register_rows(w)
    assert any("Nytt navn: ALTA ELEKTRO NORD AS (før: Alta Elektro AS)" in r for r in rows)
    assert any(r.startswith("Enhetsregisteret · 12.11.2026") and "Konkurs registrert" in r for r in rows)

