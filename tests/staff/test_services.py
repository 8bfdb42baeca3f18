"""Staff services on a real SQLite store: history filters and pages, campaigns, imports, figures, exports."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from lpj_desktop.domain.enums import LaerebedriftStatus
from lpj_desktop.services import history
from lpj_desktop.services.approved_import import (
    PriorityGroup,
    import_approved,
    parse_approved_text,
    priority_group_ids,
)
from lpj_desktop.services.campaigns import (
    add_targets_from_orgnrs,
    add_targets_from_query,
    create_campaign,
    mark_letters_sent,
    read_orgnr_text,
    set_manual_figures,
    target_counts,
)
from lpj_desktop.services.companies import CompanyQuery
from lpj_desktop.services.csv_tables import TableFileError
from lpj_desktop.services.exports import Column, ColumnKind, Table, export_csv, export_xlsx
from lpj_desktop.services.figures import FigureScope, dashboard
from lpj_desktop.services.history import VisitHistoryQuery, count_history, history_page
from lpj_desktop.services.interest_import import import_interest, municipality_owner, parse_interest_text
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import (
    Campaign,
    CampaignTarget,
    Company,
    Contact,
    FollowUp,
    Goal,
    OutboxMutation,
    User,
)

from .conftest import World, orgnr


def names(rows: list[history.VisitRow]) -> list[str]:
    return [r.company_name for r in rows]


def test_history_filters_and_2024_renumbering(store: Store, world: World) -> None:
    with store.reader() as s:
        assert count_history(s, VisitHistoryQuery()) == 11
        # Tromsø today (5501) also finds Tinden Bygg, stored under the old number 5401.
        tromso = history_page(s, VisitHistoryQuery(municipalities={"5501"}))
        assert set(names(tromso)) == {"Tinden Bygg AS", "Ishavskraft Elektro AS", "Polar Rør AS"}
        assert len(tromso) == 6
        # …and asking by the old number finds today's too.
        assert len(history_page(s, VisitHistoryQuery(municipalities={"5401"}))) == 6
        # County 56 (Finnmark) includes Alta stored as 5403 and Hammerfest as 5406.
        assert set(names(history_page(s, VisitHistoryQuery(counties={"56"})))) == {
            "Alta Frisør AS", "Finnmark Bil AS", "Hammerfest Helse AS", "Vardø Fisk AS"}
        assert names(history_page(s, VisitHistoryQuery(team="Finnmark", channels={"phone"}))) == [
            "Hammerfest Helse AS"]
        assert len(history_page(s, VisitHistoryQuery(hunter_ids={world.ola}))) == 3
        assert names(history_page(s, VisitHistoryQuery(trade="Tømrerfaget", outcomes={"place_offered"}))) == [
            "Tinden Bygg AS"]
        period = history_page(s, VisitHistoryQuery(date_from=date(2025, 6, 10), date_to=date(2025, 6, 12)))
        assert len(period) == 3
        assert period[0].occurred_at > period[-1].occurred_at  # newest first
        # Campaign: target companies' visits within the period (Tinden's 2023 visit is outside).
        camp = history_page(s, VisitHistoryQuery(campaign_id=world.campaign_id))
        assert len(camp) == 8 and all(r.occurred_at.year == 2025 for r in camp)
        assert set(names(history_page(s, VisitHistoryQuery(stages={"contract_signed"})))) == {
            "Ishavskraft Elektro AS"}
        assert names(history_page(s, VisitHistoryQuery(text="polar"))) == ["Polar Rør AS"] * 2
        vardo = history_page(s, VisitHistoryQuery(text=world.orgnrs["Vardø Fisk AS"]))
        assert vardo[0].municipality == "Vardø"


def test_history_pages_continue_without_gaps(store: Store, world: World) -> None:
    with store.reader() as s:
        everything = history_page(s, VisitHistoryQuery(), limit=100)
        pages, after = [], None
        while True:
            page = history_page(s, VisitHistoryQuery(), after, limit=3)
            pages.extend(page)
            if len(page) < 3:
                break
            after = page[-1].cursor
        assert [r.id for r in pages] == [r.id for r in everything]
        detail = history.visit_detail(s, everything[0].id)
        assert detail is not None and detail.notes and detail.row.hunter_name


def test_saved_filters_round_trip(store: Store, world: World) -> None:
    query = VisitHistoryQuery(counties={"55"}, date_from=date(2025, 1, 1), outcomes={"approved"}, team="Nord")
    with store.session() as s:
        history.save_filter(s, "Troms i år", query)
        history.save_filter(s, "Troms i år", query)  # overwrite, not a second copy
    with store.reader() as s:
        saved = history.saved_filters(s)
    assert saved == [("Troms i år", query)]


def test_campaign_targets_from_filter_and_file(store: Store, world: World) -> None:
    with store.session() as s:
        camp = create_campaign(s, name="Høst", starts_on=date(2025, 8, 1), ends_on=date(2025, 12, 1))
        r = add_targets_from_query(s, camp, CompanyQuery(counties={"56"}))
        assert r.added == 2  # Finnmark Bil (5601) and Vardø Fisk (5634): county_number 56
        polar, vardo = world.orgnrs["Polar Rør AS"], world.orgnrs["Vardø Fisk AS"]
        text = "orgnr\n" + "\n".join([polar, "123456789", "12345", polar, orgnr(40), "", vardo])
        listing = read_orgnr_text(text)
        assert [(x.line, x.reason) for x in listing.rejected] == [(3, "bad_checksum"), (4, "wrong_length"),
                                                                  (5, "duplicate")]
        r = add_targets_from_orgnrs(s, camp, listing)
        assert (r.added, r.already, r.unknown) == (1, 1, [orgnr(40)])
        assert [(x.line, x.reason) for x in listing.rejected][-1] == (6, "not_in_store")
        assert mark_letters_sent(s, camp, date(2025, 8, 2)) == 3
        set_manual_figures(s, camp, letters_sent=8000, social_views=120000, link_clicks=950)
    with store.reader() as s:
        assert target_counts(s, camp.id).targets == 3 and target_counts(s, camp.id).letters_marked == 3
        outbox = s.scalars(select(OutboxMutation.entity).where(OutboxMutation.entity.in_(
            ["campaign", "campaign_target"]))).all()
        assert outbox.count("campaign_target") >= 6  # 3 creates + 3 letter updates, all queued to sync
        assert s.get(Campaign, camp.id).letters_sent == 8000


INTEREST_CSV = """Org.nr;Bedriftsnavn;Kontaktperson;E-post;Telefon;Aktuelle fag;Melding;Ekstra
{tinden};Tinden Bygg AS;Per Hansen;per@tinden.no;911 22 333;Tømrer, Rørleggerfaget;Vi vil ha lærling;x
123456789;Feil AS;Anne;anne@feil.no;;;;
{new};Nyetablert Elektro AS;Lise Lie;lise@nyel.no;;Elektrikerfaget;;
;;Nobody;nobody@x.no;;;;
{vardo};Vardø Fisk AS;Ola;ola-at-vardo;;;;
{vardo};Vardø Fisk AS;Ola;;;;;
{tinden};Tinden Bygg AS;Per Hansen;per@tinden.no;911 22 333;Tømrer;Dobbelt;
{alta};Alta Frisør AS;Kari;kari@alta.no;;;Min sønn har fnr 01010012356, ring;
"""


def test_interest_import_reports_bad_rows_and_assigns_hunters(store: Store, world: World) -> None:
    text = INTEREST_CSV.format(tinden=world.orgnrs["Tinden Bygg AS"], new=orgnr(50),
                               vardo=world.orgnrs["Vardø Fisk AS"], alta=world.orgnrs["Alta Frisør AS"])
    checked = parse_interest_text(text)
    assert checked.unknown_columns == ["Ekstra"]
    assert [(p.line, p.reason) for p in checked.problems] == [
        (3, "orgnr_bad_checksum"), (5, "company_missing"), (6, "email_invalid"), (7, "no_contact_means"),
        (8, "duplicate"), (9, "personal_number")]
    assert [r.line for r in checked.rows] == [2, 4]
    assert checked.rows[0].trades == ("Tømrerfaget", "Rørleggerfaget")
    with store.session() as s:
        camp = s.get(Campaign, world.campaign_id)
        result = import_interest(s, checked.rows, due_on=date(2025, 9, 1), campaign=camp,
                                 fallback_hunter_id=world.aslak)
    assert (result.followups, result.contacts, result.companies_added) == (2, 2, 1)
    with store.reader() as s:
        tinden = s.get(Company, world.companies["Tinden Bygg AS"])
        assert tinden.interest_trades == ["Tømrerfaget", "Rørleggerfaget"]
        fus = s.scalars(select(FollowUp).where(FollowUp.title.like("Interessemelding%"))).all()
        # Tinden belongs to Kari; the new company (municipality unknown) goes to the fallback hunter.
        assignees = {s.get(Company, f.company_id).name: f.assignee_id for f in fus}
        assert assignees == {"Tinden Bygg AS": world.kari, "Nyetablert Elektro AS": world.aslak}
        new = s.scalar(select(Company).where(Company.orgnr == orgnr(50)))
        assert new is not None and new.source == "manual"
        assert s.scalar(select(func.count()).select_from(Contact).where(Contact.company_id == new.id)) == 1
        assert s.scalar(select(func.count()).select_from(CampaignTarget).where(
            CampaignTarget.company_id == new.id, CampaignTarget.campaign_id == world.campaign_id)) == 1
    with store.session() as s:  # the same file again adds nothing
        again = import_interest(s, checked.rows, due_on=date(2025, 9, 1),
                                campaign=s.get(Campaign, world.campaign_id), fallback_hunter_id=world.aslak)
    assert again.followups == 0 and again.already == 2
    with store.reader() as s:
        # Tromsø's owner: Kari owns two companies there (one stored under the old number 5401).
        assert municipality_owner(s, "5501") == world.kari
    # Kari has left (deactivated): Tinden's next registration goes to the municipality's hunter
    # still here, not to her, and she is no municipality's hunter any more.
    with store.session() as s:
        s.get(User, world.kari).active = False
        later = import_interest(s, checked.rows, due_on=date(2025, 9, 1), campaign=None,
                                fallback_hunter_id=world.aslak)
    with store.reader() as s:
        assert municipality_owner(s, "5501") == world.ola
        fus = s.scalars(select(FollowUp).where(FollowUp.title.like("Interessemelding%"),
                                               FollowUp.campaign_id.is_(None))).all()
        assert {s.get(Company, f.company_id).name: f.assignee_id for f in fus}["Tinden Bygg AS"] == world.ola
    assert later.followups == 2


def test_interest_file_without_contact_columns_is_refused() -> None:
    with pytest.raises(TableFileError) as err:
        parse_interest_text("orgnr;navn\n974760673;Per\n")
    assert err.value.key == "missing_columns"


def test_approved_list_sets_status_and_priority_groups(store: Store, world: World) -> None:
    o = world.orgnrs
    text = (f"Organisasjonsnummer,Bedrift,Godkjente fag,Lærlinger\n"
            f"{o['Polar Rør AS']},Polar Rør,Rørleggerfaget,0\n"
            f"{o['Harstad Mek AS']},Harstad Mek,Industrimekanikerfaget,2\n"
            f"{o['Harstad Mek AS']},Harstad Mek,Sveisefaget,0\n"
            f"{o['Finnmark Bil AS']},Finnmark Bil,\"Bilfaget, lette kjøretøy (1)\",\n"
            f"999999998,Ukjent,Tømrerfaget,1\n"
            f"{orgnr(60)},Ikke i lageret,Tømrerfaget,1\n"
            f"{o['Vardø Fisk AS']},Vardø Fisk,,1\n")
    listing = parse_approved_text(text)
    with store.session() as s:
        result = import_approved(s, listing)
    assert [(p.line, p.reason) for p in result.problems] == [(6, "orgnr_bad_checksum"), (7, "not_in_store"),
                                                             (8, "trade_missing")]
    with store.reader() as s:
        harstad = s.get(Company, world.companies["Harstad Mek AS"])
        assert harstad.lb_status == LaerebedriftStatus.APPROVED_WITH_APPRENTICES.value
        assert harstad.approved_trades == ["Industrimekanikerfaget", "Sveisefaget"]
        group1 = priority_group_ids(s, PriorityGroup.APPROVED_NO_APPRENTICES)
        group2 = priority_group_ids(s, PriorityGroup.ANOTHER_TRADE)
    assert group1 == [world.companies["Polar Rør AS"]]
    # Harstad has apprentices in one trade and none in Sveisefaget; Finnmark Bil only in its one trade.
    assert group2 == [world.companies["Harstad Mek AS"]]


def test_dashboard_figures_match_the_visits(store: Store, world: World) -> None:
    with store.session() as s:
        s.add(Goal(scope="hunter", subject=world.kari, period_start=date(2025, 6, 1),
                   period_end=date(2025, 6, 30), visits=10, agreements=2, places=5))
        s.add(Goal(scope="team", subject="Nord", period_start=date(2025, 6, 1),
                   period_end=date(2025, 9, 30), visits=20, agreements=4, places=10))
    with store.reader() as s:
        camp = s.get(Campaign, world.campaign_id)
        d = dashboard(s, FigureScope.for_campaign(camp))
    assert [(f.key, f.count) for f in d.funnel] == [
        ("targeted", 6), ("contacted", 6), ("reached", 6), ("interested", 5), ("agreed", 4), ("applying", 3),
        ("approved", 3), ("places_offered", 2), ("contracts_signed", 1)]
    assert (d.figures.contacts, d.figures.places) == (8, 5)
    assert [(m.name, m.companies, m.places) for m in d.municipalities][0] == ("Tromsø", 3, 5)
    assert [(t.trade, t.places) for t in d.trades] == [("Elektrikerfaget", 3), ("Tømrerfaget", 2)]
    assert d.weekly.hunter_total(world.kari) == 3 and d.weekly.hunter_total(world.aslak) == 2
    assert d.weekly.counts[(world.kari, (2025, 24))] == 2  # 10 and 12 June 2025: ISO week 24
    kari, team = sorted(d.goals, key=lambda g: g.scope)
    assert (kari.visits, kari.agreements, kari.places) == (2, 2, 3)
    # Team Nord Jun–Sep: Kari 3 visits + Ola 3; agreements Tinden, Ishavskraft, Harstad; places 2+3.
    assert (team.visits, team.agreements, team.places) == (6, 3, 5)


def test_exports_write_typed_cells(tmp_path: Path) -> None:
    cols = [Column("when", "Dato", ColumnKind.DATETIME), Column("day", "Dag", ColumnKind.DATE),
            Column("name", "Bedrift"), Column("n", "Plasser", ColumnKind.INT),
            Column("share", "Andel", ColumnKind.PERCENT)]
    rows = [(datetime(2025, 6, 12, 8, 30, tzinfo=UTC), date(2025, 6, 12), "Tinden Bygg AS", 3, 0.25),
            (None, None, "Ærlig Øl AS", 0, None)]
    xlsx = tmp_path / "t.xlsx"
    assert export_xlsx(Table("Besøk", cols, rows, 2), xlsx) == 2
    ws = openpyxl.load_workbook(xlsx).active
    assert [c.value for c in ws[1]] == ["Dato", "Dag", "Bedrift", "Plasser", "Andel"]
    assert ws["A1"].font.bold
    assert ws["A2"].value == datetime(2025, 6, 12, 10, 30)  # Oslo summer time
    assert ws["B2"].is_date and ws["B2"].value.date() == date(2025, 6, 12)
    assert ws["D2"].value == 3 and ws["E2"].value == 0.25 and ws["C3"].value == "Ærlig Øl AS"
    assert ws.column_dimensions["C"].width >= 18
    csv_path = tmp_path / "t.csv"
    export_csv(Table("Besøk", cols, rows, 2), csv_path)
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1] == "2025-06-12 10:30;2025-06-12;Tinden Bygg AS;3;25,0 %"


def test_company_filter_by_trade_with_norwegian_letters(store: Store, world: World) -> None:
    from lpj_desktop.services.companies import search_companies
    with store.session() as s:
        s.get(Company, world.companies["Polar Rør AS"]).approved_trades = ["Rørleggerfaget"]
    with store.reader() as s:
        assert [c.name for c in search_companies(s, CompanyQuery(trade="Rørleggerfaget"))] == ["Polar Rør AS"]


def test_a_removed_target_is_not_put_back_silently(store: Store, world: World) -> None:
    from lpj_desktop.services.campaigns import add_targets, remove_target
    with store.session() as s:
        camp = s.get(Campaign, world.campaign_id)
        assert remove_target(s, camp, world.companies["Tinden Bygg AS"])
        result = add_targets(s, camp, [world.companies["Tinden Bygg AS"], world.companies["Vardø Fisk AS"]],
                             "filter")
    assert (result.added, result.already, result.removed_before) == (1, 0, 1)
