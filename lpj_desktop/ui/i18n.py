"""Loading translations, and (run as a module) refreshing the .ts/.qm files with lupdate/lrelease."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from lpj_desktop.resources import resource

log = logging.getLogger(__name__)
LANGUAGES = ("nb", "en")
DEFAULT_LANGUAGE = "nb"
_installed: list[QTranslator] = []


def install_translations(app: QCoreApplication, language: str) -> str:
    """Install our strings and Qt's own (dialog buttons…) for `language`; returns the language used.

    Source strings are Bokmål, so "nb" needs only Qt's own catalogue; other languages load ours.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language not in LANGUAGES:
        log.warning("unknown language %r, using %s", language, DEFAULT_LANGUAGE)
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(
        QLocale(
            QLocale.Language.NorwegianBokmal if language == "nb" else QLocale.Language.English,
            QLocale.Country.Norway,
        )
    )
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt ships no Bokmål catalogue for its own widgets (dialog buttons, edit menus, the file dialog);
    # Nynorsk is the closest it has, and our qt_bokmal catalogue, installed after it and so asked
    # first, puts the words a user meets in Bokmål ("Lagre", not "Lagra"; "Størrelse", "Filnavn").
    for name in ("qtbase_nb", "qtbase_nn") if language == "nb" else (f"qtbase_{language}",):
        qt = QTranslator(app)
        if qt.load(name, qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
            break
    if language == "nb":
        bokmal = QTranslator(app)
        if bokmal.load(str(resource("i18n", "qt_bokmal.qm"))):
            app.installTranslator(bokmal)
            _installed.append(bokmal)
        else:
            log.warning("translation file missing: qt_bokmal.qm")
    ours = QTranslator(app)
    qm = resource("i18n", f"lpj_{language}.qm")
    if ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    elif language != "nb":
        log.warning("translation file missing: %s", qm)
    return language


def _tool(name: str) -> str:
    """pyside6-lupdate/lrelease beside this Python, or from LPJ_QT_TOOLS: the lupdate of PySide6
    6.11 drops plural (%n) messages that 6.12's keeps, and 6.12 itself is excluded from the app."""
    exe = Path(os.environ.get("LPJ_QT_TOOLS", Path(sys.executable).parent)) / f"pyside6-{name}"
    return str(exe) if exe.exists() else f"pyside6-{name}"


def update_catalogues() -> None:
    """Extract strings into resources/i18n/*.ts and compile them to .qm."""
    root = Path(__file__).resolve().parents[2]
    sources = [
        *sorted(str(p) for p in (root / "lpj_desktop" / "ui").rglob("*.py")),
        str(root / "lpj_desktop" / "app.py"),
        # Qt-free words marked with QT_TRANSLATE_NOOP, translated by the ui's labels module.
        str(root / "lpj_desktop" / "domain" / "labels.py"),
        str(root / "lpj_desktop" / "sync_client" / "messages.py"),  # sync errors, ui/sync/errors.py
    ]
    for lang in LANGUAGES:
        ts = resource("i18n", f"lpj_{lang}.ts")
        subprocess.run(
            [
                _tool("lupdate"),
                "-no-obsolete",
                "-source-language",
                "nb_NO",
                "-target-language",
                "nb_NO" if lang == "nb" else "en_GB",
                *sources,
                "-ts",
                str(ts),
            ],
            check=True,
        )
        subprocess.run([_tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    bokmal = resource("i18n", "qt_bokmal.ts")  # kept by hand: compiled, never extracted into
    subprocess.run([_tool("lrelease"), str(bokmal), "-qm", str(bokmal.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    update_catalogues()
