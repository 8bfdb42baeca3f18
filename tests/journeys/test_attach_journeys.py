"""Attaching files by keyboard only (issue 23): the file picker and the attach form answered by
typing, a screenshot pasted with Ctrl+V, the thumbnail seen on the timeline and in the strip, the
viewer opened with Space and paged with the arrow keys."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from lpj_desktop.ui.app_session import AppSession
from lpj_desktop.ui.attachments.attach_dialog import AttachDialog
from lpj_desktop.ui.attachments.viewer import FileViewer
from lpj_desktop.ui.roles import ROLE_FILES, ROLE_KIND

from .keyboard import focused_name, meanwhile, press, settle, wait_until, write


def _shown(kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _open(session: AppSession, words: str, expected: str) -> None:
    press("ctrl+f")
    write(words)
    model = session.window.company_list.model
    wait_until(lambda: model.rowCount() == 1 and model.rows[0].name == expected)
    press("return")
    assert session.window.company_page.title.text() == expected


def _first_row(session: AppSession) -> tuple[str, str, tuple]:  # type: ignore[type-arg]
    index = session.window.company_page.timeline_model.index(0)
    return index.data(ROLE_KIND), index.data(), index.data(ROLE_FILES)


def test_attach_a_photo_by_keyboard_see_its_thumbnail_and_open_the_viewer(
        app: AppSession, tmp_path: Path) -> None:
    w = app.window
    photo = tmp_path / "visittkort.jpg"
    Image.new("RGB", (3200, 2000), (200, 60, 40)).save(photo, "JPEG")
    _open(app, "alta el", "Alta Elektro AS")
    # Ctrl+Shift+A opens the system's file picker, which runs until closed: what is typed into it
    # is on its way from a timer. Then the attach form.
    picker_up = lambda: bool(_shown(QFileDialog))  # noqa: E731
    form_up = lambda: bool(_shown(AttachDialog))  # noqa: E731
    meanwhile(lambda: write(str(photo)), lambda: press("return"), ready=picker_up)
    press("ctrl+shift+a")
    assert form_up()
    _answer_form()
    wait_until(lambda: not w.attach_queue.busy and w.company_page.files.model.rowCount() == 1, 15_000)
    settle(400)
    kind, text, files = _first_row(app)
    assert kind == "file" and "Visittkort foran på disken (visittkort.jpg)" in text
    assert files[0].thumbnail_sha256  # drawn from the thumbnail the attach made
    assert w.company_page.files.box.isVisible() and w.company_page.files.box.title() == "Vedlegg (1)"
    assert "Vedlegg som venter på sending: 1" in w.files_status.text()
    # Back in the timeline (where the keys go once the form has closed): its newest entry is the
    # file; Space shows it.
    press("home")
    assert focused_name() == "timeline"
    press("space")
    viewers = _shown(FileViewer)
    assert len(viewers) == 1
    viewer = viewers[0]
    assert viewer.title.text() == "visittkort.jpg" and "Visittkort foran på disken" in viewer.caption.text()
    assert viewer.facts.text().endswith("2560 × 1600")  # scaled to the longest side allowed
    wait_until(lambda: viewer.picture.pixmap() is not None and not viewer.picture.pixmap().isNull())
    press("esc")
    assert not _shown(FileViewer)


def _answer_form() -> None:
    """In the attach form: the caption has focus; type it and attach with Ctrl+Enter."""
    assert focused_name() == "attachCaption", focused_name()
    write("Visittkort foran på disken")
    press("ctrl+return")


def test_paste_a_screenshot_into_the_timeline_and_page_through_the_files(
        app: AppSession, tmp_path: Path) -> None:
    w = app.window
    _open(app, "vardø", "Vardø Fisk AS")
    assert focused_name() == "timeline"
    for colour in ("#3366aa", "#aa6633"):
        # What a person did elsewhere: a screenshot copied to the clipboard.
        shot = QImage(1280, 720, QImage.Format.Format_RGB32)
        shot.fill(QColor(colour))
        QApplication.clipboard().setImage(shot)
        press("ctrl+v")
        assert focused_name() == "attachCaption"  # the form, with the picture in it
        press("ctrl+return")
        wait_until(lambda: not w.attach_queue.busy, 15_000)
    wait_until(lambda: w.company_page.files.model.rowCount() == 2, 5000)
    names = [f.file_name for f in w.company_page.files.model.files]
    assert all(n.startswith("Skjermbilde ") and n.endswith(".png") for n in names), names
    press("home")
    assert focused_name() == "timeline"
    press("space")
    viewer = _shown(FileViewer)[0]
    assert viewer.windowTitle() == "Vedlegg 1 av 2"
    press("right")
    assert viewer.windowTitle() == "Vedlegg 2 av 2" and viewer.title.text() == names[1]
    press("left")
    assert viewer.windowTitle() == "Vedlegg 1 av 2"
    press("esc")


def test_a_market_days_files_by_keyboard_and_paste_then_the_viewer(app: AppSession, tmp_path: Path) -> None:
    w = app.window
    flyer = tmp_path / "stand.jpg"
    Image.new("RGB", (2000, 1500), (30, 120, 60)).save(flyer, "JPEG")
    # The market day, recorded as on the day.
    press("ctrl+shift+n")
    assert focused_name() == "eventName"
    write("Yrkesmesse i Alta")
    press("alt+l")  # &Legg til bedrift
    write("Alta Elektro")
    settle(100)
    press("return")
    press("ctrl+return")
    # Its page: the newest event is chosen, the list has the keyboard.
    press("ctrl+shift+e")
    page = w.events
    assert focused_name() == "eventList" and page.title.text() == "Yrkesmesse i Alta"
    assert page.files.none.text() == "Ingen vedlegg ennå."
    # A photo through the file picker and the attach form.
    picker_up = lambda: bool(_shown(QFileDialog))  # noqa: E731
    meanwhile(lambda: write(str(flyer)), lambda: press("return"), ready=picker_up)
    press("ctrl+shift+a")
    assert _shown(AttachDialog)
    assert focused_name() == "attachCaption", focused_name()
    write("Standen vår")
    press("ctrl+return")
    wait_until(lambda: not w.attach_queue.busy and page.files.model.rowCount() == 1, 15_000)
    # A screenshot pasted in the list (where the keys go once the form has closed; Home keeps
    # the newest event chosen).
    press("home")
    assert focused_name() == "eventList", focused_name()
    shot = QImage(1280, 720, QImage.Format.Format_RGB32)
    shot.fill(QColor("#aa6633"))
    QApplication.clipboard().setImage(shot)
    press("ctrl+v")
    assert focused_name() == "attachCaption"
    press("ctrl+return")
    wait_until(lambda: not w.attach_queue.busy and page.files.model.rowCount() == 2, 15_000)
    settle(400)
    assert page.files.title() == "Vedlegg (2)" and page.files.strip.isVisible()
    assert "2 vedlegg" in page.facts.text()
    assert all(f.thumbnail_sha256 for f in page.files.model.files)
    # Space in the list: the viewer, newest first; paged with the arrow keys.
    press("home")
    assert focused_name() == "eventList", focused_name()
    press("space")
    viewer = _shown(FileViewer)[0]
    assert viewer.windowTitle() == "Vedlegg 1 av 2" and viewer.title.text().startswith("Skjermbilde ")
    press("right")
    assert viewer.windowTitle() == "Vedlegg 2 av 2" and viewer.title.text() == "stand.jpg"
    assert "Standen vår" in viewer.caption.text()
    press("esc")
    assert not _shown(FileViewer)
