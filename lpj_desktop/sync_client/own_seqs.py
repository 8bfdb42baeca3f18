"""The app's own writes, not pulled back.

A push answer (asked with `?own_seqs=1`) says which sequence numbers the push's records got on
the server where the server holds exactly what the app sent and has (new records, edits on the
version the server held, no conflict): `own_seqs`, as ranges. The next pull sends them as
`skip`, and the server leaves them out: a laptop that pushed 10,000 visits does not download
them again. A push numbers its records one after another under the server's write lock, so
another client's write never falls inside one of these ranges, and is pulled as always.

When a push answer does not cover every mutation it applied (a conflict, a merge into another
company, a second create that kept the server's values, an edit on an older version, or an
older server that does not answer `own_seqs`), the app's copy of some record may differ from the
server's: nothing is skipped then until a pull has run to its end. A pull run to its end has
passed every range (they were all written before it began), so they are forgotten then.

Kept in `sync_state` (STATE_OWN_SEQS), written with the push answer in one transaction: a sync cut
between its push and its pull still skips them in the next.
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from lpj_desktop.sync_client.api import STATE_OWN_SEQS
from lpj_desktop.sync_client.state import get_state, set_state
from sync.protocol import MutationStatus, PushResponse, own_seqs_cover

# What a pull's `skip` may hold (the server's MAX_SKIP_RANGES); ranges beyond are pulled back.
MAX_SKIP_RANGES = 8


def _load(session: Session) -> dict[str, object] | None:
    text = get_state(session, STATE_OWN_SEQS)
    return json.loads(text) if text else None


def note_push(session: Session, response: PushResponse) -> None:
    """Keep the answer's own sequence numbers (in the push's transaction)."""
    applied = sum(1 for r in response.results
                  if r.status == MutationStatus.APPLIED and not r.replayed)
    if not applied:
        return
    held = _load(session)
    if held is None or held.get("epoch") != response.epoch:
        held = {"epoch": response.epoch, "ranges": [], "pull_all": False}
    if not own_seqs_cover(applied, response.own_seqs):
        held["pull_all"] = True
    ranges = [*held["ranges"], *([a, b] for a, b in response.own_seqs)]  # type: ignore[misc]
    held["ranges"] = _merged(ranges)
    set_state(session, STATE_OWN_SEQS, json.dumps(held))


def skip_param(session: Session, epoch: str | None) -> str | None:
    """The pull's `skip` ("first-last,…"), or None when there is nothing to skip or the view must
    be pulled whole."""
    held = _load(session)
    if held is None or held.get("pull_all") or held.get("epoch") != epoch or not held.get("ranges"):
        return None
    ranges = held["ranges"][:MAX_SKIP_RANGES]  # type: ignore[index]
    return ",".join(f"{a}-{b}" for a, b in ranges)


def may_skip_own(session: Session, epoch: str | None) -> bool:
    """Whether a pull asked with a push may also leave out that push's own writes (`skip_own`):
    not while an earlier answer of this epoch did not cover all it applied."""
    held = _load(session)
    return held is None or held.get("epoch") != epoch or not held.get("pull_all")


def forget_own_seqs(session: Session) -> None:
    """A pull ran to its end (or the view is taken anew): every range is behind the cursor."""
    if get_state(session, STATE_OWN_SEQS) is not None:
        set_state(session, STATE_OWN_SEQS, None)


def _merged(ranges: list[list[int]]) -> list[list[int]]:
    out: list[list[int]] = []
    for first, last in sorted(ranges):
        if out and first <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], last)
        else:
            out.append([first, last])
    return out
