"""The staff dashboard: a campaign's (or a period's) figures as charts, each with its table behind it.

Figures are computed in the background (`figures.load_dashboard`); the page only draws them. The
campaign report PDF and an Excel workbook of every table are written from here.
"""

from __future__ import annotations

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

from lpj_desktop.services.campaigns import list_campaigns
from lpj_desktop.services.exports import Column, ColumnKind, export_workbook
from lpj_desktop.services.figures import Dashboard, FigureScope, GoalProgress, load_dashboard
from lpj_desktop.store.models import Campaign
from lpj_desktop.ui.staff import labels
from lpj_desktop.ui.staff.base import StaffPage
from lpj_desktop.ui.staff.charts import Bar, BarChart, ChartCard, fmt_number


def _share(part: int, whole: int) -> str:
    return f"{part / whole * 100:.1f}".replace(".", ",") + " %" if whole > 0 else ""


class Kpi(QLabel):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.setMinimumWidth(110)
        self.setWordWrap(True)
        self.setStyleSheet("QLabel { border-left: 3px solid #1F5F8B; padding: 2px 8px; }")
        self.set_value(None)

    def set_value(self, value: int | None) -> None:
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

        self.kpis = {
            "targets": Kpi(self.tr("Målbedrifter")), "visits": Kpi(self.tr("Kontakter")),
            "contacted": Kpi(self.tr("Bedrifter kontaktet")), "interested": Kpi(self.tr("Interesserte")),
            "places": Kpi(self.tr("Læreplasser tilbudt")),
            "contracts_signed": Kpi(self.tr("Lærekontrakter")),
            "letters_sent": Kpi(self.tr("Brev sendt (ført)")),
            "social_views": Kpi(self.tr("Visninger sosiale medier (ført)")),
            "link_clicks": Kpi(self.tr("Lenkeklikk (ført)")),
        }
        # Measured figures on the first row, those entered by hand on the second: fits a laptop screen.
        kpi_row = QGridLayout()
        manual_keys = ("letters_sent", "social_views", "link_clicks")
        measured = [k for k in self.kpis if k not in manual_keys]
        for column, key in enumerate(measured):
            kpi_row.addWidget(self.kpis[key], 0, column)
        for column, key in enumerate(manual_keys):
            kpi_row.addWidget(self.kpis[key], 1, column)
        kpi_row.setColumnStretch(len(measured), 1)

        self.funnel = ChartCard(self.tr("Trakten: fra målbedrift til lærekontrakt"),
                                BarChart(horizontal=True))
        self.weekly = ChartCard(self.tr("Kontakter per uke"), BarChart(horizontal=False))
        self.municipalities = ChartCard(self.tr("Læreplasser tilbudt per kommune"), BarChart(horizontal=True))
        self.trades = ChartCard(self.tr("Lærefag med flest læreplasser tilbudt"), BarChart(horizontal=True))
        self.goals = ChartCard(self.tr("Mål og resultater: andel av besøksmålet"), BarChart(horizontal=True))
        self.goals.chart.scale_at_least = 100
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
        with self.store.reader() as session:
            campaigns = [(c.id, c.name, c.starts_on, c.ends_on) for c in list_campaigns(session)]
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
            with self.store.reader() as session:
                campaign = session.get(Campaign, campaign_id)
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
        steps = {s.key: s.count for s in dash.funnel}
        values: dict[str, int | None] = {
            "targets": dash.targets if dash.campaign_name else None, "visits": dash.visits,
            "contacted": steps.get("contacted"), "interested": steps.get("interested"), "places": dash.places,
            "contracts_signed": steps.get("contracts_signed"),
            "letters_sent": dash.manual.letters_sent if dash.manual else None,
            "social_views": dash.manual.social_views if dash.manual else None,
            "link_clicks": dash.manual.link_clicks if dash.manual else None,
        }
        for key, kpi in self.kpis.items():
            kpi.set_value(values[key])
            manual_key = key in ("letters_sent", "social_views", "link_clicks")
            kpi.setVisible(dash.manual is not None or not manual_key)

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
        self.municipalities.set_table(
            [Column("municipality", self.tr("Kommune")), _num("companies", self.tr("Bedrifter")),
             Column("visits", self.tr("Kontakter"), ColumnKind.INT),
             Column("interested", self.tr("Interesserte"), ColumnKind.INT),
             Column("places", self.tr("Læreplasser"), ColumnKind.INT),
             Column("contracts", self.tr("Kontrakter"), ColumnKind.INT)],
            [(m.name or self.tr("Ukjent"), m.companies, m.visits, m.interested, m.places, m.contracts)
             for m in munis])

        self.trades.chart.set_bars([Bar(t.trade, t.places) for t in dash.trades[:12]])
        self.trades.set_table([Column("trade", self.tr("Lærefag")), _num("places", self.tr("Læreplasser")),
                               Column("companies", self.tr("Bedrifter"), ColumnKind.INT)],
                              [(t.trade, t.places, t.companies) for t in dash.trades])

        goals = sorted(dash.goals, key=lambda g: (g.scope != "team", g.subject_name))
        self.goals.chart.set_bars([
            Bar(self._goal_name(g), 100 * g.visits / g.goal_visits if g.goal_visits else 0,
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
            dash.campaign_name or self.tr("Alle besøk"), fmt_number(dash.visits),
            fmt_number(dash.companies_visited)))
        self.computed.emit()

    def _goal_name(self, g: GoalProgress) -> str:
        return g.subject_name + (self.tr(" (team)") if g.scope == "team" else "")

    # --- files ---------------------------------------------------------------------------------------

    def export_pdf(self, path: Path) -> None:
        """The campaign report of the figures shown, written in the background."""
        dash = self.dash
        if dash is None or dash.campaign_name is None:
            return
        with self.store.reader() as session:
            campaign = session.get(Campaign, dash.scope.campaign_id)
            organisation = campaign.organisation if campaign else None
        # reportlab is imported only when a PDF is asked for: every start-up would pay for it.
        from lpj_desktop.reports.campaign_pdf import render_campaign_report

        self.export_file(lambda p, progress: render_campaign_report(dash, p, organisation=organisation), path)

    def export_excel(self, path: Path) -> None:
        tables = [card.data for card in self.cards() if card.data.columns]
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
