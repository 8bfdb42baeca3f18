from lpj_desktop.domain import regions


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
