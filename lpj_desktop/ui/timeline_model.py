"""A company's timeline as a list model that reads as it is scrolled (a page of visits at a time).

A company with 25,000 visits opens with its newest page; the view asks for more (`fetchMore`)
when the user scrolls near the end. Entries are plain `TimelineEntry` values from the service; the
words for them are made here, once per row, when the row is first shown.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from lpj_desktop.domain.when import fmt_date, fmt_datetime, today
from lpj_desktop.services.attachment_lists import files_of_visits
from lpj_desktop.services.timeline import TimelineEntry, TimelineReader
from lpj_desktop.services.use import read
from lpj_desktop.store.database import Store
from lpj_desktop.ui import labels
from lpj_desktop.ui.attachments import words as file_words
from lpj_desktop.ui.roles import ROLE_FILES, ROLE_ID, ROLE_KIND

PAGE = 200
# A long note is shown shortened: a 100 kB note would otherwise fill the whole timeline.
NOTE_LINES = 6
NOTE_CHARS = 600
TOOLTIP_CHARS = 3000


# translate("TimelineModel", …) written out at each call: lupdate files a string under the context
# it sees in the call, and a wrapper hid it (the English app showed these in Norwegian).
translate = QCoreApplication.translate


def shorten(text: str, *, lines: int = NOTE_LINES, chars: int = NOTE_CHARS) -> str:
    """The first `lines` lines and `chars` characters of `text`, with "…" where it was cut."""
    kept = text.split("\n")[:lines]
    short = "\n".join(kept)
    if len(short) > chars:
        short = short[:chars].rstrip()
    return short if short == text else short + " …"


class TimelineModel(QAbstractListModel):
    """Rows of one company's timeline; `show_company` starts it over."""

    def __init__(self, store: Store, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.store = store
        self.entries: list[TimelineEntry] = []
        self._texts: dict[str, str] = {}  # record id → words, made when the row is first shown
        self._reader: TimelineReader | None = None

    def show_company(self, company_id: str | None, *, at_least: int = PAGE) -> None:
        """Show `company_id`'s newest entries (at least `at_least` visits' worth if it has them)."""
        self.beginResetModel()
        self.entries, self._texts = [], {}
        self._reader = TimelineReader(company_id) if company_id else None
        if self._reader is not None:
            self.entries = read(self.store, self._reader.fetch, max(at_least, PAGE))
        self.endResetModel()

    def show_new(self) -> None:
        """After a save on the company shown: read only the head again (new visits, the notes and
        follow-ups of the stretch shown) and insert what is new, update what changed. The older
        visits are neither read again nor reset, so the view keeps their laid-out rows; anything
        else than insertions and changes in place (an entry gone or moved) starts the model over."""
        if self._reader is None:
            return
        head = read(self.store, self._reader.head)
        head_ids = {e.record_id for e in head}
        kept = [e for e in self.entries if e.kind == "visit" and e.record_id not in head_ids]
        new = sorted(head + kept, key=lambda e: (e.when, e.record_id), reverse=True)
        old = list(self.entries)
        remaining = iter(e.record_id for e in new)
        in_order = all(any(rid == n for n in remaining) for rid in (e.record_id for e in old))
        if not old or not in_order:
            self.beginResetModel()
            self.entries, self._texts = new, {}
            self.endResetModel()
            return
        changed: list[int] = []
        j = 0
        for i, entry in enumerate(new):
            if j < len(old) and old[j].record_id == entry.record_id:
                if old[j] != entry:
                    self.entries[i] = entry
                    self._texts.pop(entry.record_id, None)
                    changed.append(i)
                j += 1
                continue
            self.beginInsertRows(QModelIndex(), i, i)
            self.entries.insert(i, entry)
            self.endInsertRows()
        for i in changed:
            self.dataChanged.emit(self.index(i), self.index(i))

    def files_changed(self, visit_ids: set[str], *, new_entries: bool = False) -> None:
        """Files were attached: the visits among the rows read so far get their files again (the
        other rows are neither read nor laid out again); with `new_entries`, files of the company
        itself or its contact persons come on top as entries of their own (`show_new`)."""
        rows = [i for i, e in enumerate(self.entries) if e.kind == "visit" and e.record_id in visit_ids]
        if rows:
            files = read(self.store, files_of_visits, [self.entries[i].record_id for i in rows])
            for i in rows:
                entry = self.entries[i]
                self.entries[i] = replace(entry, files=tuple(files.get(entry.record_id, ())))
                self._texts.pop(entry.record_id, None)
                self.dataChanged.emit(self.index(i), self.index(i))
        if new_entries:
            self.show_new()

    # -- the model ---------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self.entries) if self.entries or self._reader is None else 1

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._reader is not None and not self._reader.exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._reader is not None
        more = read(self.store, self._reader.fetch, PAGE)
        if not more:
            return
        first = len(self.entries)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.entries.extend(more)
        self.endInsertRows()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        if not self.entries:
            if role == Qt.ItemDataRole.DisplayRole:
                return translate(
                    "TimelineModel", "Ingen kontakt registrert ennå. Trykk Ctrl+N for å registrere et besøk."
                )
            return None
        row = index.row()
        entry = self.entries[row]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._texts.get(entry.record_id)
            if text is None:
                text = self._texts[entry.record_id] = entry_text(entry)
            return text
        if role == ROLE_ID:
            return entry.record_id
        if role == ROLE_KIND:
            return entry.kind
        if role == ROLE_FILES:
            return entry.files
        if role == Qt.ItemDataRole.ToolTipRole and entry.text and shorten(entry.text) != entry.text:
            return shorten(entry.text, lines=60, chars=TOOLTIP_CHARS)
        return None

    def row_of(self, record_id: str) -> int:
        """The row of a record among those read so far; -1 when not read (yet)."""
        return next((i for i, e in enumerate(self.entries) if e.record_id == record_id), -1)


def register_text(e: TimelineEntry) -> str:
    """A change in Enhetsregisteret: what changed, from what to what."""
    head = translate("TimelineModel", "Enhetsregisteret · {0}").format(fmt_datetime(e.when))
    what = {
        "name": translate("TimelineModel", "Nytt navn: {0} (før: {1})"),
        "business_address": translate("TimelineModel", "Ny forretningsadresse: {0} (før: {1})"),
        "postal_address": translate("TimelineModel", "Ny postadresse: {0} (før: {1})"),
    }.get(e.change or "")
    if what is not None:
        return head + "\n" + what.format(e.text or "–", e.reason or "–")
    flag = {
        "bankrupt": translate("TimelineModel", "Konkurs registrert"),
        "forced_dissolution": translate("TimelineModel", "Tvangsavvikling registrert"),
        "under_liquidation": translate("TimelineModel", "Avvikling registrert"),
        "deregistered": translate("TimelineModel", "Slettet fra registeret"),
    }.get(e.change or "", e.change or "")
    return head + "\n" + flag


def entry_text(e: TimelineEntry) -> str:
    """The words of one entry: a first line (when · how · outcome · who), then the details."""
    if e.kind == "followup":
        overdue = e.status == "open" and e.due_on is not None and e.due_on < today()
        status = translate("TimelineModel", "forfalt") if overdue else labels.followup_status(e.status)
        return translate("TimelineModel", "Oppfølging {0} · {1}: {2}").format(
            fmt_date(e.due_on), status, e.text
        )
    if e.kind == "handover":
        return handover_text(e)
    if e.kind == "note":
        return (
            translate("TimelineModel", "Notat · {0} · {1}").format(fmt_datetime(e.when), e.author)
            + "\n"
            + shorten(e.text)
        )
    if e.kind == "register":
        return register_text(e)
    if e.kind == "file":
        return file_text(e)
    head = f"{fmt_datetime(e.when)} · {labels.channel(e.channel)} · {labels.outcome(e.outcome)}"
    if e.author:
        head += f" · {e.author}"
    lines = [head]
    if e.event_name:
        lines.append(
            translate("TimelineModel", "Arrangement: {0} ({1})").format(
                e.event_name, labels.event_kind(e.event_kind)
            )
        )
    if e.reason:
        lines.append(translate("TimelineModel", "Grunn: {0}").format(e.reason))
    details = []
    if e.contact_name is not None:
        details.append(
            translate("TimelineModel", "Kontakt: {0}").format(
                e.contact_name or translate("TimelineModel", "(slettet)")
            )
        )
    if e.trades:
        details.append(translate("TimelineModel", "Fag: {0}").format(", ".join(e.trades)))
    if e.places:
        details.append(
            translate("TimelineModel", "Plasser: {0}").format(
                ", ".join(f"{p.get('trade')} × {p.get('count')}" for p in e.places)
            )
        )
    if details:
        lines.append(" · ".join(details))
    if e.text:
        lines.append(shorten(e.text))
    if e.next_step:
        lines.append(
            translate("TimelineModel", "Neste steg: {0} ({1})").format(e.next_step, fmt_date(e.next_step_on))
        )
    if e.files:
        lines.append(translate("TimelineModel", "Vedlegg: {0}").format(
            shorten(", ".join(f.caption or f.file_name for f in e.files), lines=1, chars=200)))
    return "\n".join(lines)


def file_text(e: TimelineEntry) -> str:
    """A file attached to the company or a contact person: when, who, and what it is."""
    f = e.files[0]
    head = translate("TimelineModel", "Vedlegg · {0} · {1}").format(fmt_datetime(e.when), e.author)
    lines = [head, f"{f.caption} ({f.file_name})" if f.caption else f.file_name]
    if f.parent_entity == "contact":
        lines.append(file_words.belongs_to(f))
    return "\n".join(lines)


def handover_text(e: TimelineEntry) -> str:
    """ "Overført fra Kari til Siri 04.12.2026", with who did it and the follow-ups that went along."""
    day = fmt_date(e.when)
    if e.undo:
        head = translate("TimelineModel", "Overføring angret: tilbake fra {0} til {1} {2}").format(
            e.from_name, e.to_name, day
        )
    elif e.company_moved:
        head = translate("TimelineModel", "Overført fra {0} til {1} {2}").format(e.from_name, e.to_name, day)
    else:
        head = translate("TimelineModel", "Oppfølginger overført fra {0} til {1} {2}").format(
            e.from_name, e.to_name, day
        )
    details = []
    if e.moved_followups:
        # Singular and plural as two strings: the source language has no catalogue of its own
        # to pick a plural form from.
        if e.moved_followups == 1:
            details.append(
                translate("TimelineModel", "1 åpen oppfølging fulgte med")
                if e.company_moved or e.undo
                else translate("TimelineModel", "1 åpen oppfølging")
            )
        else:
            details.append(
                (
                    translate("TimelineModel", "{0} åpne oppfølginger fulgte med")
                    if e.company_moved or e.undo
                    else translate("TimelineModel", "{0} åpne oppfølginger")
                ).format(e.moved_followups)
            )
    if e.author:
        details.append(translate("TimelineModel", "av {0}").format(e.author))
    return head + ("\n" + " · ".join(details) if details else "")
