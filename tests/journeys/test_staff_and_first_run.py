"""Staff filter the visit history and export it; a first run tries the demo, then starts for real.
Keys only, sent where Qt sends a person's."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QApplication, QFileDialog

from lpj_desktop.domain.enums import Channel, Role
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import VisitDraft
from lpj_desktop.paths import AppPaths
from lpj_desktop.services.companies import company_count_total
from lpj_desktop.services.profile import get_profile
from lpj_desktop.services.visits import record_visit
from lpj_desktop.store.database import open_store
from lpj_desktop.store.models import Company
from lpj_desktop.ui.app_session import AppSession

from .keyboard import focused_name, meanwhile, press, settle, wait_until, write


def _staff_store(paths: AppPaths) -> None:
    store = open_store(paths)
    with store.session() as s:
        profile = get_profile(s)
        profile.role = Role.STAFF.value
        me = profile.user_id
        companies = {c.name: c.id for c in s.query(Company)}
        now = datetime.now(UTC)
        for i, (name, days, outcome) in enumerate((
            ("Alta Elektro AS", 40, Outcome.WANTS_INFORMATION),
            ("Alta Elektro AS", 5, Outcome.FOLLOW_UP_AGREED),
            ("Alta Rør og Varme AS", 3, Outcome.NOT_INTERESTED),
            ("Vardø Fisk AS", 2, Outcome.NOT_REACHED),
        )):
            when = now - timedelta(days=days, minutes=i)
            record_visit(s, VisitDraft(company_id=companies[name], occurred_at=when,
                                       channel=Channel.VISIT, outcome=outcome), me)
    store.close()


def test_staff_filter_the_history_and_export_what_they_see(qtbot, seeded_paths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _staff_store(seeded_paths)
    session = AppSession(seeded_paths, modal_dialogs=False)
    window = session.start()
    qtbot.waitExposed(window)
    try:
        press("ctrl+shift+h")
        assert window.current_page_key() == "staff.history" and focused_name() == "historySearch"
        page = window.staff_pages["staff.history"]
        write("alta")
        alta = {"Alta Elektro AS", "Alta Rør og Varme AS"}
        wait_until(lambda: {r.company_name for r in page.model.rows} == alta)
        press("alt+d")  # Fra &dato
        write(f"{datetime.now(UTC) - timedelta(days=10):%d.%m.%Y}")
        wait_until(lambda: len(page.model.rows) == 2)  # the 40-day-old visit is left out
        out = tmp_path / "historikk.csv"
        # Eks&porter opens its menu, and Til &CSV … the save dialog: each runs until closed, so the
        # keys typed into them are sent from there.
        dialog_up = lambda: any(isinstance(w, QFileDialog) and w.isVisible()  # noqa: E731
                                for w in QApplication.topLevelWidgets())
        meanwhile(lambda: press("c"))
        meanwhile(lambda: press("ctrl+a"), lambda: write(str(out)), lambda: press("return"), ready=dialog_up)
        press("alt+p")
        wait_until(lambda: out.exists(), timeout_ms=8000)
        with out.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh, delimiter=";"))
        assert len(rows) == 3  # the header and exactly the two visits shown
        assert {r[rows[0].index("Bedrift")] for r in rows[1:]} == alta
    finally:
        session.close()


def test_first_run_tries_the_demo_then_starts_for_real(qtbot, data_paths) -> None:  # type: ignore[no-untyped-def]
    session = AppSession(data_paths, modal_dialogs=False)
    demo = session.start(demo=True)
    qtbot.waitExposed(demo)
    try:
        assert demo.demo_banner.isVisible()
        wait_until(lambda: demo.company_list.model.rowCount() > 100)
        press("alt+f")  # &Fil
        press("b")  # &Bytt til din egen database
        settle(200)
        own = session.window
        assert own is not demo and not own.paths.is_demo
        qtbot.waitExposed(own)
        assert focused_name() == "" or own.welcome.name.hasFocus()
        write("Kari Nordmann")
        press("alt+o")  # &Organisasjon
        write("Opplæringskontoret Nord")
        press("alt+k")  # &Kom i gang
        settle(100)
        assert own.current_page_key() == "companies" and focused_name() == "companySearch"
        with session.store.reader() as s:
            assert get_profile(s).display_name == "Kari Nordmann" and company_count_total(s) == 0
    finally:
        session.close()
