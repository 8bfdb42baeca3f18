"""Words for stored values (enums, problem keys), in the user's language. Never show raw values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lpj_desktop.domain.enums import Channel, EventKind, FollowUpKind, FollowUpStatus, LaerebedriftStatus
from lpj_desktop.domain.ladder import LADDER, Outcome


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def channel(value: str | None) -> str:
    return {
        Channel.VISIT: _t("Besøk"), Channel.PHONE: _t("Telefon"), Channel.VIDEO: _t("Videomøte"),
        Channel.EMAIL: _t("E-post"), Channel.LETTER: _t("Brev"), Channel.EVENT: _t("Arrangement"),
    }.get(value or "", value or "")  # type: ignore[call-overload]


def outcome(value: str | None) -> str:
    return {
        Outcome.NOT_REACHED: _t("Ikke nådd"),
        Outcome.NOT_INTERESTED: _t("Ikke interessert"),
        Outcome.WANTS_INFORMATION: _t("Interessert, vil ha informasjon"),
        Outcome.FOLLOW_UP_AGREED: _t("Avtalt oppfølging"),
        Outcome.WILL_APPLY: _t("Vil søke godkjenning"),
        Outcome.APPROVED: _t("Godkjent som lærebedrift"),
        Outcome.PLACE_OFFERED: _t("Læreplass tilbudt"),
        Outcome.CONTRACT_SIGNED: _t("Lærekontrakt signert"),
    }.get(value or "", value or "")  # type: ignore[call-overload]


def stage(value: str | None) -> str:
    return outcome(value) if value else _t("Ingen kontakt ennå")


def lb_status(value: str | None) -> str:
    return {
        LaerebedriftStatus.UNKNOWN: _t("Ukjent"),
        LaerebedriftStatus.POTENTIAL: _t("Mulig lærebedrift"),
        LaerebedriftStatus.APPROVED_NO_APPRENTICES: _t("Godkjent, uten lærlinger"),
        LaerebedriftStatus.APPROVED_WITH_APPRENTICES: _t("Godkjent, med lærlinger"),
    }.get(value or "", value or "")  # type: ignore[call-overload]


def event_kind(value: str | None) -> str:
    return {
        EventKind.MARKET_DAY: _t("Yrkesmesse / markedsdag"),
        EventKind.BUSINESS_MEETING: _t("Næringsforeningsmøte"),
        EventKind.SPEED_DATING: _t("Speed-dating med elever"),
        EventKind.OTHER: _t("Annet arrangement"),
    }.get(value or "", value or "")  # type: ignore[call-overload]


def followup_status(value: str | None) -> str:
    return {
        FollowUpStatus.OPEN: _t("Åpen"), FollowUpStatus.DONE: _t("Utført"),
        FollowUpStatus.CANCELLED: _t("Avlyst"),
    }.get(value or "", value or "")  # type: ignore[call-overload]


def followup_kind(value: str | None) -> str:
    return {
        FollowUpKind.CALL_BACK: _t("Ring tilbake"), FollowUpKind.SEND_MATERIAL: _t("Send materiell"),
        FollowUpKind.VISIT_AGAIN: _t("Nytt besøk"), FollowUpKind.OTHER: _t("Annet"),
    }.get(value or "", value or "")  # type: ignore[call-overload]


def problem(key: str) -> str:
    """A validation problem key (from the domain or a service) in words."""
    table = {
        "company_missing": _t("Velg hvilken bedrift besøket gjelder."),
        "company_unknown": _t("Bedriften finnes ikke lenger i registeret ditt."),
        "when_missing": _t("Skriv når kontakten var."),
        "when_no_timezone": _t("Tidspunktet mangler tidssone."),
        "when_in_future": _t("Tidspunktet er fram i tid. Et besøk som er planlagt, legges inn som neste steg."),
        "when_too_old": _t("Tidspunktet er for langt tilbake i tid."),
        "channel_missing": _t("Velg hvordan kontakten skjedde."),
        "outcome_missing": _t("Velg utfallet av kontakten."),
        "place_trade_missing": _t("Skriv hvilket fag plassen gjelder."),
        "place_count_range": _t("Antall plasser må være mellom 1 og 100."),
        "places_need_offer_outcome": _t("Tilbudte plasser krever utfallet «Læreplass tilbudt» eller høyere."),
        "next_step_text_missing": _t("Skriv hva neste steg er, eller fjern datoen."),
        "next_step_date_missing": _t("Velg en dato for neste steg."),
        "next_step_before_visit": _t("Neste steg kan ikke være før selve kontakten."),
        "next_step_in_past": _t("Datoen for neste steg har allerede vært. Velg i dag eller senere."),
        "event_name_missing": _t("Gi arrangementet et navn."),
        "event_companies_missing": _t("Legg til minst én bedrift som var til stede."),
        "name_missing": _t("Skriv bedriftens navn."),
        "empty": _t("Organisasjonsnummeret er tomt."),
        "not_digits": _t("Organisasjonsnummeret kan bare inneholde sifre."),
        "wrong_length": _t("Organisasjonsnummeret må ha 9 sifre."),
        "bad_checksum": _t("Organisasjonsnummeret er ikke gyldig (kontrollsifferet stemmer ikke). Sjekk at det er skrevet riktig."),  # noqa: E501
        "orgnr_exists": _t("Det finnes allerede en bedrift med dette organisasjonsnummeret."),
        "municipality_unknown": _t("Ukjent kommunenummer."),
        "contact_name_missing": _t("Skriv navnet på kontaktpersonen."),
        "phone_invalid": _t("Telefonnummeret ser ikke riktig ut."),
        "email_invalid": _t("E-postadressen ser ikke riktig ut."),
        "contact_unknown": _t("Kontaktpersonen finnes ikke lenger."),
        "note_empty": _t("Notatet er tomt."),
        "due_in_past": _t("Datoen har allerede vært. Velg i dag eller senere."),
        "followup_not_open": _t("Oppfølgingen er ikke åpen lenger."),
        "followup_unknown": _t("Oppfølgingen finnes ikke lenger."),
    }
    return table.get(key, key)


CHANNELS: tuple[Channel, ...] = tuple(Channel)
OUTCOMES: tuple[Outcome, ...] = LADDER
STATUSES: tuple[LaerebedriftStatus, ...] = tuple(LaerebedriftStatus)
EVENT_KINDS: tuple[EventKind, ...] = tuple(EventKind)
