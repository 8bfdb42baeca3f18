"""Adding a company the register does not have; the orgnr is optional but checked when given."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QFormLayout, QLineEdit, QWidget

from lpj_desktop.domain import regions
from lpj_desktop.services.companies import CompanyInputError, add_company_by_hand
from lpj_desktop.services.drafts import FormDrafts
from lpj_desktop.services.use import quick_write
from lpj_desktop.store.database import Store, StoreBusy
from lpj_desktop.ui import labels
from lpj_desktop.ui.form_drafts import DraftKeeper
from lpj_desktop.ui.store_writes import Retry, busy_message
from lpj_desktop.ui.widgets import FieldError, FormDialog, draft_form_buttons
from sync.kernel.orgnr import normalize_orgnr, orgnr_problem


class AddCompanyDialog(FormDialog):
    """A company not in the register. Enter moves on, Ctrl+Enter saves, Esc keeps a draft that the
    next opening brings back."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.company_id: str | None = None
        self.setWindowTitle(self.tr("Ny bedrift"))
        self.setMinimumWidth(460)
        self.name = QLineEdit()
        self.name.setObjectName("newCompanyName")
        self.orgnr = QLineEdit()
        self.orgnr.setObjectName("newCompanyOrgnr")
        self.orgnr.setPlaceholderText(self.tr("valgfritt, 9 sifre"))
        self.municipality = QLineEdit()
        self.municipality.setObjectName("newCompanyMunicipality")
        self.municipality.setPlaceholderText(self.tr("f.eks. Alta"))
        munis = regions.municipalities_in(
            {
                m
                for m in (
                    "55",
                    "56",
                    "18",
                    "15",
                    "50",
                    "46",
                    "03",
                    "31",
                    "32",
                    "33",
                    "34",
                    "39",
                    "40",
                    "42",
                    "11",
                )
            }
        )
        # Each entry shows all the municipality's names, so typing any of them offers it.
        self._munis = {f"{m.label} ({m.number})": m.number for m in munis}
        comp = QCompleter(QStringListModel(sorted(self._munis), self), self)
        comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        comp.setFilterMode(Qt.MatchFlag.MatchContains)
        self.municipality.setCompleter(comp)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.errors = {k: FieldError() for k in ("name", "orgnr", "municipality_number", "phone", "email")}
        self._retry = Retry(self)
        self.errors["orgnr"].setObjectName("errorOrgnr")
        form = QFormLayout(self)
        form.addRow(self.tr("&Navn"), self.name)
        form.addRow("", self.errors["name"])
        form.addRow(self.tr("&Org.nr."), self.orgnr)
        form.addRow("", self.errors["orgnr"])
        form.addRow(self.tr("&Kommune"), self.municipality)
        form.addRow("", self.errors["municipality_number"])
        form.addRow(self.tr("&Telefon"), self.phone)
        form.addRow("", self.errors["phone"])
        form.addRow(self.tr("&E-post"), self.email)
        form.addRow("", self.errors["email"])
        form.addRow(draft_form_buttons(self.save, self.discard, self.reject))
        self.orgnr.editingFinished.connect(self._check_orgnr)
        fields = {"name": self.name, "orgnr": self.orgnr, "municipality": self.municipality,
                  "phone": self.phone, "email": self.email}
        self.draft = DraftKeeper(
            FormDrafts.beside(store.path), "company",
            read=lambda: {k: w.text() for k, w in fields.items()},
            write=lambda f: [w.setText(str(f.get(k) or "")) for k, w in fields.items()])
        for key, widget in fields.items():
            widget.textChanged.connect(self.draft.edited)
            if key in self.errors or key == "municipality":
                error = self.errors["municipality_number" if key == "municipality" else key]
                widget.textEdited.connect(lambda _t, e=error: e.show_problem(""))

    def _check_orgnr(self) -> None:
        text = normalize_orgnr(self.orgnr.text())
        problem = orgnr_problem(text) if text else None
        self.errors["orgnr"].show_problem(labels.problem(problem) if problem else "")

    def _municipality(self) -> tuple[str | None, str | None]:
        """(number of an entry picked from the list, else the text as typed for the service)."""
        text = self.municipality.text().strip()
        picked = self._munis.get(text)
        return (picked, None) if picked else (None, text or None)

    def save(self) -> bool:
        self._retry.cancel()
        for e in self.errors.values():
            e.show_problem("")
        self._check_orgnr()  # said together with whatever the service finds below, not instead
        try:
            number, typed = self._municipality()
            c = quick_write(
                self.store, add_company_by_hand,
                name=self.name.text(),
                orgnr=self.orgnr.text(),
                municipality_number=number,
                municipality=typed,
                phone=self.phone.text().strip() or None,
                email=self.email.text().strip() or None,
            )
            self.company_id = c.id
        except CompanyInputError as exc:
            self.errors.get(exc.field, self.errors["name"]).show_problem(labels.problem_of(exc))
            {"orgnr": self.orgnr, "phone": self.phone, "email": self.email}.get(
                exc.field, self.municipality if exc.field == "municipality_number" else self.name).setFocus()
            return False
        except StoreBusy:
            self.errors["municipality_number"].show_problem(busy_message())
            self._retry.later(self.save)
            return False
        self.draft.done()
        self.accept()
        return True

    def discard(self) -> None:
        """Close and forget what was typed."""
        self.draft.done()
        self.reject()

    def reject(self) -> None:
        self._retry.cancel()
        super().reject()
