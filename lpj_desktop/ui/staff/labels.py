"""Words for the values the staff views show (the same Bokmål texts as the hunter views' labels).

Every string is a literal `translate("StaffLabels", …)` call, so that lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lpj_desktop.domain.enums import Channel, LaerebedriftStatus
from lpj_desktop.domain.ladder import Outcome

translate = QCoreApplication.translate


def channel(value: str | None) -> str:
    return {
        Channel.VISIT.value: translate("StaffLabels", "Besøk"),
        Channel.PHONE.value: translate("StaffLabels", "Telefon"),
        Channel.VIDEO.value: translate("StaffLabels", "Videomøte"),
        Channel.EMAIL.value: translate("StaffLabels", "E-post"),
        Channel.LETTER.value: translate("StaffLabels", "Brev"),
        Channel.EVENT.value: translate("StaffLabels", "Arrangement"),
    }.get(value or "", value or "")


def outcome(value: str | None) -> str:
    return {
        Outcome.NOT_REACHED.value: translate("StaffLabels", "Ikke nådd"),
        Outcome.NOT_INTERESTED.value: translate("StaffLabels", "Ikke interessert"),
        Outcome.WANTS_INFORMATION.value: translate("StaffLabels", "Interessert, vil ha informasjon"),
        Outcome.FOLLOW_UP_AGREED.value: translate("StaffLabels", "Avtalt oppfølging"),
        Outcome.WILL_APPLY.value: translate("StaffLabels", "Vil søke godkjenning"),
        Outcome.APPROVED.value: translate("StaffLabels", "Godkjent som lærebedrift"),
        Outcome.PLACE_OFFERED.value: translate("StaffLabels", "Læreplass tilbudt"),
        Outcome.CONTRACT_SIGNED.value: translate("StaffLabels", "Lærekontrakt signert"),
    }.get(value or "", value or "")


def stage(value: str | None) -> str:
    return outcome(value) if value else translate("StaffLabels", "Ingen kontakt ennå")


def lb_status(value: str | None) -> str:
    return {
        LaerebedriftStatus.UNKNOWN.value: translate("StaffLabels", "Ukjent"),
        LaerebedriftStatus.POTENTIAL.value: translate("StaffLabels", "Mulig lærebedrift"),
        LaerebedriftStatus.APPROVED_NO_APPRENTICES.value:
            translate("StaffLabels", "Godkjent, uten lærlinger"),
        LaerebedriftStatus.APPROVED_WITH_APPRENTICES.value:
            translate("StaffLabels", "Godkjent, med lærlinger"),
    }.get(value or "", value or "")


def funnel_step(key: str) -> str:
    return {
        "targeted": translate("StaffLabels", "Målbedrifter"),
        "contacted": translate("StaffLabels", "Kontaktet"),
        "interested": translate("StaffLabels", "Interessert"),
        "applying": translate("StaffLabels", "Søker godkjenning"),
        "approved": translate("StaffLabels", "Godkjent lærebedrift"),
        "places_offered": translate("StaffLabels", "Læreplass tilbudt"),
        "contracts_signed": translate("StaffLabels", "Lærekontrakt signert"),
    }.get(key, key)


def problem(key: str) -> str:
    """A row problem or input problem key from the staff services, in words."""
    bad_orgnr = translate("StaffLabels", "Organisasjonsnummeret er ikke gyldig (kontrollsifferet "
                                         "stemmer ikke).")
    digits_only = translate("StaffLabels", "Organisasjonsnummeret skal bare ha sifre.")
    nine_digits = translate("StaffLabels", "Organisasjonsnummeret skal ha 9 sifre.")
    table = {
        "orgnr_empty": translate("StaffLabels", "Organisasjonsnummeret mangler."),
        "orgnr_not_digits": digits_only,
        "orgnr_wrong_length": nine_digits,
        "orgnr_bad_checksum": bad_orgnr,
        "empty": translate("StaffLabels", "Tom linje."),
        "not_digits": digits_only,
        "wrong_length": nine_digits,
        "bad_checksum": bad_orgnr,
        "duplicate": translate("StaffLabels", "Samme bedrift og kontakt står tidligere i fila."),
        "not_in_store": translate("StaffLabels", "Bedriften finnes ikke i registeret ditt. Importer "
                                                 "Enhetsregisteret eller legg den til for hånd."),
        "company_missing": translate("StaffLabels", "Verken organisasjonsnummer eller bedriftsnavn er "
                                                    "fylt ut."),
        "company_ambiguous": translate("StaffLabels", "Flere bedrifter har dette navnet; oppgi "
                                                      "organisasjonsnummer."),
        "company_orgnr_exists": translate("StaffLabels", "Bedriften finnes allerede."),
        "company_name_missing": translate("StaffLabels", "Bedriftsnavnet mangler."),
        "email_invalid": translate("StaffLabels", "E-postadressen er ikke gyldig."),
        "phone_invalid": translate("StaffLabels", "Telefonnummeret har for få sifre."),
        "no_contact_means": translate("StaffLabels", "Verken e-post eller telefon er oppgitt."),
        "personal_number": translate("StaffLabels", "Raden inneholder et fødselsnummer. Slike opplysninger "
                                                    "skal ikke lagres."),
        "no_hunter": translate("StaffLabels", "Ingen læreplassjeger å gi oppfølgingen til: velg en jeger "
                                              "for importen."),
        "trade_missing": translate("StaffLabels", "Lærefag mangler."),
        "apprentices_per_trade_unclear": translate("StaffLabels", "Antall lærlinger kan ikke knyttes til "
                                                                  "hvert fag."),
        "apprentices_not_a_number": translate("StaffLabels", "Antall lærlinger er ikke et tall."),
        "name_missing": translate("StaffLabels", "Skriv et navn."),
        "ends_before_start": translate("StaffLabels", "Sluttdatoen er før startdatoen."),
        "negative": translate("StaffLabels", "Tallet kan ikke være negativt."),
        "goal_subject_missing": translate("StaffLabels", "Velg en jeger eller et team."),
        "goal_empty": translate("StaffLabels", "Sett minst ett mål over null."),
        "missing_columns": translate("StaffLabels", "Fila mangler nødvendige kolonner:"),
        "unreadable": translate("StaffLabels", "Fila kan ikke leses."),
    }
    return table.get(key, key)
