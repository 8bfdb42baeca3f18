"""The Norwegian words for stored values (channels, outcomes, statuses, problem keys), with no Qt.

The command line prints them as they are. The GUI (`lpj_desktop/ui/labels.py`) passes them through
tr() in the "Labels" context, so they follow the user's language; lupdate finds them here by the
QT_TRANSLATE_NOOP marker (this file is among its sources, see `lpj_desktop/ui/i18n.py`).
"""

from __future__ import annotations

from collections.abc import Mapping

from lpj_desktop.domain.enums import (
    Channel,
    EventKind,
    FollowUpKind,
    FollowUpStatus,
    LaerebedriftStatus,
    Role,
)
from lpj_desktop.domain.ladder import Outcome


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks `text` for translation in `context`; it is translated where it is shown."""
    return text


CHANNEL: dict[str, str] = {
    Channel.VISIT: QT_TRANSLATE_NOOP("Labels", "Besøk"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "Telefon"),
    Channel.VIDEO: QT_TRANSLATE_NOOP("Labels", "Videomøte"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-post"),
    Channel.LETTER: QT_TRANSLATE_NOOP("Labels", "Brev"),
    Channel.EVENT: QT_TRANSLATE_NOOP("Labels", "Arrangement"),
}

OUTCOME: dict[str, str] = {
    Outcome.NOT_REACHED: QT_TRANSLATE_NOOP("Labels", "Ikke nådd"),
    Outcome.NOT_INTERESTED: QT_TRANSLATE_NOOP("Labels", "Ikke interessert"),
    Outcome.WANTS_INFORMATION: QT_TRANSLATE_NOOP("Labels", "Interessert, vil ha informasjon"),
    Outcome.FOLLOW_UP_AGREED: QT_TRANSLATE_NOOP("Labels", "Avtalt oppfølging"),
    Outcome.WILL_APPLY: QT_TRANSLATE_NOOP("Labels", "Vil søke godkjenning"),
    Outcome.APPROVED: QT_TRANSLATE_NOOP("Labels", "Godkjent som lærebedrift"),
    Outcome.PLACE_OFFERED: QT_TRANSLATE_NOOP("Labels", "Læreplass tilbudt"),
    Outcome.CONTRACT_SIGNED: QT_TRANSLATE_NOOP("Labels", "Lærekontrakt signert"),
}

NO_CONTACT_YET = QT_TRANSLATE_NOOP("Labels", "Ingen kontakt ennå")  # the stage before any visit

LB_STATUS: dict[str, str] = {
    LaerebedriftStatus.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Ukjent"),
    LaerebedriftStatus.POTENTIAL: QT_TRANSLATE_NOOP("Labels", "Mulig lærebedrift"),
    LaerebedriftStatus.APPROVED_NO_APPRENTICES: QT_TRANSLATE_NOOP("Labels", "Godkjent, uten lærlinger"),
    LaerebedriftStatus.APPROVED_WITH_APPRENTICES: QT_TRANSLATE_NOOP("Labels", "Godkjent, med lærlinger"),
}

EVENT_KIND: dict[str, str] = {
    EventKind.MARKET_DAY: QT_TRANSLATE_NOOP("Labels", "Yrkesmesse / markedsdag"),
    EventKind.BUSINESS_MEETING: QT_TRANSLATE_NOOP("Labels", "Næringsforeningsmøte"),
    EventKind.SPEED_DATING: QT_TRANSLATE_NOOP("Labels", "Speed-dating med elever"),
    EventKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Annet arrangement"),
}

FOLLOWUP_STATUS: dict[str, str] = {
    FollowUpStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Åpen"),
    FollowUpStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Utført"),
    FollowUpStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Avlyst"),
}

FOLLOWUP_KIND: dict[str, str] = {
    FollowUpKind.CALL_BACK: QT_TRANSLATE_NOOP("Labels", "Ring tilbake"),
    FollowUpKind.SEND_MATERIAL: QT_TRANSLATE_NOOP("Labels", "Send materiell"),
    FollowUpKind.VISIT_AGAIN: QT_TRANSLATE_NOOP("Labels", "Nytt besøk"),
    FollowUpKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Annet"),
}

ROLE: dict[str, str] = {
    Role.HUNTER: QT_TRANSLATE_NOOP("Labels", "læreplassjeger"),
    Role.STAFF: QT_TRANSLATE_NOOP("Labels", "ansatt"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "administrator"),
}

# The staff key figures (lpj_desktop.services.figures.KeyFigures), by field name: the same words
# on the dashboard, in the campaign PDF and in the Excel workbook, each with how it is counted.
FIGURE: dict[str, str] = {
    "targets": QT_TRANSLATE_NOOP("Labels", "Målbedrifter"),
    "letters_marked": QT_TRANSLATE_NOOP("Labels", "Brev registrert sendt"),
    "contacts": QT_TRANSLATE_NOOP("Labels", "Kontakter"),
    "companies_contacted": QT_TRANSLATE_NOOP("Labels", "Bedrifter kontaktet"),
    "interested": QT_TRANSLATE_NOOP("Labels", "Interesserte bedrifter"),
    "agreements": QT_TRANSLATE_NOOP("Labels", "Bedrifter med avtale"),
    "approved": QT_TRANSLATE_NOOP("Labels", "Godkjente lærebedrifter"),
    "companies_offering": QT_TRANSLATE_NOOP("Labels", "Bedrifter med læreplass tilbudt"),
    "places": QT_TRANSLATE_NOOP("Labels", "Tilbudte læreplasser (antall plasser)"),
    "contracts": QT_TRANSLATE_NOOP("Labels", "Bedrifter med lærekontrakt"),
}

FIGURE_DEFINITION: dict[str, str] = {
    "targets": QT_TRANSLATE_NOOP(
        "Labels", "Bedriftene på kampanjens målliste. Bedrifter som er tatt av lista, telles ikke."),
    "letters_marked": QT_TRANSLATE_NOOP("Labels", "Målbedrifter der brevet er registrert sendt."),
    "contacts": QT_TRANSLATE_NOOP(
        "Labels", "Kontakter i perioden: besøk, telefon, video, e-post, brev og arrangement (én kontakt "
        "per bedrift til stede), også forsøk uten svar. Slettede besøk telles ikke. For en kampanje: "
        "bare kontakter med målbedriftene."),
    "companies_contacted": QT_TRANSLATE_NOOP(
        "Labels", "Bedrifter med minst én kontakt i perioden, også forsøk uten svar. Samme tall som "
        "trinnet «Kontaktet» i trakten."),
    "interested": QT_TRANSLATE_NOOP(
        "Labels", "Bedrifter der minst én kontakt i perioden endte med «Interessert, vil ha informasjon» "
        "eller et høyere trinn. Samme tall som trinnet «Interessert» i trakten."),
    "agreements": QT_TRANSLATE_NOOP(
        "Labels", "Bedrifter der minst én kontakt i perioden endte med «Avtalt oppfølging» eller et "
        "høyere trinn, slik målene teller avtaler. Samme tall som trinnet «Avtalt oppfølging» i trakten."),
    "approved": QT_TRANSLATE_NOOP(
        "Labels", "Bedrifter der minst én kontakt i perioden endte med «Godkjent som lærebedrift» eller "
        "et høyere trinn. Samme tall som trinnet «Godkjent lærebedrift» i trakten."),
    "companies_offering": QT_TRANSLATE_NOOP(
        "Labels", "Bedrifter der minst én kontakt i perioden endte med «Læreplass tilbudt» eller "
        "«Lærekontrakt signert». Samme tall som trinnet «Læreplass tilbudt» i trakten."),
    "places": QT_TRANSLATE_NOOP(
        "Labels", "Et antall plasser, ikke bedrifter: summen av plassene som er ført på kontakter i "
        "perioden med utfallet «Læreplass tilbudt» eller «Lærekontrakt signert». Plasser ført på to "
        "kontakter telles to ganger."),
    "contracts": QT_TRANSLATE_NOOP(
        "Labels", "Bedrifter der minst én kontakt i perioden endte med «Lærekontrakt signert». Samme tall "
        "som trinnet «Lærekontrakt signert» i trakten."),
}

# Validation problem keys (from the domain and the services) in words.
PROBLEM: dict[str, str] = {
    "company_missing": QT_TRANSLATE_NOOP("Labels", "Velg hvilken bedrift besøket gjelder."),
    "company_unknown": QT_TRANSLATE_NOOP("Labels", "Bedriften finnes ikke lenger i registeret ditt."),
    "when_missing": QT_TRANSLATE_NOOP("Labels", "Skriv når kontakten var."),
    "when_no_timezone": QT_TRANSLATE_NOOP("Labels", "Tidspunktet mangler tidssone."),
    "when_in_future": QT_TRANSLATE_NOOP(
        "Labels", "Tidspunktet er fram i tid. Et besøk som er planlagt, legges inn som neste steg."
    ),
    "when_too_old": QT_TRANSLATE_NOOP("Labels", "Tidspunktet er for langt tilbake i tid."),
    "channel_missing": QT_TRANSLATE_NOOP("Labels", "Velg hvordan kontakten skjedde."),
    "outcome_missing": QT_TRANSLATE_NOOP("Labels", "Velg utfallet av kontakten."),
    "place_trade_missing": QT_TRANSLATE_NOOP("Labels", "Skriv hvilket fag plassen gjelder."),
    "place_count_range": QT_TRANSLATE_NOOP("Labels", "Antall plasser må være mellom 1 og 100."),
    "places_need_offer_outcome": QT_TRANSLATE_NOOP(
        "Labels", "Tilbudte plasser krever utfallet «Læreplass tilbudt» eller høyere."
    ),
    "place_offered_needs_places": QT_TRANSLATE_NOOP(
        "Labels", "«Læreplass tilbudt» krever minst én læreplass: skriv fag og antall plasser."
    ),
    "event_place_offered": QT_TRANSLATE_NOOP(
        "Labels", "Et arrangement kan ikke ha utfallet «Læreplass tilbudt». Registrer tilbudet som et "
        "eget besøk hos bedriften, med fag og antall plasser."
    ),
    "next_step_text_missing": QT_TRANSLATE_NOOP("Labels", "Skriv hva neste steg er, eller fjern datoen."),
    "next_step_date_missing": QT_TRANSLATE_NOOP("Labels", "Velg en dato for neste steg."),
    "next_step_before_visit": QT_TRANSLATE_NOOP("Labels", "Neste steg kan ikke være før selve kontakten."),
    "next_step_in_past": QT_TRANSLATE_NOOP(
        "Labels", "Datoen for neste steg har allerede vært. Velg i dag eller senere."
    ),
    "event_gone": QT_TRANSLATE_NOOP("Labels", "Arrangementet finnes ikke lenger (det er slettet)."),
    "event_not_yours": QT_TRANSLATE_NOOP("Labels", "Bare den som registrerte arrangementet, kan endre det."),
    "event_name_missing": QT_TRANSLATE_NOOP("Labels", "Gi arrangementet et navn."),
    "event_companies_missing": QT_TRANSLATE_NOOP("Labels", "Legg til minst én bedrift som var til stede."),
    "name_missing": QT_TRANSLATE_NOOP("Labels", "Skriv bedriftens navn."),
    "empty": QT_TRANSLATE_NOOP("Labels", "Organisasjonsnummeret er tomt."),
    "not_digits": QT_TRANSLATE_NOOP("Labels", "Organisasjonsnummeret kan bare inneholde sifre."),
    "wrong_length": QT_TRANSLATE_NOOP("Labels", "Organisasjonsnummeret må ha 9 sifre."),
    "bad_checksum": QT_TRANSLATE_NOOP(
        "Labels",
        "Organisasjonsnummeret er ikke gyldig (kontrollsifferet stemmer ikke). "
        "Sjekk at det er skrevet riktig.",
    ),
    "orgnr_exists": QT_TRANSLATE_NOOP(
        "Labels", "Det finnes allerede en bedrift med dette organisasjonsnummeret."
    ),
    "municipality_unknown": QT_TRANSLATE_NOOP(
        "Labels", "Ukjent kommune. Skriv kommunenummeret eller ett av kommunens navn."
    ),
    "municipality_ambiguous": QT_TRANSLATE_NOOP(
        "Labels", "Flere kommuner har dette navnet. Velg en fra listen, eller skriv kommunenummeret."
    ),
    "contact_name_missing": QT_TRANSLATE_NOOP("Labels", "Skriv navnet på kontaktpersonen."),
    "phone_invalid": QT_TRANSLATE_NOOP("Labels", "Telefonnummeret ser ikke riktig ut."),
    "email_invalid": QT_TRANSLATE_NOOP("Labels", "E-postadressen ser ikke riktig ut."),
    "contact_unknown": QT_TRANSLATE_NOOP("Labels", "Kontaktpersonen finnes ikke lenger."),
    "note_empty": QT_TRANSLATE_NOOP("Labels", "Notatet er tomt."),
    "text_too_long": QT_TRANSLATE_NOOP("Labels", "Teksten er for lang: høyst {limit} tegn."),
    "not_allowed": QT_TRANSLATE_NOOP("Labels", "Denne verdien er ikke tillatt her."),
    "receiver_inactive": QT_TRANSLATE_NOOP(
        "Labels", "Denne personen har sluttet og kan ikke få nye oppgaver. Velg en annen."),
    "visit_not_yours": QT_TRANSLATE_NOOP("Labels", "Bare den som registrerte besøket, kan rette det."),
    "due_in_past": QT_TRANSLATE_NOOP("Labels", "Datoen har allerede vært. Velg i dag eller senere."),
    "followup_not_open": QT_TRANSLATE_NOOP("Labels", "Oppfølgingen er ikke åpen lenger."),
    "followup_unknown": QT_TRANSLATE_NOOP("Labels", "Oppfølgingen finnes ikke lenger."),
    # Dates and times as typed (lpj_desktop.domain.when): {text} is what was typed.
    "date_missing": QT_TRANSLATE_NOOP("Labels", "Skriv en dato, f.eks. 15.03.2026 eller «i dag»."),
    "date_unreadable": QT_TRANSLATE_NOOP(
        "Labels", "«{text}» er ikke en dato. Skriv f.eks. 15.3, 15.03.2026, «i går» eller «fredag»."),
    "month_invalid": QT_TRANSLATE_NOOP("Labels", "«{text}» er ikke en dato: måneden går fra 1 til 12."),
    "day_invalid": QT_TRANSLATE_NOOP(
        "Labels", "«{text}» er ikke en dato: den dagen finnes ikke i kalenderen."),
    "time_unreadable": QT_TRANSLATE_NOOP(
        "Labels", "«{text}» er ikke et klokkeslett. Skriv f.eks. 10:30 eller kl. 10."),
    "time_invalid": QT_TRANSLATE_NOOP(
        "Labels", "«{text}» er ikke et klokkeslett: timene går til 23 og minuttene til 59."),
    "neither_date_nor_time": QT_TRANSLATE_NOOP(
        "Labels", "«{text}» er verken en dato eller et klokkeslett. Skriv f.eks. 15.3 for en dato "
                  "eller 10:30 for et klokkeslett."),
}


def word(table: Mapping[str, str], value: str | None) -> str:
    """`value` in words from `table`; an unknown value as it is (never an empty cell)."""
    return table.get(value or "", value or "")


def stage_word(value: str | None) -> str:
    """A company's stage (its highest outcome) in words, or "Ingen kontakt ennå"."""
    return word(OUTCOME, value) if value else NO_CONTACT_YET
