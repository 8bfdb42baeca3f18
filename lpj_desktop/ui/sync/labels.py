"""Words for sync: field names, kinds of record, refusal reasons, values and records in words."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from lpj_desktop.domain.when import fmt_date, fmt_datetime
from lpj_desktop.services.sync_records import RecordRef
from lpj_desktop.ui import labels as common

translate = QCoreApplication.translate


def field_label(entity: str, name: str) -> str:
    """A synced field's name as the user knows it from the forms."""
    table = {
        "name": translate("SyncLabels", "Navn"),
        "orgnr": translate("SyncLabels", "Organisasjonsnummer"),
        "legal_form": translate("SyncLabels", "Organisasjonsform"),
        "industry_code": translate("SyncLabels", "Næringskode"),
        "employees": translate("SyncLabels", "Ansatte"),
        "website": translate("SyncLabels", "Nettside"),
        "business_address": translate("SyncLabels", "Forretningsadresse"),
        "business_postcode": translate("SyncLabels", "Postnummer"),
        "business_city": translate("SyncLabels", "Poststed"),
        "postal_address": translate("SyncLabels", "Postadresse"),
        "municipality_number": translate("SyncLabels", "Kommune"),
        "lb_status": translate("SyncLabels", "Lærebedriftstatus"),
        "approved_trades": translate("SyncLabels", "Godkjente fag"),
        "interest_trades": translate("SyncLabels", "Fag de er interessert i"),
        "tags": translate("SyncLabels", "Stikkord"),
        "owner_id": translate("SyncLabels", "Ansvarlig læreplassjeger"),
        "phone": translate("SyncLabels", "Telefon"),
        "email": translate("SyncLabels", "E-post"),
        "hunter_notes": translate("SyncLabels", "Notater"),
        "role": translate("SyncLabels", "Rolle"),
        "title": translate("SyncLabels", "Hva som skal gjøres"),
        "kind": translate("SyncLabels", "Type"),
        "due_on": translate("SyncLabels", "Frist"),
        "status": translate("SyncLabels", "Status"),
        "assignee_id": translate("SyncLabels", "Tildelt"),
        "notes": translate("SyncLabels", "Notater"),
        "starts_on": translate("SyncLabels", "Startdato"),
        "ends_on": translate("SyncLabels", "Sluttdato"),
        "description": translate("SyncLabels", "Beskrivelse"),
        "letters_sent": translate("SyncLabels", "Brev sendt"),
        "visits": translate("SyncLabels", "Besøk"),
        "agreements": translate("SyncLabels", "Avtaler"),
        "places": translate("SyncLabels", "Plasser"),
        "occurred_at": translate("SyncLabels", "Tidspunkt"),
        "outcome": translate("SyncLabels", "Utfall"),
        "channel": translate("SyncLabels", "Kontaktform"),
        "next_step": translate("SyncLabels", "Neste steg"),
        "next_step_on": translate("SyncLabels", "Dato for neste steg"),
        "text": translate("SyncLabels", "Tekst"),
    }
    return table.get(name, name.replace("_", " "))


def entity_label(entity: str) -> str:
    return {
        "company": translate("SyncLabels", "Bedrift"),
        "contact": translate("SyncLabels", "Kontaktperson"),
        "visit": translate("SyncLabels", "Besøk"),
        "event": translate("SyncLabels", "Arrangement"),
        "note": translate("SyncLabels", "Notat"),
        "followup": translate("SyncLabels", "Oppfølging"),
        "campaign": translate("SyncLabels", "Kampanje"),
        "campaign_target": translate("SyncLabels", "Kampanjemottaker"),
        "goal": translate("SyncLabels", "Produksjonsmål"),
        "handover": translate("SyncLabels", "Overføring"),
        "attachment": translate("SyncLabels", "Vedlegg"),
    }.get(entity, entity)


def change_label(name: str, entity: str) -> str:
    """"Ny bedrift", "Endring av besøk", "Sletting av notat", "Løsning av konflikt"."""
    what = entity_label(entity).lower()
    if name == "create":
        return {
            "company": translate("SyncLabels", "Ny bedrift"),
            "contact": translate("SyncLabels", "Ny kontaktperson"),
            "visit": translate("SyncLabels", "Nytt besøk"),
            "event": translate("SyncLabels", "Nytt arrangement"),
            "note": translate("SyncLabels", "Nytt notat"),
            "followup": translate("SyncLabels", "Ny oppfølging"),
            "campaign": translate("SyncLabels", "Ny kampanje"),
            "campaign_target": translate("SyncLabels", "Ny kampanjemottaker"),
            "goal": translate("SyncLabels", "Nytt produksjonsmål"),
            "handover": translate("SyncLabels", "Ny overføring"),
            "attachment": translate("SyncLabels", "Nytt vedlegg"),
        }.get(entity, what)
    if name == "update":
        return translate("SyncLabels", "Endring av {0}").format(what)
    if name == "delete":
        return translate("SyncLabels", "Sletting av {0}").format(what)
    if name == "resolve":
        return translate("SyncLabels", "Valg i konflikt om {0}").format(what)
    return name


def reason(code: str | None, message: str) -> str:
    """The server's reason for refusing a change, in words (its own text as the detail)."""
    words = {
        "invalid_fields": translate("SyncLabels", "Serveren godtok ikke en av verdiene."),
        "missing_fields": translate("SyncLabels", "Et felt som må fylles ut, mangler."),
        "not_owner": translate("SyncLabels", "Bare den som registrerte dette, kan endre det."),
        "staff_only": translate("SyncLabels", "Bare ansatte ved kontoret kan gjøre denne endringen."),
        "other_organisation": translate("SyncLabels", "Dette tilhører en annen organisasjon."),
        "unknown_record": translate("SyncLabels", "Serveren kjenner ikke denne oppføringen."),
        "record_deleted": translate(
            "SyncLabels", "Oppføringen er slettet på serveren og blir ikke gjenopprettet."),
        "id_taken": translate("SyncLabels", "Serveren har allerede en annen oppføring med samme id."),
        "unknown_reference": translate(
            "SyncLabels", "Den viser til noe serveren ikke har, for eksempel et firma eller en "
            "kontaktperson som aldri ble sendt."),
        "unknown_entity": translate("SyncLabels", "Serveren kjenner ikke denne typen oppføring."),
        "unknown_mutation": translate("SyncLabels", "Serveren kjenner ikke denne typen endring."),
    }.get(code or "")
    if words is None:
        return translate("SyncLabels", "Serveren sa ikke hvorfor.")
    return words


def server_text(message: str) -> str:
    """The server's own text (often English, meant for its admin), shown apart from the words."""
    return translate("SyncLabels", "Serverens melding: {0}").format(message) if message else ""


def fmt_when(value: datetime | date | None) -> str:
    if value is None:
        return ""
    return fmt_datetime(value) if isinstance(value, datetime) else fmt_date(value)


def record_words(ref: RecordRef) -> str:
    """"Alta Elektro AS", "Besøk 12.03.2025 10:00 hos Alta Elektro AS", "(ikke lenger her)"."""
    if not ref.exists:
        return translate("SyncLabels", "{0} som ikke finnes på denne maskinen").format(
            entity_label(ref.entity))
    if ref.entity == "company":
        return ref.title or ""
    parts = [entity_label(ref.entity)]
    if ref.title:
        parts.append(f"«{ref.title}»")
    if ref.when is not None:
        parts.append(fmt_when(ref.when))
    text = " ".join(parts)
    if ref.company_name:
        text = translate("SyncLabels", "{0} hos {1}").format(text, ref.company_name)
    return text


def value_words(entity: str, field: str, value: Any) -> str:
    """A field value as the forms show it ("Godkjent, med lærlinger", "Elektrikerfaget, Tømrerfaget")."""
    if value is None or value == "" or value == []:
        return translate("SyncLabels", "(tomt)")
    if field == "lb_status":
        return common.lb_status(value)
    if field == "outcome":
        return common.outcome(value)
    if field == "channel":
        return common.channel(value)
    if field == "status":
        return common.followup_status(value)
    if field == "kind" and entity == "followup":
        return common.followup_kind(value)
    if isinstance(value, bool):
        return translate("SyncLabels", "Ja") if value else translate("SyncLabels", "Nei")
    if isinstance(value, list):
        return ", ".join(str(v.get("trade", v)) if isinstance(v, dict) else str(v) for v in value)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return fmt_when(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)
