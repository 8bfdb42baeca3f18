"""The company field of the visit and event forms: a long name with its municipality is shown
whole in the suggestions, not cut off at the field's width."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from lpj_desktop.services.companies import add_company_by_hand
from lpj_desktop.ui.widgets import CompanyPicker

LONG = "Karasjok Tre- og Byggevarer Samvirkelag med Avdeling for Anleggsmaskiner SA"


def test_a_long_suggestion_is_shown_whole(qtbot: Any, seeded: Any) -> None:
    store, _paths, _ids = seeded
    with store.session() as s:
        add_company_by_hand(s, name=LONG, municipality_number="5610")
    picker = CompanyPicker(store)
    qtbot.addWidget(picker)
    picker.resize(220, picker.sizeHint().height())
    picker.show()
    qtbot.waitExposed(picker)
    qtbot.keyClicks(picker, "Karasjok Tre")
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    label = popup.model().index(0, 0).data()
    assert label.startswith(LONG) and "Kárášjohka" in label
    assert popup.viewport().width() >= popup.fontMetrics().horizontalAdvance(label) + 8
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.company_id is not None and picker.text() == LONG
