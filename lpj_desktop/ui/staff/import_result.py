"""A dialog that says what an import did and lists every row it could not use, with the reason."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lpj_desktop.services.interest_import import RowProblem
from lpj_desktop.ui.staff import labels


class ImportResultDialog(QDialog):
    def __init__(self, title: str, summary: str, problems: Sequence[RowProblem],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 420)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(len(problems), 3)
        self.problems.setHorizontalHeaderLabels([self.tr("Linje"), self.tr("Hvorfor"), self.tr("Innhold")])
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for r, p in enumerate(problems):
            self.problems.setItem(r, 0, QTableWidgetItem(str(p.line)))
            self.problems.setItem(r, 1, QTableWidgetItem(labels.problem(p.reason)))
            self.problems.setItem(r, 2, QTableWidgetItem(p.text))
        # Our own button text: Qt has no Bokmål catalogue for its standard buttons.
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Lukk"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        if problems:
            layout.addWidget(QLabel(self.tr("Disse radene ble ikke importert. Rett dem i fila og importer "
                                            "igjen; rader som alt er importert, blir ikke doble.")))
            layout.addWidget(self.problems)
        layout.addWidget(buttons)

    def problem_rows(self) -> list[tuple[int, str]]:
        """(line, reason in words) of every listed row (for tests and copying)."""
        return [(int(self.problems.item(r, 0).text()), self.problems.item(r, 1).text())
                for r in range(self.problems.rowCount())]
