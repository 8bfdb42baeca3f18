"""Phone numbers and e-mail addresses: the one check every entry path uses (the contact and company
forms, the company page, the CLI, the interest-form import), so "abc" is refused everywhere alike."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
# Digits with the usual separators and an optional leading +: "+47 777 77 777", "(0047) 77-77".
_PHONE = re.compile(r"^\+?[0-9 ()./-]+$")
MIN_PHONE_DIGITS = 5  # short numbers (switchboards, 02800) exist; fewer is a typo
MAX_PHONE_DIGITS = 15  # E.164


def phone_problem(text: str | None) -> str | None:
    """None when `text` is empty or looks like a phone number; else the problem key."""
    value = (text or "").strip()
    if not value:
        return None
    digits = sum(ch.isdigit() for ch in value)
    if not _PHONE.match(value) or not MIN_PHONE_DIGITS <= digits <= MAX_PHONE_DIGITS:
        return "phone_invalid"
    return None


def email_problem(text: str | None) -> str | None:
    """None when `text` is empty or looks like an e-mail address; else the problem key."""
    value = (text or "").strip()
    if value and not _EMAIL.match(value):
        return "email_invalid"
    return None
