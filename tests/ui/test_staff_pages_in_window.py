"""The main window shows the staff review pages to staff only, and a hunter cannot reach them."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from lpj_desktop.domain.enums import Role
from lpj_desktop.services.profile import get_profile
from lpj_desktop.ui.main_window import MainWindow


def _open(qtbot, store, paths) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(store, paths)
    w.modal_dialogs = False
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_hunter_has_no_staff_pages(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    store, paths, _ids = seeded
    w = _open(qtbot, store, paths)
    assert w.staff_pages == {}
    titles = [w.nav.item(i).text() for i in range(w.nav.count())]
    assert not any("historikk" in t.lower() for t in titles)


def test_staff_reach_history_by_keyboard(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    store, paths, _ids = seeded
    with store.session() as s:
        get_profile(s).role = Role.STAFF.value
    w = _open(qtbot, store, paths)
    assert set(w.staff_pages) == {"staff.history", "staff.campaigns", "staff.dashboard", "staff.goals",
                                "staff.handover"}
    shortcuts = {a.shortcut().toString() for a in w.findChildren(type(w.update_notice.menu_action))}
    assert QKeySequence("Ctrl+Shift+H").toString() in shortcuts
    assert QKeySequence("Ctrl+Shift+O").toString() in shortcuts  # the handover page
    w.show_page("staff.history")
    assert w.current_page_key() == "staff.history"
    assert w.stack.currentWidget() is w.staff_pages["staff.history"]
    handover = next(a for a in w.view_menu.actions() if a.shortcut() == QKeySequence("Ctrl+Shift+O"))
    handover.trigger()
    assert w.current_page_key() == "staff.handover"


def test_each_staff_page_has_one_thing_per_alt_letter(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_mnemonics import mnemonics

    store, paths, _ids = seeded
    with store.session() as s:
        get_profile(s).role = Role.STAFF.value
    w = _open(qtbot, store, paths)
    for key, page in w.staff_pages.items():
        w.show_page(key)  # a page builds its parts when first shown
        twice = {k: n for k, n in mnemonics(page).items() if n > 1}
        assert twice == {}, key
