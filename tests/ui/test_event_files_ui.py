"""An event's files (issue 23): the events page lists the events on the laptop, shows the chosen
one's facts and the companies that were there, and its files in the same strip as a campaign's:
attach through the form, a file dropped on it, the viewer paging through them. A file follows its
event's rules: only the hunter who recorded it may attach to it, and the page says so first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from lpj_desktop.domain.enums import EventKind
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.services.attachments import AttachmentRefused, attach_file
from lpj_desktop.services.events import event_details, event_list
from lpj_desktop.services.profile import get_profile
from lpj_desktop.services.visits import record_event
from lpj_desktop.store.blobs import LocalBlobs
from lpj_desktop.store.models import User
from lpj_desktop.ui.attachments.attach_dialog import AttachDialog
from lpj_desktop.ui.attachments.attach_queue import Source


def _photo(path: Path, colour: tuple[int, int, int] = (30, 90, 160)) -> Path:
    Image.new("RGB", (1600, 1200), colour).save(path, "JPEG")
    return path


def _event(store, ids, name: str, hunter_id: str | None = None, *, days_ago: int = 0) -> str:  # type: ignore[no-untyped-def]
    with store.session() as s:
        me = hunter_id or get_profile(s).user_id
        return record_event(
            s, name=name, kind=EventKind.MARKET_DAY, occurred_at=datetime.now(UTC) - timedelta(days=days_ago),
            hunter_id=me, company_ids=[ids["Alta Elektro AS"], ids["Vardø Fisk AS"]],
            outcome=Outcome.WANTS_INFORMATION, notes="Stand ved inngangen.").id


def _on_events_page(window):  # type: ignore[no-untyped-def]
    window.show()
    window.show_page("events")
    return window.events


def test_the_events_page_shows_an_event_its_companies_and_attaches_its_files(  # type: ignore[no-untyped-def]
        qtbot, window, seeded, tmp_path) -> None:
    store, _paths, ids = seeded
    _event(store, ids, "Yrkesmesse i Alta i fjor", days_ago=300)
    event_id = _event(store, ids, "Yrkesmesse i Alta")
    page = _on_events_page(window)
    assert page.model.rowCount() == 2 and page.event_id == event_id  # the newest is chosen
    assert page.title.text() == "Yrkesmesse i Alta"
    assert "Yrkesmesse / markedsdag" in page.facts.text() and "2 bedrifter" in page.facts.text()
    assert [page.companies.item(i).text() for i in range(page.companies.count())] == [
        "Alta Elektro AS", "Vardø Fisk AS"]
    assert page.files.none.isVisible() and page.files.attach_button.isEnabled()

    photos = [_photo(tmp_path / f"stand{i}.jpg", (60 * i, 100, 40)) for i in range(2)]
    form = page.files.attach([Source(p.name, path=p) for p in photos])
    assert isinstance(form, AttachDialog) and form.request().parent_entity == "event"
    form.caption.setText("Standen vår")
    form.save()
    qtbot.waitUntil(lambda: page.files.model.rowCount() == 2, timeout=20_000)
    assert page.files.title() == "Vedlegg (2)" and page.files.strip.isVisible()
    qtbot.waitUntil(lambda: "2 vedlegg" in page.facts.text())
    assert "2 vedlegg" in page.model.index(page.model.row_of(event_id)).data()

    # A document dropped on the strip goes through the same form.
    flyer = tmp_path / "brosjyre.pdf"
    flyer.write_bytes(b"%PDF-1.4\n%%EOF\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(flyer))])
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    page.files.dropEvent(drop)
    qtbot.waitUntil(lambda: page.files.findChild(AttachDialog) is not None
                    and page.files.findChild(AttachDialog).isVisible())
    dropped = page.files.findChild(AttachDialog)
    assert [s.name for s in dropped.request().sources] == ["brosjyre.pdf"]
    dropped.save()
    qtbot.waitUntil(lambda: page.files.model.rowCount() == 3, timeout=20_000)

    viewer = page.files.open_at(0)
    assert viewer is not None and viewer.windowTitle() == "Vedlegg 1 av 3"
    viewer.next()
    assert viewer.windowTitle() == "Vedlegg 2 av 3"
    viewer.close()

    # Enter on a company that was there opens it.
    page.companies.setCurrentRow(1)
    page.companies.itemActivated.emit(page.companies.currentItem())
    assert window.current_page_key() == "company" and window.company_page.title.text() == "Vardø Fisk AS"


def test_only_the_hunter_who_recorded_an_event_attaches_to_it(  # type: ignore[no-untyped-def]
        qtbot, window, seeded, tmp_path) -> None:
    store, _paths, ids = seeded
    with store.session() as s:
        s.add(User(id="teammate-1", name="Per Teammate", role="hunter"))
    event_id = _event(store, ids, "Speed-dating på Alta vgs", hunter_id="teammate-1")
    page = _on_events_page(window)
    assert page.event_id == event_id and "Per Teammate" in page.facts.text()
    assert not page.files.attach_button.isEnabled()
    assert page.files.none.text() == "Bare den som registrerte det, kan legge ved filer her."
    assert page.files.attach([Source("x.jpg", path=tmp_path / "x.jpg")]) is None
    # The rule is the service's: the CLI and any other way in are refused alike.
    with store.session() as s, pytest.raises(AttachmentRefused) as refused:
        me = get_profile(s).user_id
        attach_file(s, LocalBlobs.beside(store.path), _photo(tmp_path / "y.jpg"), "event", event_id,
                    author_id=me)
    assert refused.value.key == "parent_not_yours"


def test_the_event_list_counts_companies_and_files(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, _paths, ids = seeded
    event_id = _event(store, ids, "Næringsforeningen i Vardø")
    with store.session() as s:
        me = get_profile(s).user_id
        attach_file(s, LocalBlobs.beside(store.path), _photo(tmp_path / "a.jpg"), "event", event_id,
                    author_id=me)
    with store.reader() as s:
        (row,) = event_list(s)
        details = event_details(s, event_id)
    assert (row.name, row.companies, row.files) == ("Næringsforeningen i Vardø", 2, 1)
    assert details is not None and details.notes == "Stand ved inngangen."
    assert [name for _id, name in details.companies] == ["Alta Elektro AS", "Vardø Fisk AS"]


def test_a_files_owner_is_named_as_written(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The viewer and the removal question name what a file belongs to: the event by its name,
    a contact person with the capitals of their name (it was lowered whole: "ola nordmann")."""
    from lpj_desktop.services.attachment_lists import company_files, record_files
    from lpj_desktop.services.contacts import ContactInput, add_contact
    from lpj_desktop.ui.attachments import words

    store, _paths, ids = seeded
    event_id = _event(store, ids, "Yrkesmesse i Alta")
    with store.session() as s:
        me = get_profile(s).user_id
        attach_file(s, LocalBlobs.beside(store.path), _photo(tmp_path / "stand.jpg"), "event", event_id,
                    author_id=me)
        contact = add_contact(s, ids["Alta Elektro AS"], ContactInput(name="Ola Nordmann"))
        attach_file(s, LocalBlobs.beside(store.path), _photo(tmp_path / "kort.jpg"), "contact", contact.id,
                    author_id=me)
    with store.reader() as s:
        (event_file,) = record_files(s, "event", event_id)
        (contact_file,) = company_files(s, ids["Alta Elektro AS"])
    assert words.belongs_to(event_file) == "Arrangement Yrkesmesse i Alta"
    assert words.belongs_to_in_sentence(event_file) == "arrangement Yrkesmesse i Alta"
    assert words.belongs_to_in_sentence(contact_file) == "kontaktperson Ola Nordmann"
