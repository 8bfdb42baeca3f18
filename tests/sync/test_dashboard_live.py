"""The staff dashboard's figures, read from the visit tallies, equal a plain count of the visits on a
staff laptop whose visits came from the real server over HTTP: by its first sync (the snapshot,
which sets the tallies aside and counts them at the end) and by later pulls of visits recorded,
corrected and deleted on a hunter's laptop."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from unittest import mock

import pytest
from live import Client, LiveServer, make_client

from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import PlaceOffer, VisitDraft
from lpj_desktop.services import figures
from lpj_desktop.services.companies import add_company_by_hand
from lpj_desktop.services.figures import FigureScope
from lpj_desktop.services.visits import correct_visit, delete_visit, draft_of_visit, record_visit
from lpj_desktop.store.models import Visit
from lpj_desktop.store.tallies import TRIGGERS
from lpj_desktop.sync_client import snapshot
from tests.staff.test_dashboard_reference import _same, reference

WHOLE = FigureScope(date(2024, 1, 1), date(2026, 12, 31))
SCOPES = [WHOLE, FigureScope(date(2025, 3, 30), date(2025, 6, 30)), FigureScope(date(2025, 10, 26),
                                                                                date(2025, 10, 26))]


def _visit(kari: Client, company: str, outcome: Outcome, when: datetime, places: int = 0) -> str:
    offers = [PlaceOffer("Tømrerfaget", places)] if places else []
    with kari.store.session() as s:
        return record_visit(s, VisitDraft(company_id=company, occurred_at=when, channel=Channel.VISIT,
                                          outcome=outcome, places=offers), kari.user_id).visit.id


def _check(staff: Client) -> None:
    for scope in SCOPES:
        with staff.store.reader() as s:
            expected = reference(s, scope)
        assert expected.figures.contacts > 0
        for many in (False, True):  # the plans of a short and of a long period
            with mock.patch.object(figures, "MANY_VISITS", 1 if many else figures.MANY_VISITS):
                _same(figures.load_dashboard(staff.store, scope), expected)


@pytest.fixture
def laptops(tmp_path: Path, server: LiveServer) -> tuple[Client, Client]:
    server.add_user("stab", role="staff", team=None)
    server.add_user("kari", team="Nord")
    return make_client(tmp_path, server, "kari"), make_client(tmp_path, server, "stab")


def test_the_figures_equal_a_plain_count_after_a_first_sync_and_pulls(laptops: tuple[Client, Client]
                                                                      ) -> None:
    kari, staff = laptops
    with kari.store.session() as s:
        companies = [add_company_by_hand(s, name=f"Bedrift {i}", municipality_number=m).id
                     for i, m in enumerate(("5501", "5601", "5401"))]
    # Around the change to summer time (30 March 2025, 01:00 UTC) and back (26 October), and 22:30
    # UTC: the next day in Norway in summer only.
    visits = [
        _visit(kari, companies[0], Outcome.WANTS_INFORMATION, datetime(2025, 3, 29, 22, 30, tzinfo=UTC)),
        _visit(kari, companies[0], Outcome.PLACE_OFFERED, datetime(2025, 3, 30, 22, 30, tzinfo=UTC), 2),
        _visit(kari, companies[1], Outcome.CONTRACT_SIGNED, datetime(2025, 6, 30, 21, 59, tzinfo=UTC), 1),
        _visit(kari, companies[1], Outcome.NOT_REACHED, datetime(2025, 10, 25, 22, 30, tzinfo=UTC)),
        _visit(kari, companies[2], Outcome.APPROVED, datetime(2025, 10, 26, 23, 0, tzinfo=UTC)),
        _visit(kari, companies[2], Outcome.FOLLOW_UP_AGREED, datetime(2024, 5, 2, 9, tzinfo=UTC)),
    ]
    assert kari.engine.sync().finished
    with mock.patch.object(snapshot, "DEFER_INDEXES_FROM", 1), \
            mock.patch.object(snapshot, "suspend_tallies", wraps=snapshot.suspend_tallies) as set_aside:
        report = staff.engine.sync()
    assert report.finished and report.pulled >= len(visits)
    assert set_aside.call_count == 1  # the tallies were set aside, and counted after the sync
    assert staff.engine.tally_count is not None and staff.engine.tally_count.wait(60)
    assert staff.engine.tally_count.counted and staff.engine.tally_count.error is None
    with staff.store.engine.connect() as conn:
        assert set(TRIGGERS) <= {n for (n,) in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    _check(staff)

    # Kari corrects, deletes and adds; the staff laptop pulls it.
    with kari.store.session() as s:
        offered = s.get(Visit, visits[1])
        draft = draft_of_visit(offered)
        draft.outcome, draft.places = Outcome.CONTRACT_SIGNED, [PlaceOffer("Kokkfaget", 3)]
        correct_visit(s, offered, draft, kari.user_id)
        moved = s.get(Visit, visits[3])
        draft = draft_of_visit(moved)
        draft.occurred_at, draft.outcome = datetime(2025, 10, 26, 22, 30, tzinfo=UTC), Outcome.WILL_APPLY
        correct_visit(s, moved, draft, kari.user_id)
        delete_visit(s, s.get(Visit, visits[2]))
        delete_visit(s, s.get(Visit, visits[4]))
    _visit(kari, companies[2], Outcome.PLACE_OFFERED, datetime(2025, 6, 1, 9, tzinfo=UTC), 4)
    assert kari.engine.sync().finished
    report = staff.engine.sync()
    assert report.finished and report.pulled >= 5
    _check(staff)
    with staff.store.reader() as s:
        dash = figures.dashboard(s, WHOLE)
    assert (dash.figures.contacts, dash.figures.places, dash.figures.contracts) == (5, 7, 1)


def test_a_hunters_first_sync_does_not_count_the_tallies(tmp_path: Path, server: LiveServer,
                                                         laptops: tuple[Client, Client]) -> None:
    """A hunter's laptop opens no staff figures: its first sync sets the tallies aside and leaves
    them so (no count after it; its pulls pay no triggers), and the hunter's own goal figures are
    counted from the visits, right."""
    kari, _staff = laptops
    with kari.store.session() as s:
        company = add_company_by_hand(s, name="Bedrift", municipality_number="5501").id
    _visit(kari, company, Outcome.PLACE_OFFERED, datetime(2025, 3, 30, 22, 30, tzinfo=UTC), 2)
    _visit(kari, company, Outcome.FOLLOW_UP_AGREED, datetime(2025, 6, 1, 9, tzinfo=UTC))
    assert kari.engine.sync().finished
    new_laptop = make_client(tmp_path, server, "kari")  # Kari's new laptop
    with mock.patch.object(snapshot, "DEFER_INDEXES_FROM", 1), \
            mock.patch.object(snapshot, "suspend_tallies", wraps=snapshot.suspend_tallies) as set_aside:
        assert new_laptop.engine.sync().finished
    assert set_aside.call_count == 1
    later = new_laptop.engine.tally_count  # the indexes left for later are built; nothing counted
    assert later is None or (later.wait(30) and later.error is None and not later.counted)
    with new_laptop.store.engine.connect() as conn:
        assert not set(TRIGGERS) & {n for (n,) in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    _visit(kari, company, Outcome.CONTRACT_SIGNED, datetime(2025, 6, 2, 9, tzinfo=UTC), 1)
    assert kari.engine.sync().finished
    assert new_laptop.engine.sync().finished
    assert new_laptop.engine.tally_count is later  # nothing started again
    with new_laptop.store.reader() as s:
        assert figures.hunters_activity(s, [kari.user_id], date(2025, 1, 1), date(2025, 12, 31)) == (3, 1, 3)
