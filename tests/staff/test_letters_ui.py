"""The "Brev" window of a campaign driven from the keyboard (pytest-qt, offscreen) on a real store:
the live preview on a real target, an unknown placeholder refused in words, the letters made in the
background with progress, a cancel, and the companies without address shown."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from lpj_desktop.services.letters import Output
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import CampaignTarget, Company
from lpj_desktop.ui import workers
from lpj_desktop.ui.staff.campaign_page import CampaignPage
from lpj_desktop.ui.staff.letter_dialog import LetterDialog
from tests.ui.test_mnemonics import mnemonics

from .conftest import World


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot: Any) -> Any:
    yield
    workers.wait_for_all()  # no worker may outlive its store


def open_dialog(qtbot: Any, store: Store, world: World) -> LetterDialog:
    page = CampaignPage(store)
    qtbot.addWidget(page)
    page.show()
    page.select_campaign(world.campaign_id)
    qtbot.mouseClick(page.letters_dialog_button, Qt.MouseButton.LeftButton)
    dialog = page.letter_dialog
    assert dialog is not None and dialog.isVisible()
    # What it shows is read in the background: the templates and targets, then the first preview.
    qtbot.waitUntil(lambda: dialog.is_loaded and bool(dialog.preview_text().strip()), timeout=5000)
    # Its keys (Ctrl+Enter, Ctrl+P, Esc) act in the active window, as they do for a person.
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def fill_sender(dialog: LetterDialog) -> None:
    """The sender facts a letter needs when a hunter has none of their own: none comes out empty."""
    dialog.organisation.setText("Opplæringskontoret Nord")
    dialog.interest_address.setText("laerling.no/nord")
    dialog.sender_name.setText("Opplæringskontoret Nord")
    dialog.sender_phone.setText("+47 77 00 00 00")
    dialog.sender_email.setText("post@okn.no")


def choose_company(qtbot: Any, dialog: LetterDialog, name: str) -> None:
    """Choose the preview's company and wait for its letter (read in the background)."""
    index = next(i for i in range(dialog.preview_company.count())
                 if dialog.preview_company.itemText(i).startswith(name))
    with qtbot.waitSignal(dialog.previewed, timeout=3000):
        dialog.preview_company.setCurrentIndex(index)


def test_preview_follows_the_text_and_the_chosen_company(qtbot: Any, store: Store,
                                                         letters_world: World) -> None:
    dialog = open_dialog(qtbot, store, letters_world)
    assert dialog.templates.count() == 2  # the shipped bokmål and nynorsk templates
    choose_company(qtbot, dialog, "Tinden Bygg AS")
    text = dialog.preview_text()
    assert "Tinden Bygg AS" in text and "v/ Kari Fag" in text and "9325 BARDUFOSS" in text
    assert "tømrerfaget" in text
    # Typing at the end of the text: the preview follows after a pause.
    dialog.body.setFocus()
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    with qtbot.waitSignal(dialog.previewed, timeout=3000):
        qtbot.keyClick(dialog.body, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.body, "PS: Svar innen 1. mars.")
    assert "PS: Svar innen 1. mars." in dialog.preview_text()
    # A placeholder chosen from the list with Enter goes in where the cursor is.
    dialog.placeholders.setCurrentRow(next(i for i in range(dialog.placeholders.count())
                                           if dialog.placeholders.item(i).text().startswith("{svarkode}")))
    dialog.placeholders.setFocus()
    with qtbot.waitSignal(dialog.previewed, timeout=3000):
        qtbot.keyClick(dialog.placeholders, Qt.Key.Key_Return)
    assert dialog.body.toPlainText().endswith("1. mars.{svarkode}")
    choose_company(qtbot, dialog, "Finnmark Bil AS")
    assert "ingen brukbar postadresse" in dialog.preview_text()
    # Nynorsk.
    dialog.templates.setCurrentIndex(dialog.templates.findText("Læreplassbrev (nynorsk)"))
    dialog.templates.activated.emit(dialog.templates.currentIndex())
    choose_company(qtbot, dialog, "Polar Rør AS")
    assert "Til Nils Leder" in dialog.preview_text() and "Med venleg helsing" in dialog.preview_text()


def test_an_unknown_placeholder_is_refused_in_words(qtbot: Any, store: Store,
                                                    letters_world: World) -> None:
    dialog = open_dialog(qtbot, store, letters_world)
    dialog.subject.setFocus()
    dialog.subject.end(False)
    qtbot.keyClicks(dialog.subject, " {firma}")
    assert "Ukjent flettefelt {firma} i emnet, linje 1." in dialog.problem.text()
    assert "{bedrift}" in dialog.problem.text()  # the ones that exist are named
    before = dialog.templates.count()
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # save
    assert "Ukjent flettefelt {firma}" in dialog.status.text()
    assert dialog.templates.count() == before
    # Mended and saved under a new name: it is there next time the window opens.
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Backspace)
    for _ in range(len("{firma")):
        qtbot.keyClick(dialog.subject, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.subject, "{bedrift}")
    assert dialog.problem.text() == ""
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name, "Vår 2027")
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.templates.currentText() == "Vår 2027"
    again = LetterDialog(store, letters_world.campaign_id, "x")
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.is_loaded, timeout=3000)  # read in the background
    assert again.templates.findText("Vår 2027") >= 0


def test_letters_are_made_in_the_background_and_missing_addresses_shown(
        qtbot: Any, store: Store, letters_world: World, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, store, letters_world)
    fill_sender(dialog)
    dialog.folder.setText(str(tmp_path))
    dialog.outputs[Output.EMAILS].setChecked(True)
    dialog.letter_date.setDate(QDate(2026, 12, 7))
    reports: list[Any] = []
    with qtbot.waitSignal(dialog.produced, timeout=20_000) as done:
        qtbot.keyClick(dialog.body, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert dialog.busy()
        dialog.job.signals.progress.connect(reports.append)  # type: ignore[union-attr]
    result = done.args[0]
    assert not result.cancelled and result.printed == 4 and result.emails == 4
    # "Tosidig utskrift" is on unless unticked: each one-page letter gets the blank back of its sheet.
    assert dialog.duplex.isChecked() and result.pages == 8 and result.blank_pages == 4
    assert "4 av sidene er tomme baksider" in dialog.status.text()
    assert "Ferdig: 4 brev" in dialog.status.text()
    assert dialog.missing.isVisible() and dialog.missing.count() == 3
    assert any("Finnmark Bil AS" in dialog.missing.item(i).text() and "fikk ikke brev" in
               dialog.missing.item(i).text() for i in range(dialog.missing.count()))
    assert list(tmp_path.glob("brev-*/brev-*.pdf"))
    with store.reader() as s:
        marked = s.scalars(select(CampaignTarget.letter_channel).where(
            CampaignTarget.campaign_id == letters_world.campaign_id,
            CampaignTarget.letter_channel.is_not(None))).all()
    assert sorted(marked) == ["email"] + ["letter"] * 4


def test_esc_cancels_a_run_and_nothing_is_kept(qtbot: Any, store: Store, letters_world: World,
                                               tmp_path: Path, monkeypatch: Any) -> None:
    from lpj_desktop.services import letters as service

    real = service.campaign_facts

    def slow_facts(*args: Any, **kwargs: Any) -> Any:
        # Long enough for Esc to land while the letters are being made.
        return real(*args, **kwargs) * 200

    monkeypatch.setattr(service, "campaign_facts", slow_facts)
    dialog = open_dialog(qtbot, store, letters_world)
    fill_sender(dialog)
    dialog.folder.setText(str(tmp_path / "ut"))
    with qtbot.waitSignal(dialog.produced, timeout=30_000) as done:
        qtbot.keyClick(dialog.body, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: dialog.progress.maximum() > 1, timeout=10_000)
        qtbot.keyClick(dialog.body, Qt.Key.Key_Escape)
    assert done.args[0].cancelled
    assert dialog.isVisible()  # the first Esc stops the run, not the window
    assert "Avbrutt" in dialog.status.text()
    assert list((tmp_path / "ut").iterdir()) == []  # not even a half-made folder


def test_the_window_opens_and_previews_without_reading_on_the_ui_thread(
        qtbot: Any, store: Store, letters_world: World, monkeypatch: Any) -> None:
    # A read on the UI thread stalls the window for as long as SQLite takes: on a campaign of 8,000
    # targets the targets and hunters alone took 50-70 ms (bench/bench_letters.py).
    on_ui: list[str] = []
    for name in ("reader", "session", "quick_session"):
        real = getattr(store, name)

        def watched(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            if threading.current_thread() is threading.main_thread():
                on_ui.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(store, name, watched)
    page = CampaignPage(store)
    qtbot.addWidget(page)
    page.show()
    page.select_campaign(letters_world.campaign_id)
    qtbot.waitUntil(lambda: "Målbedrifter" in page.counts.text(), timeout=3000)
    on_ui.clear()  # the page itself reads its campaigns on the UI thread; the window must not
    dialog = page.open_letters()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.is_loaded and bool(dialog.preview_text().strip()), timeout=5000)
    choose_company(qtbot, dialog, "Polar Rør AS")
    assert "Polar Rør AS" in dialog.preview_text()
    assert on_ui == []


def test_a_bankrupt_target_is_shown_on_the_page_and_in_the_window_and_gets_no_letter(
        qtbot: Any, store: Store, letters_world: World, tmp_path: Path) -> None:
    with store.session() as s:
        polar = s.get(Company, letters_world.companies["Polar Rør AS"])
        assert polar is not None
        polar.bankrupt = True
    page = CampaignPage(store)
    qtbot.addWidget(page)
    page.show()
    page.select_campaign(letters_world.campaign_id)
    qtbot.waitUntil(lambda: page.inactive.count() == 1, timeout=3000)
    assert page.inactive.isVisible()
    assert page.inactive.item(0).text().startswith("Polar Rør AS (")
    assert page.inactive.item(0).text().endswith(": konkurs registrert")
    assert "Ikke lenger aktive i Enhetsregisteret: 1." in page.inactive_label.text()
    opened: list[str] = []
    page.open_company.connect(opened.append)
    page.inactive.setCurrentRow(0)
    page.inactive.setFocus()
    qtbot.keyClick(page.inactive, Qt.Key.Key_Return)
    assert opened == [letters_world.companies["Polar Rør AS"]]

    qtbot.mouseClick(page.letters_dialog_button, Qt.MouseButton.LeftButton)
    dialog = page.letter_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.is_loaded and bool(dialog.preview_text().strip()), timeout=5000)
    choose_company(qtbot, dialog, "Polar Rør AS")
    assert "ikke aktiv, får ikke brev" in dialog.preview_company.currentText()
    assert "ikke lenger aktiv i Enhetsregisteret (konkurs registrert)" in dialog.preview_text()
    fill_sender(dialog)
    dialog.folder.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.produced, timeout=20_000) as done:
        dialog.produce()
    assert done.args[0].printed == 3
    lines = [dialog.missing.item(i).text() for i in range(dialog.missing.count())]
    assert lines[0].startswith("Polar Rør AS (") and lines[0].endswith(
        "ikke lenger aktiv i Enhetsregisteret (konkurs registrert): fikk ikke brev")
    assert "1 bedrifter er ikke lenger aktive i Enhetsregisteret" in dialog.status.text()
    assert list(tmp_path.glob("brev-*/ikke-sendt-*.csv"))


def test_letters_with_empty_merge_fields_are_made_only_when_asked_again(
        qtbot: Any, store: Store, letters_world: World, tmp_path: Path) -> None:
    """No organisation, no interest address, a hunter without phone and e-mail: Ctrl+P makes
    nothing and says which fields would be empty in how many letters; "Lag brevene likevel" (Alt+K,
    focused) makes them and says so again in the summary."""
    dialog = open_dialog(qtbot, store, letters_world)
    dialog.folder.setText(str(tmp_path / "brev"))
    with qtbot.waitSignal(dialog.produced, timeout=20_000) as held:
        qtbot.keyClick(dialog.body, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    result = held.args[0]
    assert result.held_for_empty and result.printed == 0 and not (tmp_path / "brev").exists()
    assert result.empty["organisasjon"] == 4 and result.empty["interesseadresse"] == 4
    assert dialog.status.text().startswith("Ingen brev er laget: tomt flettefelt: {organisasjon} i 4 brev")
    assert dialog.anyway_button.isVisible() and dialog.anyway_button.hasFocus()
    with store.reader() as s:
        assert s.scalars(select(CampaignTarget.letter_channel).where(
            CampaignTarget.letter_channel.is_not(None))).all() == []
    with qtbot.waitSignal(dialog.produced, timeout=20_000) as made:
        qtbot.keyClick(dialog.anyway_button, Qt.Key.Key_Space)
    assert made.args[0].printed == 4 and not dialog.anyway_button.isVisible()
    assert "Med tomme felt: tomt flettefelt: {organisasjon} i 4 brev" in dialog.status.text()


def test_every_merge_field_is_described_by_a_string_the_catalogue_holds(
        qtbot: Any, store: Store, letters_world: World) -> None:
    from lpj_desktop.domain.letters import PLACEHOLDERS

    dialog = LetterDialog(store, letters_world.campaign_id, "x")
    qtbot.addWidget(dialog)
    words = dialog.placeholder_words()
    assert list(words) == list(PLACEHOLDERS)  # one description for each field, none extra
    assert words == PLACEHOLDERS  # the Norwegian source says what the domain says
    # lupdate found them: each is a source text of the LetterDialog context with an English text.
    catalogue = (Path(__file__).resolve().parents[2] / "resources" / "i18n" / "lpj_en.ts").read_text("utf-8")
    for text in words.values():
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        assert f"<source>{escaped}</source>" in catalogue, text


def test_the_brev_window_has_one_thing_per_alt_letter(qtbot: Any, store: Store, letters_world: World) -> None:
    dialog = open_dialog(qtbot, store, letters_world)
    twice = {k: n for k, n in mnemonics(dialog).items() if n > 1}
    assert twice == {}
