"""Words for stored values (enums, problem keys), in the user's language. Never show raw values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lpj_desktop.domain.enums import Channel, EventKind, FollowUpKind, FollowUpStatus, LaerebedriftStatus
from lpj_desktop.domain.ladder import LADDER, Outcome

translate = QCoreApplication.translate


def channel(value: str | None) -> str:
    return {
        Channel.VISIT: translate("Labels", "Besøk"),
        Channel.PHONE: translate("Labels", "Telefon"),
        Channel.VIDEO: translate("Labels", "Videomøte"),
        Channel.EMAIL: translate("Labels", "E-post"),
        Channel.LETTER: translate("Labels", "Brev"),
        Channel.EVENT: translate("Labels", "Arrangement"),
    }.get(value or "", value or "")  # type: ignore[call-overload]


def outcome(value: str | None) -> str:
    return {
        Outcome.NOT_REACHED: translate("Labels", "Ikke nådd"),
        Outcome.NOT_INTERESTED: translate("Labels", "Ikke interessert"),
        Outcome.WANTS_INFORMATION: translate("Labels", "Interessert, vil ha informasjon"),
        Outcome.FOLLOW_UP_AGREED: translate("Labels", "Avtalt oppfølging"),
        Outcome.WILL_APPLY: translate("Labels", "Vil søke godkjenning"),
        Outcome.APPROVED: translate("Labels", "Godkjent som lærebedrift"),
        Outcome.PLACE_OFFERED: translate("Labels", "Læreplass tilbudt"),
        Outcome.CONTRACT_SIGNED: translate("Labels", "Lærekontrakt signert"),
    }.get(value or "", value or "")  # type: ignore[call-overload]


def stage(value: str | None) -> str:
    return outcome(value) if value else translate("Labels", "Ingen kontakt ennå")


def lb_status(value: str | None) -> str:
    return {
        LaerebedriftStatus.UNKNOWN: translate("Labels", "Ukjent"),
        LaerebedriftStatus.POTENTIAL: translate("Labels", "Mulig lærebedrift"),
        LaerebedriftStatus.APPROVED_NO_APPRENTICES: translate("Labels", "Godkjent, uten lærlinger"),
        LaerebedriftStatus.APPROVED_WITH_APPRENTICES: translate("Labels", "Godkjent, med lærlinger"),
    }.get(value or "", value or "")  # type: ignore[call-overload]


def event_kind(value: str | None) -> str:
    return {
        EventKind.MARKET_DAY: translate("Labels", "Yrkesmesse / markedsdag"),
        EventKind.BUSINESS_MEETING: translate("Labels", "Næringsforeningsmøte"),
        EventKind.SPEED_DATING: translate("Labels", "Speed-dating med elever"),
        EventKind.OTHER: translate("Labels", "Annet arrangement"),
    }.get(value or "", value or "")  # type: ignore[call-overload]


def followup_status(value: str | None) -> str:
    return {
        FollowUpStatus.OPEN: translate("Labels", "Åpen"),
        FollowUpStatus.DONE: translate("Labels", "Utført"),
        FollowUpStatus.CANCELLED: translate("Labels", "Avlyst"),
    }.get(value or "", value or "")  # type: ignore[call-overload]


def followup_kind(value: str | None) -> str:
    return {
        FollowUpKind.CALL_BACK: translate("Labels", "Ring tilbake"),
        FollowUpKind.SEND_MATERIAL: translate("Labels", "Send materiell"),
        FollowUpKind.VISIT_AGAIN: translate("Labels", "Nytt besøk"),
        FollowUpKind.OTHER: translate("Labels", "Annet"),
    }.get(value or "", value or "")  # type: ignore[call-overload]


def problem(key: str) -> str:
    """A validation problem key (from the domain or a service) in words."""
    table = {
        "company_missing": translate("Labels", "Velg hvilken bedrift besøket gjelder."),
        "company_unknown": translate("Labels", "Bedriften finnes ikke lenger i registeret ditt."),
        "when_missing": translate("Labels", "Skriv når kontakten var."),
        "when_no_timezone": translate("Labels", "Tidspunktet mangler tidssone."),
        "when_in_future": translate(
            "Labels", "Tidspunktet er fram i tid. Et besøk som er planlagt, legges inn som neste steg."
        ),
        "when_too_old": translate("Labels", "Tidspunktet er for langt tilbake i tid."),
        "channel_missing": translate("Labels", "Velg hvordan kontakten skjedde."),
        "outcome_missing": translate("Labels", "Velg utfallet av kontakten."),
        "place_trade_missing": translate("Labels", "Skriv hvilket fag plassen gjelder."),
        "place_count_range": translate("Labels", "Antall plasser må være mellom 1 og 100."),
        "places_need_offer_outcome": translate(
            "Labels", "Tilbudte plasser krever utfallet «Læreplass tilbudt» eller høyere."
        ),
        "next_step_text_missing": translate("Labels", "Skriv hva neste steg er, eller fjern datoen."),
        "next_step_date_missing": translate("Labels", "Velg en dato for neste steg."),
        "next_step_before_visit": translate("Labels", "Neste steg kan ikke være før selve kontakten."),
        "next_step_in_past": translate(
            "Labels", "Datoen for neste steg har allerede vært. Velg i dag eller senere."
        ),
        "event_name_missing": translate("Labels", "Gi arrangementet et navn."),
        "event_companies_missing": translate("Labels", "Legg til minst én bedrift som var til stede."),
        "name_missing": translate("Labels", "Skriv bedriftens navn."),
        "empty": translate("Labels", "Organisasjonsnummeret er tomt."),
        "not_digits": translate("Labels", "Organisasjonsnummeret kan bare inneholde sifre."),
        "wrong_length": translate("Labels", "Organisasjonsnummeret må ha 9 sifre."),
        "bad_checksum": translate(
            "Labels",
            "Organisasjonsnummeret er ikke gyldig (kontrollsifferet stemmer ikke). "
            "Sjekk at det er skrevet riktig.",
        ),
        "orgnr_exists": translate(
            "Labels", "Det finnes allerede en bedrift med dette organisasjonsnummeret."
        ),
        "municipality_unknown": translate("Labels", "Ukjent kommunenummer."),
        "contact_name_missing": translate("Labels", "Skriv navnet på kontaktpersonen."),
        "phone_invalid": translate("Labels", "Telefonnummeret ser ikke riktig ut."),
        "email_invalid": translate("Labels", "E-postadressen ser ikke riktig ut."),
        "contact_unknown": translate("Labels", "Kontaktpersonen finnes ikke lenger."),
        "note_empty": translate("Labels", "Notatet er tomt."),
        "visit_not_yours": translate("Labels", "Bare den som registrerte besøket, kan rette det."),
        "due_in_past": translate("Labels", "Datoen har allerede vært. Velg i dag eller senere."),
        "followup_not_open": translate("Labels", "Oppfølgingen er ikke åpen lenger."),
        "followup_unknown": translate("Labels", "Oppfølgingen finnes ikke lenger."),
    }
    return table.get(key, key)


CHANNELS: tuple[Channel, ...] = tuple(Channel)
OUTCOMES: tuple[Outcome, ...] = LADDER
STATUSES: tuple[LaerebedriftStatus, ...] = tuple(LaerebedriftStatus)
EVENT_KINDS: tuple[EventKind, ...] = tuple(EventKind)
