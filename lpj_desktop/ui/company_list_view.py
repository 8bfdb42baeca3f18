"""The company list page: instant search, filters, a sortable table that pages from the store."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QByteArray, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lpj_desktop.services.companies import CompanyQuery
from lpj_desktop.services.lookups import campaigns, counties_in_store, municipalities_of, people
from lpj_desktop.services.use import read
from lpj_desktop.store.database import Store
from lpj_desktop.ui import labels
from lpj_desktop.ui.company_list_model import ID_ROLE, CompanyListModel
from lpj_desktop.ui.widgets import choose_by_typing, trade_names

SEARCH_DELAY_MS = 150


class CompanyListPage(QWidget):
    """Search and filters on top, the table below. Enter or double-click opens a company."""

    open_company = Signal(str)

    def __init__(self, store: Store, user_id: str, settings, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.store = store
        self.user_id = user_id
        self.settings = settings
        self.model = CompanyListModel(store, self)

        self.search = QLineEdit()
        self.search.setObjectName("companySearch")
        self.search.setPlaceholderText(self.tr("Søk på navn, sted eller organisasjonsnummer  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("companyCount")

        self.county = QComboBox()
        self.county.setObjectName("filterCounty")
        self.municipality = QComboBox()
        self.municipality.setObjectName("filterMunicipality")
        choose_by_typing(self.municipality)
        self.status = QComboBox()
        self.status.setObjectName("filterStatus")
        self.stage = QComboBox()
        self.stage.setObjectName("filterStage")
        self.trade = QComboBox()
        self.trade.setObjectName("filterTrade")
        self.trade.setEditable(True)
        self.owner = QComboBox()
        self.owner.setObjectName("filterOwner")
        self.campaign = QComboBox()
        self.campaign.setObjectName("filterCampaign")
        self.no_contact = QSpinBox()
        self.no_contact.setObjectName("filterNoContact")
        self.no_contact.setRange(0, 3650)
        self.no_contact.setSuffix(self.tr(" dager"))
        self.no_contact.setSpecialValueText(self.tr("uansett"))
        self.include_inactive = QCheckBox(self.tr("Vis nedlagte"))
        self.reset = QPushButton(self.tr("Nullstill filtre"))
        self._fill_filters()

        self.table = QTableView()
        self.table.setObjectName("companyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((230, 95, 105, 180, 80, 150, 190, 100)):
            self.table.setColumnWidth(col, width)
        state = settings.value("companyList/header")
        if isinstance(state, QByteArray | bytes):
            header.restoreState(QByteArray(state))
        header.sectionMoved.connect(self._save_layout)
        header.sectionResized.connect(self._save_layout)
        header.sortIndicatorChanged.connect(self._save_layout)

        filters1 = QHBoxLayout()
        for label, widget in (
            (self.tr("Fylke"), self.county),
            (self.tr("Kommune"), self.municipality),
            (self.tr("Lærebedrift"), self.status),
            (self.tr("Stadium"), self.stage),
        ):
            filters1.addWidget(QLabel(label))
            filters1.addWidget(widget, 1)
        filters2 = QHBoxLayout()
        for label, widget in (
            (self.tr("Fag"), self.trade),
            (self.tr("Eier"), self.owner),
            (self.tr("Kampanje"), self.campaign),
            (self.tr("Ingen kontakt på"), self.no_contact),
        ):
            filters2.addWidget(QLabel(label))
            filters2.addWidget(widget, 1)
        filters2.addWidget(self.include_inactive)
        filters2.addWidget(self.reset)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters1)
        layout.addLayout(filters2)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._open_first)
        for combo in (self.county, self.municipality, self.status, self.stage, self.owner, self.campaign):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.county.currentIndexChanged.connect(self._fill_municipalities)
        self.trade.currentTextChanged.connect(lambda _t: self._timer.start())
        self.no_contact.valueChanged.connect(lambda _v: self._timer.start())
        self.include_inactive.toggled.connect(lambda _v: self._timer.start())
        self.reset.clicked.connect(self.reset_filters)
        self.table.activated.connect(self._activated)
        # Enter opens the highlighted company on every platform (macOS does not activate on Enter).
        for key in ("Return", "Enter"):
            open_shortcut = QShortcut(
                QKeySequence(key), self.table, lambda: self._activated(self.table.currentIndex())
            )
            open_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.model.loaded.connect(self._show_count)
        self.model.counted.connect(self._show_count)
        # A refresh of the same search (data changed, e.g. a sync pulled changes) keeps the user's
        # place: the highlighted company and the scroll position. A new search starts at the top.
        self._shown_query: object = None
        self._place: tuple[str | None, int] | None = None
        self.model.modelAboutToBeReset.connect(self._remember_place)
        self.model.modelReset.connect(self._restore_place)
        self.model.failed.connect(
            lambda msg: self.count_label.setText(self.tr("Søket feilet: {0}").format(msg))
        )
        # Ctrl+F is the window's (shortcuts.py): a second binding here made it ambiguous and dead.
        self.include_inactive.setChecked(True)

    def set_user(self, user_id: str) -> None:
        """The user changed (the first login gives the server's id): save in the new one's name."""
        self.user_id = user_id

    def _fill_filters(self) -> None:
        any_ = self.tr("Alle")
        self.county.addItem(any_, None)
        for c in read(self.store, counties_in_store):
            self.county.addItem(c.label, c.value)
        users = read(self.store, people)
        camps = read(self.store, campaigns)
        self._fill_municipalities()
        self.status.addItem(any_, None)
        for st in labels.STATUSES:
            self.status.addItem(labels.lb_status(st.value), st.value)
        self.stage.addItem(any_, None)
        self.stage.addItem(labels.stage(None), "none")
        for o in labels.OUTCOMES:
            self.stage.addItem(labels.outcome(o.value), o.value)
        self.trade.addItem("")
        self.trade.addItems(trade_names())
        self.trade.lineEdit().setPlaceholderText(any_)
        self.owner.addItem(any_, None)
        self.owner.addItem(self.tr("Meg"), self.user_id)
        for u in users:
            if u.value != self.user_id:
                self.owner.addItem(u.label, u.value)
        self.campaign.addItem(any_, None)
        for c in camps:
            self.campaign.addItem(c.label, c.value)

    def reload_choices(self) -> None:
        """Refill the filters after an import (new counties, people, campaigns)."""
        for combo in (self.county, self.status, self.stage, self.owner, self.campaign, self.trade):
            combo.blockSignals(True)
            combo.clear()
        self._fill_filters()
        for combo in (self.county, self.status, self.stage, self.owner, self.campaign, self.trade):
            combo.blockSignals(False)

    def _fill_municipalities(self) -> None:
        self.municipality.blockSignals(True)
        self.municipality.clear()
        self.municipality.addItem(self.tr("Alle"), None)
        county = self.county.currentData()
        if county:
            for m in municipalities_of(county):
                self.municipality.addItem(m.label, m.value)
        self.municipality.setEnabled(bool(county))
        self.municipality.blockSignals(False)

    def current_query(self) -> CompanyQuery:
        def one(combo: QComboBox) -> set[str]:
            value = combo.currentData()
            return {value} if value else set()

        return CompanyQuery(
            text=self.search.text(),
            counties=one(self.county),
            municipalities=one(self.municipality),
            statuses=one(self.status),
            stages=one(self.stage),
            trade=self.trade.currentText().strip() or None,
            owner_id=self.owner.currentData(),
            no_contact_days=self.no_contact.value() or None,
            campaign_id=self.campaign.currentData(),
            include_inactive=self.include_inactive.isChecked(),
            sort=self.model.query.sort,
            descending=self.model.query.descending,
        )

    def apply_query(self, *, wait: bool = False) -> None:
        self.model.set_query(self.current_query(), wait=wait)

    def reset_filters(self) -> None:
        for combo in (self.county, self.status, self.stage, self.owner, self.campaign):
            combo.setCurrentIndex(0)
        self.trade.setCurrentText("")
        self.no_contact.setValue(0)
        self.include_inactive.setChecked(True)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("teller …") if total < 0 else self.tr("%n bedrift(er)", "", total))
        if self.table.currentIndex().row() < 0 and self.model.rowCount() > 0:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def take_focus(self) -> None:
        """Where a person starts on this page: the search field."""
        self.focus_search()

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        cid = index.siblingAtColumn(0).data(ID_ROLE)
        if cid:
            self.open_company.emit(cid)

    def _open_first(self) -> None:
        """Enter in the search box: open the highlighted (or only) company."""
        self._timer.stop()
        if self.model.query.text != self.search.text():
            self.apply_query(wait=True)
        index = self.table.currentIndex()
        if not index.isValid() and self.model.rowCount() > 0:
            index = self.model.index(0, 0)
        if index.isValid():
            self._activated(index)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Arrow down from the search box moves into the list, as in a launcher.
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus():
            self.table.setFocus()
            return
        super().keyPressEvent(event)

    def _save_layout(self, *_args: object) -> None:
        self.settings.setValue("companyList/header", self.table.horizontalHeader().saveState())

    def _remember_place(self) -> None:
        same = self._shown_query is not None and self._shown_query == self.model.query
        self._place = (self.current_company_id(), self.table.verticalScrollBar().value()) if same else None

    def _restore_place(self) -> None:
        self._shown_query = replace(self.model.query)
        place, self._place = self._place, None
        if place is None:
            return
        company_id, scroll = place
        row = self.model.row_of(company_id) if company_id else -1
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.verticalScrollBar().setValue(scroll)

    def current_company_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None
