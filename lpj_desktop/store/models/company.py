"""Companies (with their register facts and the hunter's own fields) and their contact persons."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lpj_desktop.domain.enums import CompanySource, LaerebedriftStatus
from lpj_desktop.store.base import Base, SyncedRecord
from sync.entities import COMPANY_REGISTER_FACTS
from sync.register_feed import is_active_in_register

# Columns refreshed from Enhetsregisteret. A re-import writes these and nothing else, so that what a
# hunter entered survives every refresh.
REGISTER_FIELDS: tuple[str, ...] = COMPANY_REGISTER_FACTS

# Columns only people edit; the importer never touches them.
HUNTER_FIELDS: tuple[str, ...] = (
    "lb_status", "approved_trades", "interest_trades", "tags", "owner_id",
    "phone", "email", "hunter_notes",
)


class Company(SyncedRecord, Base):
    __tablename__ = "company"

    orgnr: Mapped[str | None] = mapped_column(String(9), unique=True)
    source: Mapped[str] = mapped_column(String(16), default=CompanySource.MANUAL.value)

    # Register facts.
    name: Mapped[str] = mapped_column(String(300))
    legal_form: Mapped[str | None] = mapped_column(String(10))
    industry_code: Mapped[str | None] = mapped_column(String(10), index=True)
    industry_code_2: Mapped[str | None] = mapped_column(String(10))
    industry_code_3: Mapped[str | None] = mapped_column(String(10))
    employees: Mapped[int | None] = mapped_column(Integer)
    website: Mapped[str | None] = mapped_column(String(300))
    register_phone: Mapped[str | None] = mapped_column(String(40))
    register_email: Mapped[str | None] = mapped_column(String(200))
    business_address: Mapped[str | None] = mapped_column(String(300))
    business_postcode: Mapped[str | None] = mapped_column(String(10))
    business_city: Mapped[str | None] = mapped_column(String(100))
    postal_address: Mapped[str | None] = mapped_column(String(300))
    postal_postcode: Mapped[str | None] = mapped_column(String(10))
    postal_city: Mapped[str | None] = mapped_column(String(100))
    municipality_number: Mapped[str | None] = mapped_column(String(4), index=True)
    municipality_name: Mapped[str | None] = mapped_column(String(100))
    county_number: Mapped[str | None] = mapped_column(String(2), index=True)
    parent_orgnr: Mapped[str | None] = mapped_column(String(9), index=True)
    is_subunit: Mapped[bool] = mapped_column(Boolean, default=False)
    registered_on: Mapped[date | None]
    founded_on: Mapped[date | None]
    bankrupt: Mapped[bool] = mapped_column(Boolean, default=False)
    under_liquidation: Mapped[bool] = mapped_column(Boolean, default=False)
    forced_dissolution: Mapped[bool] = mapped_column(Boolean, default=False)
    deregistered_on: Mapped[date | None]
    register_hash: Mapped[str | None] = mapped_column(String(32))
    register_refreshed_at: Mapped[datetime | None]

    # The hunter's own fields.
    lb_status: Mapped[str] = mapped_column(String(32), default=LaerebedriftStatus.UNKNOWN.value, index=True)
    approved_trades: Mapped[list[Any]] = mapped_column(default=list)
    interest_trades: Mapped[list[Any]] = mapped_column(default=list)
    tags: Mapped[list[Any]] = mapped_column(default=list)
    owner_id: Mapped[str | None] = mapped_column(String(36), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    hunter_notes: Mapped[str | None] = mapped_column(Text)

    # Derived locally from visits (never synced): kept in columns so lists can filter and sort fast.
    stage: Mapped[str | None] = mapped_column(String(32), index=True)
    last_contact_at: Mapped[datetime | None] = mapped_column(index=True)

    contacts: Mapped[list[Contact]] = relationship(back_populates="company", lazy="raise")

    __table_args__ = (Index("ix_company_name", "name"),)

    @property
    def is_active_in_register(self) -> bool:
        """Not bankrupt, not being dissolved, not deleted (the contract's one rule)."""
        return is_active_in_register({"bankrupt": self.bankrupt, "under_liquidation": self.under_liquidation,
                                      "forced_dissolution": self.forced_dissolution,
                                      "deregistered_on": self.deregistered_on})


class RegisterChange(SyncedRecord, Base):
    """A line of a company's timeline from Enhetsregisteret's update feed: a new name or address,
    or a flag (bankrupt, dissolving, deleted). Written by the server's feed import and pulled, or
    by this laptop's own import of the same feed file (the same ids: sync.register_feed)."""

    __tablename__ = "register_change"

    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    update_id: Mapped[int] = mapped_column(Integer)
    occurred_at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(32))
    old_value: Mapped[str | None] = mapped_column(String(500))
    new_value: Mapped[str | None] = mapped_column(String(500))


class Contact(SyncedRecord, Base):
    """A contact person in a company. Personal data: erasing blanks the fields and keeps a tombstone."""

    __tablename__ = "contact"

    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))

    company: Mapped[Company] = relationship(back_populates="contacts", lazy="raise")
