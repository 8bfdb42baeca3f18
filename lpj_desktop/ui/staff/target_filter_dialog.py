"""Choosing companies for a campaign's target list by filter, with a live count."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from lpj_desktop.domain import regions
from lpj_desktop.domain.codelists import trades
from lpj_desktop.domain.enums import LaerebedriftStatus
from lpj_desktop.domain.ladder import LADDER
from lpj_desktop.services.companies import CompanyQuery, count_companies
from lpj_desktop.services.use import read
from lpj_desktop.store.database import Store
from lpj_desktop.ui.staff import labels
from lpj_desktop.ui.widgets import choose_by_typing


class TargetFilterDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Målbedrifter fra filter"))
        every = self.tr("Alle")
        self.county = QComboBox()
        self.county.addItem(every, None)
        for number in ("55", "56"):
            self.county.addItem(regions.county_label(number), number)
        self.municipality = QComboBox()
        self.municipality.addItem(every, None)
        for m in regions.municipalities_in({"55", "56"}):
            self.municipality.addItem(f"{m.label} ({m.number})", m.number)
        choose_by_typing(self.municipality)
        self.status = QComboBox()
        self.status.addItem(every, None)
        for s in LaerebedriftStatus:
            self.status.addItem(labels.lb_status(s.value), s.value)
        self.stage = QComboBox()
        self.stage.addItem(every, None)
        self.stage.addItem(labels.stage(None), "none")
        for o in LADDER:
            self.stage.addItem(labels.outcome(o.value), o.value)
        self.trade = QComboBox()
        self.trade.addItem(every, None)
        for t in trades():
            self.trade.addItem(t.name, t.name)
        self.active_only = QCheckBox(self.tr("Bare aktive bedrifter (ikke konkurs, avviklet eller slettet)"))
        self.active_only.setChecked(True)
        self.count = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Fylke"), self.county)
        form.addRow(self.tr("Kommune"), self.municipality)
        form.addRow(self.tr("Lærebedriftstatus"), self.status)
        form.addRow(self.tr("Trinn"), self.stage)
        form.addRow(self.tr("Lærefag (godkjent eller interessert)"), self.trade)
        form.addRow(self.active_only)
        buttons = QDialogButtonBox()  # our own texts: Qt has no Bokmål catalogue for its buttons
        buttons.addButton(self.tr("Legg til som mål"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        for box in (self.county, self.municipality, self.status, self.stage, self.trade):
            box.currentIndexChanged.connect(self._recount)
        self.active_only.toggled.connect(self._recount)
        self._recount()

    def query(self) -> CompanyQuery:
        def one(box: QComboBox) -> set[str]:
            return {box.currentData()} if box.currentData() else set()

        return CompanyQuery(counties=one(self.county), municipalities=one(self.municipality),
                            statuses=one(self.status), stages=one(self.stage), trade=self.trade.currentData(),
                            include_inactive=not self.active_only.isChecked())

    def _recount(self, *_: object) -> None:
        n = read(self.store, count_companies, self.query())
        shown = f"{n:,}".replace(",", "\u00a0")
        self.count.setText(self.tr("{0} bedrifter passer med filteret.").format(shown))
