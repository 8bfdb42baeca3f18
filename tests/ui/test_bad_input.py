"""Bad input gets words in place, and nothing already typed is lost."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from lpj_desktop import app
from lpj_desktop.domain.when import today
from lpj_desktop.paths import app_paths
from lpj_desktop.store.database import open_store
from lpj_desktop.ui.add_company_dialog import AddCompanyDialog
from lpj_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def test_add_by_hand_checks_the_orgnr_and_keeps_what_was_typed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    d = AddCompanyDialog(w.store, w)
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClicks(d.name, "Sjarken Mat")
    qtbot.keyClicks(d.orgnr, "974 760 674")  # the last digit is wrong
    assert not d.save()
    assert "kontrollsifferet" in d.errors["orgnr"].text()
    assert d.name.text() == "Sjarken Mat" and d.isVisible()
    d.orgnr.setText("97476067")
    assert not d.save()
    assert d.errors["orgnr"].text() == "Organisasjonsnummeret må ha 9 sifre."
    d.orgnr.clear()
    qtbot.keyClicks(d.orgnr, "974 760 673")
    qtbot.keyClicks(d.municipality, "Alta")
    assert d.save()
    w.open_company(d.company_id)
    assert w.company_page.title.text() == "Sjarken Mat"
    assert w.company_page.subtitle.text() == "974 760 673 · Alta"
    # The same number twice is refused.
    d2 = AddCompanyDialog(w.store, w)
    qtbot.addWidget(d2)
    d2.name.setText("Kopi")
    d2.orgnr.setText("974760673")
    assert not d2.save()
    assert "finnes allerede" in d2.errors["orgnr"].text()


def test_visit_without_outcome_and_next_step_in_the_past(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    d = w.open_visit_dialog(seeded[2]["Nordreisa Bygg AS"])
    qtbot.keyClicks(d.notes, "Traff daglig leder")
    qtbot.keyClick(d.notes, Qt.Key.Key_Return, CTRL)
    assert d.isVisible()
    assert d.errors["outcome"].text() == "Velg utfallet av kontakten."
    assert d.outcome.hasFocus() or d.focusWidget() is d.outcome
    qtbot.keyClicks(d.outcome, "Avtalt")
    assert d.errors["outcome"].text() == ""  # problems clear in place as they are fixed
    qtbot.keyClicks(d.next_step, "Ring")
    d.next_step_on.set_value(today() - timedelta(days=1))
    assert d.errors["next_step_on"].text() == "Neste steg kan ikke være før selve kontakten."
    d.when.set_value(datetime.now(UTC) - timedelta(days=3))  # the visit was three days ago
    assert (
        d.errors["next_step_on"].text() == "Datoen for neste steg har allerede vært. Velg i dag eller senere."
    )
    assert not d.save()
    d.next_step_on.set_value(today())
    d.next_step.clear()
    assert not d.save()
    assert d.errors["next_step"].text() == "Skriv hva neste steg er, eller fjern datoen."
    qtbot.keyClicks(d.next_step, "Ring tilbake")
    assert d.notes.toPlainText() == "Traff daglig leder"
    assert d.save()


def test_visit_with_no_company_and_places_below_offer(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    w.show_page("goals")
    d = w.open_visit_dialog()
    assert d.company.company_id is None
    qtbot.keyClicks(d.outcome, "Interessert")
    row = d.add_place_row("Elektrikerfaget", 2)
    assert not d.save()
    assert d.errors["company"].text() == "Velg hvilken bedrift besøket gjelder."
    assert "Læreplass tilbudt" in d.errors["places"].text()
    qtbot.keyClicks(d.company, "Hammerfest")
    qtbot.keyClick(d.company, Qt.Key.Key_Return)
    assert d.company.text() == "Hammerfest Bilverksted AS"
    d.outcome.setCurrentIndex(d.outcome.findData("place_offered"))
    assert row.trade.text() == "Elektrikerfaget"
    assert d.save()
    model = w.company_page.timeline.model()
    texts = [model.index(i).data() for i in range(model.rowCount())]
    assert "Plasser: Elektrikerfaget × 2" in texts[0]


def test_privacy_guard_warns_once_then_saves(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    d = w.open_visit_dialog(seeded[2]["Tromsø Frisør"])
    qtbot.keyClicks(d.outcome, "Interessert")
    qtbot.keyClicks(d.notes, "Eleven 01010750160 har dysleksi")
    assert not d.save()
    assert "fødselsnummer (01010750160)" in d.privacy.text() and "dysleksi" in d.privacy.text()
    d.notes.setPlainText("Eleven trenger tilrettelegging")
    assert d.save()


def test_store_from_a_newer_app_is_refused_untouched(tmp_path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    paths = app_paths(tmp_path / "data")
    open_store(paths).close()
    con = sqlite3.connect(paths.database)
    con.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    con.commit()
    con.close()
    before = paths.database.read_bytes()
    shown: list[str] = []
    # The one thing faked: the modal box, which would wait for a person to click.
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: shown.append(f"{title}: {text}"))
    assert app.main(["--data-dir", str(paths.data_dir)]) == 3
    assert shown and "nyere versjon av Læreplassjeger" in shown[0]
    assert paths.database.read_bytes() == before


def test_contact_gdpr_export_and_erasure_from_the_company_page(qtbot, window, seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from lpj_desktop.ui.company_page import ContactDialog

    w: MainWindow = window
    w.open_company(seeded[2]["Alta Elektro AS"])
    dlg = ContactDialog(w.store, w.company_page.company_id, None, w)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.name, "Kari Nilsen")
    qtbot.keyClicks(dlg.email, "kari(at)alta")
    dlg.save()
    assert dlg.errors["email"].text() == "E-postadressen ser ikke riktig ut."
    dlg.email.setText("kari@altaelektro.no")
    dlg.save()
    assert dlg.result() == dlg.DialogCode.Accepted
    w.company_page.refresh_history()
    assert w.company_page.contacts.count() == 1
    cid = w.company_page.contacts.item(0).data(Qt.ItemDataRole.UserRole + 1)
    out = tmp_path / "kari.json"
    w.company_page.export_contact_to(cid, out)
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["email"] == "kari@altaelektro.no"
    w.company_page.erase_contact_now(cid)
    assert w.company_page.contacts.count() == 0


def test_goal_progress_is_shown(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    from lpj_desktop.services import changes
    from lpj_desktop.services.goals import month_bounds
    from lpj_desktop.store.models import Goal

    w: MainWindow = window
    start, end = month_bounds(date.today())
    with w.store.session() as s:
        changes.create(
            s,
            Goal(
                scope="hunter",
                subject=w.user_id,
                period_start=start,
                period_end=end,
                visits=10,
                agreements=2,
                places=4,
            ),
        )
    d = w.open_visit_dialog(seeded[2]["Vardø Fisk AS"])
    d.outcome.setCurrentIndex(d.outcome.findData("contract_signed"))
    d.when.set_value(datetime.now(UTC) - timedelta(minutes=2))
    assert d.save()
    with qtbot.waitSignal(w.goals.loaded, timeout=3000):
        w.show_page("goals")
    assert w.goals.bars[("hunter", "visits")].text() == "1 av 10"
    assert w.goals.bars[("hunter", "agreements")].text() == "1 av 2"
    assert end - start >= timedelta(days=27)


def test_the_hunters_and_the_teams_goal_bars_line_up(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from lpj_desktop.services import changes
    from lpj_desktop.services.goals import month_bounds
    from lpj_desktop.store.models import Goal, LocalProfile

    w: MainWindow = window
    start, end = month_bounds(date.today())
    with w.store.session() as s:
        profile = s.get(LocalProfile, 1)
        assert profile is not None and profile.team
        # The hunter is on pace ("i rute" on every row), the team far behind: different widths beside
        # the bars.
        for scope, subject, target in (("hunter", w.user_id, 1), ("team", profile.team, 12000)):
            changes.create(s, Goal(scope=scope, subject=subject, period_start=start, period_end=end,
                                   visits=target, agreements=target, places=target))
    with qtbot.waitSignal(w.goals.loaded, timeout=3000):
        w.show_page("goals")
    mine, team = w.goals.bars[("hunter", "visits")], w.goals.bars[("team", "visits")]
    qtbot.waitUntil(lambda: mine.isVisible() and team.isVisible())
    assert "bak planen" in " ".join(label.text() for label in team.parent().findChildren(QLabel))
    assert "bak planen" not in " ".join(label.text() for label in mine.parent().findChildren(QLabel))
    assert (mine.mapToGlobal(mine.rect().topLeft()).x(), mine.width()) == (
        team.mapToGlobal(team.rect().topLeft()).x(), team.width())


def test_visit_for_a_company_not_in_the_register(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    w: MainWindow = window
    d = w.open_visit_dialog()
    qtbot.keyClicks(d.company, "Sjarken Mat")
    seen: list[str] = []

    def fill_the_new_company_form() -> None:
        form = QApplication.activeModalWidget()
        seen.append(form.name.text())
        form.orgnr.setText("974760673")
        form.save()

    QTimer.singleShot(50, fill_the_new_company_form)
    cid = d.add_company_by_hand()
    assert seen == ["Sjarken Mat"]  # what was typed in the visit form carried over
    assert cid and d.company.company_id == cid and d.company.text() == "Sjarken Mat"
    d.outcome.setCurrentIndex(d.outcome.findData("wants_information"))
    assert d.save()
    assert w.company_page.title.text() == "Sjarken Mat"


def test_a_day_name_is_the_last_one_for_a_visit_the_next_one_for_a_next_step(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    d = w.open_visit_dialog(seeded[2]["Nordreisa Bygg AS"])
    on = today()
    name = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")[(on.weekday() + 3) % 7]
    d.when.line.clear()
    qtbot.keyClicks(d.when.line, f"{name} 10:30")
    visited = d.when.value()
    assert isinstance(visited, datetime)
    assert 0 < (on - visited.date()).days < 7 and visited.weekday() == (on.weekday() + 3) % 7
    assert d.when.preview.text().startswith(name)
    qtbot.keyClicks(d.next_step_on.line, name)
    due = d.next_step_on.value()
    assert isinstance(due, date) and 0 < (due - on).days <= 7 and due.weekday() == visited.weekday()
    d.next_step_on.line.clear()
    qtbot.keyClicks(d.next_step_on.line, "32.13")
    assert "verken en dato eller et klokkeslett" not in d.next_step_on.problem()  # a date field: no times
    d.when.line.clear()
    qtbot.keyClicks(d.when.line, "32.13")
    assert d.when.problem() == ("«32.13» er verken en dato eller et klokkeslett. Skriv f.eks. 15.3 for en "
                                "dato eller 10:30 for et klokkeslett.")


def test_the_places_count_reads_as_written(qtbot) -> None:  # type: ignore[no-untyped-def]
    from lpj_desktop.ui.visit_dialog import PlaceRow

    row = PlaceRow("Elektrikerfaget", 1)
    qtbot.addWidget(row)
    assert row.count.text() == "1 plass"
    row.count.selectAll()
    qtbot.keyClicks(row.count, "12")
    assert row.count.value() == 12 and row.count.text() == "12 plasser"
