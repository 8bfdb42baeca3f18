"""A pull's `skip` leaves out exactly the sequence numbers in its ranges, however many it names
(the page statement differs with the number of ranges), in every branch of a hunter's scope."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sync.server.models import Record
from sync.server.pull import MAX_SKIP_RANGES
from tests.server.harness import ServerHarness, mutation, new_id, visit_fields


@pytest.mark.parametrize("ranges", range(MAX_SKIP_RANGES + 1))
def test_a_pull_leaves_out_exactly_its_skipped_ranges(harness: ServerHarness, ranges: int) -> None:
    kari = harness.new_user("kari")
    # Companies (the shared register) and kari's own visits, interleaved: both branches of her
    # scope hold records inside and outside the ranges.
    mutations = []
    for _ in range(3 * MAX_SKIP_RANGES + 2):
        company = new_id()
        mutations.append(mutation(len(mutations) + 1, "create", "company", company,
                                  name=f"Bedrift {company[:8]}"))
        mutations.append(mutation(len(mutations) + 1, "create", "visit", new_id(),
                                  **visit_fields(kari.user_id, company)))
    kari.push(mutations)
    with harness.db.reader() as s:
        seqs = {seq: record_id for seq, record_id in s.execute(
            select(Record.seq, Record.record_id).where(Record.entity.in_(("company", "visit"))))}
    ordered = sorted(seqs)
    # Ranges of two or three records with gaps between them, none starting right after the
    # cursor (such a range only moves the cursor on).
    skips: list[tuple[int, int]] = []
    at = 2
    for i in range(ranges):
        width = 2 + i % 2
        skips.append((ordered[at], ordered[at + width - 1]))
        at += width + 2
    r = kari.get("/sync/pull", params={"limit": 1000, **(
        {"skip": ",".join(f"{a}-{b}" for a, b in skips)} if skips else {})})
    assert r.status_code == 200, r.text
    got = {c["record_id"] for c in r.json()["changes"] if c["entity"] in ("company", "visit")}
    left_out = {seqs[n] for a, b in skips for n in ordered if a <= n <= b}
    assert len(left_out) == sum(b - a + 1 for a, b in skips)
    assert got == set(seqs.values()) - left_out
