from lpj_desktop.domain.fnr import find_fodselsnummer, find_health_words, is_fodselsnummer


def test_known_synthetic_numbers() -> None:
    # Synthetic test numbers published by Skatteetaten-style generators (valid checksums).
    assert is_fodselsnummer("01010750160")
    assert not is_fodselsnummer("01010750161")
    assert not is_fodselsnummer("0101075016")


def test_found_inside_text_with_or_without_space() -> None:
    assert find_fodselsnummer("Lærling 010107 50160 ringte") == ["010107 50160"]
    assert find_fodselsnummer("nr 01010750160.") == ["01010750160"]
    assert find_fodselsnummer("orgnr 927717468 og tlf 77123456") == []


def test_health_words() -> None:
    assert "diagnose" in find_health_words("Har en diagnose som gjør ...")
    assert find_health_words("Interessert i to lærlinger i elektrikerfaget") == []
