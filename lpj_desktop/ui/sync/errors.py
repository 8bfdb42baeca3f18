"""Sync errors in the user's language: the engine gives a kind and its parameters
(`lpj_desktop.sync_client.messages`, where the Norwegian templates are marked for lupdate), and this module
passes those templates through tr() in the "SyncErrors" context. An unknown kind, or one whose
parameters are missing, falls back to the engine's own (Norwegian) sentence."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from lpj_desktop.sync_client.api import SyncError
from lpj_desktop.sync_client.messages import words


def _translate(template: str) -> str:
    return QCoreApplication.translate("SyncErrors", template)


def error_words(kind: str | None, params: Mapping[str, Any] | None, fallback: str) -> str:
    """The sentence for a sync error of `kind`, in the UI's language; `fallback` (the engine's
    Norwegian sentence) when the kind is unknown here or its parameters are incomplete."""
    if not kind:
        return fallback
    try:
        return words(kind, params, _translate)
    except (KeyError, IndexError):
        return fallback


def sync_error_words(error: SyncError) -> str:
    """`error` in the UI's language."""
    return error_words(error.kind, error.params, str(error))
