"""The staff dashboard: a campaign's (or a period's) figures as charts, each with its table behind it.

Figures are computed in the background (`figures.load_dashboard`); the page only draws them. The
campaign report PDF and an Excel workbook of every table are written from here.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lpj_desktop.domain.when import fmt_date
from lpj_desktop.services.campaigns import get_campaign, list_campaigns
from lpj_desktop.services.exports import Column, ColumnKind, Table, export_workbook
from lpj_desktop.services.figures import Dashboard, FigureScope, GoalProgress, KeyFigures, load_dashboard
from lpj_desktop.services.use import read
from lpj_desktop.ui.staff import labels
from lpj_desktop.ui.staff.base import StaffPage
from lpj_desktop.ui.staff.charts import Bar, BarChart, ChartCard, fmt_number


def _share(part: int, whole: int) -> str:
    return f"{part / whole * 100:.1f}".replace(".", ",") + " %" if whole > 0 else ""


class Kpi(QLabel):
    """One key figure: its value large, its name below, how it is counted in the tooltip."""

    def __init__(self, title: str, definition: str = "") -> None:
        super().__init__()
        self.title = title
        self.value: int | None = None
        self.setMinimumWidth(110)
        self.setWordWrap(True)
        self.setStyleSheet("QLabel { border-left: 3px solid #1F5F8B; padding: 2px 8px; }")
        if definition:
            self.setToolTip(definition)
        self.set_value(None)

    def set_value(self, value: int | None) -> None:
        self.value = value
        shown = "–" if value is None else fmt_number(value)
        self.setText(f"<span style='font-size:16pt; font-weight:600'>{shown}</span><br>"
                     f"<span style='color:#5B6675'>{self.title}</span>")


class DashboardPage(StaffPage):
    computed = Signal()  # figures shown

    def build(self) -> None:
        self.dash: Dashboard | None = None
        self._generation = 0  # answers to an older choice are dropped
        self.scope_box = QComboBox()
        self.scope_box.setMinimumContentsLength(28)
        today = date.today()
        # Without a campaign: the last three months (a whole year of a big store takes seconds).
        start = today - timedelta(days=91)
        self.date_from = QDateEdit(QDate(start.year, start.month, start.day))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.update_button = QPushButton(self.tr("Oppdater"))
        self.pdf_button = QPushButton(self.tr("Kampanjerapport (PDF) …"))
        self.excel_button = QPushButton(self.tr("Alle tabeller til Excel …"))
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Vis")))
        top.addWidget(self.scope_box)
        top.addWidget(QLabel(self.tr("Periode")))
        top.addWidget(self.date_from)
        top.addWidget(QLabel("–"))
        top.addWidget(self.date_to)
        top.addWidget(self.update_button)
        top.addStretch(1)
        top.addWidget(self.excel_button)
        top.addWidget(self.pdf_button)

        # The key figures, each under the words the PDF and the workbook use for the same number.
        self.kpis = {key: Kpi(labels.figure(key), labels.figure_definition(key))
                     for key in (f.name for f in fields(KeyFigures))}
        self.manual_kpis = {
            "letters_sent": Kpi(self.tr("Brev sendt (ført)")),
            "social_views": Kpi(self.tr("Visninger sosiale medier (ført)")),
            "link_clicks": Kpi(self.tr("Lenkeklikk (ført)")),
        }
        # Measured figures in two rows of five, those entered by hand below: fits a laptop screen.
        kpi_row = QGridLayout()
        per_row = 5
        for i, kpi in enumerate(self.kpis.values()):
            kpi_row.addWidget(kpi, i // per_row, i % per_row)
        manual_row = (len(self.kpis) + per_row - 1) // per_row
        for column, kpi in enumerate(self.manual_kpis.values()):
            kpi_row.addWidget(kpi, manual_row, column)
        for column in range(per_row):
            kpi_row.setColumnStretch(column, 1)  # wide enough for each name on a line or two
        self.key_table = Table(self.tr("Nøkkeltall"), [], [], 0)

        self.funnel = ChartCard(self.tr("Trakten: bedrifter per trinn"), BarChart(horizontal=True))
        self.weekly = ChartCard(self.tr("Kontakter per uke"), BarChart(horizontal=False))
        self.municipalities = ChartCard(self.tr("Læreplasser tilbudt per kommune"), BarChart(horizontal=True))
        self.trades = ChartCard(self.tr("Lærefag med flest læreplasser tilbudt"), BarChart(horizontal=True))
        self.goals = ChartCard(self.tr("Mål og resultater: andel av besøksmålet"), BarChart(horizontal=True))
        self.goals.chart.scale_at_least = 100
        self.goals.chart.label_share = 0.55  # who and the period: a hunter's monthly goals differ by it
        self.hunters = ChartCard(self.tr("Kontakter per læreplassjeger"), BarChart(horizontal=True))
        grid = QGridLayout()
        grid.addWidget(self.funnel, 0, 0)
        grid.addWidget(self.weekly, 0, 1)
        grid.addWidget(self.municipalities, 1, 0)
        grid.addWidget(self.trades, 1, 1)
        grid.addWidget(self.goals, 2, 0)
        grid.addWidget(self.hunters, 2, 1)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(kpi_row)
        body_layout.addLayout(grid)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

        self.scope_box.currentIndexChanged.connect(self._scope_changed)
        self.update_button.clicked.connect(self.compute)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.excel_button.clicked.connect(self._ask_excel)

    def cards(self) -> list[ChartCard]:
        return [self.funnel, self.weekly, self.municipalities, self.trades, self.goals, self.hunters]

    # --- scope -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.locked:
            return
        self.loaded = True
        # Before the first fill nothing is chosen yet: then the newest campaign is shown.
        chosen = self.scope_box.currentData() if self.scope_box.count() else ""
        campaigns = [(c.id, c.name, c.starts_on, c.ends_on) for c in read(self.store, list_campaigns)]
        self.scope_box.blockSignals(True)
        self.scope_box.clear()
        for cid, name, start, end in campaigns:
            self.scope_box.addItem(f"{name} ({start:%d.%m.%y}–{end:%d.%m.%y})", cid)
        self.scope_box.addItem(self.tr("Alle besøk i perioden"), None)
        index = self.scope_box.findData(chosen)
        self.scope_box.setCurrentIndex(index if index >= 0 else 0)
        self.scope_box.blockSignals(False)
        self._scope_changed()

    def _scope_changed(self, *_: object) -> None:
        campaign_id = self.scope_box.currentData()
        self.pdf_button.setEnabled(campaign_id is not None)
        if campaign_id:
            campaign = read(self.store, get_campaign, campaign_id)
            if campaign is not None:
                self.date_from.setDate(QDate(campaign.starts_on.year, campaign.starts_on.month,
                                             campaign.starts_on.day))
                self.date_to.setDate(QDate(campaign.ends_on.year, campaign.ends_on.month,
                                           campaign.ends_on.day))
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(campaign_id is None)
        self.compute()

    def scope(self) -> FigureScope:
        f, t = self.date_from.date(), self.date_to.date()
        return FigureScope(date(f.year(), f.month(), f.day()), date(t.year(), t.month(), t.day()),
                           self.scope_box.currentData())

    def select_campaign(self, campaign_id: str) -> None:
        index = self.scope_box.findData(campaign_id)
        if index >= 0:
            self.scope_box.setCurrentIndex(index)

    # --- computing and drawing ----------------------------------------------------------------------

    def compute(self) -> None:
        scope = self.scope()
        self.status.setText(self.tr("Regner ut tallene …"))
        working = self.tr("Regner ut tallene …")
        self._generation += 1
        generation = self._generation

        def arrived(dash: Dashboard) -> None:
            if generation == self._generation:
                self.show_dashboard(dash)

        # No dialog: the figures take about a second, the status line says they are coming.
        self.run_in_background(working, lambda progress: load_dashboard(self.store, scope),
                               on_done=arrived, dialog=False)

    def show_dashboard(self, dash: Dashboard) -> None:
        self.dash = dash
        figures = dash.figures
        for key, value in figures.items():
            self.kpis[key].set_value(value)
        manual = dash.manual
        for key, kpi in self.manual_kpis.items():
            kpi.set_value(getattr(manual, key) if manual is not None else None)
            kpi.setVisible(manual is not None)
        self.key_table = self._key_table(dash)

        first = dash.funnel[0].count if dash.funnel else 0
        self.funnel.chart.set_bars([Bar(labels.funnel_step(s.key), s.count,
                                        _share(s.count, first) if i else "")
                                    for i, s in enumerate(dash.funnel)])
        self.funnel.set_table([Column("step", self.tr("Trinn")), _num("count", self.tr("Bedrifter")),
                               Column("share", self.tr("Andel av første trinn"), ColumnKind.PERCENT)],
                              [(labels.funnel_step(s.key), s.count, s.count / first if first else None)
                               for s in dash.funnel])

        weeks = dash.weekly.weeks
        self.weekly.chart.set_bars([Bar(f"u{w[1]}", dash.weekly.total(w)) for w in weeks])
        self.weekly.set_table([Column("week", self.tr("Uke")), _num("visits", self.tr("Kontakter"))]
                              + [Column(h, name, ColumnKind.INT) for h, name in dash.weekly.hunters[:30]],
                              [(f"{w[0]}-u{w[1]:02d}", dash.weekly.total(w),
                                *(dash.weekly.counts.get((h, w), 0) for h, _ in dash.weekly.hunters[:30]))
                               for w in weeks])

        munis = dash.municipalities
        self.municipalities.chart.set_bars([Bar(m.name or self.tr("Ukjent"), m.places) for m in munis[:12]])
        # Each column is a key figure split by municipality: the same words, adding up to it.
        self.municipalities.set_table(
            [Column("municipality", self.tr("Kommune")),
             _num("companies", labels.figure("companies_contacted")),
             _num("visits", labels.figure("contacts")), _num("interested", labels.figure("interested")),
             _num("places", labels.figure("places")), _num("contracts", labels.figure("contracts"))],
            [(m.name or self.tr("Ukjent"), m.companies, m.visits, m.interested, m.places, m.contracts)
             for m in munis])

        self.trades.chart.set_bars([Bar(t.trade, t.places) for t in dash.trades[:12]])
        self.trades.set_table([Column("trade", self.tr("Lærefag")), _num("places", labels.figure("places")),
                               _num("companies", labels.figure("companies_offering"))],
                              [(t.trade, t.places, t.companies) for t in dash.trades])

        goals = sorted(dash.goals, key=lambda g: (g.scope != "team", g.subject_name))
        self.goals.chart.set_bars([
            Bar(self._goal_label(g), 100 * g.visits / g.goal_visits if g.goal_visits else 0,
                self.tr("{0} av {1}").format(fmt_number(g.visits), fmt_number(g.goal_visits)),
                _share(g.visits, g.goal_visits) or "–")
            for g in goals[:20]])
        self.goals.set_table(
            [Column("who", self.tr("Jeger / team")), Column("from", self.tr("Fra"), ColumnKind.DATE),
             Column("to", self.tr("Til"), ColumnKind.DATE),
             _num("visits", self.tr("Besøk")), _num("goal_visits", self.tr("Mål besøk")),
             Column("agreements", self.tr("Avtaler"), ColumnKind.INT),
             Column("goal_agreements", self.tr("Mål avtaler"), ColumnKind.INT),
             Column("places", self.tr("Læreplasser"), ColumnKind.INT),
             Column("goal_places", self.tr("Mål læreplasser"), ColumnKind.INT)],
            [(self._goal_name(g), g.period_start, g.period_end, g.visits, g.goal_visits, g.agreements,
              g.goal_agreements, g.places, g.goal_places) for g in goals])

        hunters = dash.weekly.hunters
        self.hunters.chart.set_bars([Bar(name, dash.weekly.hunter_total(h)) for h, name in hunters[:15]])
        self.hunters.set_table([Column("hunter", self.tr("Læreplassjeger")),
                                Column("visits", self.tr("Kontakter"), ColumnKind.INT)],
                               [(name, dash.weekly.hunter_total(h)) for h, name in hunters])
        self.status.setText(self.tr("{0}: {1} kontakter med {2} bedrifter.").format(
            dash.campaign_name or self.tr("Alle besøk"), fmt_number(figures.contacts),
            fmt_number(figures.companies_contacted)))
        self.computed.emit()

    def _key_table(self, dash: Dashboard) -> Table:
        """The key figures as the workbook's first sheet: name, value and how it is counted."""
        rows: list[tuple[str, int | None, str]] = [
            (labels.figure(key), value, labels.figure_definition(key)) for key, value in dash.figures.items()]
        if dash.manual is not None:
            by_hand = self.tr("Ført inn for hånd av kontoret (post og sosiale medier); ikke målt i appen.")
            rows += [(kpi.title, getattr(dash.manual, key), by_hand) for key, kpi in self.manual_kpis.items()]
        columns = [Column("figure", self.tr("Tall"), width=36), _num("value", self.tr("Verdi")),
                   Column("definition", self.tr("Slik er tallet regnet"), width=100)]
        return Table(self.tr("Nøkkeltall"), columns, rows, len(rows))

    def _goal_name(self, g: GoalProgress) -> str:
        return g.subject_name + (self.tr(" (team)") if g.scope == "team" else "")

    def _goal_label(self, g: GoalProgress) -> str:
        """Who and when: a hunter's monthly goals differ only by their period."""
        return f"{self._goal_name(g)}, {fmt_date(g.period_start)}–{fmt_date(g.period_end)}"

    # --- files ---------------------------------------------------------------------------------------

    def export_pdf(self, path: Path) -> None:
        """The campaign report of the figures shown, written in the background."""
        dash = self.dash
        if dash is None or dash.campaign_name is None:
            return
        campaign = read(self.store, get_campaign, dash.scope.campaign_id)
        organisation = campaign.organisation if campaign else None
        # reportlab is imported only when a PDF is asked for: every start-up would pay for it.
        from lpj_desktop.reports.campaign_pdf import render_campaign_report

        self.export_file(lambda p, progress: render_campaign_report(dash, p, organisation=organisation), path)

    def export_excel(self, path: Path) -> None:
        tables = [self.key_table] + [card.data for card in self.cards() if card.data.columns]
        tables = [t for t in tables if t.columns]
        self.export_file(lambda p, progress: export_workbook(tables, p, progress), path)

    def _ask_pdf(self) -> None:
        suggested = f"kampanjerapport-{date.today():%Y-%m-%d}.pdf"
        path = self.ask_save_path(self.tr("Lagre kampanjerapport"), suggested, self.tr("PDF (*.pdf)"))
        if path is not None:
            self.export_pdf(path if path.suffix else path.with_suffix(".pdf"))

    def _ask_excel(self) -> None:
        suggested = f"tall-{date.today():%Y-%m-%d}.xlsx"
        path = self.ask_save_path(self.tr("Lagre tabellene"), suggested, self.tr("Excel-arbeidsbok (*.xlsx)"))
        if path is not None:
            self.export_excel(path if path.suffix else path.with_suffix(".xlsx"))


def _num(key: str, title: str) -> Column:
    return Column(key, title, ColumnKind.INT)
