"""Sync errors follow the UI language: the engine gives a kind and its parameters, the GUI says it
in Bokmål or English (status bar tooltip, login form), and the CLI keeps its Norwegian sentence."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from lpj_desktop.services.sync_status import sync_status
from lpj_desktop.sync_client.api import OfflineError, SyncError, VersionError
from lpj_desktop.sync_client.engine import SyncEngine, check_versions
from lpj_desktop.sync_client.messages import ErrorKind, norwegian
from lpj_desktop.sync_client.transport import Transport
from lpj_desktop.ui.i18n import install_translations
from lpj_desktop.ui.sync.errors import error_words, sync_error_words
from lpj_desktop.ui.sync.login_dialog import LoginDialog
from lpj_desktop.ui.sync.status_bar import status_text
from sync.protocol import ServerInfo

SAMPLE = {"url": "lpj.okn.no", "status": 503, "detail": "noe", "download_url": "https://x/lpj.exe",
          "waiting": 3, "username": "ida", "limit": 64}


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_translations(qapp, "en")
    yield
    install_translations(qapp, "nb")


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.mark.parametrize("kind", list(ErrorKind))
def test_every_kind_has_gui_words_that_match_the_cli_in_bokmal(kind: ErrorKind) -> None:
    gui = error_words(kind, SAMPLE, fallback="FALLBACK")
    assert gui != "FALLBACK"
    assert gui == norwegian(kind, SAMPLE)


@pytest.mark.parametrize("kind", list(ErrorKind))
def test_every_kind_is_english_when_english_is_chosen(english, kind: ErrorKind) -> None:  # type: ignore[no-untyped-def]
    gui = error_words(kind, SAMPLE, fallback="FALLBACK")
    assert gui not in ("FALLBACK", norwegian(kind, SAMPLE))


def test_version_error_in_english_keeps_the_cli_sentence_norwegian(english) -> None:  # type: ignore[no-untyped-def]
    info = ServerInfo(server_version="9", protocol_min=99, protocol_max=99, schema_min=99,
                      schema_max=99, epoch="e", client_download_url="https://lpj.okn.no/ny")
    with pytest.raises(VersionError) as raised:
        check_versions(info, Transport("https://lpj.okn.no"))
    error = raised.value
    assert "for gammel" in str(error)  # what `lpj sync` prints
    words = sync_error_words(error)
    assert words.startswith("This version of the app is too old for the server.")
    assert words.endswith("Download the new version: https://lpj.okn.no/ny")


def test_unknown_kind_or_missing_parameters_fall_back_to_the_engine_sentence() -> None:
    assert error_words("something_new", {}, "Norsk setning.") == "Norsk setning."
    assert error_words(ErrorKind.SERVER_ERROR, {}, "Norsk setning.") == "Norsk setning."
    # An error raised with a sentence only (no kind given) still gets its class's words.
    assert sync_error_words(OfflineError("Tomt øyeblikksbilde.")) == norwegian(ErrorKind.OFFLINE)


def test_stored_last_error_is_shown_in_english_after_a_failed_sync(english, seeded) -> None:  # type: ignore[no-untyped-def]
    store, _paths, _ids = seeded
    engine = SyncEngine(store, server_url=closed_port_url(), token="t", retries=0)
    with pytest.raises(OfflineError) as raised:
        engine.sync()
    assert raised.value.kind == ErrorKind.OFFLINE_NO_CONNECTION
    with store.reader() as s:
        status = sync_status(s)
    assert "Fikk ikke kontakt" in status.last_error  # the CLI's sentence is kept as it was
    _text, tip = status_text(status, logged_in=True, online=False, running=False, progress=None,
                             outcome=None)
    assert "Could not reach the server (no connection)." in tip
    assert "Fikk ikke kontakt" not in tip


def test_login_form_says_the_refusal_in_english(english, qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    store, _paths, _ids = seeded
    dialog = LoginDialog(store, closed_port_url(), "ida")
    qtbot.addWidget(dialog)
    dialog.password.setText("hemmelig")
    assert dialog.save()
    qtbot.waitUntil(lambda: dialog._job is None, timeout=15_000)
    shown = dialog.error.text()
    assert shown.startswith("Could not reach the server"), shown
    assert dialog.password.text() == "hemmelig"  # nothing typed is lost


def test_sync_error_keeps_its_norwegian_sentence_for_the_cli() -> None:
    error = SyncError.of(ErrorKind.OTHER_USER_CHANGES, waiting=2, username="ida")
    assert str(error) == ("Denne maskinen har 2 endringer fra ida som ikke er sendt til serveren "
                          "ennå. Logg inn som ida og synkroniser først, slik at ingen endringer "
                          "sendes i en annens navn.")
    assert error.kind == "other_user_changes" and error.params == {"waiting": 2, "username": "ida"}


def test_progress_counts_are_grouped_as_norwegian_print_has_them() -> None:
    from lpj_desktop.sync_client.api import SyncPhase, SyncProgress
    from lpj_desktop.ui.sync.status_bar import progress_text

    nbsp = "\u00a0"
    assert progress_text(SyncProgress(SyncPhase.SNAPSHOT, 612_000, 1_200_003)) == (
        f"Synkroniserer … (henter alt: 612{nbsp}000 av 1{nbsp}200{nbsp}003)")
    assert progress_text(SyncProgress(SyncPhase.PUSHING, 3, 10)) == "Synkroniserer … (sender 3 av 10)"
    assert progress_text(SyncProgress(SyncPhase.PULLING, 26_000)) == f"Synkroniserer … (henter 26{nbsp}000)"
