"""Saving a visit puts it on top of the timeline without reading the timeline again: the model
gets the new rows inserted (no reset), rows scrolled in before stay, and the text is right."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import VisitDraft
from lpj_desktop.domain.when import today
from lpj_desktop.services.visits import record_visit
from lpj_desktop.ui.main_window import MainWindow
from lpj_desktop.ui.timeline_model import PAGE

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_saved_visit_is_inserted_on_top_without_a_reset(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    store, _paths, ids = seeded
    company = ids["Alta Elektro AS"]
    start = datetime.now(UTC) - timedelta(days=900)
    with store.session() as s:
        for i in range(PAGE + 50):  # more than a page: the older ones are read on scrolling
            record_visit(s, VisitDraft(company_id=company, occurred_at=start + timedelta(days=i * 3),
                                       channel=Channel.PHONE, outcome=Outcome.WANTS_INFORMATION,
                                       notes=f"gammelt besøk {i}"), w.user_id)
    w.open_company(company)
    model = w.company_page.timeline_model
    model.fetchMore()  # the user scrolled: two pages read
    read = model.rowCount()
    assert read > PAGE
    resets, inserted = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))

    qtbot.keyClick(w.company_page, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: w.visit_dialog is not None and w.visit_dialog.isVisible(), timeout=2000)
    d = w.visit_dialog
    qtbot.keyClicks(d.outcome, "Avtalt")
    qtbot.keyClicks(d.notes, "Nytt besøk på toppen")
    qtbot.keyClicks(d.next_step, "Ring tilbake")
    d.next_step_on.set_value(today() + timedelta(days=2))
    qtbot.keyClick(d.notes, Qt.Key.Key_Return, CTRL)
    assert not d.isVisible()

    assert resets == []
    assert sorted(inserted) == [(0, 0), (1, 1)]  # the follow-up on top (due in two days), the visit
    assert model.rowCount() == read + 2
    texts = [model.index(i).data() for i in range(3)]
    assert texts[0].startswith("Oppfølging") and "Ring tilbake" in texts[0]
    assert "Nytt besøk på toppen" in texts[1]
    assert f"gammelt besøk {PAGE + 49}" in texts[2]
    assert w.company_page.stage_label.text() == "Stadium: Avtalt oppfølging"
