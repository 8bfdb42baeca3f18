"""Half-written visits kept on disk, so a crash or an accidental close loses nothing.

One JSON file per draft in `paths.drafts_dir`, replaced atomically on every edit, offered back at
the next start, removed when the visit is saved or the user discards it.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import PlaceOffer, VisitDraft
from sync.kernel.ids import uuid7

log = logging.getLogger(__name__)
FORMAT = 1


@dataclass(frozen=True, slots=True)
class DraftFile:
    """A file chosen for the visit but not attached yet (it is attached once the visit is saved):
    where it is, the name it goes by, and whether the app wrote it itself (`owned`: a pasted
    picture kept in the drafts folder, removed once attached or discarded)."""

    path: str
    name: str
    owned: bool = False


@dataclass(frozen=True, slots=True)
class SavedDraft:
    key: str
    draft: VisitDraft
    saved_at: datetime
    company_name: str
    # Set when the draft is a correction of a visit already saved (not a new visit).
    visit_id: str | None = None
    # Fields' text as typed, where it may not mean a value yet (a date being written).
    typed: dict[str, str] = field(default_factory=dict)
    # Files chosen for the visit, attached once it is saved.
    files: list[DraftFile] = field(default_factory=list)


def draft_to_json(draft: VisitDraft) -> dict[str, Any]:
    return {
        "company_id": draft.company_id,
        "occurred_at": draft.occurred_at.isoformat() if draft.occurred_at else None,
        "channel": draft.channel.value if draft.channel else None,
        "contact_id": draft.contact_id,
        "trades": list(draft.trades),
        "outcome": draft.outcome.value if draft.outcome else None,
        "reason": draft.reason,
        "places": [{"trade": p.trade, "count": p.count} for p in draft.places],
        "notes": draft.notes,
        "next_step": draft.next_step,
        "next_step_on": draft.next_step_on.isoformat() if draft.next_step_on else None,
        "event_id": draft.event_id,
        "campaign_id": draft.campaign_id,
    }


def draft_from_json(data: dict[str, Any]) -> VisitDraft:
    def enum(cls: Any, value: Any) -> Any:
        return cls(value) if value in cls._value2member_map_ else None

    return VisitDraft(
        company_id=data.get("company_id"),
        occurred_at=datetime.fromisoformat(data["occurred_at"]) if data.get("occurred_at") else None,
        channel=enum(Channel, data.get("channel")),
        contact_id=data.get("contact_id"),
        trades=[str(t) for t in data.get("trades") or []],
        outcome=enum(Outcome, data.get("outcome")),
        reason=data.get("reason"),
        places=[
            PlaceOffer(str(p.get("trade", "")), int(p.get("count", 0))) for p in data.get("places") or []
        ],
        notes=data.get("notes") or "",
        next_step=data.get("next_step") or "",
        next_step_on=date.fromisoformat(data["next_step_on"]) if data.get("next_step_on") else None,
        event_id=data.get("event_id"),
        campaign_id=data.get("campaign_id"),
    )


class DraftStore:
    """The drafts folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def new_key(self) -> str:
        return uuid7()

    def _file(self, key: str) -> Path:
        if not key.replace("-", "").isalnum():
            raise ValueError(f"bad draft key {key!r}")
        return self.folder / f"visit-{key}.json"

    def save(self, key: str, draft: VisitDraft, company_name: str = "", visit_id: str | None = None,
             typed: dict[str, str] | None = None, files: list[DraftFile] | None = None) -> Path:
        """Write the draft atomically: a reader sees the old file or the new one, never half.
        `files`: those chosen for the visit (their paths: the files themselves stay where they are)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self._file(key)
        payload = {
            "format": FORMAT,
            "saved_at": datetime.now(UTC).isoformat(),
            "company_name": company_name,
            "visit_id": visit_id,
            "typed": typed or {},
            "files": [{"path": f.path, "name": f.name, "owned": f.owned} for f in files or []],
            "draft": draft_to_json(draft),
        }
        fd, tmp = tempfile.mkstemp(prefix=".draft-", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(payload, fh, ensure_ascii=False)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target

    def remove(self, key: str) -> None:
        self._file(key).unlink(missing_ok=True)

    def picture_file(self) -> Path:
        """Where a picture pasted into a visit form is kept until the visit is saved (a crash
        keeps it with the draft); the attach queue removes it once it is attached."""
        folder = self.folder / "pictures"
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{uuid7()}.png"

    def load_all(self) -> list[SavedDraft]:
        """Every readable draft, newest first. A damaged file is logged and set aside, not lost."""
        if not self.folder.is_dir():
            return []
        out = []
        for file in self.folder.glob("visit-*.json"):
            key = file.stem.removeprefix("visit-")
            try:
                payload = json.loads(file.read_text(encoding="utf-8"))
                out.append(
                    SavedDraft(
                        key,
                        draft_from_json(payload["draft"]),
                        datetime.fromisoformat(payload["saved_at"]),
                        payload.get("company_name", ""),
                        payload.get("visit_id"),
                        {str(k): str(v) for k, v in (payload.get("typed") or {}).items()},
                        [DraftFile(str(f["path"]), str(f.get("name") or Path(f["path"]).name),
                                   bool(f.get("owned"))) for f in payload.get("files") or []],
                    )
                )
            except (OSError, ValueError, KeyError, TypeError) as exc:
                log.warning("draft %s unreadable (%s); renamed to .damaged", file, exc)
                file.rename(file.with_suffix(".damaged"))
        out.sort(key=lambda d: d.saved_at, reverse=True)
        return out


@dataclass(frozen=True, slots=True)
class FormDraft:
    """A half-filled form of another kind than a visit (event, note, company, contact): its
    fields as typed, so nothing typed is lost, even what does not mean a value yet."""

    kind: str
    key: str
    fields: dict[str, Any]
    saved_at: datetime


FORM_KINDS = ("event", "note", "company", "contact")


class FormDrafts:
    """Drafts of the other forms, one JSON file each in the drafts folder beside the visits'."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def beside(cls, database: Path) -> FormDrafts:
        """The drafts of the store in `database` (AppPaths.drafts_dir: "drafts" beside it)."""
        return cls(database.parent / "drafts")

    def _file(self, kind: str, key: str) -> Path:
        if kind not in FORM_KINDS or not key.replace("-", "").isalnum():
            raise ValueError(f"bad draft {kind!r} {key!r}")
        return self.folder / f"{kind}-{key}.json"

    def save(self, kind: str, key: str, fields: dict[str, Any]) -> Path:
        """Write the draft atomically (a reader sees the old file or the new one)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        payload = {"format": FORMAT, "kind": kind, "saved_at": datetime.now(UTC).isoformat(),
                   "fields": fields}
        fd, tmp = tempfile.mkstemp(prefix=".draft-", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(payload, fh, ensure_ascii=False)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self._file(kind, key))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return self._file(kind, key)

    def remove(self, kind: str, key: str) -> None:
        self._file(kind, key).unlink(missing_ok=True)

    def load(self, kind: str) -> list[FormDraft]:
        """Every readable draft of `kind`, newest first; a damaged file is set aside, not lost."""
        if kind not in FORM_KINDS or not self.folder.is_dir():
            return []
        out = []
        for file in self.folder.glob(f"{kind}-*.json"):
            try:
                payload = json.loads(file.read_text(encoding="utf-8"))
                out.append(FormDraft(kind, file.stem.removeprefix(f"{kind}-"), dict(payload["fields"]),
                                     datetime.fromisoformat(payload["saved_at"])))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                log.warning("draft %s unreadable (%s); renamed to .damaged", file, exc)
                file.rename(file.with_suffix(".damaged"))
        out.sort(key=lambda d: d.saved_at, reverse=True)
        return out
