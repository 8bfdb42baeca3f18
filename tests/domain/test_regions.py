import csv

import pytest

from lpj_desktop.domain import regions
from lpj_desktop.resources import resource


def test_2024_split_maps_every_old_troms_og_finnmark_municipality() -> None:
    table = regions.renumbering()
    assert len(table) == 39
    assert table["5401"] == "5501"  # Tromsø
    assert table["5403"] == "5601"  # Alta
    assert table["5404"] == "5634"  # Vardø
    assert table["5414"] == "5516"  # Gratangen, which gained its Sami name in 2024
    assert all(new[:2] in ("55", "56") for new in table.values())
    assert len(set(table.values())) == 39  # one to one


def test_old_numbers_resolve_to_todays_municipality_and_county() -> None:
    m = regions.municipality("5402")
    assert m is not None and m.number == "5503" and m.name == "Harstad"
    assert m.full_name == "Harstad - Hárstták"
    assert regions.county_of("5403") == "56"
    assert regions.county_of("5501") == "55"
    assert regions.county_of("0301") == "03"
    assert regions.municipality("1234") is None


def test_sami_and_kven_names_are_kept() -> None:
    m = regions.municipality("5610")
    assert m is not None and m.full_name == "Kárášjohka - Karasjok"


def test_municipalities_in_counties_lists_only_current_numbers() -> None:
    found = regions.municipalities_in({"55", "56"})
    assert len(found) == 39
    assert not any(m.number.startswith("54") for m in found)


# --- every official name -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "number"), [
    # The names a new user searched for and could not find, and their Sami forms.
    ("Karasjok", "5610"), ("Kárášjohka", "5610"), ("karasjok", "5610"), ("KÁRÁŠJOHKA", "5610"),
    ("Karasjohka", "5610"),  # without the accents
    ("Kautokeino", "5612"), ("Guovdageaidnu", "5612"),
    ("Tjeldsund", "5512"), ("Dielddanuorri", "5512"),
    ("Nesseby", "5636"), ("Unjárga", "5636"), ("Unjarga", "5636"),
    ("Lavangen", "5518"), ("Loabák", "5518"),
    ("Kåfjord", "5540"), ("Gáivuotna", "5540"), ("Kaivuono", "5540"), ("Kafjord", "5540"),
    # Kven names too, and a Sami letter typed without its mark.
    ("Porsanger", "5622"), ("Porsáŋgu", "5622"), ("Porsangu", "5622"), ("Porsanki", "5622"),
    ("Porsángu", "5622"),  # as SSB's code list spells it
    ("Storfjord", "5538"), ("Omasvuotna", "5538"), ("Omasvuono", "5538"),
    ("Nordreisa", "5544"), ("Ráisa", "5544"), ("Raisi", "5544"),
    ("Lyngen", "5536"), ("Ivgu", "5536"), ("Yykeä", "5536"),
    ("Harstad", "5503"), ("Hárstták", "5503"), ("Hammerfest", "5603"), ("Hámmerfeasta", "5603"),
    ("Tana", "5628"), ("Deatnu", "5628"), ("Gratangen", "5516"), ("Rivtták", "5516"),
    ("Tromsø", "5501"), ("tromso", "5501"), ("Alta", "5601"), ("Sør-Varanger", "5605"),
    # Lule and Southern Sami names elsewhere.
    ("Hábmer", "1875"), ("Fuossko", "1841"), ("Aarborte", "1826"), ("Tråante", "5001"),
    # The combined forms, SSB's and the label, and numbers old and new.
    ("Kárášjohka - Karasjok", "5610"), ("Karasjok – Kárášjohka", "5610"),
    ("5610", "5610"), ("5437", "5610"), ("  Karasjok ", "5610"),
])
def test_a_municipality_is_found_by_every_official_name(text: str, number: str) -> None:
    found = regions.find_municipality(text)
    assert found is not None and found.number == number


@pytest.mark.parametrize(("text", "number"), [
    ("Troms", "55"), ("Romsa", "55"), ("Tromssa", "55"), ("romsa", "55"),
    ("Finnmark", "56"), ("Finnmárku", "56"), ("Finmarkku", "56"), ("Finnmarku", "56"),
    ("Nordland", "18"), ("Nordlánnda", "18"), ("Trøndelag", "50"), ("Trööndelage", "50"),
    ("Troms – Romsa – Tromssa", "55"), ("56", "56"),
])
def test_a_county_is_found_by_every_official_name(text: str, number: str) -> None:
    found = regions.find_county(text)
    assert found is not None and found.number == number


def test_unknown_and_shared_names_find_nothing_for_sure() -> None:
    assert regions.find_municipality("Atlantis") is None
    assert regions.find_municipality("9876") is None
    assert regions.find_municipality("") is None
    # Two municipalities are called Herøy: the name alone is not enough, with its county it is.
    assert [m.number for m in regions.municipalities_named("Herøy")] == ["1515", "1818"]
    assert regions.find_municipality("Herøy") is None
    found = regions.find_municipality("Herøy (Nordland)")
    assert found is not None and found.number == "1818"
    # A name written exactly wins over one that only matches without accents.
    assert [m.number for m in regions.municipalities_named("Bø")] == ["1867"]
    # Counties are not municipalities and the other way round.
    assert regions.find_municipality("Finnmárku") is None and regions.find_county("Karasjok") is None


def test_the_norwegian_name_comes_first_whatever_order_ssb_writes() -> None:
    m = regions.municipality("5610")
    assert m is not None
    assert m.name == "Karasjok" and m.names == ("Karasjok", "Kárášjohka")
    assert m.full_name == "Kárášjohka - Karasjok"  # SSB's own order is kept as it was read


def test_labels_show_all_names_norwegian_then_sami_then_kven() -> None:
    assert regions.municipality_label("5610") == "Karasjok – Kárášjohka"
    assert regions.municipality_label("5437") == "Karasjok – Kárášjohka"  # the old number too
    assert regions.municipality_label("5612") == "Kautokeino – Guovdageaidnu"
    assert regions.municipality_label("5540") == "Kåfjord – Gáivuotna – Kaivuono"
    assert regions.municipality_label("5622") == "Porsanger – Porsáŋgu – Porsanki"
    assert regions.municipality_label("1875") == "Hamarøy – Hábmer"
    assert regions.municipality_label("5501") == "Tromsø"
    assert regions.municipality_label("9876", "Stored Name") == "Stored Name"
    assert regions.municipality_label(None) == ""
    assert regions.county_label("55") == "Troms – Romsa – Tromssa"
    assert regions.county_label("56") == "Finnmark – Finnmárku – Finmarkku"
    assert regions.county_label("54") == "Troms og Finnmark – Romsa ja Finnmárku – Tromssa ja Finmarkku"
    m, c = regions.municipality("5612"), regions.county("56")
    assert m is not None and c is not None
    assert m.label == regions.municipality_label("5612") and c.label == regions.county_label("56")
    assert regions.multi_name_labels()["5430"] == "Kautokeino – Guovdageaidnu"
    assert "5501" not in regions.multi_name_labels()


def _ssb_rows(year: int) -> list[tuple[str, str]]:
    with resource("codelists", f"regions-{year}.csv").open(encoding="utf-8", newline="") as fh:
        return [(row["path"].replace(".", ""), row["name"]) for row in csv.DictReader(fh)]


@pytest.mark.parametrize("year", [2023, 2024])
def test_every_name_in_the_code_lists_has_its_language(year: int) -> None:
    """region-names.csv knows every region SSB gives several names, and each of SSB's names finds
    the region: otherwise a label would not know which name is Norwegian."""
    # 2023's names count where 2024 has no region of that number (54 and 54xx): Røros's Southern
    # Sami name, for one, changed from Rosse to Rossen in 2024.
    later = {number for number, _ in _ssb_rows(2024)} if year == 2023 else set()
    for number, full in _ssb_rows(year):
        parts = regions.split_names(full)
        if len(parts) < 2 or number in later:
            continue
        region = regions.county(number) if len(number) == 2 else regions.municipality(number)
        assert region is not None and len(region.names) >= len(parts), full
        assert {regions.fold(p) for p in parts} <= {regions.fold(n) for n in region.names}, full
        if year == 2024 and number != "54":
            find = regions.find_county if len(number) == 2 else regions.find_municipality
            for part in parts:
                found = find(part)
                assert found is not None and found.number == number, part


def test_search_words_stand_for_the_places_they_name() -> None:
    assert regions.search_regions("Karasjok").municipalities == {"5610"}
    assert regions.search_regions("kárášjohka").municipalities == {"5610"}
    assert regions.search_regions("Guovda").municipalities == {"5612"}  # part of a name, as typed
    assert regions.search_regions("Finnmárku").counties == {"56"}
    assert regions.search_regions("Romsa").counties == {"55"}
    assert regions.search_regions("Troms") == regions.RegionHits(frozenset({"5501"}), frozenset({"55"}))
    assert regions.search_regions("Bø").municipalities == {"1867"}  # short words: whole names only
    # Letters left out match names that have them; letters typed count.
    assert regions.search_regions("karasj").municipalities == {"5610"}
    assert {"1845", "1870", "5605"} <= regions.search_regions("sor").municipalities
    assert {"1845", "5605"} <= regions.search_regions("Sør").municipalities
    assert "1870" not in regions.search_regions("Sør").municipalities  # Sortland
    assert regions.search_regions("Porsángu").municipalities == {"5622"}  # SSB's spelling: no exact match
    assert not regions.search_regions("Elektro")
