"""Visit history across hunters: filters, a table that loads as you scroll, a detail pane, saved
filters, a jump to the company, and exports of everything that matches."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lpj_desktop.domain import regions
from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.ladder import LADDER
from lpj_desktop.services import history
from lpj_desktop.services.exports import export_table
from lpj_desktop.services.history import LOCAL_TZ, VisitHistoryQuery
from lpj_desktop.services.history_filters import filter_options
from lpj_desktop.services.use import read
from lpj_desktop.store.database import Store
from lpj_desktop.ui.staff import labels
from lpj_desktop.ui.staff.base import StaffPage
from lpj_desktop.ui.staff.history_model import HistoryModel
from lpj_desktop.ui.when_edit import WhenEdit
from lpj_desktop.ui.widgets import choose_by_typing


def _combo(items: list[tuple[str, str | None]]) -> QComboBox:
    box = QComboBox()
    for text, value in items:
        box.addItem(text, value)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(10)  # the panel fits beside the table at 1366×768
    return box


def _select(box: QComboBox, value: str | None) -> None:
    index = box.findData(value)
    box.setCurrentIndex(index if index >= 0 else 0)


def _date_edit() -> WhenEdit:
    """A date limit typed as a person writes it; empty means no limit."""
    return WhenEdit(with_time=False, optional=True)


class HistoryPage(StaffPage):
    """Every visit the store holds, filtered; double-click or "Åpne bedrift" opens the company."""

    open_company = Signal(str)

    def build(self) -> None:
        self.model = HistoryModel(self.store, self)
        self._loading = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filters)

        # Filters.
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Bedriftsnavn, sted eller org.nr."))
        self.text.setClearButtonEnabled(True)
        self.hunter = _combo([(self.tr("Alle"), None)])
        self.team = _combo([(self.tr("Alle"), None)])
        self.organisation = _combo([(self.tr("Alle"), None)])
        self.date_from, self.date_to = _date_edit(), _date_edit()
        self.county = _combo([(self.tr("Alle"), None)])
        self.municipality = _combo([(self.tr("Alle"), None)])
        choose_by_typing(self.municipality)
        every = self.tr("Alle")
        self.channel = _combo([(every, None)] + [(labels.channel(c.value), c.value) for c in Channel])
        self.outcome = _combo([(every, None)] + [(labels.outcome(o.value), o.value) for o in LADDER])
        self.trade = _combo([(self.tr("Alle"), None)])
        self.campaign = _combo([(self.tr("Alle"), None)])
        self.stage = _combo([(self.tr("Alle"), None), (labels.stage(None), "none")]
                            + [(labels.outcome(o.value), o.value) for o in LADDER])
        self.text.setObjectName("historySearch")
        form = QFormLayout()
        # Alt+letter reaches each filter (the labels' buddies), as on every form.
        for label, widget in (
            (self.tr("&Søk"), self.text), (self.tr("Læreplass&jeger"), self.hunter),
            (self.tr("T&eam"), self.team), (self.tr("&Organisasjon"), self.organisation),
            (self.tr("Fra &dato"), self.date_from), (self.tr("Ti&l dato"), self.date_to),
            (self.tr("F&ylke"), self.county), (self.tr("&Kommune"), self.municipality),
            (self.tr("K&anal"), self.channel), (self.tr("&Utfall"), self.outcome),
            (self.tr("Lærefa&g"), self.trade), (self.tr("Ka&mpanje"), self.campaign),
            (self.tr("Bedriftens tr&inn"), self.stage),
        ):
            buddy = QLabel(label)
            buddy.setBuddy(widget)
            form.addRow(buddy, widget)
        self.reset_button = QPushButton(self.tr("&Nullstill filtre"))
        self.reset_button.clicked.connect(self.reset_filters)
        form.addRow(self.reset_button)

        self.saved = _combo([(self.tr("Lagrede filtre …"), None)])
        self.save_button = QPushButton(self.tr("Lagre …"))
        self.delete_button = QPushButton(self.tr("Slett"))
        saved_buttons = QHBoxLayout()
        saved_buttons.addWidget(self.save_button)
        saved_buttons.addWidget(self.delete_button)
        saved_buttons.addStretch(1)
        saved_rows = QVBoxLayout()
        saved_rows.addWidget(self.saved)
        saved_rows.addLayout(saved_buttons)
        saved_box = QGroupBox(self.tr("Lagrede filtre"))
        saved_box.setLayout(saved_rows)

        filters = QWidget()
        filters_layout = QVBoxLayout(filters)
        filters_layout.addWidget(saved_box)
        filters_layout.addLayout(form)
        filters_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(filters)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(280)
        scroll.setMaximumWidth(360)
        # The filters get the panel's width, never more: a sideways scroll hid their right edge.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # Table, status, export.
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((120, 140, 220, 80, 100, 80, 190, 180, 80, 180, 100, 190)):
            self.table.setColumnWidth(column, width)
        # What staff look for first comes first on a laptop screen: when, which company, outcome.
        header = self.table.horizontalHeader()
        for visual, key in enumerate(("when", "company", "outcome", "channel", "hunter")):
            header.moveSection(header.visualIndex(self.model.column_index(key)), visual)
        self.table.doubleClicked.connect(self._open_selected)
        self.status = QLabel()
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Eks&porter"))
        self.export_button.setObjectName("historyExport")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Til &Excel (.xlsx) …"), lambda: self._ask_export("xlsx"))
        menu.addAction(self.tr("Til &CSV …"), lambda: self._ask_export("csv"))
        self.export_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.export_button)

        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.open_button = QPushButton(self.tr("Åpne bedrift"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_selected)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail)
        detail_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(detail_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        right_layout.addWidget(split)
        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(scroll)
        outer.addWidget(right)
        outer.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(outer)

        self.model.counted.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.text.textChanged.connect(lambda _: self._debounce.start())
        for box in (self.hunter, self.team, self.organisation, self.municipality, self.channel,
                    self.outcome, self.trade, self.campaign, self.stage):
            box.currentIndexChanged.connect(self._filters_changed)
        self.county.currentIndexChanged.connect(self._county_changed)
        for edit_ in (self.date_from, self.date_to):
            edit_.edited.connect(lambda: self._debounce.start())
        self.saved.activated.connect(self._load_saved)
        self.save_button.clicked.connect(self._ask_save)
        self.delete_button.clicked.connect(self._delete_saved)


    # --- filters ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the choices and the table (keeping the filter)."""
        if self.locked:
            return
        self.loaded = True
        query = self.current_query()  # what the panel shows stays chosen across a refresh
        options = read(self.store, filter_options)
        self._loading = True
        try:
            for box, items in (
                (self.hunter, [(p.name, p.id) for p in options.people]),
                (self.team, [(t, t) for t in options.teams]),
                (self.organisation, [(o, o) for o in options.organisations]),
                (self.county, [(f"{name} ({number})", number) for number, name in options.counties]),
                (self.trade, [(t, t) for t in options.trades]),
                (self.campaign, [(name, cid) for cid, name in options.campaigns]),
            ):
                current = box.currentData()
                while box.count() > 1:
                    box.removeItem(1)
                for text, value in items:
                    box.addItem(text, value)
                _select(box, current)
            self._fill_municipalities()
            self._fill_saved()
        finally:
            self._loading = False
        self.set_query(query)

    def _fill_municipalities(self) -> None:
        current = self.municipality.currentData()
        county = self.county.currentData()
        while self.municipality.count() > 1:
            self.municipality.removeItem(1)
        counties = {county} if county else {n for n in (self.county.itemData(i)
                                                          for i in range(1, self.county.count())) if n}
        for m in regions.municipalities_in(counties):
            self.municipality.addItem(f"{m.label} ({m.number})", m.number)
        _select(self.municipality, current)

    def _county_changed(self) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            self._fill_municipalities()
        finally:
            self._loading = False
        self._filters_changed()

    def take_focus(self) -> None:
        """Where a person starts here: the search field of the filters."""
        self.text.setFocus()

    def _filters_changed(self, *_: object) -> None:
        if not self._loading:
            self.apply_filters()

    def current_query(self) -> VisitHistoryQuery:
        """The filter as the panel shows it."""
        def one(box: QComboBox) -> set[str]:
            value = box.currentData()
            return {value} if value else set()

        def day(edit: WhenEdit) -> date | None:
            value = edit.value_or_none()  # a limit still being typed limits nothing yet
            return value if isinstance(value, date) else None

        return VisitHistoryQuery(
            text=self.text.text().strip(), hunter_ids=one(self.hunter), team=self.team.currentData(),
            organisation=self.organisation.currentData(), date_from=day(self.date_from),
            date_to=day(self.date_to), counties=one(self.county), municipalities=one(self.municipality),
            channels=one(self.channel), outcomes=one(self.outcome), trade=self.trade.currentData(),
            campaign_id=self.campaign.currentData(), stages=one(self.stage),
        )

    def set_query(self, query: VisitHistoryQuery) -> None:
        """Show `query` in the panel and the table."""
        def first(values: set[str]) -> str | None:
            return sorted(values)[0] if values else None


        self._loading = True
        try:
            self.text.setText(query.text)
            _select(self.hunter, first(query.hunter_ids))
            _select(self.team, query.team)
            _select(self.organisation, query.organisation)
            self.date_from.set_value(query.date_from)
            self.date_to.set_value(query.date_to)
            _select(self.county, first(query.counties))
            self._fill_municipalities()
            _select(self.municipality, regions.current_municipality_number(first(query.municipalities)))
            _select(self.channel, first(query.channels))
            _select(self.outcome, first(query.outcomes))
            _select(self.trade, query.trade)
            _select(self.campaign, query.campaign_id)
            _select(self.stage, first(query.stages))
        finally:
            self._loading = False
        self.apply_filters()

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.current_query())
        self._selection_changed()

    def reset_filters(self) -> None:
        self.set_query(VisitHistoryQuery())

    def _show_count(self, *_: object) -> None:
        shown = self.model.rowCount()
        if self.model.total is None:
            self.status.setText(self.tr("Viser de {0} nyeste besøkene, teller alle treff …").format(shown))
        elif self.model.total == 0:
            self.status.setText(self.tr("Ingen besøk passer med filteret."))
        else:
            self.status.setText(self.tr("{0} besøk passer med filteret (nyeste først).").format(
                f"{self.model.total:,}".replace(",", "\u00a0")))

    # --- saved filters ---------------------------------------------------------------------------

    def _fill_saved(self) -> None:
        while self.saved.count() > 1:
            self.saved.removeItem(1)
        for name, _ in read(self.store, history.saved_filters):
            self.saved.addItem(name, name)

    def save_current(self, name: str) -> None:
        query = self.current_query()

        def done(_result: object) -> None:
            self._fill_saved()
            _select(self.saved, name.strip())

        self.writes.write(self.store, lambda session: history.save_filter(session, name, query),
                          say=self.status.setText, done=done)

    def load_saved(self, name: str) -> None:
        found = dict(read(self.store, history.saved_filters)).get(name)
        if found is not None:
            self.set_query(found)

    def _load_saved(self, index: int) -> None:
        name = self.saved.itemData(index)
        if name:
            self.load_saved(name)

    def _ask_save(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Lagre filter"))
        dialog.setLabelText(self.tr("Navn på filteret:"))
        dialog.setTextValue(self.saved.currentData() or "")
        dialog.setOkButtonText(self.tr("Lagre"))
        dialog.setCancelButtonText(self.tr("Avbryt"))
        if dialog.exec() and dialog.textValue().strip():
            self.save_current(dialog.textValue())

    def _delete_saved(self) -> None:
        name = self.saved.currentData()
        if not name:
            return
        self.writes.write(self.store, lambda session: history.delete_saved_filter(session, name),
                          say=self.status.setText, done=lambda _result: self._fill_saved())

    # --- detail and jump -------------------------------------------------------------------------

    def selected_row(self) -> history.VisitRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def _selection_changed(self, *_: QItemSelection) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(row is not None)
        if row is None:
            hint = self.tr("Velg et besøk for å se detaljene.")
            self.detail.setHtml(f"<p style='color:#5B6675'>{hint}</p>")
            return
        detail = read(self.store, history.visit_detail, row.id)
        if detail is None:
            self.detail.setHtml(self.tr("Besøket finnes ikke lenger."))
            return
        r = detail.row
        lines = [
            f"<h3>{escape(r.company_name)} <span style='color:#5B6675'>{escape(r.orgnr or '')}</span></h3>",
            f"<p><b>{escape(r.occurred_at.astimezone(LOCAL_TZ).strftime('%d.%m.%Y %H:%M'))}</b> · "
            f"{escape(labels.channel(r.channel))} · {escape(r.hunter_name)} · {escape(r.municipality)}</p>",
            f"<p>{self.tr('Utfall')}: <b>{escape(labels.outcome(r.outcome))}</b>"
            + (f" – {escape(detail.reason)}" if detail.reason else "") + "</p>",
        ]
        if detail.contact_name:
            lines.append(f"<p>{self.tr('Kontaktperson')}: {escape(detail.contact_name)}</p>")
        if r.trades:
            lines.append(f"<p>{self.tr('Lærefag')}: {escape(', '.join(r.trades))}</p>")
        if detail.places:
            offered = ", ".join(f"{escape(t)} ({n})" for t, n in detail.places)
            lines.append(f"<p>{self.tr('Læreplasser tilbudt')}: {offered}</p>")
        if detail.notes:
            lines.append(f"<p style='white-space:pre-wrap'>{escape(detail.notes)}</p>")
        if r.next_step:
            when = r.next_step_on.strftime("%d.%m.%Y") if r.next_step_on else ""
            lines.append(f"<p>{self.tr('Neste steg')}: {escape(r.next_step)} {when}</p>")
        if detail.campaign_name:
            lines.append(f"<p>{self.tr('Kampanje')}: {escape(detail.campaign_name)}</p>")
        lines.append(f"<p>{self.tr('Bedriftens trinn nå')}: {escape(labels.stage(r.company_stage))}</p>")
        self.detail.setHtml("".join(lines))

    def _open_selected(self, *_: object) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_company.emit(row.company_id)

    # --- export ----------------------------------------------------------------------------------

    def export_to(self, path: Path) -> None:
        """Write every visit matching the filter to `path` (.xlsx or .csv) in the background."""
        table = self.model.export_table(self.tr("Besøkshistorikk"))
        self.export_file(lambda p, progress: export_table(table, p, progress), path)

    def _ask_export(self, kind: str) -> None:
        suggested = f"besok-{date.today():%Y-%m-%d}.{kind}"
        filters = self.tr("Excel-arbeidsbok (*.xlsx)") if kind == "xlsx" else self.tr("CSV-fil (*.csv)")
        path = self.ask_save_path(self.tr("Eksporter besøk"), suggested, filters)
        if path is not None:
            self.export_to(path if path.suffix else path.with_suffix(f".{kind}"))


def make_history_page(store: Store, parent: QWidget | None = None) -> HistoryPage:
    return HistoryPage(store, parent)
