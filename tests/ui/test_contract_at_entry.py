"""The contract's limits and allowed values are refused at entry, in words, on every path: the
visit form, the services, the CLI, and the last guard where every synced write goes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from lpj_desktop.cli.main import main as lpj
from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import VisitDraft
from lpj_desktop.services import changes
from lpj_desktop.services.companies import CompanyInputError, add_company_by_hand, update_hunter_fields
from lpj_desktop.services.contacts import ContactInput, contact_problems
from lpj_desktop.services.notes import NoteError, add_note
from lpj_desktop.services.profile import get_profile
from lpj_desktop.services.visits import InvalidVisit, record_event, record_visit
from lpj_desktop.store.models import Visit
from sync.entities import MAX_TEXT

LONG = "Lang tekst. " * 10_000  # 120 kB


def test_services_refuse_in_their_own_words(store) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        me = get_profile(s).user_id
        company = add_company_by_hand(s, name="Nord AS")
        with pytest.raises(InvalidVisit) as e:
            record_visit(s, VisitDraft(company_id=company.id, occurred_at=datetime.now(UTC),
                                       channel=Channel.PHONE, outcome=Outcome.NOT_REACHED, notes=LONG), me)
        assert [(p.field, p.key, p.limit) for p in e.value.problems] == [("notes", "text_too_long", MAX_TEXT)]
        with pytest.raises(NoteError) as n:
            add_note(s, company.id, me, LONG)
        assert (n.value.key, n.value.limit) == ("text_too_long", MAX_TEXT)
        with pytest.raises(CompanyInputError) as c:
            update_hunter_fields(s, company, lb_status="not_relevant")
        assert (c.value.field, c.value.key) == ("lb_status", "not_allowed")
        with pytest.raises(InvalidVisit):
            record_event(s, name="Messe", kind="market_day", occurred_at=datetime.now(UTC), hunter_id=me,
                         company_ids=[company.id], outcome=Outcome.WANTS_INFORMATION, notes=LONG)
        assert [p.key for p in contact_problems(ContactInput("K" * 201))] == ["text_too_long"]
        with pytest.raises(changes.ContractViolation):  # the last guard, for any other path
            changes.create(s, Visit(company_id=company.id, hunter_id=me, occurred_at=datetime.now(UTC),
                                    channel="pigeon", outcome="bogus"))


def test_the_cli_refuses_a_long_note_in_words(capsys, tmp_path, brreg_sample) -> None:  # type: ignore[no-untyped-def]
    base = ["--data-dir", str(tmp_path)]
    assert lpj([*base, "import", "brreg", str(brreg_sample)]) == 0
    capsys.readouterr()
    assert lpj([*base, "visits", "add", "958844387", "--channel", "phone", "--outcome", "not_reached",
                "--notes", LONG]) == 2
    err = capsys.readouterr().err
    assert "Teksten er for lang: høyst 20000 tegn." in err


def test_the_visit_form_says_it_under_the_notes(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    d = window.open_visit_dialog(seeded[2]["Alta Elektro AS"])
    d.outcome.setCurrentIndex(d.outcome.findData("not_reached"))
    d.notes.setPlainText(LONG)
    qtbot.keyClick(d.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert d.isVisible()
    assert d.errors["notes"].text() == "Teksten er for lang: høyst 20\u00a0000 tegn."
