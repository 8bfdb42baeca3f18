"""Sync errors in the user's language: the engine gives a kind and its parameters
(`sync.client.messages`), this module gives the sentence through tr(). An unknown kind, or one
whose parameters are missing, falls back to the engine's own (Norwegian) sentence."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from sync.client.api import SyncError
from sync.client.messages import ErrorKind

translate = QCoreApplication.translate


def _saved() -> str:
    return translate("SyncErrors", "Endringene dine er lagret på maskinen og sendes neste gang "
                                   "det er nett.")


def _offline(detail: str) -> str:
    return translate("SyncErrors", "Fikk ikke kontakt med serveren ({0}).").format(detail) + " " + _saved()


def _sentence(kind: str, p: Mapping[str, Any]) -> str | None:
    """The translated sentence, or None for a kind this module does not know."""
    if kind == ErrorKind.BAD_URL:
        return translate("SyncErrors", "«{0}» er ikke en serveradresse (den skal begynne med "
                                       "https://).").format(p["url"])
    if kind == ErrorKind.OFFLINE:
        return translate("SyncErrors", "Fikk ikke kontakt med serveren.") + " " + _saved()
    if kind == ErrorKind.OFFLINE_NO_CONNECTION:
        return _offline(translate("SyncErrors", "ingen forbindelse"))
    if kind == ErrorKind.OFFLINE_TIMEOUT:
        return _offline(translate("SyncErrors", "serveren svarte ikke i tide"))
    if kind == ErrorKind.OFFLINE_CUT:
        return _offline(translate("SyncErrors", "forbindelsen ble brutt underveis"))
    if kind == ErrorKind.OFFLINE_UNAVAILABLE:
        return _offline(translate("SyncErrors", "serveren er ikke tilgjengelig, HTTP {0}").format(
            p["status"]))
    if kind == ErrorKind.TLS:
        return translate("SyncErrors", "Serverens sertifikat kunne ikke kontrolleres ({0}).").format(
            p["detail"])
    if kind == ErrorKind.REQUEST_FAILED:
        return translate("SyncErrors", "Forespørselen til serveren mislyktes: {0}").format(p["detail"])
    if kind == ErrorKind.NOT_LOGGED_IN:
        return translate("SyncErrors", "Du er ikke logget inn på serveren. Logg inn for å synkronisere.")
    if kind == ErrorKind.CLIENT_TOO_OLD:
        text = translate("SyncErrors", "Denne versjonen av appen er for gammel for serveren. Oppdater "
                                       "appen; endringene dine er tatt vare på og sendes etter "
                                       "oppdateringen.")
        if p.get("detail"):
            text += f" ({p['detail']})"
        if p.get("download_url"):
            text += " " + translate("SyncErrors", "Last ned den nye versjonen: {0}").format(
                p["download_url"])
        return text
    if kind == ErrorKind.CLIENT_TOO_NEW:
        text = translate("SyncErrors", "Serveren er eldre enn denne versjonen av appen og forstår den "
                                       "ikke. Be den som drifter serveren om å oppdatere den; "
                                       "endringene dine er tatt vare på.")
        return text + (f" ({p['detail']})" if p.get("detail") else "")
    if kind == ErrorKind.BAD_CREDENTIALS:
        return translate("SyncErrors", "Feil brukernavn eller passord.")
    if kind == ErrorKind.TOO_MANY_ATTEMPTS:
        return translate("SyncErrors", "For mange forsøk på å logge inn. Vent litt og prøv igjen.")
    if kind == ErrorKind.UNAUTHORIZED:
        return translate("SyncErrors", "Innloggingen er utløpt eller trukket tilbake. Logg inn på "
                                       "nytt; endringene dine er tatt vare på.")
    if kind == ErrorKind.SERVER_ERROR:
        # The server's own text (often English, for the admin) stays as it came.
        return translate("SyncErrors", "Serveren svarte med en feil: {0}").format(p["detail"])
    if kind == ErrorKind.BAD_BODY:
        text = translate("SyncErrors", "Serveren svarte med noe appen ikke forstår.")
        return text + (f" ({p['detail']})" if p.get("detail") else "")
    if kind == ErrorKind.OTHER_USER_CHANGES:
        return translate("SyncErrors", "Denne maskinen har {0} endringer fra {1} som ikke er sendt til "
                                       "serveren ennå. Logg inn som {1} og synkroniser først, slik at "
                                       "ingen endringer sendes i en annens navn.").format(
            p["waiting"], p["username"])
    if kind == ErrorKind.CLIENT_MISMATCH:
        return translate("SyncErrors", "Serveren kjenner denne maskinen under en annen bruker. Logg inn "
                                       "på nytt; endringene dine er tatt vare på.")
    if kind == ErrorKind.DEMO_STORE:
        return translate("SyncErrors", "Denne databasen inneholder demodata (oppdiktede besøk) og kan "
                                       "ikke synkroniseres med en server. Start med en ny database for "
                                       "ekte arbeid.")
    if kind == ErrorKind.APP_ERROR:
        return translate("SyncErrors", "Synkroniseringen stoppet på grunn av en feil i appen: {0}").format(
            p["detail"])
    if kind == ErrorKind.CANCELLED:
        return translate("SyncErrors", "Synkroniseringen ble avbrutt. Det som var ferdig er lagret.")
    if kind == ErrorKind.RESTORED:
        return translate("SyncErrors", "Serveren er satt tilbake fra en sikkerhetskopi. Endringene den "
                                       "manglet fra denne maskinen er sendt på nytt.")
    return None


def error_words(kind: str | None, params: Mapping[str, Any] | None, fallback: str) -> str:
    """The sentence for a sync error of `kind`, in the UI's language; `fallback` (the engine's
    Norwegian sentence) when the kind is unknown here or its parameters are incomplete."""
    if not kind:
        return fallback
    try:
        return _sentence(kind, params or {}) or fallback
    except (KeyError, IndexError):
        return fallback


def sync_error_words(error: SyncError) -> str:
    """`error` in the UI's language."""
    return error_words(error.kind, error.params, str(error))
