"""Screenshots of every main screen in both languages (and dark), to look at before a release.

QT_QPA_PLATFORM=offscreen python scripts/gui_screenshots.py /tmp/gui_shots
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from lpj_desktop.domain.enums import Channel, EventKind
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import PlaceOffer, VisitDraft
from lpj_desktop.paths import app_paths
from lpj_desktop.services import changes
from lpj_desktop.services.companies import add_company_by_hand
from lpj_desktop.services.contacts import ContactInput, add_contact
from lpj_desktop.services.goals import month_bounds
from lpj_desktop.services.profile import set_profile
from lpj_desktop.services.visits import record_event, record_visit
from lpj_desktop.store.database import open_store
from lpj_desktop.store.models import Goal
from lpj_desktop.ui.i18n import install_translations

COMPANIES = (
    ("Alta Elektro AS", "5601", "43.210", 12, "974760673"),
    ("Alta Rør og Varme AS", "5601", "43.221", 7, None),
    ("Nordreisa Bygg og Anlegg AS", "5544", "41.200", 25, None),
    ("Vardø Fisk AS", "5634", "10.200", 40, None),
    ("Tromsø Frisør", "5501", "96.021", 3, None),
    ("Hammerfest Bilverksted AS", "5603", "45.200", 9, None),
    ("Kafé Nordlys", "5501", "56.101", 5, None),
    ("Harstad Tømrer AS", "5503", "43.320", 14, None),
)


def build(data_dir: Path):  # type: ignore[no-untyped-def]
    paths = app_paths(data_dir)
    store = open_store(paths)
    now = datetime.now(UTC)
    with store.session() as s:
        me = set_profile(
            s, display_name="Ida Hansen", organisation="Opplæringskontoret Nord", team="Nord"
        ).user_id
        ids = []
        for name, muni, ind, emp, nr in COMPANIES:
            c = add_company_by_hand(s, name=name, municipality_number=muni, orgnr=nr)
            changes.update(
                s,
                c,
                industry_code=ind,
                employees=emp,
                legal_form="AS",
                business_address="Markveien 3",
                business_postcode="9510",
                business_city="ALTA",
                website="www.example.no",
            )
            ids.append(c.id)
        add_contact(
            s, ids[0], ContactInput("Kari Nilsen", "fagansvarlig", "+47 900 00 000", "kari@altaelektro.no")
        )
        start, end = month_bounds(date.today())
        changes.create(
            s,
            Goal(
                scope="hunter",
                subject=me,
                period_start=start,
                period_end=end,
                visits=30,
                agreements=6,
                places=8,
            ),
        )
        changes.create(
            s,
            Goal(
                scope="team",
                subject="Nord",
                period_start=start,
                period_end=end,
                visits=120,
                agreements=20,
                places=30,
            ),
        )
    with store.session() as s:
        record_visit(
            s,
            VisitDraft(
                ids[0],
                now - timedelta(days=20),
                Channel.PHONE,
                outcome=Outcome.WANTS_INFORMATION,
                notes="Daglig leder ønsker informasjon om lærlingtilskudd.",
                next_step="Send brosjyre",
                next_step_on=date.today() - timedelta(days=2),
            ),
            me,
        )
        record_visit(
            s,
            VisitDraft(
                ids[0],
                now - timedelta(hours=3),
                Channel.VISIT,
                trades=["Elektrikerfaget"],
                outcome=Outcome.PLACE_OFFERED,
                places=[PlaceOffer("Elektrikerfaget", 2)],
                notes="Tilbyr to læreplasser fra august.",
                next_step="Ring om kontrakt",
                next_step_on=date.today(),
            ),
            me,
        )
        record_visit(
            s,
            VisitDraft(
                ids[3],
                now - timedelta(days=1),
                Channel.VIDEO,
                outcome=Outcome.FOLLOW_UP_AGREED,
                next_step="Møte med fagansvarlig",
                next_step_on=date.today() + timedelta(days=2),
            ),
            me,
        )
        record_event(
            s,
            name="Yrkesmesse Alta",
            kind=EventKind.MARKET_DAY,
            occurred_at=now - timedelta(days=5),
            hunter_id=me,
            company_ids=ids[:3],
            outcome=Outcome.WANTS_INFORMATION,
        )
    return store, paths, ids


def shoot(widget: QWidget, out: Path, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(out / f"{name}.png"))


def dark_palette() -> QPalette:
    p = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#333333"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
        (QPalette.ColorRole.Highlight, "#2f65ca"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.ToolTipBase, "#333333"),
        (QPalette.ColorRole.ToolTipText, "#e6e6e6"),
        (QPalette.ColorRole.PlaceholderText, "#8a8a8a"),
    ):
        p.setColor(role, QColor(color))
    return p


def main(out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    from lpj_desktop.ui.add_company_dialog import AddCompanyDialog
    from lpj_desktop.ui.error_dialog import ErrorDialog
    from lpj_desktop.ui.main_window import MainWindow

    for lang, dark in (("nb", False), ("en", False), ("nb", True)):
        tag = f"{lang}{'_dark' if dark else ''}"
        install_translations(app, lang)
        app.setPalette(dark_palette() if dark else app.style().standardPalette())
        with tempfile.TemporaryDirectory() as tmp:
            store, paths, ids = build(Path(tmp) / "data")
            w = MainWindow(store, paths)
            w.modal_dialogs = False
            w.resize(1366, 768)
            w.show()
            w.company_list.apply_query(wait=True)
            shoot(w, out, f"{tag}_1_companies")
            w.open_company(ids[0])
            shoot(w, out, f"{tag}_2_company")
            w.show_page("followups")
            shoot(w, out, f"{tag}_3_followups")
            w.show_page("goals")
            while not w.goals.bars:
                QApplication.processEvents()
            shoot(w, out, f"{tag}_4_goals")
            w.open_company(ids[0])
            d = w.open_visit_dialog()
            d.outcome.setCurrentIndex(0)
            d.save()  # shows the problems in place
            d.notes.setPlainText("Eleven har diagnose ADHD")
            d.outcome.setCurrentIndex(d.outcome.findData("place_offered"))
            d.add_place_row("Elektrikerfaget", 2)
            d.save()  # the privacy warning
            shoot(d, out, f"{tag}_5_visit_dialog")
            d.discard()
            e = w.open_event_dialog()
            e.name.setText("Yrkesmesse Alta")
            for cid, name in zip(ids[:3], [c[0] for c in COMPANIES[:3]], strict=True):
                e.add_company(cid, name)
            shoot(e, out, f"{tag}_6_event_dialog")
            e.close()
            a = AddCompanyDialog(store, w)
            a.name.setText("Sjarken Mat")
            a.orgnr.setText("974760674")
            a.save()
            a.show()
            shoot(a, out, f"{tag}_7_add_company")
            a.close()
            err = ErrorDialog(
                "OperationalError: database is locked",
                "Traceback (most recent call last):\n  ...",
                "/home/ida/.local/state/lpj-desktop/log/lpj-desktop.log",
                w,
            )
            err.show()
            shoot(err, out, f"{tag}_8_error")
            err.close()
            w.close()
            store.close()
        with tempfile.TemporaryDirectory() as tmp:
            paths = app_paths(Path(tmp) / "data")
            store = open_store(paths)
            w = MainWindow(store, paths)
            w.resize(1366, 768)
            w.show()
            shoot(w, out, f"{tag}_0_welcome")
            w.close()
            store.close()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/gui_shots")
