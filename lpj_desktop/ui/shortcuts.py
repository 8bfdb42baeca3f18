"""Every keyboard shortcut of the app, in one place: bound from here, listed by F1 from here, and
checked for clashes from here (two actions on one key make Qt do nothing and warn "Ambiguous
shortcut overload", which left Ctrl+F dead).

`scope` says where a key acts: "window" keys work anywhere in the main window (they must be unique
among themselves), "form" keys inside a form, "list" keys in the list that has focus (each may reuse
a key of another scope only where the two never meet: Ctrl+Enter saves a form, the window has none).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from lpj_desktop.domain.labels import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Shortcut:
    name: str
    keys: tuple[str, ...]  # portable text ("Ctrl+N"); the first is the one shown
    what: str  # Norwegian, translated in the "Shortcuts" context where shown
    scope: str = "window"

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(k) for k in self.keys]

    def shown(self) -> str:
        """The keys as this platform writes them (Cmd on a Mac)."""
        return QKeySequence(self.keys[0]).toString(QKeySequence.SequenceFormat.NativeText)

    def words(self) -> str:
        return QCoreApplication.translate("Shortcuts", self.what)


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("search", ("Ctrl+F",), QT_TRANSLATE_NOOP("Shortcuts", "Søk etter bedrift")),
    Shortcut("new_visit", ("Ctrl+N",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Nytt besøk (for bedriften som er åpen; et besøk du ikke lagret, kommer tilbake)")),
    Shortcut("new_event", ("Ctrl+Shift+N",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Nytt arrangement med mange bedrifter")),
    Shortcut("new_note", ("Ctrl+Shift+M",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Nytt notat på bedriften som er åpen")),
    Shortcut("new_company", ("Ctrl+Shift+B",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Ny bedrift (ikke i registeret)")),
    Shortcut("page.companies", ("Ctrl+1",), QT_TRANSLATE_NOOP("Shortcuts", "Bedrifter")),
    Shortcut("page.company", ("Ctrl+2",), QT_TRANSLATE_NOOP("Shortcuts", "Bedriften som er åpen")),
    Shortcut("page.followups", ("Ctrl+3",), QT_TRANSLATE_NOOP("Shortcuts", "Oppfølging")),
    Shortcut("page.goals", ("Ctrl+4",), QT_TRANSLATE_NOOP("Shortcuts", "Mine mål")),
    Shortcut("page.events", ("Ctrl+Shift+E",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Arrangementer (med vedleggene deres)")),
    Shortcut("page.sync.conflicts", ("Ctrl+5",), QT_TRANSLATE_NOOP("Shortcuts", "Konflikter")),
    Shortcut("page.sync.rejections", ("Ctrl+6",), QT_TRANSLATE_NOOP("Shortcuts", "Avviste endringer")),
    Shortcut("page.staff.history", ("Ctrl+Shift+H",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Besøkshistorikk (ansatte)")),
    Shortcut("page.staff.campaigns", ("Ctrl+Shift+K",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Kampanjer (ansatte)")),
    Shortcut("page.staff.dashboard", ("Ctrl+Shift+D",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Tall og diagrammer (ansatte)")),
    Shortcut("page.staff.goals", ("Ctrl+Shift+G",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Produksjonsmål (ansatte)")),
    Shortcut("page.staff.handover", ("Ctrl+Shift+O",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Overføre arbeid fra en læreplassjeger til andre (ansatte)")),
    Shortcut("attach", ("Ctrl+Shift+A",), QT_TRANSLATE_NOOP(
        "Shortcuts",
        "Legg ved filer på bedriften som er åpen (eller besøket som er valgt) eller arrangementet")),
    Shortcut("sync", ("F5",), QT_TRANSLATE_NOOP("Shortcuts", "Synkroniser nå")),
    Shortcut("help", ("F1",), QT_TRANSLATE_NOOP("Shortcuts", "Denne oversikten")),
    Shortcut("quit", ("Ctrl+Q",), QT_TRANSLATE_NOOP("Shortcuts", "Avslutt")),
    Shortcut("save", ("Ctrl+Return", "Ctrl+Enter"), QT_TRANSLATE_NOOP(
        "Shortcuts", "Lagre skjemaet (besøk, arrangement, notat, bedrift, kontaktperson …)"), "form"),
    Shortcut("close_form", ("Esc",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Lukk skjemaet (det du har skrevet, tas vare på som utkast)"), "form"),
    Shortcut("next_field", ("Return",), QT_TRANSLATE_NOOP("Shortcuts", "Til neste felt i skjemaet"), "form"),
    Shortcut("to_list", ("Down",), QT_TRANSLATE_NOOP("Shortcuts", "Fra søket ned i listen"), "list"),
    Shortcut("open", ("Return",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Åpne bedriften, besøket eller oppfølgingen som er valgt"), "list"),
    Shortcut("done", ("Ctrl+D",), QT_TRANSLATE_NOOP("Shortcuts", "Merk oppfølgingen som utført"), "list"),
    Shortcut("paste_file", ("Ctrl+V",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Lim inn et bilde som vedlegg (i historikken og vedleggene til en bedrift)"), "list"),
    Shortcut("viewer.previous", ("Left", "PgUp"), QT_TRANSLATE_NOOP("Shortcuts", "Forrige vedlegg"),
             "viewer"),
    Shortcut("viewer.next", ("Right", "PgDown"), QT_TRANSLATE_NOOP("Shortcuts", "Neste vedlegg"), "viewer"),
    Shortcut("viewer.open", ("Ctrl+O",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Åpne vedlegget i maskinens eget program"), "viewer"),
    Shortcut("viewer.save", ("Ctrl+S",), QT_TRANSLATE_NOOP("Shortcuts", "Lagre en kopi av vedlegget"),
             "viewer"),
    Shortcut("viewer.remove", ("Del",), QT_TRANSLATE_NOOP("Shortcuts", "Fjern vedlegget (bare ditt eget)"),
             "viewer"),
)

_BY_NAME = {s.name: s for s in SHORTCUTS}


def shortcut(name: str) -> Shortcut:
    """The registered shortcut `name` (KeyError for one not registered: add it above)."""
    return _BY_NAME[name]


def keys(name: str) -> list[QKeySequence]:
    """The key sequences of shortcut `name`, for QAction.setShortcuts / QShortcut."""
    return shortcut(name).sequences()


def clashes() -> list[tuple[str, str, str]]:
    """(key, name, name) for two shortcuts of one scope on the same key."""
    seen: dict[tuple[str, str], str] = {}
    out = []
    for s in SHORTCUTS:
        for k in s.keys:
            key = (s.scope, QKeySequence(k).toString())
            if key in seen and seen[key] != s.name:
                out.append((key[1], seen[key], s.name))
            seen.setdefault(key, s.name)
    return out


def help_rows(names: set[str] | None = None) -> list[tuple[str, str]]:
    """(keys, what) for F1, in the registry's order; `names` limits it to what this window has."""
    return [(s.shown(), s.words()) for s in SHORTCUTS
            if names is None or s.name in names or s.scope != "window"]


def mnemonic(widget: QWidget) -> tuple[str, str] | None:
    """(letter, words) of the Alt+letter a button, group box or buddied label carries ("&Endre"
    → ("e", "Endre")), None for any other widget or a text without one. One reading for F1 and
    for the tests that keep each letter to one thing a window."""
    if isinstance(widget, QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    elif isinstance(widget, QLabel) and widget.buddy() is not None:
        text = widget.text()
    else:
        return None
    plain = text.replace("&&", "\0")
    at = plain.find("&")
    if not 0 <= at < len(plain) - 1 or plain[at + 1] == "\0":
        return None
    return plain[at + 1].lower(), plain.replace("&", "", 1).replace("\0", "&")


def alt_letters(page: QWidget) -> list[tuple[str, str]]:
    """(keys, what) for the Alt+letters of the buttons, group boxes and labelled fields on `page`
    that a person can see now, in the order they sit: F1 lists them beside the window's keys
    ("Alt+E  Endre")."""
    rows: list[tuple[str, str]] = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        found = mnemonic(widget)
        if found is None:
            continue
        letter, words = found
        key = QKeySequence(f"Alt+{letter.upper()}").toString(QKeySequence.SequenceFormat.NativeText)
        rows.append((key, words.rstrip(" …:.").strip()))
    return rows
