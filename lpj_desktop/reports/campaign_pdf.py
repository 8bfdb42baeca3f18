"""The campaign report as PDF: what a training office sends its county, as it is.

Page one: the campaign, its key figures (measured in the app and entered by hand) and the funnel.
Then activity per week, goals against results, results per municipality and the trades with most
places offered. Norwegian text, page numbers "Side x av y".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from lpj_desktop.domain.labels import FIGURE, FIGURE_DEFINITION
from lpj_desktop.domain.when import fmt_date
from lpj_desktop.reports.fonts import fonts
from lpj_desktop.reports.labels import FUNNEL, decimal, long_date, number, percent
from lpj_desktop.reports.scale import nice_step
from lpj_desktop.services.figures import Dashboard, FigureScope, KeyFigures, load_dashboard
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Campaign

log = logging.getLogger(__name__)

INK = colors.HexColor("#1F2A37")
MUTED = colors.HexColor("#5B6675")
ACCENT = colors.HexColor("#1F5F8B")
ACCENT_LIGHT = colors.HexColor("#DCE8F2")
RULE = colors.HexColor("#C9D2DC")
GOOD = colors.HexColor("#2E7D4F")
WARN = colors.HexColor("#B26A00")

def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts()
    base = ParagraphStyle("base", fontName=regular, fontSize=9.5, leading=13, textColor=INK,
                          alignment=TA_LEFT)
    return {
        "base": base,
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=20, leading=24,
                                textColor=ACCENT),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11.5, leading=15, textColor=MUTED),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=13, leading=17, spaceBefore=10,
                             spaceAfter=4, textColor=INK),
        "note": ParagraphStyle("note", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cell_head": ParagraphStyle("cell_head", parent=base, fontName=bold, fontSize=8, leading=10,
                                    alignment=TA_RIGHT),
        "kpi_value": ParagraphStyle("kpi_value", parent=base, fontName=bold, fontSize=16, leading=19,
                                    textColor=INK),
        "kpi_label": ParagraphStyle("kpi_label", parent=base, fontSize=8, leading=10, textColor=MUTED),
    }


class _NumberedCanvas(Canvas):
    """Draws "Side x av y" and the footer once the page count is known."""

    footer_left = ""

    def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []  # type: ignore[type-arg]

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        regular, _ = fonts()
        width, _ = A4
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(18 * mm, 14 * mm, width - 18 * mm, 14 * mm)
        self.setFont(regular, 8)
        self.setFillColor(MUTED)
        self.drawString(18 * mm, 9.5 * mm, self.footer_left)
        self.drawRightString(width - 18 * mm, 9.5 * mm, f"Side {self._pageNumber} av {total}")


# --- charts ------------------------------------------------------------------------------------

def funnel_chart(dash: Dashboard, width: float) -> Drawing:
    """Horizontal bars, one per funnel step, with the count and the share of the first step."""
    regular, bold = fonts()
    steps = dash.funnel
    row_h, gap, label_w = 17.0, 5.0, 110.0
    height = len(steps) * (row_h + gap) + 4
    d = Drawing(width, height)
    top = max((s.count for s in steps), default=0) or 1
    bar_room = width - label_w - 95
    first = steps[0].count if steps else 0
    for i, step in enumerate(steps):
        y = height - (i + 1) * (row_h + gap)
        d.add(String(label_w - 6, y + 5, FUNNEL.get(step.key, step.key), fontName=regular, fontSize=8.5,
                     fillColor=INK, textAnchor="end"))
        d.add(Rect(label_w, y, bar_room, row_h, fillColor=colors.HexColor("#F1F4F7"), strokeColor=None))
        bar = bar_room * step.count / top
        shade = colors.Color(ACCENT.red, ACCENT.green, ACCENT.blue, alpha=1 - i * 0.09)
        if bar > 0:
            d.add(Rect(label_w, y, max(bar, 1.5), row_h, fillColor=shade, strokeColor=None))
        d.add(String(label_w + bar_room + 6, y + 5, number(step.count), fontName=bold, fontSize=9,
                     fillColor=INK))
        if i > 0:
            d.add(String(width - 2, y + 5, percent(step.count, first), fontName=regular, fontSize=8.5,
                         fillColor=MUTED, textAnchor="end"))
    return d


def weekly_chart(dash: Dashboard, width: float, height: float = 150) -> Drawing:
    """Visits per ISO week (all hunters), as columns with a labelled axis."""
    regular, _ = fonts()
    weeks = dash.weekly.weeks
    totals = [dash.weekly.total(w) for w in weeks]
    d = Drawing(width, height)
    left, bottom, top_pad = 34.0, 18.0, 10.0
    plot_w, plot_h = width - left - 4, height - bottom - top_pad
    peak = max(totals, default=0)
    step = max(1, int(nice_step(peak)))
    ceiling = max(step, ((peak + step - 1) // step) * step) if peak else 1
    for k in range(0, int(ceiling) + 1, int(step)):
        y = bottom + plot_h * k / ceiling
        d.add(Line(left, y, left + plot_w, y, strokeColor=RULE, strokeWidth=0.4))
        d.add(String(left - 4, y - 3, number(k), fontName=regular, fontSize=7, fillColor=MUTED,
                     textAnchor="end"))
    if not weeks:
        return d
    slot = plot_w / len(weeks)
    bar_w = max(1.0, slot * 0.72)
    label_every = max(1, round(len(weeks) / 12))
    for i, (week, total) in enumerate(zip(weeks, totals, strict=True)):
        x = left + i * slot + (slot - bar_w) / 2
        h = plot_h * total / ceiling
        if h > 0:
            d.add(Rect(x, bottom, bar_w, h, fillColor=ACCENT, strokeColor=None))
        if i % label_every == 0:
            d.add(String(x + bar_w / 2, bottom - 10, f"u{week[1]}", fontName=regular, fontSize=7,
                         fillColor=MUTED, textAnchor="middle"))
    return d


# --- tables ------------------------------------------------------------------------------------

def _table(rows: list[list[object]], widths: list[float], numeric_from: int = 1,
           total_row: bool = False) -> Table:
    regular, bold = fonts()
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), regular, 8.5),
        ("FONT", (0, 0), (-1, 0), bold, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for r in range(2, len(rows), 2):
        style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F6F8FA")))
    if total_row and len(rows) > 1:
        style += [("FONT", (0, -1), (-1, -1), bold, 8.5), ("LINEABOVE", (0, -1), (-1, -1), 0.6, INK),
                  ("BACKGROUND", (0, -1), (-1, -1), colors.white)]
    table.setStyle(TableStyle(style))
    return table


def _kpis(items: list[tuple[str, str]], styles: dict[str, ParagraphStyle], width: float, per_row: int = 4
          ) -> Table:
    cells = [[Paragraph(value, styles["kpi_value"]), Paragraph(label, styles["kpi_label"])]
             for label, value in items]
    rows = []
    for i in range(0, len(cells), per_row):
        chunk = cells[i:i + per_row]
        chunk += [""] * (per_row - len(chunk))
        rows.append(chunk)
    table = Table(rows, colWidths=[width / per_row] * per_row)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return table


def _definitions(figures: KeyFigures, styles: dict[str, ParagraphStyle], width: float) -> Table:
    """Each key figure's name and how it is counted, as the dashboard's tooltips say it."""
    _, bold = fonts()
    rows: list[list[object]] = [["Tall", "Slik er tallet regnet"]]
    rows += [[Paragraph(escape(FIGURE[key]), styles["cell"]), Paragraph(escape(FIGURE_DEFINITION[key]),
                                                                        styles["cell"])]
             for key, _ in figures.items()]
    table = Table(rows, colWidths=[width * 0.3, width * 0.7], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), bold, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
    ]))
    return table


def _goal_share(done: int, goal: int) -> str:
    return percent(done, goal) if goal > 0 else "–"


# --- the report ----------------------------------------------------------------------------------

def render_campaign_report(dash: Dashboard, path: Path, *, organisation: str | None = None,
                           generated_on: date | None = None,
                           progress: Callable[[str], None] | None = None) -> Path:
    """Write the report for a computed dashboard to `path` (written whole, then moved in place)."""
    styles = _styles()
    generated_on = generated_on or date.today()
    page_w, _ = A4
    content_w = page_w - 36 * mm
    title = dash.campaign_name or "Alle besøk"
    period = f"{long_date(dash.scope.date_from)} – {long_date(dash.scope.date_to)}"
    story: list[Flowable] = []
    s = styles

    story.append(Paragraph("Kampanjerapport", s["subtitle"]))
    story.append(Paragraph(escape(title), s["title"]))
    meta = period + (f" · {organisation}" if organisation else "")
    story.append(Paragraph(escape(meta), s["subtitle"]))
    story.append(Paragraph(f"Laget {long_date(generated_on)} fra lpj-desktop.", s["note"]))
    story.append(Spacer(1, 8))

    figures = dash.figures
    story.append(Paragraph("Nøkkeltall målt i appen", s["h2"]))
    # The dashboard's key figures under the dashboard's words; how each is counted closes the report.
    measured = [(escape(FIGURE[key]), number(value)) for key, value in figures.items()]
    story.append(_kpis(measured, s, content_w, per_row=5))
    if dash.manual is not None:
        story.append(Paragraph("Tall registrert manuelt", s["h2"]))
        manual = [("Brev sendt", number(dash.manual.letters_sent)),
                  ("Visninger i sosiale medier", number(dash.manual.social_views)),
                  ("Klikk på lenken", number(dash.manual.link_clicks))]
        clicks, views = dash.manual.link_clicks, dash.manual.social_views
        manual.append(("Klikkrate", percent(clicks, views) if clicks is not None and views else "–"))
        story.append(_kpis(manual, s, content_w))
        story.append(Paragraph("Tallene over er ført inn for hånd av kontoret (post og sosiale medier); "
                               "de er ikke målt i appen.", s["note"]))
    if progress:
        progress("funnel")
    story.append(KeepTogether([
        Paragraph("Trakten: fra målbedrift til lærekontrakt", s["h2"]),
        Paragraph("Antall målbedrifter som har nådd hvert trinn i kampanjeperioden (høyeste trinn i "
                  "besøkene), med andel av alle målbedrifter.", s["note"]),
        Spacer(1, 4),
        funnel_chart(dash, content_w),
    ]))

    activity: list[Flowable] = [
        Paragraph("Aktivitet per uke", s["h2"]),
        Paragraph(f"Kontakter med målbedrifter per ISO-uke, alle læreplassjegere "
                  f"({number(figures.contacts)} i alt).", s["note"]),
        Spacer(1, 4),
        weekly_chart(dash, content_w),
    ]
    hunters = dash.weekly.hunters
    if hunters:
        n_weeks = max(1, len(dash.weekly.weeks))
        rows: list[list[object]] = [["Læreplassjeger", "Kontakter", "Snitt per uke", "Beste uke"]]
        shown = hunters[:15]
        for hunter_id, name in shown:
            total = dash.weekly.hunter_total(hunter_id)
            best = max((dash.weekly.counts.get((hunter_id, w), 0) for w in dash.weekly.weeks), default=0)
            rows.append([Paragraph(escape(name), s["cell"]), number(total),
                         decimal(total / n_weeks), number(best)])
        if len(hunters) > len(shown):
            rest = sum(dash.weekly.hunter_total(h) for h, _ in hunters[len(shown):])
            rows.append([Paragraph(f"Øvrige {len(hunters) - len(shown)} jegere", s["cell"]), number(rest),
                         "", ""])
        rows.append(["Sum", number(figures.contacts), decimal(figures.contacts / n_weeks), ""])
        hunter_table = _table(rows, [content_w * 0.46, content_w * 0.18, content_w * 0.18, content_w * 0.18],
                              total_row=True)
    story.append(KeepTogether(activity))
    if hunters:
        story.append(Spacer(1, 6))
        story.append(KeepTogether([hunter_table]))  # a ranking reads badly split over two pages

    if progress:
        progress("goals")
    if dash.goals:
        story.append(Paragraph("Mål og resultater", s["h2"]))
        story.append(Paragraph("Produksjonsmål per jeger og team som overlapper perioden, mot det som er "
                               "registrert i målets egen periode.", s["note"]))
        rows = [["Jeger / team og periode", "Besøk / mål", "%", "Avtaler / mål", "%", "Plasser / mål", "%"]]
        for g in sorted(dash.goals, key=lambda g: (g.scope != "team", g.subject_name)):
            who = g.subject_name + (" (team)" if g.scope == "team" else "")
            period_text = f"{fmt_date(g.period_start)}–{fmt_date(g.period_end)}"
            cell = f"{escape(who)}<br/><font size='7' color='#5B6675'>{period_text}</font>"
            rows.append([Paragraph(cell, s["cell"])]
                        + [x for done, goal in ((g.visits, g.goal_visits), (g.agreements, g.goal_agreements),
                                                (g.places, g.goal_places))
                           for x in (f"{number(done)} / {number(goal)}", _goal_share(done, goal))])
        w = content_w
        goals_table = _table(rows, [w * 0.25] + [w * 0.16, w * 0.09] * 3)
        story.append(goals_table)

    story.append(Paragraph("Resultater per kommune", s["h2"]))
    story.append(Paragraph("Målbedrifter med minst én registrert kontakt i perioden (også forsøk uten "
                           "svar), etter dagens kommune: historikk ført på de gamle 54xx-numrene er "
                           "regnet til dagens kommune.", s["note"]))
    # Each column is a key figure split by municipality, under its words; the sums are the figures.
    columns = ("companies_contacted", "contacts", "interested", "places", "contracts")
    rows = [["Kommune", *(Paragraph(escape(FIGURE[key]), s["cell_head"]) for key in columns)]]
    for m in dash.municipalities:
        # A Paragraph wraps: some municipalities show three names ("Storfjord – Omasvuotna – Omasvuono").
        rows.append([Paragraph(escape(m.name or "Ukjent kommune"), s["cell"]), number(m.companies),
                     number(m.visits), number(m.interested), number(m.places), number(m.contracts)])
    rows.append(["Sum", *(number(getattr(figures, key)) for key in columns)])
    story.append(_table(rows, [content_w * 0.3] + [content_w * 0.14] * 5, total_row=True))

    story.append(Paragraph("Lærefag med flest læreplasser tilbudt", s["h2"]))
    if dash.trades:
        rows = [["Lærefag", *(Paragraph(escape(FIGURE[key]), s["cell_head"])
                              for key in ("places", "companies_offering"))]]
        for t in dash.trades[:15]:
            rows.append([Paragraph(escape(t.trade), s["cell"]), number(t.places), number(t.companies)])
        story.append(_table(rows, [content_w * 0.6, content_w * 0.2, content_w * 0.2]))
    else:
        story.append(Paragraph("Ingen læreplasser er registrert tilbudt i perioden.", s["base"]))

    story.append(KeepTogether([
        Paragraph("Slik er tallene regnet", s["h2"]),
        Paragraph("Alle tall teller registrerte kontakter i perioden (norske kalenderdager). Et trinn i "
                  "trakten teller bedrifter som har nådd trinnet eller et høyere trinn i perioden, etter "
                  "det høyeste utfallet i kontaktene med dem.", s["note"]),
        Spacer(1, 4),
        _definitions(figures, s, content_w),
    ]))

    if progress:
        progress("write")
    tmp = path.with_name(path.name + ".part")

    class _Canvas(_NumberedCanvas):
        footer_left = f"{title} · {period}"

    doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=20 * mm, title=f"Kampanjerapport: {title}",
                            author=organisation or "lpj-desktop", subject=period)
    try:
        doc.build(story, canvasmaker=_Canvas)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def write_campaign_report(store: Store, campaign_id: str, path: Path, *,
                          generated_on: date | None = None) -> Path:
    """Compute a campaign's figures and write its report."""
    with store.reader() as session:
        campaign = session.get(Campaign, campaign_id)
        if campaign is None:
            raise LookupError(f"no campaign {campaign_id}")
        scope, organisation = FigureScope.for_campaign(campaign), campaign.organisation
    dash = load_dashboard(store, scope)
    return render_campaign_report(dash, path, organisation=organisation, generated_on=generated_on)
