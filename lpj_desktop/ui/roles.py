"""The item-data roles the app's lists use, in one place (Qt leaves everything above UserRole to us)."""

from __future__ import annotations

from PySide6.QtCore import Qt

# The record (company, visit, contact, follow-up, conflict…) a row stands for: its id.
ROLE_ID = Qt.ItemDataRole.UserRole + 1
# What kind of record the row is ("visit", "note", "followup"), or a navigation page's key.
ROLE_KIND = Qt.ItemDataRole.UserRole + 2
# The company a row belongs to (follow-ups), or the whole row object (the staff history).
ROLE_COMPANY = Qt.ItemDataRole.UserRole + 3
ROLE_ROW = Qt.ItemDataRole.UserRole + 4
# The files attached to what the row stands for (a timeline row: AttachedFile values).
ROLE_FILES = Qt.ItemDataRole.UserRole + 5
