"""Campaign letters through the real service on a real store, with every output read back: the print
PDF (text per page, the address block inside the envelope window), per-company PDFs, the .eml
drafts (email.parser), the mailing CSV (csv) and the targets marked with date and channel."""

from __future__ import annotations

import csv
from datetime import date
from email import policy
from email.parser import Parser
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from lpj_desktop.domain.letters import Language, default_body
from lpj_desktop.paths import AppPaths
from lpj_desktop.services.campaigns import campaign_overview
from lpj_desktop.services.letters import (
    LetterDraft,
    LetterRequest,
    LetterTemplateError,
    Output,
    campaign_senders,
    preview_letter,
    produce_letters,
    save_sender,
    save_template,
    target_choices,
    template_drafts,
    templates,
)
from lpj_desktop.services.use import read, write
from lpj_desktop.store.database import Store, open_store
from lpj_desktop.store.models import CampaignTarget, Company, OutboxMutation
from tests.staff.conftest import ADDRESSES, World

MM = 72 / 25.4
PAGE_H = 297 * MM
ON = date(2026, 12, 5)
ALL = frozenset(Output)

def draft(body: str | None = None, language: Language = Language.BOKMAL) -> LetterDraft:
    return LetterDraft(
        name="Høsten 2026", language=language, subject="Kan {bedrift} ta inn en lærling?",
        body=body if body is not None else default_body(language),
        organisation="Opplæringskontoret Nord", interest_address="https://okn.no/laerling",
        sender_name="Siri Stab", sender_phone="77 00 00 00", sender_email="post@okn.no")


def produce(store: Store, world: World, tmp_path: Path, outputs: frozenset[Output] = ALL,
            **kw: object) -> object:
    request = LetterRequest(world.campaign_id, draft(), outputs, tmp_path / "ut", ON)
    return produce_letters(store, request, **kw)  # type: ignore[arg-type]


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_print_pdf_has_one_letter_per_target_with_an_address(store: Store, letters_world: World,
                                                            tmp_path: Path) -> None:
    result = produce(store, letters_world, tmp_path)
    assert not result.cancelled and result.folder is not None
    pdfs = list(result.folder.glob("brev-*.pdf"))
    assert len(pdfs) == 1
    texts = page_texts(pdfs[0])
    assert result.printed == 4 and result.pages == len(texts) == 4
    # Sorted by postcode: Tromsø 9006, 9008, Bardufoss 9325, Harstad 9405.
    firsts = [t for t in texts if "Side 1 av" in t]
    assert [next(n for n in ADDRESSES if n in t) for t in firsts] == [
        "Ishavskraft Elektro AS", "Polar Rør AS", "Tinden Bygg AS", "Harstad Mek AS"]
    tinden = next(t for t in texts if "Tinden Bygg AS" in t)
    # The fagansvarlig before the daglig leder; the hunter's own phone and e-mail; the trades.
    assert "v/ Kari Fag" in tinden and "Til Kari Fag" in tinden
    assert "+47 911 11 111" in tinden and "kari@okn.no" in tinden
    assert "tømrerfaget" in tinden and "Side 1 av 1" in tinden
    assert "Svarkode:" in tinden and "5. desember 2026" in tinden
    polar = next(t for t in texts if "Polar Rør AS" in t)
    assert "rørleggerfaget" in polar and "v/ Nils Leder" in polar
    assert "9006 TROMSØ" in texts[0] and "Inngang B" in texts[0]


def test_the_address_block_sits_in_the_envelope_window(store: Store, letters_world: World,
                                                      tmp_path: Path) -> None:
    result = produce(store, letters_world, tmp_path, frozenset({Output.PRINT_PDF}))
    assert result.folder is not None
    reader = PdfReader(next(result.folder.glob("brev-*.pdf")))
    for page in reader.pages:
        placed: list[tuple[str, float, float]] = []

        page.extract_text(visitor_text=lambda text, cm, tm, font, size, into=placed: (
            into.append((text.strip(), tm[4], tm[5])) if text.strip() else None))
        # The postcode line of the address: 20–110 mm from the left, 45–90 mm from the top.
        post = next((x, y) for text, x, y in placed if text[:4].isdigit() and text[4:5] == " "
                    and text[5:].isupper())
        x_mm, top_mm = post[0] / MM, (PAGE_H - post[1]) / MM
        assert 20 <= x_mm <= 30, x_mm
        assert 45 <= top_mm <= 90, top_mm
        name_top = next((PAGE_H - y) / MM for text, _x, y in placed if text.endswith(" AS") and
                        text in ADDRESSES)
        assert 45 <= name_top < top_mm


def test_a_long_letter_takes_two_pages_numbered_per_letter(store: Store, letters_world: World,
                                                           tmp_path: Path) -> None:
    extra = "\n\n".join(["Et avsnitt til om fag og lærlinger. " * 8] * 8)
    long_body = default_body(Language.BOKMAL) + "\n" + extra
    request = LetterRequest(letters_world.campaign_id, draft(long_body), frozenset({Output.PRINT_PDF}),
                            tmp_path / "ut", ON)
    result = produce_letters(store, request)
    assert result.folder is not None
    texts = page_texts(next(result.folder.glob("brev-*.pdf")))
    assert result.pages == 8 and len(texts) == 8
    assert ["Side 1 av 2" in t for t in texts] == [True, False] * 4
    assert ["Side 2 av 2" in t for t in texts] == [False, True] * 4
    # The footer names the company on every page, so a dropped sheet finds its letter again.
    assert "Ishavskraft Elektro AS" in texts[1]


def test_companies_without_address_or_email_are_listed_not_skipped(store: Store, letters_world: World,
                                                                   tmp_path: Path) -> None:
    result = produce(store, letters_world, tmp_path)
    missing = {m.name: (m.reason, m.reached) for m in result.missing}
    assert missing == {
        "Alta Frisør AS": ("no_postal_address", True),
        "Finnmark Bil AS": ("no_address_or_email", False),
        "Ishavskraft Elektro AS": ("no_email", True),
    }
    assert result.folder is not None
    with next(result.folder.glob("uten-adresse-*.csv")).open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert {r["navn"]: r["mangler"] for r in rows}["Finnmark Bil AS"] == "postadresse og e-postadresse"


def test_email_drafts_parse_and_carry_the_letter(store: Store, letters_world: World, tmp_path: Path) -> None:
    result = produce(store, letters_world, tmp_path)
    assert result.folder is not None
    files = sorted((result.folder / "e-post").glob("*.eml"))
    assert result.emails == len(files) == 4
    messages = {}
    for file in files:
        # Read as a UTF-8 aware mail program does: an address like rør@polar.no is raw UTF-8 (RFC 6532).
        message = Parser(policy=policy.default).parsestr(file.read_bytes().decode("utf-8"))
        messages[message["To"].addresses[0].addr_spec] = message
    alta = messages["klipp@altafrisor.no"]
    assert alta["Subject"] == "Kan Alta Frisør AS ta inn en lærling?"
    assert alta["X-Unsent"] == "1"
    body = alta.get_body(("plain",)).get_content()
    assert "frisørfaget" in body and alta["X-LPJ-Reply-Code"] in body
    # No hunter's phone known for Aslak: the template's sender stands in.
    assert "77 00 00 00" in body
    tinden = messages["post@tindenbygg.no"]
    assert tinden["From"].addresses[0].addr_spec == "kari@okn.no"
    assert messages["rør@polar.no"]["Subject"] == "Kan Polar Rør AS ta inn en lærling?"


def test_mailing_csv_and_per_company_pdfs(store: Store, letters_world: World, tmp_path: Path) -> None:
    result = produce(store, letters_world, tmp_path)
    assert result.folder is not None
    with next(result.folder.glob("postutsending-*.csv")).open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert [r["postnummer"] for r in rows] == ["9006", "9008", "9325", "9405"]
    ishavet = rows[0]
    assert [ishavet[k] for k in ("navn", "adresse1", "adresse2", "poststed", "sider")] == [
        "Ishavskraft Elektro AS", "Strandvegen 101", "Inngang B", "TROMSØ", "1"]
    assert rows[2]["att"] == "Kari Fag" and len(rows[2]["svarkode"]) == 7
    singles = sorted((result.folder / "per-bedrift").glob("*.pdf"))
    assert len(singles) == 4
    assert all(len(PdfReader(p).pages) == 1 for p in singles)
    assert letters_world.orgnrs["Polar Rør AS"] in " ".join(p.name for p in singles)


def test_producing_marks_targets_with_date_and_channel_through_the_outbox(
        store: Store, letters_world: World, tmp_path: Path) -> None:
    result = produce(store, letters_world, tmp_path)
    assert (result.marked_letter, result.marked_email) == (4, 1)
    with store.reader() as s:
        marks = {cid: (d, ch) for cid, d, ch in s.execute(select(
            CampaignTarget.company_id, CampaignTarget.letter_sent_on, CampaignTarget.letter_channel).where(
            CampaignTarget.campaign_id == letters_world.campaign_id))}
        queued = [m.args["fields"] for m in s.scalars(select(OutboxMutation).where(
            OutboxMutation.entity == "campaign_target", OutboxMutation.name == "update"))]
    c = letters_world.companies
    assert marks[c["Tinden Bygg AS"]] == (ON, "letter")
    assert marks[c["Alta Frisør AS"]] == (ON, "email")
    assert marks[c["Finnmark Bil AS"]] == (None, None)
    assert {"letter_sent_on": "2026-12-05", "letter_channel": "email"} in queued


def test_cancelling_leaves_no_files_and_marks_nothing(store: Store, letters_world: World,
                                                      tmp_path: Path) -> None:
    reports: list[object] = []
    result = produce(store, letters_world, tmp_path, progress=reports.append, cancel=lambda: bool(reports))
    assert result.cancelled and result.folder is None
    assert list((tmp_path / "ut").iterdir()) == []
    with store.reader() as s:
        assert s.scalar(select(CampaignTarget.letter_sent_on).where(
            CampaignTarget.letter_sent_on.is_not(None))) is None


def test_templates_survive_a_restart_and_unknown_placeholders_are_refused(
        store: Store, world: World, paths: AppPaths) -> None:
    shipped = write(store, templates)
    assert {t.language for t in shipped} == {"nb", "nn"}
    saved = write(store, save_template, None, draft("Til {kontaktperson}\n{fag}"))
    with pytest.raises(LetterTemplateError) as refused:
        write(store, save_template, saved, draft("Hei {firma}"))
    assert refused.value.key == "template_invalid"
    assert refused.value.problems[0].text == "{firma}"
    with pytest.raises(LetterTemplateError) as taken:
        write(store, save_template, None, draft())
    assert taken.value.key == "name_taken"
    store.close()
    again = open_store(paths)
    try:
        names = {d.name: d.body for _id, d in read(again, template_drafts)}
        assert names["Høsten 2026"] == "Til {kontaktperson}\n{fag}"
        assert len(names) == 3
    finally:
        again.close()


def test_preview_and_senders(store: Store, letters_world: World) -> None:
    letter = read(store, preview_letter, letters_world.campaign_id, letters_world.companies["Polar Rør AS"],
                  draft(language=Language.NYNORSK, body=default_body(Language.NYNORSK)), ON)
    assert letter is not None and letter.lines[0] == "Til Nils Leder"
    assert read(store, preview_letter, letters_world.campaign_id, letters_world.companies["Vardø Fisk AS"],
                draft(), ON) is None
    senders = {s.name: s for s in read(store, campaign_senders, letters_world.campaign_id)}
    assert senders["Kari Nordmann"].phone == "+47 911 11 111" and senders["Kari Nordmann"].companies == 2
    assert senders["Aslak Sara"].email == ""
    with pytest.raises(LetterTemplateError):
        write(store, save_sender, letters_world.aslak, "abc", "")


def test_companies_no_longer_active_in_the_register_get_no_letter_and_are_listed(
        store: Store, letters_world: World, tmp_path: Path) -> None:
    c = letters_world.companies
    with store.session() as s:
        # As the register feed leaves them: Polar Rør bankrupt, Harstad Mek deleted from the register.
        polar, harstad = s.get(Company, c["Polar Rør AS"]), s.get(Company, c["Harstad Mek AS"])
        assert polar is not None and harstad is not None
        polar.bankrupt = True
        harstad.deregistered_on = date(2026, 11, 12)
    result = produce(store, letters_world, tmp_path)
    assert result.folder is not None
    texts = page_texts(next(result.folder.glob("brev-*.pdf")))
    assert result.printed == len(texts) == 2
    for text in texts:  # no page of the print run is for a company that is gone
        assert "Polar Rør AS" not in text and "Harstad Mek AS" not in text
    singles = " ".join(p.name for p in (result.folder / "per-bedrift").iterdir())
    assert "polar" not in singles and "harstad" not in singles and "tinden" in singles
    assert {p.name.split("-")[0] for p in (result.folder / "e-post").glob("*.eml")} == {
        letters_world.orgnrs["Tinden Bygg AS"], letters_world.orgnrs["Alta Frisør AS"]}
    missing = {m.name: (m.reason, m.reached) for m in result.missing}
    assert missing["Polar Rør AS"] == ("bankrupt", False)
    assert missing["Harstad Mek AS"] == ("deregistered", False)
    with next(result.folder.glob("ikke-sendt-*.csv")).open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert [(r["navn"], r["ikke_sendt_fordi"]) for r in rows] == [
        ("Harstad Mek AS", "slettet fra Enhetsregisteret 12.11.2026"),
        ("Polar Rør AS", "konkurs registrert i Enhetsregisteret"),
        ("Finnmark Bil AS", "mangler både postadresse og e-postadresse"),
    ]
    assert rows[1]["orgnr"] == letters_world.orgnrs["Polar Rør AS"]
    with next(result.folder.glob("uten-adresse-*.csv")).open(encoding="utf-8-sig", newline="") as fh:
        assert "Polar Rør AS" not in {r["navn"] for r in csv.DictReader(fh, delimiter=";")}
    with store.reader() as s:
        marked = dict(s.execute(select(CampaignTarget.company_id, CampaignTarget.letter_sent_on).where(
            CampaignTarget.campaign_id == letters_world.campaign_id)).all())
    assert marked[c["Polar Rør AS"]] is None and marked[c["Harstad Mek AS"]] is None
    assert marked[c["Tinden Bygg AS"]] == ON
    # The preview's list says which targets are gone; the campaign page lists them by name.
    choices = {t.name: t.inactive for t in read(store, target_choices, letters_world.campaign_id)}
    assert choices["Polar Rør AS"] == "bankrupt" and choices["Tinden Bygg AS"] is None
    overview = read(store, campaign_overview, letters_world.campaign_id)
    assert overview is not None
    assert [(t.name, t.kind.value) for t in overview.inactive] == [
        ("Harstad Mek AS", "deregistered"), ("Polar Rør AS", "bankrupt")]


def test_for_a_double_sided_printer_every_letter_starts_on_the_front_of_a_sheet(
        store: Store, letters_world: World, tmp_path: Path) -> None:
    outputs = frozenset({Output.PRINT_PDF, Output.MAILING_CSV})
    request = LetterRequest(letters_world.campaign_id, draft(), outputs, tmp_path / "ut", ON, duplex=True)
    result = produce_letters(store, request)
    assert result.folder is not None
    texts = page_texts(next(result.folder.glob("brev-*.pdf")))
    # Four one-page letters, each followed by the blank back of its sheet.
    assert result.printed == 4 and result.pages == len(texts) == 8 and result.blank_pages == 4
    assert ["Side 1 av 1" in t for t in texts] == [True, False] * 4
    assert all(not t.strip() for t in texts[1::2])
    with next(result.folder.glob("postutsending-*.csv")).open(encoding="utf-8-sig", newline="") as fh:
        assert {r["sider"] for r in csv.DictReader(fh, delimiter=";")} == {"1"}  # the letter's own pages
    # Two-page letters fill their sheet: nothing is added.
    extra = "\n\n".join(["Et avsnitt til om fag og lærlinger. " * 8] * 8)
    long = LetterRequest(letters_world.campaign_id, draft(default_body(Language.BOKMAL) + "\n" + extra),
                         frozenset({Output.PRINT_PDF}), tmp_path / "lang", ON, duplex=True, mark_sent=False)
    result = produce_letters(store, long)
    assert result.folder is not None
    texts = page_texts(next(result.folder.glob("brev-*.pdf")))
    assert result.pages == len(texts) == 8 and result.blank_pages == 0
    assert ["Side 1 av 2" in t for t in texts] == [True, False] * 4
