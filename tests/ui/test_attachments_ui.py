"""Attached files in the window (issue 23): the queue attaches in the background and says what it
refused, the company page shows the files in its strip and its timeline (a visit's files on the
visit's row), the viewer pages through them and removes the user's own, and the status bar says
what waits for the server."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QApplication, QMessageBox

from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import VisitDraft
from lpj_desktop.services.attachment_lists import company_files
from lpj_desktop.services.profile import get_profile
from lpj_desktop.services.visits import record_visit
from lpj_desktop.ui.attachments.attach_queue import AttachRequest, Source
from lpj_desktop.ui.attachments.viewer import FileViewer
from lpj_desktop.ui.roles import ROLE_FILES, ROLE_KIND


def _photo(path: Path, colour: tuple[int, int, int] = (30, 90, 160), size=(1600, 1200)) -> Path:  # type: ignore[no-untyped-def]
    Image.new("RGB", size, colour).save(path, "JPEG")
    return path


def _attach(qtbot, window, entity: str, record_id: str, paths: list[Path], caption=None) -> None:  # type: ignore[no-untyped-def]
    window.attach_queue.add(AttachRequest(entity, record_id, tuple(Source(p.name, path=p) for p in paths),
                                          caption))
    qtbot.waitUntil(lambda: not window.attach_queue.busy, timeout=20_000)
    qtbot.wait(400)  # the page reads the files again once they stop arriving


def test_files_attached_to_a_company_show_in_its_strip_timeline_and_status_bar(  # type: ignore[no-untyped-def]
        qtbot, window, seeded, tmp_path) -> None:
    _store, _paths, ids = seeded
    window.open_company(ids["Alta Elektro AS"])
    page = window.company_page
    assert not page.files.box.isVisible()
    photos = [_photo(tmp_path / f"verksted{i}.jpg", (40 * i, 120, 80)) for i in range(3)]
    _attach(qtbot, window, "company", ids["Alta Elektro AS"], photos, "Verkstedet")
    assert page.files.model.rowCount() == 3 and page.files.box.isVisible()
    assert page.files.box.title() == "Vedlegg (3)"
    model = page.timeline_model
    file_rows = [i for i in range(model.rowCount()) if model.index(i).data(ROLE_KIND) == "file"]
    assert len(file_rows) == 3
    text = model.index(file_rows[0]).data()
    assert text.startswith("Vedlegg · ") and "Verkstedet (verksted" in text and "Ida Hansen" in text
    # The thumbnail is drawn under the text: the row is taller than one without a file.
    delegate = page.timeline.itemDelegate()
    assert delegate.sizeHint(_option(page.timeline), model.index(file_rows[0])).height() > 56 + 2 * 20
    assert window.files_status.isVisible()
    assert window.files_status.text().startswith("Vedlegg som venter på sending: 3 (")


def _option(view):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.widget = view  # type: ignore[attr-defined]
    return option


def test_a_visits_files_are_on_the_visits_row(qtbot, window, seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, _paths, ids = seeded
    with store.session() as s:
        me = get_profile(s).user_id
        draft = VisitDraft(company_id=ids["Vardø Fisk AS"], occurred_at=datetime.now(UTC),
                           channel=Channel.VISIT, outcome=Outcome.WANTS_INFORMATION)
        visit = record_visit(s, draft, me).visit
    window.open_company(ids["Vardø Fisk AS"])
    _attach(qtbot, window, "visit", visit.id, [_photo(tmp_path / "tavla.jpg")], "Tavla etter møtet")
    model = window.company_page.timeline_model
    row = model.row_of(visit.id)
    files = model.index(row).data(ROLE_FILES)
    assert [f.caption for f in files] == ["Tavla etter møtet"]
    assert "Vedlegg: Tavla etter møtet" in model.index(row).data()
    assert [f.parent_entity for f in window.company_page.files.model.files] == ["visit"]


def test_a_refused_file_is_said_in_words_and_the_others_are_attached(qtbot, window, seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _store, _paths, ids = seeded
    window.open_company(ids["Alta Elektro AS"])
    fake = tmp_path / "bilde.jpg"
    fake.write_text("dette er ikke et bilde")
    empty = tmp_path / "tom.pdf"
    empty.write_bytes(b"")
    _attach(qtbot, window, "company", ids["Alta Elektro AS"],
            [_photo(tmp_path / "ok.jpg"), fake, empty])
    assert [f.file_name for f in window.company_page.files.model.files] == ["ok.jpg"]
    qtbot.waitUntil(lambda: window.attach_refusals.box is not None)
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1  # one message for all that was refused, not one per file
    text = boxes[0].text()
    assert "«bilde.jpg»: Fila heter bilde.jpg, men er ikke et bilde appen kan lese." in text
    assert "«tom.pdf»: Fila er tom." in text
    boxes[0].close()


def test_the_viewer_pages_through_the_files_and_removes_the_users_own(  # type: ignore[no-untyped-def]
        qtbot, window, seeded, tmp_path) -> None:
    store, _paths, ids = seeded
    window.open_company(ids["Alta Elektro AS"])
    doc = tmp_path / "godkjenning.pdf"
    doc.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    _attach(qtbot, window, "company", ids["Alta Elektro AS"], [_photo(tmp_path / "a.jpg"), doc])
    files = list(window.company_page.files.model.files)
    viewer = FileViewer(store, files, 0, user_id=window.user_id,
                        thumbnails=window.company_page.files.thumbnails)
    qtbot.addWidget(viewer)
    viewer.show()
    first = viewer.title.text()
    viewer.next()
    assert viewer.title.text() != first and viewer.windowTitle() == "Vedlegg 2 av 2"
    assert not viewer.next_button.isEnabled()
    shown = viewer.title.text()
    if shown == "godkjenning.pdf":
        assert "Ctrl+O" in viewer.notice.text()  # a document opens in the system's own program
    QMessageBoxAnswer.yes(qtbot)
    viewer.remove()
    assert viewer.removed and len(viewer.files) == 1
    with store.reader() as s:
        assert [f.file_name for f in company_files(s, ids["Alta Elektro AS"])] == [viewer.files[0].file_name]


class QMessageBoxAnswer:
    """Answers the next question box with Yes (the person's click), from a timer."""

    @staticmethod
    def yes(qtbot) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QTimer

        def answer() -> None:
            for w in QApplication.topLevelWidgets():
                if isinstance(w, QMessageBox) and w.isVisible():
                    w.button(QMessageBox.StandardButton.Yes).click()
                    return
            QTimer.singleShot(20, answer)

        QTimer.singleShot(20, answer)


def test_a_campaign_gets_its_files_and_refusals_are_said_by_the_window(  # type: ignore[no-untyped-def]
        qtbot, qapp, seeded, tmp_path) -> None:
    from datetime import date

    from lpj_desktop.domain.enums import Role
    from lpj_desktop.services import campaigns as campaign_service
    from lpj_desktop.ui.main_window import MainWindow

    store, paths, _ids = seeded
    with store.session() as s:
        get_profile(s).role = Role.STAFF.value
        campaign = campaign_service.create_campaign(s, name="Læreplassjeger høsten 2026",
                                                    starts_on=date(2026, 9, 1), ends_on=date(2026, 12, 31))
        campaign_id = campaign.id
    w = MainWindow(store, paths)
    w.modal_dialogs = False
    qtbot.addWidget(w)
    w.show()
    w.show_page("staff.campaigns")
    page = w.staff_pages["staff.campaigns"]
    page.select_campaign(campaign_id)
    assert page.files.none.isVisible()
    flyer = tmp_path / "flyer.pdf"
    flyer.write_bytes(b"%PDF-1.4\n%%EOF\n")
    bad = tmp_path / "flyer.exe"
    bad.write_bytes(b"MZ\x90\x00")
    form = page.files.attach([Source(flyer.name, path=flyer), Source(bad.name, path=bad)])
    assert form is not None
    form.save()
    qtbot.waitUntil(lambda: page.files.model.rowCount() == 1, timeout=15_000)
    assert page.files.model.files[0].file_name == "flyer.pdf" and page.files.title() == "Vedlegg (1)"
    qtbot.waitUntil(lambda: w.attach_refusals.box is not None and w.attach_refusals.box.isVisible())
    assert "«flyer.exe»: Denne filtypen kan ikke legges ved." in w.attach_refusals.box.text()


def test_files_chosen_in_the_visit_form_are_attached_once_the_visit_is_saved(  # type: ignore[no-untyped-def]
        qtbot, window, seeded, tmp_path) -> None:
    _store, _paths, ids = seeded
    window.open_company(ids["Nordreisa Bygg AS"])
    dialog = window.open_visit_dialog(ids["Nordreisa Bygg AS"])
    dialog.outcome.setCurrentIndex(max(1, dialog.outcome.findData("wants_information")))
    photos = (_photo(tmp_path / "a.jpg"), _photo(tmp_path / "b.jpg"))
    dialog.add_files([Source(p.name, path=p) for p in photos])
    assert dialog.files_label.text().startswith("2 filer: a.jpg, b.jpg.")
    assert dialog.save()
    model = window.company_page.timeline_model
    visit_id = model.entries[0].record_id  # the visit is on top at once; its files follow
    qtbot.waitUntil(lambda: not window.attach_queue.busy, timeout=20_000)
    files_of = lambda: model.index(model.row_of(visit_id)).data(ROLE_FILES) or ()  # noqa: E731
    qtbot.waitUntil(lambda: len(files_of()) == 2, timeout=5000)
    assert [f.file_name for f in files_of()] == ["a.jpg", "b.jpg"]


def test_files_chosen_in_the_visit_form_come_back_with_its_draft_after_a_crash(  # type: ignore[no-untyped-def]
        qtbot, window, seeded, tmp_path) -> None:
    from PySide6.QtGui import QColor, QImage

    from lpj_desktop.ui.attachments.attach_dialog import pasted_image

    _store, _paths, ids = seeded
    window.open_company(ids["Nordreisa Bygg AS"])
    dialog = window.open_visit_dialog(ids["Nordreisa Bygg AS"], modal=False)
    dialog.outcome.setCurrentIndex(max(1, dialog.outcome.findData("wants_information")))
    photo = _photo(tmp_path / "verksted.jpg")
    shot = QImage(640, 480, QImage.Format.Format_RGB32)
    shot.fill(QColor("#3366aa"))
    dialog.add_files([Source(photo.name, path=photo), pasted_image(shot)])
    # The app goes down here (no save, no close): what is on disk is what the next start finds.
    (kept,) = window.drafts.load_all()
    assert [f.name for f in kept.files][0] == "verksted.jpg" and len(kept.files) == 2
    picture = Path(kept.files[1].path)
    assert kept.files[1].owned and picture.is_file() and picture.parent.parent == window.drafts.folder
    dialog.hide()
    dialog.deleteLater()
    window.visit_dialog = None

    again = window.open_visit_dialog(draft=kept, modal=False)
    assert [s.name for s in again.pending_files] == [f.name for f in kept.files]
    assert again.files_label.text().startswith("2 filer: verksted.jpg, Skjermbilde ")
    assert again.save()
    model = window.company_page.timeline_model
    visit_id = model.entries[0].record_id
    qtbot.waitUntil(lambda: not window.attach_queue.busy, timeout=20_000)
    files_of = lambda: model.index(model.row_of(visit_id)).data(ROLE_FILES) or ()  # noqa: E731
    qtbot.waitUntil(lambda: len(files_of()) == 2, timeout=5000)
    assert photo.is_file() and not picture.exists()  # the user's file stays; the app's copy goes


def test_a_teammates_visit_is_not_offered_as_where_a_file_goes(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    store, _paths, ids = seeded
    with store.session() as s:
        me = get_profile(s).user_id
        drafts = [VisitDraft(company_id=ids["Vardø Fisk AS"], occurred_at=datetime.now(UTC),
                             channel=Channel.VISIT, outcome=Outcome.WANTS_INFORMATION)]
        mine = record_visit(s, drafts[0], me).visit.id
        theirs = record_visit(s, drafts[0], "teammate-1").visit.id
    window.show()
    window.open_company(ids["Vardø Fisk AS"])
    page = window.company_page
    model = page.timeline_model
    for visit_id, offered in ((mine, True), (theirs, False)):
        page.timeline.setCurrentIndex(model.index(model.row_of(visit_id)))
        targets, _chosen = page.files.targets()
        assert [t.entity for t in targets if t.entity != "contact"] == (
            ["company", "visit"] if offered else ["company"])
