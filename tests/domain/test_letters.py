"""Letter templates as rules: the placeholder check, filling, reply codes, addresses, rendering."""

from __future__ import annotations

from datetime import date

from lpj_desktop.domain.codelists import trades_for_industry
from lpj_desktop.domain.letters import (
    PLACEHOLDERS,
    Language,
    LetterFacts,
    ProblemKind,
    Template,
    address_lines,
    default_body,
    fill,
    render,
    reply_code,
    template_problems,
    usable_email,
)


def facts(**changes: object) -> LetterFacts:
    base = dict(company_id="c1", company_name="ALTA ELEKTRO AS", orgnr="910000006",
                address=("Postboks 12", "9501 ALTA"), email="post@altaelektro.no", municipality="Alta",
                contact_name="Kari Hansen", trades=("Elektrikerfaget", "Automatiseringsfaget"),
                hunter_name="Aslak Sara", hunter_phone="+47 900 00 000", hunter_email="aslak@okn.no",
                organisation="Opplæringskontoret Nord", interest_address="https://okn.no/svar",
                reply_code="ABC-DEF", letter_date=date(2026, 12, 5))
    base.update(changes)
    return LetterFacts(**base)  # type: ignore[arg-type]


def test_unknown_placeholders_and_lone_braces_are_found_with_their_line() -> None:
    problems = template_problems("Hei {bedrift}", "Til {kontaktperson}\n\nHei {firma} og {fag\n{{ok}}")
    assert [(p.kind, p.part, p.line, p.text) for p in problems] == [
        (ProblemKind.UNKNOWN, "body", 3, "{firma}"),
        (ProblemKind.UNCLOSED, "body", 3, "{"),
    ]
    assert template_problems("", "x")[0].kind is ProblemKind.EMPTY


def test_the_shipped_templates_use_only_known_placeholders() -> None:
    for language in Language:
        assert template_problems("Emne {bedrift}", default_body(language)) == []


def test_fill_replaces_placeholders_and_keeps_escaped_braces() -> None:
    assert fill("{{x}} {bedrift} { svarkode }", {"bedrift": "A AS", "svarkode": "K"}) == "{x} A AS K"


def test_reply_code_is_stable_readable_and_differs_between_campaigns() -> None:
    code = reply_code("campaign-1", "company-1")
    assert code == reply_code("campaign-1", "company-1")
    assert code != reply_code("campaign-2", "company-1")
    assert len(code) == 7 and code[3] == "-"
    assert not set(code) & set("01IOL")


def test_address_lines_need_a_street_a_postcode_and_a_place() -> None:
    assert address_lines("Storgata 1/nBygg B", "9008", "Tromsø") == ("Storgata 1", "Bygg B", "9008 TROMSØ")
    assert address_lines("Storgata 1", "908", "Tromsø") is None
    assert address_lines("", "9008", "Tromsø") is None
    assert address_lines("Storgata 1", "9008", " ") is None


def test_usable_email_takes_the_first_address_that_is_one() -> None:
    assert usable_email("not an address", None, "post@firma.no") == "post@firma.no"
    assert usable_email(None, "") is None


def test_render_puts_the_contact_in_the_address_block_and_fills_the_text() -> None:
    letter = render(Template(Language.BOKMAL, "Kan {bedrift} ta inn en lærling?",
                             "\nTil {kontaktperson}\n\nFag: {fag}. Kode {svarkode}.\n\n"), facts())
    # The register's capitals are written as a name; trades in running text in small letters.
    assert letter.recipient == ("Alta Elektro AS", "v/ Kari Hansen", "Postboks 12", "9501 ALTA")
    assert letter.subject == "Kan Alta Elektro AS ta inn en lærling?"
    assert letter.lines == ("Til Kari Hansen", "",
                            "Fag: elektrikerfaget og automatiseringsfaget. Kode ABC-DEF.")
    assert letter.date_line == "5. desember 2026"
    assert letter.sender[0] == "Opplæringskontoret Nord"


def test_without_a_contact_the_letter_goes_to_the_manager_in_the_letters_language() -> None:
    nn = render(Template(Language.NYNORSK, "Emne", "Til {kontaktperson}, {fag}"),
                facts(contact_name=None, trades=()))
    assert nn.lines == ("Til dagleg leiar, fleire lærefag",)
    assert nn.recipient == ("Alta Elektro AS", "Postboks 12", "9501 ALTA")
    nb = render(Template(Language.BOKMAL, "Emne", "Til {kontaktperson}"),
                facts(contact_name=None, address=None))
    assert nb.lines == ("Til daglig leder",) and nb.recipient == ()


def test_every_placeholder_has_a_value() -> None:
    letter = render(Template(Language.BOKMAL, "x", " ".join(f"{{{k}}}" for k in PLACEHOLDERS)), facts())
    assert "{" not in letter.lines[0]


def test_trades_follow_the_most_specific_industry_code() -> None:
    assert trades_for_industry("43.210")[0] == "Elektrikerfaget"
    assert "Rørleggerfaget" in trades_for_industry("43.220")
    assert trades_for_industry("00.000", None, "") == ()
    # Several codes: each one's trades, without doubles.
    both = trades_for_industry("56.101", "55.101")
    assert both.count("Kokkfaget") == 1 and "Reiselivsfaget" in both


def test_names_in_capitals_are_written_as_names() -> None:
    from lpj_desktop.domain.letters import name_as_written, trade_in_text

    assert name_as_written("NORD-TROMS BYGG OG ANLEGG AS") == "Nord-Troms Bygg og Anlegg AS"
    assert name_as_written("ALTA VVS 2 AS") == "Alta VVS 2 AS"
    assert name_as_written("Kari's Frisør") == "Kari's Frisør"
    assert trade_in_text("Tømrerfaget") == "tømrerfaget"
    assert trade_in_text("IT-utviklerfaget") == "IT-utviklerfaget"


def test_empty_fields_names_what_the_letter_would_leave_blank() -> None:
    from lpj_desktop.domain.letters import empty_fields

    body = "{organisasjon} hjelper {bedrift}.\nMeld interesse på {interesseadresse}, {organisasjon}."
    values = {"organisasjon": "", "bedrift": "Alta Bygg AS", "interesseadresse": "  "}
    assert empty_fields("Til {bedrift}", body, values) == ["organisasjon", "interesseadresse"]
    assert empty_fields("Til {bedrift}", "{{organisasjon}}", values) == []
