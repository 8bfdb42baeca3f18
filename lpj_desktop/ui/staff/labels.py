"""Words for the values the staff views show. Same source texts and context as the hunter views'
labels, so one translation serves both."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lpj_desktop.domain.enums import Channel, LaerebedriftStatus
from lpj_desktop.domain.ladder import Outcome


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def channel(value: str | None) -> str:
    return {
        Channel.VISIT.value: _t("Besøk"), Channel.PHONE.value: _t("Telefon"),
        Channel.VIDEO.value: _t("Videomøte"), Channel.EMAIL.value: _t("E-post"),
        Channel.LETTER.value: _t("Brev"), Channel.EVENT.value: _t("Arrangement"),
    }.get(value or "", value or "")


def outcome(value: str | None) -> str:
    return {
        Outcome.NOT_REACHED.value: _t("Ikke nådd"),
        Outcome.NOT_INTERESTED.value: _t("Ikke interessert"),
        Outcome.WANTS_INFORMATION.value: _t("Interessert, vil ha informasjon"),
        Outcome.FOLLOW_UP_AGREED.value: _t("Avtalt oppfølging"),
        Outcome.WILL_APPLY.value: _t("Vil søke godkjenning"),
        Outcome.APPROVED.value: _t("Godkjent som lærebedrift"),
        Outcome.PLACE_OFFERED.value: _t("Læreplass tilbudt"),
        Outcome.CONTRACT_SIGNED.value: _t("Lærekontrakt signert"),
    }.get(value or "", value or "")


def stage(value: str | None) -> str:
    return outcome(value) if value else _t("Ingen kontakt ennå")


def lb_status(value: str | None) -> str:
    return {
        LaerebedriftStatus.UNKNOWN.value: _t("Ukjent"),
        LaerebedriftStatus.POTENTIAL.value: _t("Mulig lærebedrift"),
        LaerebedriftStatus.APPROVED_NO_APPRENTICES.value: _t("Godkjent, uten lærlinger"),
        LaerebedriftStatus.APPROVED_WITH_APPRENTICES.value: _t("Godkjent, med lærlinger"),
    }.get(value or "", value or "")


def funnel_step(key: str) -> str:
    return {
        "targeted": _t("Målbedrifter"), "contacted": _t("Kontaktet"), "interested": _t("Interessert"),
        "applying": _t("Søker godkjenning"), "approved": _t("Godkjent lærebedrift"),
        "places_offered": _t("Læreplass tilbudt"), "contracts_signed": _t("Lærekontrakt signert"),
    }.get(key, key)


def problem(key: str) -> str:
    """A row problem or input problem key from the staff services, in words."""
    table = {
        "orgnr_empty": _t("Organisasjonsnummeret mangler."),
        "orgnr_not_digits": _t("Organisasjonsnummeret skal bare ha sifre."),
        "orgnr_wrong_length": _t("Organisasjonsnummeret skal ha 9 sifre."),
        "orgnr_bad_checksum": _t("Organisasjonsnummeret er ikke gyldig (kontrollsifferet stemmer ikke)."),
        "empty": _t("Tom linje."),
        "not_digits": _t("Organisasjonsnummeret skal bare ha sifre."),
        "wrong_length": _t("Organisasjonsnummeret skal ha 9 sifre."),
        "bad_checksum": _t("Organisasjonsnummeret er ikke gyldig (kontrollsifferet stemmer ikke)."),
        "duplicate": _t("Samme bedrift og kontakt står tidligere i fila."),
        "not_in_store": _t("Bedriften finnes ikke i registeret ditt. Importer Enhetsregisteret eller "
                           "legg den til for hånd."),
        "company_missing": _t("Verken organisasjonsnummer eller bedriftsnavn er fylt ut."),
        "company_ambiguous": _t("Flere bedrifter har dette navnet; oppgi organisasjonsnummer."),
        "company_orgnr_exists": _t("Bedriften finnes allerede."),
        "company_name_missing": _t("Bedriftsnavnet mangler."),
        "email_invalid": _t("E-postadressen er ikke gyldig."),
        "phone_invalid": _t("Telefonnummeret har for få sifre."),
        "no_contact_means": _t("Verken e-post eller telefon er oppgitt."),
        "personal_number": _t("Raden inneholder et fødselsnummer. Slike opplysninger skal ikke lagres."),
        "no_hunter": _t("Ingen læreplassjeger å gi oppfølgingen til: velg en jeger for importen."),
        "trade_missing": _t("Lærefag mangler."),
        "apprentices_per_trade_unclear": _t("Antall lærlinger kan ikke knyttes til hvert fag."),
        "apprentices_not_a_number": _t("Antall lærlinger er ikke et tall."),
        "name_missing": _t("Skriv et navn."),
        "ends_before_start": _t("Sluttdatoen er før startdatoen."),
        "negative": _t("Tallet kan ikke være negativt."),
        "goal_subject_missing": _t("Velg en jeger eller et team."),
        "goal_empty": _t("Sett minst ett mål over null."),
        "missing_columns": _t("Fila mangler nødvendige kolonner:"),
        "unreadable": _t("Fila kan ikke leses."),
    }
    return table.get(key, key)
