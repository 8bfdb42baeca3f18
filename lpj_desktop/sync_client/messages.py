"""The sync errors by kind: a stable machine key, its parameters, and the Norwegian sentence the
CLI prints. The sentences are marked for lupdate; the GUI passes the same templates through tr()
(`lpj_desktop/ui/sync/errors.py`), so its words follow the user's language; no Qt here.

A kind never changes meaning once released: the last error is kept in the store by its kind.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

# Marked for lupdate here, translated where shown (lpj_desktop/ui/sync/errors.py).
from lpj_desktop.domain.labels import QT_TRANSLATE_NOOP


class ErrorKind(StrEnum):
    BAD_URL = "bad_url"  # {url}
    OFFLINE = "offline"  # no detail known
    OFFLINE_NO_CONNECTION = "offline_no_connection"
    OFFLINE_TIMEOUT = "offline_timeout"
    OFFLINE_CUT = "offline_cut"  # the connection broke while the answer came
    OFFLINE_UNAVAILABLE = "offline_unavailable"  # {status}: 502/503/504 from a proxy
    # The server (or something between) answers, but too slowly to finish: a trickle, a stall.
    OFFLINE_SLOW = "offline_slow"
    TLS = "tls"  # {detail}
    REQUEST_FAILED = "request_failed"  # {detail}
    NOT_LOGGED_IN = "not_logged_in"
    CLIENT_TOO_OLD = "client_too_old"  # [detail] [download_url]
    CLIENT_TOO_NEW = "client_too_new"  # [detail]
    BAD_CREDENTIALS = "bad_credentials"
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    UNAUTHORIZED = "unauthorized"  # the token expired or was revoked
    SERVER_ERROR = "server_error"  # {detail}: the server's own message or "HTTP 500"
    BAD_BODY = "bad_body"  # [detail]
    ANSWER_MISMATCH = "answer_mismatch"  # a push answered for other mutations (ids in the log)
    ANSWER_TOO_BIG = "answer_too_big"  # {limit}: in MB, the most the app reads of one answer
    OTHER_USER_CHANGES = "other_user_changes"  # {waiting} {username}
    CLIENT_MISMATCH = "client_mismatch"
    DEMO_STORE = "demo_store"
    APP_ERROR = "app_error"  # {detail}
    CANCELLED = "cancelled"
    RESTORED = "restored"  # a warning, not an error: the server was restored from a backup


NORWEGIAN: dict[str, str] = {
    ErrorKind.BAD_URL: QT_TRANSLATE_NOOP(
        "SyncErrors", "«{url}» er ikke en serveradresse (den skal begynne med https://)."),
    ErrorKind.OFFLINE: QT_TRANSLATE_NOOP(
        "SyncErrors", "Fikk ikke kontakt med serveren. Endringene dine er lagret på maskinen og sendes "
        "neste gang det er nett."),
    ErrorKind.OFFLINE_NO_CONNECTION: QT_TRANSLATE_NOOP(
        "SyncErrors", "Fikk ikke kontakt med serveren (ingen forbindelse). Endringene dine er lagret på "
        "maskinen og sendes neste gang det er nett."),
    ErrorKind.OFFLINE_TIMEOUT: QT_TRANSLATE_NOOP(
        "SyncErrors", "Fikk ikke kontakt med serveren (serveren svarte ikke i tide). Endringene dine er "
        "lagret på maskinen og sendes neste gang det er nett."),
    ErrorKind.OFFLINE_CUT: QT_TRANSLATE_NOOP(
        "SyncErrors", "Fikk ikke kontakt med serveren (forbindelsen ble brutt underveis). Endringene "
        "dine er lagret på maskinen og sendes neste gang det er nett."),
    ErrorKind.OFFLINE_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "SyncErrors", "Fikk ikke kontakt med serveren (serveren er ikke tilgjengelig, HTTP {status}). "
        "Endringene dine er lagret på maskinen og sendes neste gang det er nett."),
    ErrorKind.OFFLINE_SLOW: QT_TRANSLATE_NOOP(
        "SyncErrors", "Fikk ikke kontakt med serveren (serveren svarer for sakte). Endringene dine er "
        "lagret på maskinen og sendes neste gang det er nett."),
    ErrorKind.TLS: QT_TRANSLATE_NOOP(
        "SyncErrors", "Serverens sertifikat kunne ikke kontrolleres ({detail})."),
    ErrorKind.REQUEST_FAILED: QT_TRANSLATE_NOOP(
        "SyncErrors", "Forespørselen til serveren mislyktes: {detail}"),
    ErrorKind.NOT_LOGGED_IN: QT_TRANSLATE_NOOP(
        "SyncErrors", "Du er ikke logget inn på serveren. Logg inn for å synkronisere."),
    ErrorKind.CLIENT_TOO_OLD: QT_TRANSLATE_NOOP(
        "SyncErrors", "Denne versjonen av appen er for gammel for serveren. Oppdater appen; endringene "
        "dine er tatt vare på og sendes etter oppdateringen."),
    ErrorKind.CLIENT_TOO_NEW: QT_TRANSLATE_NOOP(
        "SyncErrors", "Serveren er eldre enn denne versjonen av appen og forstår den ikke. Be den som "
        "drifter serveren om å oppdatere den; endringene dine er tatt vare på."),
    ErrorKind.BAD_CREDENTIALS: QT_TRANSLATE_NOOP("SyncErrors", "Feil brukernavn eller passord."),
    ErrorKind.TOO_MANY_ATTEMPTS: QT_TRANSLATE_NOOP(
        "SyncErrors", "For mange forsøk på å logge inn. Vent litt og prøv igjen."),
    ErrorKind.UNAUTHORIZED: QT_TRANSLATE_NOOP(
        "SyncErrors", "Innloggingen er utløpt eller trukket tilbake. Logg inn på nytt; endringene dine "
        "er tatt vare på."),
    ErrorKind.SERVER_ERROR: QT_TRANSLATE_NOOP("SyncErrors", "Serveren svarte med en feil: {detail}"),
    ErrorKind.BAD_BODY: QT_TRANSLATE_NOOP("SyncErrors", "Serveren svarte med noe appen ikke forstår."),
    ErrorKind.ANSWER_MISMATCH: QT_TRANSLATE_NOOP(
        "SyncErrors", "Serverens svar stemmer ikke med det som ble sendt. Ingenting er merket som "
        "sendt; endringene dine er tatt vare på og sendes på nytt senere."),
    ErrorKind.ANSWER_TOO_BIG: QT_TRANSLATE_NOOP(
        "SyncErrors", "Serveren sendte et svar på over {limit} MB, mer enn appen tar imot, og det ble "
        "ikke lest. Endringene dine er tatt vare på."),
    ErrorKind.OTHER_USER_CHANGES: QT_TRANSLATE_NOOP(
        "SyncErrors", "Denne maskinen har {waiting} endringer fra {username} som ikke er sendt til "
        "serveren ennå. Logg inn som {username} og synkroniser først, slik at ingen "
        "endringer sendes i en annens navn."),
    ErrorKind.CLIENT_MISMATCH: QT_TRANSLATE_NOOP(
        "SyncErrors", "Serveren kjenner denne maskinen under en annen bruker. Logg inn på nytt; "
        "endringene dine er tatt vare på."),
    ErrorKind.DEMO_STORE: QT_TRANSLATE_NOOP(
        "SyncErrors", "Denne databasen inneholder demodata (oppdiktede besøk) og kan ikke synkroniseres "
        "med en server. Start med en ny database for ekte arbeid."),
    ErrorKind.APP_ERROR: QT_TRANSLATE_NOOP(
        "SyncErrors", "Synkroniseringen stoppet på grunn av en feil i appen: {detail}"),
    ErrorKind.CANCELLED: QT_TRANSLATE_NOOP(
        "SyncErrors", "Synkroniseringen ble avbrutt. Det som var ferdig er lagret."),
    ErrorKind.RESTORED: QT_TRANSLATE_NOOP(
        "SyncErrors", "Serveren er satt tilbake fra en sikkerhetskopi. Endringene den manglet fra denne "
        "maskinen er sendt på nytt."),
}

# Optional parameters some kinds carry, added after the sentence when present.
OPTIONAL_SUFFIX: dict[str, str] = {
    "detail": "({detail})",
    "download_url": QT_TRANSLATE_NOOP("SyncErrors", "Last ned den nye versjonen: {download_url}"),
}
_OPTIONAL: dict[str, tuple[str, ...]] = {
    ErrorKind.CLIENT_TOO_OLD: ("detail", "download_url"),
    ErrorKind.CLIENT_TOO_NEW: ("detail",),
    ErrorKind.BAD_BODY: ("detail",),
}


def norwegian(kind: str, params: Mapping[str, Any] | None = None) -> str:
    """The Norwegian sentence for `kind` with its parameters (the CLI's words, and the fallback)."""
    return words(kind, params)


def words(kind: str, params: Mapping[str, Any] | None = None,
          translate: Callable[[str], str] = lambda text: text) -> str:
    """The sentence for `kind` with its parameters, each template passed through `translate`
    first (the GUI's tr(); none for the CLI). KeyError for an unknown kind or a missing parameter."""
    values = dict(params or {})
    text = translate(NORWEGIAN[kind]).format(**values)
    for name in _OPTIONAL.get(kind, ()):
        if values.get(name):
            text += " " + translate(OPTIONAL_SUFFIX[name]).format(**values)
    return text
