"""Free-text notes on a company (they belong to their author)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from lpj_desktop.domain.privacy import guard
from lpj_desktop.services import changes
from lpj_desktop.store.models import Company, Note
from sync.entities import contract_problems


class NoteError(ValueError):
    """A note that cannot be saved; `key` says why (and `limit` for a text too long)."""

    def __init__(self, key: str, limit: int | None = None) -> None:
        super().__init__(key)
        self.key = key
        self.limit = limit


def add_note(session: Session, company_id: str, author_id: str, text: str, *,
             allow_sensitive: bool = False) -> Note:
    """Save a note on a company. Empty text is refused (NoteError); a text that looks like it
    holds a national identity number or health details raises SensitiveText unless allowed."""
    if not text.strip():
        raise NoteError("note_empty")
    for p in contract_problems("note", {"text": text.strip()}):
        raise NoteError("text_too_long", p.limit)
    guard(text, allow=allow_sensitive)
    company = session.get(Company, company_id)
    if company is None or company.deleted_at is not None:
        raise NoteError("company_unknown")
    note = Note(company_id=company_id, author_id=author_id, text=text.strip())
    changes.create(session, note)
    return note
