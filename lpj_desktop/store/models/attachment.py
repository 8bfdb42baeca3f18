"""Files attached to a visit, a company, a contact, an event or a campaign (issue 23).

The record (`attachment`) syncs like any other; the bytes live apart, in the content-addressed
blob store under the data folder (lpj_desktop/services/attachments.py), named by their SHA-256,
so the same photo attached twice is kept once. `attachment_upload` is this laptop's queue of
files the server has not got yet: it never leaves the device.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lpj_desktop.store.base import Base, SyncedRecord, utcnow


class Attachment(SyncedRecord, Base):
    __tablename__ = "attachment"

    parent_entity: Mapped[str] = mapped_column(String(16))
    parent_id: Mapped[str] = mapped_column(String(64))
    author_id: Mapped[str] = mapped_column(String(36))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100))
    file_name: Mapped[str] = mapped_column(String(255))
    caption: Mapped[str | None] = mapped_column(String(1000))
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    thumbnail_sha256: Mapped[str | None] = mapped_column(String(64))
    thumbnail_size: Mapped[int | None] = mapped_column(Integer)

    # A record's files are listed by its page and timeline.
    __table_args__ = (Index("ix_attachment_parent", "parent_id", "parent_entity"),)


class UploadState:
    WAITING = "waiting"  # not on the server yet (or partly: `offset` says how far)
    DONE = "done"  # the server holds it, hash checked
    REFUSED = "refused"  # refused for good (`error` in words); not tried again


class AttachmentUpload(Base):
    """One file waiting to reach the server, newest first (`queued_at`). `upload_url` is the
    server's tus upload once made, so that a cut upload resumes where the server stands."""

    __tablename__ = "attachment_upload"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    # The attachment the upload is made for: the server checks the caller may write its parent.
    attachment_id: Mapped[str] = mapped_column(String(36))
    # "original" or "thumbnail".
    role: Mapped[str] = mapped_column(String(16), default="original")
    upload_url: Mapped[str | None] = mapped_column(String(500))
    offset: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(16), default=UploadState.WAITING)
    error: Mapped[str | None] = mapped_column(Text)
    queued_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_attachment_upload_waiting", "state", "queued_at"),)
