"""The staff views driven as a user would (pytest-qt, offscreen) on a real store; files read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget
from sqlalchemy import func, select

from lpj_desktop.domain.enums import Role
from lpj_desktop.services.companies import CompanyQuery
from lpj_desktop.services.profile import get_profile
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Campaign, CampaignTarget, FollowUp, Goal, OutboxMutation
from lpj_desktop.ui import workers
from lpj_desktop.ui.staff.campaign_page import CampaignPage
from lpj_desktop.ui.staff.dashboard_page import DashboardPage
from lpj_desktop.ui.staff.goals_page import GoalsPage
from lpj_desktop.ui.staff.history_page import HistoryPage
from lpj_desktop.ui.staff.pages import register_staff_pages

from .conftest import World, orgnr


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot: Any) -> Any:
    yield
    workers.wait_for_all()  # no worker may outlive its store


def choose(box: QComboBox, value: str | None) -> None:
    index = box.findData(value)
    assert index >= 0, value
    box.setCurrentIndex(index)


class Host(QWidget):
    """Stands in for the main window's add_page/open_company."""

    def __init__(self) -> None:
        super().__init__()
        self.pages: dict[str, tuple[str, QWidget]] = {}
        self.opened: list[str] = []

    def add_page(self, key: str, title: str, widget: QWidget, shortcut: str | None = None) -> None:
        widget.setParent(self)  # as the main window's page stack does: the page dies with the window
        self.pages[key] = (title, widget)

    def open_company(self, company_id: str) -> None:
        self.opened.append(company_id)


def test_hunter_cannot_open_staff_views(qtbot: Any, store: Store, world: World) -> None:
    with store.session() as s:
        get_profile(s).role = Role.HUNTER.value
    host = Host()
    qtbot.addWidget(host)
    assert register_staff_pages(host, store) == {}
    assert host.pages == {}
    for page_type in (HistoryPage, CampaignPage, DashboardPage, GoalsPage):
        page = page_type(store)
        qtbot.addWidget(page)
        page.show()
        assert page.locked
        refusal = page.findChild(QLabel, "staffRefusal")
        assert refusal is not None and "bare for ansatte" in refusal.text()
        assert not hasattr(page, "model") and not hasattr(page, "table")  # nothing was read


def test_staff_gets_the_pages_and_history_jumps_to_the_company(qtbot: Any, store: Store,
                                                               world: World) -> None:
    host = Host()
    qtbot.addWidget(host)
    pages = register_staff_pages(host, store)
    assert set(host.pages) == {"staff.history", "staff.campaigns", "staff.dashboard", "staff.goals",
                               "staff.handover"}
    history = pages["staff.history"]
    assert isinstance(history, HistoryPage)
    assert not history.loaded  # nothing read before the page is shown
    host.show()
    assert history.loaded
    history.table.selectRow(0)
    qtbot.mouseClick(history.open_button, Qt.MouseButton.LeftButton)
    assert host.opened == [history.model.rows[0].company_id]
    workers.wait_for_all()


def test_filter_history_and_saved_filters(qtbot: Any, store: Store, world: World) -> None:
    page = HistoryPage(store)
    qtbot.addWidget(page)
    page.show()  # pages read their data when first shown
    with qtbot.waitSignal(page.model.counted, timeout=5000, raising=False):
        pass
    assert page.model.rowCount() == 11
    choose(page.county, "55")  # Troms: includes Tinden Bygg stored under old 5401
    assert {r.company_name for r in page.model.rows} == {
        "Tinden Bygg AS", "Ishavskraft Elektro AS", "Polar Rør AS", "Harstad Mek AS"}
    choose(page.municipality, "5501")
    assert page.model.rowCount() == 6
    choose(page.channel, "phone")
    assert [r.company_name for r in page.model.rows] == ["Tinden Bygg AS", "Polar Rør AS"]
    assert "2 besøk" in page.status.text()
    page.save_current("Tromsø telefon")
    page.reset_filters()
    assert page.model.rowCount() == 11
    qtbot.keyClicks(page.text, "ishavs")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)  # after the typing pause
    page.text.clear()
    page.apply_filters()
    page.date_from.setText("1.7.2025")
    page.date_to.setText("31.07.2025")  # typed dates filter after the typing pause
    qtbot.waitUntil(lambda: {r.company_name for r in page.model.rows}
                    == {"Harstad Mek AS", "Hammerfest Helse AS"}, timeout=3000)
    page.load_saved("Tromsø telefon")
    assert page.municipality.currentData() == "5501" and page.channel.currentData() == "phone"
    assert [r.company_name for r in page.model.rows] == ["Tinden Bygg AS", "Polar Rør AS"]
    page.table.selectRow(0)
    assert "Besøk hos Tinden Bygg AS" in page.detail.toPlainText()
    assert "Læreplass tilbudt" in page.detail.toPlainText()


def test_export_history_to_excel_and_csv(qtbot: Any, store: Store, world: World, tmp_path: Path) -> None:
    page = HistoryPage(store)
    qtbot.addWidget(page)
    page.show()  # pages read their data when first shown
    choose(page.team, "Nord")
    assert page.model.rowCount() == 7  # Kari 4 (one in 2023) and Ola 3
    xlsx = tmp_path / "besok.xlsx"
    with qtbot.waitSignal(page.exported, timeout=10_000) as signal:
        page.export_to(xlsx)
    assert signal.args == [str(xlsx)]
    ws = openpyxl.load_workbook(xlsx).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:3] == ("Tidspunkt", "Læreplassjeger", "Bedrift")
    assert len(rows) == 8
    newest = rows[1]
    assert newest[2] == "Tinden Bygg AS" and newest[1] == "Kari Nordmann"
    assert newest[0].date() == date(2025, 9, 2)  # a real date cell, Oslo time
    places_col = rows[0].index("Læreplasser")
    assert newest[places_col] == 2 and isinstance(newest[places_col], int)
    assert ws["A1"].font.bold
    csv_path = tmp_path / "besok.csv"
    with qtbot.waitSignal(page.exported, timeout=10_000):
        page.export_to(csv_path)
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 8 and lines[1].startswith("2025-09-02 12:00;Kari Nordmann;Tinden Bygg AS;")


def test_create_campaign_with_targets_letters_and_figures(qtbot: Any, store: Store, world: World,
                                                          tmp_path: Path) -> None:
    page = CampaignPage(store)
    qtbot.addWidget(page)
    page.show()  # pages read their data when first shown
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.form_error.text() == "Skriv et navn."  # nothing saved without a name
    qtbot.keyClicks(page.name, "Høstkampanje 2025")
    page.starts.setDate(QDate(2025, 8, 1))
    page.ends.setDate(QDate(2025, 12, 15))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    campaign_id = page.campaign_id()
    with store.reader() as s:
        campaign = s.get(Campaign, campaign_id)
        assert campaign.name == "Høstkampanje 2025" and campaign.ends_on == date(2025, 12, 15)
    page.add_targets_from_query(CompanyQuery(counties={"56"}))
    qtbot.waitUntil(lambda: "Målbedrifter: 2." in page.counts.text(), timeout=5000)
    listing = tmp_path / "orgnr.txt"
    listing.write_text(f"Organisasjonsnummer\n{world.orgnrs['Polar Rør AS']}\n123456789\n{orgnr(77)}\n",
                       encoding="utf-8")
    page.add_targets_from_file(listing)
    qtbot.waitUntil(lambda: page.result_dialog is not None, timeout=5000)
    assert [line for line, _ in page.result_dialog.problem_rows()] == [3, 4]
    qtbot.waitUntil(lambda: "Målbedrifter: 3." in page.counts.text(), timeout=5000)  # read in the background
    page.letter_date.setDate(QDate(2025, 8, 4))
    qtbot.mouseClick(page.letters_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "sendt: 3." in page.counts.text(), timeout=5000)
    page.letters_sent.setValue(8000)
    page.social_views.setValue(125000)
    qtbot.mouseClick(page.manual_button, Qt.MouseButton.LeftButton)
    with store.reader() as s:
        campaign = s.get(Campaign, campaign_id)
        assert (campaign.letters_sent, campaign.social_views, campaign.link_clicks) == (8000, 125000, None)
        letters = s.scalars(select(CampaignTarget.letter_sent_on).where(
            CampaignTarget.campaign_id == campaign_id)).all()
        assert letters == [date(2025, 8, 4)] * 3
        assert s.scalar(select(func.count()).select_from(OutboxMutation).where(
            OutboxMutation.entity == "campaign_target")) >= 6


def test_import_interest_registrations_with_bad_rows(qtbot: Any, store: Store, world: World,
                                                     tmp_path: Path) -> None:
    csv_file = tmp_path / "interesse.csv"
    csv_file.write_text(
        "Organisasjonsnummer,Bedrift,Navn,E-post,Mobil,Fag,Melding\n"
        f"{world.orgnrs['Polar Rør AS']},Polar Rør AS,Siv Rør,siv@polar.no,,Rørleggerfaget,Ring meg\n"
        "974760674,Feilnummer AS,Per,per@feil.no,,,\n"
        f"{orgnr(90)},Nytt Firma AS,Nils,nils@nytt.no,41234567,\"Tømrerfaget, Malerfaget\",\n"
        f"{world.orgnrs['Vardø Fisk AS']},Vardø Fisk AS,,,,,Ingen kontaktinfo\n",
        encoding="cp1252")  # a spreadsheet on Windows writes this
    page = CampaignPage(store)
    qtbot.addWidget(page)
    page.show()  # pages read their data when first shown
    page.select_campaign(world.campaign_id)
    choose(page.fallback, world.ola)
    page.import_interest_file(csv_file)
    qtbot.waitUntil(lambda: page.result_dialog is not None, timeout=5000)
    dialog = page.result_dialog
    assert dialog.problem_rows() == [
        (3, "Organisasjonsnummeret er ikke gyldig (kontrollsifferet stemmer ikke)."),
        (5, "Verken e-post eller telefon er oppgitt."),
    ]
    assert "Oppfølginger opprettet: 2." in dialog.summary.text()
    with store.reader() as s:
        followups = s.scalars(select(FollowUp).where(FollowUp.campaign_id == world.campaign_id)).all()
        by_company = {f.company_id: f for f in followups}
        assert by_company[world.companies["Polar Rør AS"]].assignee_id == world.ola  # Polar's owner
        new_followup = [f for c, f in by_company.items() if c != world.companies["Polar Rør AS"]][0]
        assert new_followup.assignee_id == world.ola  # no owner, no municipality: the chosen fallback
        assert "Tømrerfaget, Malerfaget" in new_followup.notes


def test_set_a_goal_and_see_progress(qtbot: Any, store: Store, world: World) -> None:
    page = GoalsPage(store)
    qtbot.addWidget(page)
    page.show()  # pages read their data when first shown
    choose(page.subject, world.kari)
    page.period_start.setDate(QDate(2025, 6, 1))
    page.period_end.setDate(QDate(2025, 6, 30))
    page.visits.setValue(10)
    page.agreements.setValue(4)
    page.places.setValue(6)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == "Kari Nordmann"
    assert page.table.cellWidget(0, 2).text() == "2 av 10"  # two visits by Kari in June 2025
    assert page.table.cellWidget(0, 3).text() == "2 av 4"
    assert page.table.cellWidget(0, 4).text() == "3 av 6"
    choose(page.scope, "team")
    choose(page.subject, "Nord")
    page.visits.setValue(0)
    page.agreements.setValue(0)
    page.places.setValue(0)
    assert not page.save_from_form()
    assert page.error.text() == "Sett minst ett mål over null."
    with store.reader() as s:
        goal = s.scalars(select(Goal)).one()
        assert (goal.scope, goal.subject, goal.visits) == ("hunter", world.kari, 10)
        queued = select(func.count()).select_from(OutboxMutation).where(OutboxMutation.entity == "goal")
        assert s.scalar(queued) == 1


def test_a_chart_cards_table_shows_the_latest_figures_whenever_it_is_opened(qtbot: Any) -> None:
    """The table behind a chart is filled when it is shown, not when the figures arrive."""
    from lpj_desktop.services.exports import Column, ColumnKind
    from lpj_desktop.ui.staff.charts import BarChart, ChartCard

    card = ChartCard("Kontakter per uke", BarChart(horizontal=False))
    qtbot.addWidget(card)
    columns = [Column("week", "Uke"), Column("visits", "Kontakter", ColumnKind.INT)]
    card.set_table(columns, [("2025-u01", 1200), ("2025-u02", 3)])
    card.set_table(columns, [("2025-u03", 7)])
    assert card.data.rows == [["2025-u03", 7]]
    qtbot.mouseClick(card.flip, Qt.MouseButton.LeftButton)
    assert card.table.rowCount() == 1 and card.table.item(0, 0).text() == "2025-u03"
    card.set_table(columns, [("2025-u04", 1200), ("2025-u05", 0)])  # arrives while the table shows
    assert [card.table.item(r, 1).text() for r in range(card.table.rowCount())] == ["1\u00a0200", "0"]
    assert [card.table.horizontalHeaderItem(c).text() for c in range(2)] == ["Uke", "Kontakter"]

def test_dashboard_exports_excel_and_pdf(qtbot: Any, store: Store, world: World, tmp_path: Path) -> None:
    with store.session() as s:
        campaign = s.get(Campaign, world.campaign_id)
        campaign.letters_sent, campaign.social_views, campaign.link_clicks = 6, 1500, 42
    page = DashboardPage(store)
    qtbot.addWidget(page)
    page.show()  # pages read their data when first shown
    qtbot.waitUntil(lambda: page.dash is not None, timeout=10_000)
    assert page.scope_box.currentData() == world.campaign_id
    funnel = page.funnel.data
    assert [(r[0], r[1]) for r in funnel.rows] == [
        ("Målbedrifter", 6), ("Kontaktet", 6), ("Nådd", 6), ("Interessert", 5), ("Avtalt oppfølging", 4),
        ("Søker godkjenning", 3), ("Godkjent lærebedrift", 3), ("Læreplass tilbudt", 2),
        ("Lærekontrakt signert", 1)]
    trades = [(b.label, b.value) for b in page.trades.chart.bars]
    assert trades == [("Elektrikerfaget", 3), ("Tømrerfaget", 2)]
    qtbot.mouseClick(page.municipalities.flip, Qt.MouseButton.LeftButton)
    assert page.municipalities.table.item(0, 0).text() == "Tromsø"
    xlsx = tmp_path / "tall.xlsx"
    with qtbot.waitSignal(page.exported, timeout=10_000):
        page.export_excel(xlsx)
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames[:2] == ["Nøkkeltall", "Trakten bedrifter per trinn"]
    funnel_sheet = wb[wb.sheetnames[1]]
    assert funnel_sheet["A2"].value == "Målbedrifter" and funnel_sheet["B2"].value == 6
    assert funnel_sheet["C3"].value == 1.0  # contacted: 6 of 6, a real number formatted as percent
    munis = [ws for ws in wb.worksheets if "kommune" in ws.title][0]
    assert [c.value for c in munis[2]][:6] == ["Tromsø", 3, 5, 2, 5, 1]
    pdf = tmp_path / "rapport.pdf"
    with qtbot.waitSignal(page.exported, timeout=20_000):
        page.export_pdf(pdf)
    reader = PdfReader(str(pdf))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Læreplassjeger 2025" in text and "Opplæringskontoret Nord" in text
    assert f"Side 1 av {len(reader.pages)}" in text
    assert "Lærekontrakt signert" in text and "Elektrikerfaget" in text and "Tromsø" in text
    assert "1 500" in text.replace("\u00a0", " ")  # social views, entered by hand
    assert "Klikk på lenken" in text


def test_approved_list_then_priority_groups_in_one_click(qtbot: Any, store: Store, world: World,
                                                        tmp_path: Path) -> None:
    o = world.orgnrs
    listing = tmp_path / "godkjente.csv"
    listing.write_text(
        "Orgnr;Lærebedrift;Godkjent fag;Antall lærlinger\n"
        f"{o['Finnmark Bil AS']};Finnmark Bil;Bilfaget lette kjøretøy;0\n"
        f"{o['Harstad Mek AS']};Harstad Mek;Industrimekanikerfaget;1\n"
        f"{o['Harstad Mek AS']};Harstad Mek;Sveisefaget;0\n"
        f"{orgnr(99)};Ukjent AS;Tømrerfaget;2\n", encoding="utf-8")
    page = CampaignPage(store)
    qtbot.addWidget(page)
    page.show()  # pages read their data when first shown
    qtbot.keyClicks(page.name, "Prioriterte bedrifter")
    page.starts.setDate(QDate(2026, 1, 5))
    page.ends.setDate(QDate(2026, 3, 31))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    page.import_approved_file(listing)
    qtbot.waitUntil(lambda: page.result_dialog is not None, timeout=5000)
    [(line, reason)] = page.result_dialog.problem_rows()
    assert line == 5 and reason.startswith("Bedriften finnes ikke i registeret ditt.")
    qtbot.mouseClick(page.group1, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Målbedrifter: 1." in page.counts.text(), timeout=5000)
    qtbot.mouseClick(page.group2, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Målbedrifter: 2." in page.counts.text(), timeout=5000)
    with store.reader() as s:
        sources = dict(s.execute(select(CampaignTarget.company_id, CampaignTarget.added_from).where(
            CampaignTarget.campaign_id == page.campaign_id())).all())
    assert sources == {world.companies["Finnmark Bil AS"]: "priority:approved_no_apprentices",
                       world.companies["Harstad Mek AS"]: "priority:another_trade"}


def test_a_goal_set_while_the_sync_holds_the_store_is_set_once_when_it_lets_go(
        qtbot: Any, store: Store, world: World) -> None:
    """A staff member's first sync takes the whole organisation and builds its indexes under the
    store's write lock for seconds: setting a goal meanwhile must not freeze the page or fail."""
    import sqlite3
    import time

    page = GoalsPage(store)
    qtbot.addWidget(page)
    page.show()
    choose(page.subject, world.kari)
    page.period_start.setDate(QDate(2025, 6, 1))
    page.period_end.setDate(QDate(2025, 6, 30))
    page.visits.setValue(10)
    sync = sqlite3.connect(store.path, isolation_level=None)
    sync.execute("BEGIN IMMEDIATE")  # the sync's write lock
    try:
        began = time.perf_counter()
        assert not page.save_from_form()
        assert time.perf_counter() - began < 1.0
        assert "lagres av seg selv" in page.error.text()
        page.visits.setValue(3)  # edited meanwhile: the goal asked for first is what is saved
        qtbot.wait(400)
        assert page.writes.pending == 1
    finally:
        sync.rollback()
        sync.close()
    qtbot.waitUntil(lambda: page.writes.pending == 0, timeout=3000)
    assert page.table.rowCount() == 1 and page.error.text() == ""
    with store.reader() as s:
        assert [(g.subject, g.visits) for g in s.scalars(select(Goal))] == [(world.kari, 10)]


def test_campaign_follow_ups_are_offered_to_hunters_still_here_only(qtbot: Any, store: Store,
                                                                      world: World) -> None:
    from lpj_desktop.store.models import User

    with store.session() as s:
        ola = s.get(User, world.ola)
        assert ola is not None
        ola.active = False  # as the server's user record says after he left
    page = CampaignPage(store)
    qtbot.addWidget(page)
    page.show()
    for box in (page.assign, page.fallback):
        offered = {box.itemData(i) for i in range(1, box.count())}
        assert offered == {world.kari, world.aslak}  # hunters only, and not Ola, nor the staff
