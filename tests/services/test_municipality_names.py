"""Municipalities by every official name: search, adding a company, and how lists show them.

The store is the real register sample, plus what an older app left behind: companies whose stored
municipality name is only the Sami form ("Kárášjohka"), one of them under the old number 5437.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import VisitDraft
from lpj_desktop.importers.brreg import import_register
from lpj_desktop.services import companies
from lpj_desktop.services.companies import (
    CompanyInputError,
    CompanyQuery,
    add_company_by_hand,
    count_companies,
    search_companies,
    search_companies_after,
)
from lpj_desktop.services.history import VisitHistoryQuery, history_page
from lpj_desktop.services.profile import set_profile
from lpj_desktop.services.visit_export import visit_rows
from lpj_desktop.services.visits import record_visit
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Company

# Companies of the sample in Karasjok: the first two are made to look stored by an older app.
KARASJOK = {"991116834", "969299739", "928684385", "927075490"}


def _in_sample(sample: Path, number: str) -> set[str]:
    with sample.open(encoding="utf-8", newline="") as fh:
        return {r["organisasjonsnummer"] for r in csv.DictReader(fh)
                if r["forretningsadresse.kommunenummer"] == number}


@pytest.fixture
def register(store: Store, brreg_sample: Path) -> Store:
    import_register(store, brreg_sample)
    assert _in_sample(brreg_sample, "5610") == KARASJOK
    with store.engine.begin() as conn:  # as an older app stored them (the search index follows)
        conn.exec_driver_sql("UPDATE company SET municipality_name = 'Kárášjohka' WHERE orgnr = '991116834'")
        conn.exec_driver_sql("UPDATE company SET municipality_name = 'Kárášjohka', "
                             "municipality_number = '5437', county_number = '54' WHERE orgnr = '969299739'")
        conn.exec_driver_sql("UPDATE company SET municipality_name = 'Guovdageaidnu' "
                             "WHERE orgnr = '976559010'")
    return store


def _found(store: Store, text: str, **query: object) -> set[str]:
    with store.reader() as s:
        q = CompanyQuery(text=text, **query)  # type: ignore[arg-type]
        rows = search_companies(s, q, limit=1000)
        assert count_companies(s, q) == len(rows)
        return {r.orgnr for r in rows if r.orgnr}


def test_search_finds_companies_in_karasjok_by_norwegian_and_sami_name(register: Store) -> None:
    for text in ("Karasjok", "Kárášjohka", "karasjok", "KÁRÁŠJOHKA", "Karasjohka",
                 "Kárášjohka - Karasjok", "Karasjok – Kárášjohka"):
        assert _found(register, text) == KARASJOK, text


@pytest.mark.parametrize(("texts", "number"), [
    (("Kautokeino", "Guovdageaidnu", "guovda"), "5612"),
    (("Nesseby", "Unjárga"), "5636"),
    (("Tjeldsund", "Dielddanuorri"), "5512"),
    (("Kåfjord", "Gáivuotna", "Kaivuono"), "5540"),
    (("Nordreisa", "Ráisa", "Raisi"), "5544"),
    (("Porsanger", "Porsáŋgu", "Porsanki"), "5622"),
    (("Harstad", "Hárstták"), "5503"),
    (("Vadsø", "Vadso"), "5607"),
])
def test_every_name_of_a_municipality_finds_all_its_companies(register: Store, brreg_sample: Path,
                                                               texts: tuple[str, ...], number: str) -> None:
    expected = _in_sample(brreg_sample, number)
    assert expected
    for text in texts:
        assert expected <= _found(register, text), text


def test_county_names_find_the_county_and_words_still_narrow(register: Store, brreg_sample: Path) -> None:
    finnmark = {o for n in ("5601", "5603", "5605", "5607", "5610", "5612", "5618", "5620", "5622",
                            "5624", "5628", "5632", "5636") for o in _in_sample(brreg_sample, n)}
    assert _found(register, "Finnmárku") == finnmark == _found(register, "Finmarkku")
    assert _found(register, "Finnmark") >= finnmark
    # A place word and a name word: both must match.
    assert _found(register, "Karasjok sønner") == {"928684385"}
    assert _found(register, "sønner Kárášjohka") == {"928684385"}
    assert _found(register, "Kautokeino stiftelsen") == {"982745608"}
    # A place name in a company's name still finds the company wherever it is.
    assert "983974880" in _found(register, "Finnmarkssykehuset")
    # Filters and place words together.
    assert _found(register, "Karasjok", municipalities={"5610"}) == KARASJOK


def test_place_search_gives_the_same_page_whichever_plan_it_takes(
        register: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    pages = {}
    for threshold in (10**9, 1):  # sort the matches / walk the name index
        monkeypatch.setattr(companies, "WALK_NAME_INDEX_FROM", threshold)
        with register.reader() as s:
            for text in ("Karasjok", "Guovdageaidnu", "Troms", "as Finnmárku", "Sør Varanger", "Hå"):
                rows = search_companies(s, CompanyQuery(text=text), limit=50)
                pages[threshold, text] = [r.id for r in rows]
    for (_threshold, text), ids in pages.items():
        assert ids == pages[10**9, text], text
    assert len(pages[1, "Troms"]) == 50
    with register.reader() as s:
        karasjok = {c.id for c in s.scalars(select(Company).where(Company.orgnr.in_(KARASJOK)))}
    assert set(pages[1, "Karasjok"]) == karasjok


def test_lists_show_every_name_and_sort_by_what_they_show(register: Store) -> None:
    with register.reader() as s:
        rows = search_companies(s, CompanyQuery(sort="municipality"), limit=1000)
        labels = [r.municipality_label for r in rows]
        assert labels == sorted(labels)
        by_orgnr = {r.orgnr: r.municipality_label for r in rows}
        assert {by_orgnr[o] for o in KARASJOK} == {"Karasjok – Kárášjohka"}
        assert by_orgnr["976559010"] == "Kautokeino – Guovdageaidnu"  # stored as "Guovdageaidnu"
        assert by_orgnr["958844387"] == "Tromsø"
        # Paging on from a row (keyset paging, on the shown text) gives the whole list once, in order.
        for descending in (False, True):
            query = CompanyQuery(sort="municipality", descending=descending)
            whole = [r.id for r in search_companies(s, query, limit=1000)]
            paged: list[str] = []
            after = None
            while True:
                page = search_companies_after(s, query, after, limit=17)
                paged.extend(r.id for r in page)
                if len(page) < 17:
                    break
                after = page[-1]
            assert paged == whole and len(whole) == len(rows)


@pytest.mark.parametrize("typed", ["Karasjok", "karasjok", "Kárášjohka", "Karasjohka", "KARASJOK",
                                   "5610", "5437", "Karasjok – Kárášjohka", " Kárášjohka - Karasjok "])
def test_add_company_accepts_any_official_name(store: Store, typed: str) -> None:
    with store.session() as s:
        c = add_company_by_hand(s, name="Ny Verksted AS", municipality=typed)
        assert (c.municipality_number, c.municipality_name, c.county_number) == ("5610", "Karasjok", "56")
    with store.reader() as s:
        assert s.scalar(select(Company.name).where(Company.municipality_number == "5610")) == "Ny Verksted AS"
        assert [r.name for r in search_companies(s, CompanyQuery(text="Kárášjohka"))] == ["Ny Verksted AS"]


@pytest.mark.parametrize(("typed", "key"), [("Herøy", "municipality_ambiguous"),
                                            ("Atlantis", "municipality_unknown"),
                                            ("1234", "municipality_unknown")])
def test_add_company_refuses_unknown_and_shared_names(store: Store, typed: str, key: str) -> None:
    with store.session() as s, pytest.raises(CompanyInputError) as err:
        add_company_by_hand(s, name="Ny Verksted AS", municipality=typed)
    assert (err.value.field, err.value.key) == ("municipality_number", key)


def test_history_and_exports_show_every_name(register: Store) -> None:
    when = datetime.now(UTC) - timedelta(days=1)
    with register.session() as s:
        me = set_profile(s, display_name="Ida Hansen", organisation="OK Nord", team="Nord").user_id
        company = s.scalar(select(Company).where(Company.orgnr == "969299739"))  # stored under 5437
        assert company is not None
        record_visit(s, VisitDraft(company_id=company.id, occurred_at=when, channel=Channel.VISIT,
                                   outcome=Outcome.WANTS_INFORMATION), me)
    with register.reader() as s:
        for text in ("Karasjok", "Kárášjohka"):
            rows = history_page(s, VisitHistoryQuery(text=text))
            assert [(r.orgnr, r.municipality) for r in rows] == [("969299739", "Karasjok – Kárášjohka")]
        exported = list(visit_rows(s))
        assert [row[3] for row in exported] == ["Karasjok – Kárášjohka"]
