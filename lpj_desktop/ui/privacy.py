"""The privacy guard's words: what looks like a national id number or health details in a text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lpj_desktop.domain.privacy import PrivacyFindings, privacy_findings


def privacy_warning(*texts: str) -> str:
    """A warning to show before saving, or "" when the texts look harmless."""
    return findings_warning(privacy_findings(*texts))


def findings_warning(found: PrivacyFindings) -> str:
    """The guard's findings (`SensitiveText.findings`) in words, or "" for none."""
    numbers, words = found.numbers, found.words
    parts = []
    if numbers:
        parts.append(
            QCoreApplication.translate(
                "Privacy", "Teksten ser ut til å inneholde et fødselsnummer ({0})."
            ).format(", ".join(numbers))
        )
    if words:
        parts.append(
            QCoreApplication.translate(
                "Privacy", "Teksten nevner noe som kan være helseopplysninger ({0})."
            ).format(", ".join(words))
        )
    if not parts:
        return ""
    parts.append(
        QCoreApplication.translate(
            "Privacy",
            "Slike opplysninger om personer skal ikke lagres her. Rett teksten, eller lagre på nytt "
            "for å lagre likevel.",
        )
    )
    return " ".join(parts)
