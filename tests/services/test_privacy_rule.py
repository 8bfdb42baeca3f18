"""The privacy guard is a rule of the services: every path that writes a note meets it, and it
matches whole words, so everyday words that contain a health word are no alarm."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lpj_desktop.cli.main import main as lpj
from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.fnr import find_health_words
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.privacy import SensitiveText
from lpj_desktop.domain.visit_draft import VisitDraft
from lpj_desktop.services.companies import add_company_by_hand, update_hunter_fields
from lpj_desktop.services.notes import add_note
from lpj_desktop.services.profile import get_profile
from lpj_desktop.services.visits import InvalidVisit, correct_visit, record_visit

SENSITIVE = "Lærlingen 15059010023 har diagnose og er sykemeldt"


@pytest.mark.parametrize("text", [
    "Vi drakk brus og snakket om lærlinger", "Saksbehandling hos fylket tar tid",
    "Behandling av søknaden om godkjenning", "Russland-ordre gir mye arbeid", "Sykkelverksted i Alta",
    "Medisinsk utstyr selges her", "Angstrom-måling"])
def test_everyday_words_are_no_alarm(text: str) -> None:
    assert find_health_words(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("Har diagnose ADHD", ["diagnose", "adhd"]), ("Rusproblemer i familien", ["rusproblemer"]),
    ("sykdommen kom tilbake", ["sykdommen"]), ("Han er syk", ["syk"]), ("Er gravid", ["gravid"]),
    ("medisinsk behandling i høst", ["medisinsk behandling"])])
def test_health_words_in_their_forms(text: str, found: list[str]) -> None:
    assert find_health_words(text) == found


def _draft(company_id: str, notes: str) -> VisitDraft:
    return VisitDraft(company_id=company_id, occurred_at=datetime.now(UTC), channel=Channel.PHONE,
                      outcome=Outcome.WANTS_INFORMATION, notes=notes)


def test_every_service_guards_and_a_person_may_save_anyway(store) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        me = get_profile(s).user_id
        company = add_company_by_hand(s, name="Nord AS")
        with pytest.raises(SensitiveText) as e:
            record_visit(s, _draft(company.id, SENSITIVE), me)
        assert e.value.findings.numbers == ["15059010023"]
        assert {"diagnose", "sykemeldt"} <= set(e.value.findings.words)
        with pytest.raises(SensitiveText):
            add_note(s, company.id, me, SENSITIVE)
        with pytest.raises(SensitiveText):
            update_hunter_fields(s, company, hunter_notes=SENSITIVE)
        saved = record_visit(s, _draft(company.id, SENSITIVE), me, allow_sensitive=True)
        assert saved.visit.notes == SENSITIVE


def test_only_the_author_corrects_a_visit(store) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        me = get_profile(s).user_id
        company = add_company_by_hand(s, name="Nord AS")
        visit = record_visit(s, _draft(company.id, "Ringte"), "someone-else").visit
        with pytest.raises(InvalidVisit) as e:
            correct_visit(s, visit, _draft(company.id, "Mitt"), me)
        assert [p.key for p in e.value.problems] == ["visit_not_yours"]
        assert visit.notes == "Ringte"


def test_the_cli_refuses_without_a_terminal_and_saves_with_yes(capsys, tmp_path, brreg_sample) -> None:  # type: ignore[no-untyped-def]
    base = ["--data-dir", str(tmp_path)]
    assert lpj([*base, "import", "brreg", str(brreg_sample)]) == 0
    add = [*base, "visits", "add", "958844387", "--channel", "phone", "--outcome", "wants_information",
           "--notes", "… 15059010023 har diagnose …"]
    capsys.readouterr()
    assert lpj(add) == 2
    err = capsys.readouterr().err
    assert "fødselsnummer" in err and "helseopplysninger" in err and "--yes" in err
    assert lpj([*base, "export", "visits", "--format", "csv", str(tmp_path / "v.csv")]) == 0
    assert "Skrev 0 besøk" in capsys.readouterr().out
    assert lpj([*add, "--yes"]) == 0
