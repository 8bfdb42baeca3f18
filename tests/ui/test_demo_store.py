"""The demo is a store of its own: trying it leaves the user's store empty, able to log in and sync."""

from __future__ import annotations

from lpj_desktop.paths import app_paths
from lpj_desktop.services.companies import company_count_total
from lpj_desktop.services.demo import has_demo_data
from lpj_desktop.ui.app_session import AppSession


def test_demo_then_own_store(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session = AppSession(app_paths(tmp_path / "data"), modal_dialogs=False)
    try:
        demo = session.start(demo=True)
        assert demo.paths.is_demo and demo.demo_banner.isVisibleTo(demo)
        assert "eksempeldata" in demo.windowTitle()
        with session.store.reader() as s:
            assert company_count_total(s) > 100 and has_demo_data(s)
        session.switch("real")
        own = session.window
        assert own is not demo and not own.paths.is_demo and not own.demo_banner.isVisibleTo(own)
        with session.store.reader() as s:
            assert company_count_total(s) == 0 and not has_demo_data(s)
        assert own.stack.currentWidget() is own.welcome  # a first start: who are you, which register
        assert (tmp_path / "data" / "demo" / "lpj.sqlite3").exists()
        assert (tmp_path / "data" / "lpj.sqlite3").exists()
    finally:
        session.close()
