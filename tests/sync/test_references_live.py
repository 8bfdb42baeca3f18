"""A visit naming a contact the server never got, through the real engine and server: the server
refuses it (`unknown_reference`), the app lists it among the refused changes with the reason in
words, the queue moves on, the next sync has nothing to send (no loop), and the other laptop
never sees the visit."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from live import LiveServer, make_client
from test_engine_live import ORGNRS, register_company

from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import VisitDraft
from lpj_desktop.services.sync_rejections import rejected_changes
from lpj_desktop.services.visits import record_visit
from lpj_desktop.store.models import Contact, Visit
from lpj_desktop.ui.sync.labels import reason
from sync.kernel.ids import uuid7


def test_a_visit_naming_a_missing_contact_is_listed_as_refused(tmp_path: Path, server: LiveServer) -> None:
    server.add_user("kari")
    server.add_user("ola", role="staff")
    kari, ola = make_client(tmp_path, server, "kari"), make_client(tmp_path, server, "ola")
    cid = register_company(kari, ORGNRS[40])
    with kari.store.session() as s:
        # A contact only this laptop has (not in its outbox: never on its way to the server).
        contact = Contact(id=uuid7(), company_id=cid, name="Per Hansen")
        s.add(contact)
        s.flush()
        vid = record_visit(s, VisitDraft(company_id=cid, occurred_at=datetime.now(UTC), channel=Channel.PHONE,
                                         outcome=Outcome.WANTS_INFORMATION, contact_id=contact.id),
                           kari.user_id).visit.id

    report = kari.engine.sync()
    assert report.finished and (report.pushed, report.rejected) == (1, 1)  # the company, the visit
    with kari.store.reader() as s:
        (refused,) = rejected_changes(s)
        assert s.get(Visit, vid) is not None  # kept on the laptop until the user decides
    assert refused.record.entity == "visit" and refused.error_code == "unknown_reference"
    assert "contact_id" in refused.reason
    assert reason(refused.error_code, refused.reason) == (
        "Den viser til noe serveren ikke har, for eksempel et firma eller en kontaktperson som "
        "aldri ble sendt.")

    again = kari.engine.sync()
    assert again.finished and (again.pushed, again.rejected) == (0, 0)
    ola.engine.sync()
    with ola.store.reader() as s:
        assert s.get(Visit, vid) is None
