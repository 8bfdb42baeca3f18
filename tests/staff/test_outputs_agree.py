"""The same figures under the same words on the dashboard, in the campaign PDF and in the workbook.

For the hand-built campaign of conftest and for the demo data, with and without a campaign: the
page's key figures and funnel, the PDF's text (pypdf) and the Excel cells (openpyxl) all carry
`Dashboard.figures` and `Dashboard.funnel`, each figure under its one name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader

from lpj_desktop.domain.enums import Role
from lpj_desktop.domain.labels import FIGURE, FIGURE_DEFINITION
from lpj_desktop.reports.campaign_pdf import render_campaign_report
from lpj_desktop.reports.labels import FUNNEL
from lpj_desktop.services.campaigns import list_campaigns
from lpj_desktop.services.demo import load_demo
from lpj_desktop.services.figures import KEY_FIGURE_STEPS, Dashboard
from lpj_desktop.services.profile import get_profile
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Campaign
from lpj_desktop.ui import workers
from lpj_desktop.ui.staff import labels
from lpj_desktop.ui.staff.dashboard_page import DashboardPage

from .conftest import build_world


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot: Any) -> Any:
    yield
    workers.wait_for_all()  # no worker may outlive its store


@pytest.fixture(params=["hand-built", "demo"])
def campaign_id(request: pytest.FixtureRequest, store: Store) -> str:
    if request.param == "demo":
        load_demo(store)
        with store.session() as s:
            get_profile(s).role = Role.STAFF.value
            return list_campaigns(s)[0].id
    world = build_world(store)
    with store.session() as s:
        campaign = s.get(Campaign, world.campaign_id)
        campaign.letters_sent, campaign.social_views, campaign.link_clicks = 6, 1500, 42
    return world.campaign_id


def n(value: int | None) -> str:
    """A number as the PDF prints it (spaces between thousands), once pypdf's text is flattened."""
    return "–" if value is None else f"{value:,}".replace(",", " ")


def flat(text: str) -> str:
    return " ".join(text.split())


def show(qtbot: Any, page: DashboardPage, campaign_id: str | None) -> Dashboard:
    page.dash = None
    if campaign_id is None:
        page.scope_box.setCurrentIndex(page.scope_box.findData(None))
    else:
        page.select_campaign(campaign_id)
        page.compute()
    qtbot.waitUntil(lambda: page.dash is not None and page.dash.scope.campaign_id == campaign_id,
                    timeout=10_000)
    assert page.dash is not None
    return page.dash


def check_page(page: DashboardPage, dash: Dashboard) -> None:
    figures = dash.figures
    for key, value in figures.items():
        kpi = page.kpis[key]
        assert (kpi.value, kpi.title) == (value, FIGURE[key]), key
        assert flat(kpi.text().replace("\u00a0", " ")).startswith(
            f"<span style='font-size:16pt; font-weight:600'>{n(value)}</span>"), key
        assert kpi.toolTip() == FIGURE_DEFINITION[key]
    assert f"{n(figures.contacts)} kontakter med {n(figures.companies_contacted)} bedrifter" in flat(
        page.status.text().replace("\u00a0", " "))
    assert [tuple(r[:2]) for r in page.funnel.data.rows] == [(FUNNEL[s.key], s.count) for s in dash.funnel]
    # The funnel never rises, and a key figure read from a step is that step.
    counts = [s.count for s in dash.funnel]
    assert counts == sorted(counts, reverse=True)
    steps = {s.key: s.count for s in dash.funnel}
    assert ("targeted" in steps) == (dash.campaign_name is not None)
    for key, step in KEY_FIGURE_STEPS.items():
        assert getattr(figures, key) == steps[step]
    # Goals are told apart by their period where the names are alike.
    goal_labels = [bar.label for bar in page.goals.chart.bars]
    assert len(set(goal_labels)) == len(goal_labels)


def check_workbook(path: Path, dash: Dashboard) -> None:
    figures = dash.figures
    wb = openpyxl.load_workbook(path)
    key_rows = list(wb["Nøkkeltall"].iter_rows(min_row=2, values_only=True))
    expected = [(FIGURE[k], v, FIGURE_DEFINITION[k]) for k, v in figures.items()]
    assert key_rows[:len(expected)] == expected
    funnel = [ws for ws in wb.worksheets if ws.title.startswith("Trakten")][0]
    assert [r[:2] for r in funnel.iter_rows(min_row=2, values_only=True)] == [
        (FUNNEL[s.key], s.count) for s in dash.funnel]
    munis = [ws for ws in wb.worksheets if "kommune" in ws.title][0]
    header, *rows = list(munis.iter_rows(values_only=True))
    for key in ("companies_contacted", "contacts", "interested", "places", "contracts"):
        column = header.index(FIGURE[key])
        assert sum(r[column] for r in rows) == getattr(figures, key), key
    trades = [ws for ws in wb.worksheets if ws.title.startswith("Lærefag")][0]
    header, *rows = list(trades.iter_rows(values_only=True))
    assert sum(r[header.index(FIGURE["places"])] for r in rows) == figures.places


def check_pdf(path: Path, dash: Dashboard) -> None:
    figures = dash.figures
    text = flat("\n".join(p.extract_text() for p in PdfReader(str(path)).pages))
    assert " ".join(f"{n(v)} {FIGURE[k]}" for k, v in figures.items()) in text
    first = dash.funnel[0].count
    funnel = [f"{FUNNEL[s.key]} {n(s.count)}" + (f" {s.count / first * 100:.1f} %".replace(".", ",")
                                                 if i and first else "")
              for i, s in enumerate(dash.funnel)]
    assert " ".join(funnel) in text
    assert (f"Sum {n(figures.companies_contacted)} {n(figures.contacts)} {n(figures.interested)} "
            f"{n(figures.places)} {n(figures.contracts)}") in text
    for key, _ in figures.items():
        assert f"{FIGURE[key]} {flat(FIGURE_DEFINITION[key])}" in text


def test_dashboard_pdf_and_workbook_show_the_same_figures(qtbot: Any, store: Store, campaign_id: str,
                                                          tmp_path: Path) -> None:
    # The words: the views translate the shared Norwegian names, the PDF prints them.
    for key in FIGURE:
        assert labels.figure(key) == FIGURE[key]
    for key in FUNNEL:
        assert labels.funnel_step(key) == FUNNEL[key]
    page = DashboardPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.dash is not None, timeout=10_000)
    for scope in (campaign_id, None):
        dash = show(qtbot, page, scope)
        check_page(page, dash)
        xlsx = tmp_path / f"tall-{bool(scope)}.xlsx"
        with qtbot.waitSignal(page.exported, timeout=10_000):
            page.export_excel(xlsx)
        check_workbook(xlsx, dash)
        pdf = tmp_path / f"rapport-{bool(scope)}.pdf"
        if scope is None:  # the page offers the report for campaigns; the report takes any scope
            render_campaign_report(dash, pdf)
        else:
            with qtbot.waitSignal(page.exported, timeout=20_000):
                page.export_pdf(pdf)
        check_pdf(pdf, dash)
