"""Letter templates and the hunters' phone and e-mail for letters: tables of this laptop only.

Neither syncs (see the commit that added them): a template is the working text of the staff member
who prints a campaign's letters, and what must reach everyone is the effect of the letters, the
targets marked "letter sent" with date and channel, which goes through the outbox as usual.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lpj_desktop.store.base import Base, utcnow
from sync.kernel.ids import uuid7


class LetterTemplate(Base):
    """A named letter text (bokmål or nynorsk) with the sender facts it prints."""

    __tablename__ = "letter_template"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(2))
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(String(200), default="")
    interest_address: Mapped[str] = mapped_column(String(300), default="")
    # Who signs when a company has no hunter, and the phone/e-mail used when its hunter has none.
    sender_name: Mapped[str] = mapped_column(String(200), default="")
    sender_phone: Mapped[str] = mapped_column(String(40), default="")
    sender_email: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("name", name="uq_letter_template_name"),)


class LetterSender(Base):
    """A hunter's phone and e-mail as letters print them (the user directory holds neither)."""

    __tablename__ = "letter_sender"

    user_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
