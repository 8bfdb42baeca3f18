"""The words for attached files: why a file was refused, its size, what it belongs to."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lpj_desktop.domain.labels import QT_TRANSLATE_NOOP
from lpj_desktop.domain.when import fmt_date
from lpj_desktop.services.attachment_lists import AttachedFile

translate = QCoreApplication.translate

# The service's refusal keys (lpj_desktop/services/attachments.py MESSAGES), in the user's
# language; the placeholders are the service's.
REFUSED: dict[str, str] = {
    "gone": QT_TRANSLATE_NOOP(
        "Attachments", "Fila finnes ikke lenger (flyttet, slettet eller en minnepinne tatt ut)."),
    "unreadable": QT_TRANSLATE_NOOP("Attachments", "Fila kunne ikke leses: {detail}"),
    "changed": QT_TRANSLATE_NOOP(
        "Attachments", "Fila endret seg mens den ble lest. Prøv igjen når den er ferdig lagret."),
    "empty": QT_TRANSLATE_NOOP("Attachments", "Fila er tom."),
    "too_big": QT_TRANSLATE_NOOP("Attachments", "Fila er for stor ({size}). Største tillatte er {limit}."),
    "not_an_image": QT_TRANSLATE_NOOP(
        "Attachments", "Fila heter {name}, men er ikke et bilde appen kan lese."),
    "too_many_pixels": QT_TRANSLATE_NOOP(
        "Attachments", "Bildet har for mange bildepunkter ({pixels}) og kan ikke åpnes trygt."),
    "heic_unreadable": QT_TRANSLATE_NOOP("Attachments", "HEIC-bilder kan ikke leses på denne maskinen."),
    "unsupported": QT_TRANSLATE_NOOP(
        "Attachments",
        "Denne filtypen kan ikke legges ved. Bruk bilder (JPEG, PNG, HEIC), PDF eller Office-filer."),
    "parent_unknown": QT_TRANSLATE_NOOP(
        "Attachments", "Det du vil legge fila ved, finnes ikke (lenger) her."),
    "attachment_gone": QT_TRANSLATE_NOOP(
        "Attachments", "Vedlegget finnes ikke lenger (fjernet her, eller slettet av en synkronisering)."),
    "not_yours": QT_TRANSLATE_NOOP("Attachments", "Bare den som la ved fila, kan endre eller fjerne den."),
    "parent_not_yours": QT_TRANSLATE_NOOP(
        "Attachments", "Bare den som registrerte det, kan legge ved filer her."),
    "staff_only": QT_TRANSLATE_NOOP("Attachments", "Bare ansatte ved kontoret kan legge ved filer her."),
}


def refused(key: str, values: dict[str, object]) -> str:
    """Why a file was refused, in the user's language."""
    text = REFUSED.get(key)
    if text is None:  # a key this window does not know yet: the service's own sentence
        return key
    return translate("Attachments", text).format(**{k: str(v) for k, v in values.items()})


def size(n: int) -> str:
    """A file size as people read it: "820 kB", "3,4 MB"."""
    if n < 1024 * 1024:
        return translate("Attachments", "{0} kB").format(max(1, round(n / 1024)))
    return translate("Attachments", "{0} MB").format(f"{n / 1024 / 1024:.1f}".replace(".", ","))


def belongs_to(f: AttachedFile) -> str:
    """What the file is attached to, in words: "Besøk 12.03.2026", "Kontaktperson Ola Nordmann"."""
    if f.parent_entity == "visit":
        return translate("Attachments", "Besøk {0}").format(fmt_date(f.parent_when))
    if f.parent_entity == "contact":
        return translate("Attachments", "Kontaktperson {0}").format(f.parent_name or "")
    if f.parent_entity == "event":
        return (translate("Attachments", "Arrangement {0}").format(f.parent_name) if f.parent_name
                else translate("Attachments", "Arrangement"))
    if f.parent_entity == "campaign":
        return (translate("Attachments", "Kampanje {0}").format(f.parent_name) if f.parent_name
                else translate("Attachments", "Kampanje"))
    return translate("Attachments", "Bedriften")


def belongs_to_in_sentence(f: AttachedFile) -> str:
    """`belongs_to` inside a sentence: "fra besøk 12.03.2026", "fra kontaktperson Ola Nordmann"
    (only the first letter lowered: a name keeps its capitals)."""
    text = belongs_to(f)
    return text[:1].lower() + text[1:]


def kind(f: AttachedFile) -> str:
    """What sort of file it is: "Bilde", "PDF", "Word-dokument" …"""
    if f.is_photo:
        return translate("Attachments", "Bilde")
    return {
        "application/pdf": translate("Attachments", "PDF"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
            translate("Attachments", "Word-dokument"),
        "application/msword": translate("Attachments", "Word-dokument"),
        "application/vnd.oasis.opendocument.text": translate("Attachments", "Tekstdokument"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
            translate("Attachments", "Regneark"),
        "application/vnd.ms-excel": translate("Attachments", "Regneark"),
        "application/vnd.oasis.opendocument.spreadsheet": translate("Attachments", "Regneark"),
    }.get(f.media_type, translate("Attachments", "Presentasjon"))
