"""Words for the values only the staff views show. Channels, outcomes, stages and statuses use the
hunter views' words (`lpj_desktop.ui.labels`), re-exported here so both say the same.

Every string is a literal `translate("StaffLabels", …)` call, so that lupdate finds it; the key
figures' words live Qt-free in `lpj_desktop.domain.labels` (the campaign PDF prints them too).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lpj_desktop.domain import labels as words
from lpj_desktop.ui.labels import channel, lb_status, outcome, stage

__all__ = ["channel", "figure", "figure_definition", "funnel_step", "lb_status", "outcome", "problem",
           "stage"]

translate = QCoreApplication.translate


def funnel_step(key: str) -> str:
    return {
        "targeted": translate("StaffLabels", "Målbedrifter"),
        "contacted": translate("StaffLabels", "Kontaktet"),
        "reached": translate("StaffLabels", "Nådd"),
        "interested": translate("StaffLabels", "Interessert"),
        "agreed": translate("StaffLabels", "Avtalt oppfølging"),
        "applying": translate("StaffLabels", "Søker godkjenning"),
        "approved": translate("StaffLabels", "Godkjent lærebedrift"),
        "places_offered": translate("StaffLabels", "Læreplass tilbudt"),
        "contracts_signed": translate("StaffLabels", "Lærekontrakt signert"),
    }.get(key, key)


def figure(key: str) -> str:
    """A key figure's name (a field of `figures.KeyFigures`)."""
    text = words.FIGURE.get(key)
    return translate("Labels", text) if text else key


def figure_definition(key: str) -> str:
    """How a key figure is counted, in a sentence or two."""
    text = words.FIGURE_DEFINITION.get(key)
    return translate("Labels", text) if text else ""


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
