"""Drafts for the smaller forms (event, note, company, contact): what is typed is on disk at once,
and the form opened again by the same shortcut, after Esc, a crash or a kill, gets it back."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from lpj_desktop.services.drafts import FormDrafts
from sync.kernel.ids import uuid7

log = logging.getLogger(__name__)


class DraftKeeper:
    """One form's draft. `read()` gives the form's fields (JSON values); `write(fields)` fills the
    form. `scope` narrows which drafts belong to this opening (a note for *this* company)."""

    def __init__(self, drafts: FormDrafts | None, kind: str, *, read: Callable[[], dict[str, Any]],
                 write: Callable[[dict[str, Any]], None], scope: dict[str, Any] | None = None,
                 say: Callable[[str], None] | None = None) -> None:
        self.drafts, self.kind, self.read, self.scope = drafts, kind, read, scope or {}
        self.say = say or (lambda _t: None)
        self.key = uuid7()
        self.restored = False
        self._loading = False
        if drafts is None:
            return
        for found in drafts.load(kind):
            if all(found.fields.get(k) == v for k, v in self.scope.items()):
                self.key, self.restored = found.key, True
                self._loading = True
                try:
                    write(found.fields)
                finally:
                    self._loading = False
                break

    def edited(self, *_args: object) -> None:
        """Keep what the form holds now (or forget the draft once the form is empty again)."""
        if self._loading or self.drafts is None:
            return
        fields = self.read()
        try:
            if any(v not in (None, "", [], {}) for k, v in fields.items() if k not in self.scope):
                self.drafts.save(self.kind, self.key, {**fields, **self.scope})
            else:
                self.drafts.remove(self.kind, self.key)
        except OSError as exc:  # the form still holds everything; say that the safety net is gone
            log.exception("draft not saved")
            self.say(f"{exc}")

    def done(self) -> None:
        """The form was saved or discarded: its draft goes."""
        if self.drafts is not None:
            self.drafts.remove(self.kind, self.key)
