"""Norwegian organisation numbers (organisasjonsnummer): 9 digits, mod-11 checked."""

from __future__ import annotations

_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def normalize_orgnr(text: str) -> str:
    """Strip the spaces and dots people type inside numbers ("974 760 673", "974.760.673")."""
    return "".join(ch for ch in text.strip() if ch not in " .\u00a0-")


def orgnr_problem(text: str) -> str | None:
    """Return why `text` is not a valid organisation number, or None when it is.

    The reason is a short English key sentence; the UI translates it.
    """
    nr = normalize_orgnr(text)
    if not nr:
        return "empty"
    if not nr.isdigit() or not nr.isascii():
        return "not_digits"
    if len(nr) != 9:
        return "wrong_length"
    total = sum(int(d) * w for d, w in zip(nr[:8], _WEIGHTS, strict=True))
    remainder = total % 11
    check = 0 if remainder == 0 else 11 - remainder
    if check == 10 or check != int(nr[8]):
        return "bad_checksum"
    return None


def is_valid_orgnr(text: str) -> bool:
    """True when `text` is a 9-digit number whose mod-11 check digit is right."""
    return orgnr_problem(text) is None


def with_check_digit(first8: str) -> str | None:
    """Complete 8 digits with their check digit; None when no valid digit exists (remainder 1)."""
    total = sum(int(d) * w for d, w in zip(first8, _WEIGHTS, strict=True))
    remainder = total % 11
    check = 0 if remainder == 0 else 11 - remainder
    return None if check == 10 else first8 + str(check)
