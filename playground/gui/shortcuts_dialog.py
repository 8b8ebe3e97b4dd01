"""Help ▸ Keyboard shortcuts (F1 or ?): every shortcut of the window, read from its real
actions, so the list can never disagree with what the keys do."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for each action under ``window`` that has a shortcut, in the user's
    language and the platform's notation, once each."""
    rows = []
    for action in window.findChildren(QAction):
        keys = ", ".join(k.toString(QKeySequence.NativeText) for k in action.shortcuts() if not k.isEmpty())
        what = action.text().replace("&", "").rstrip("…")
        if keys and what and (what, keys) not in rows:
            rows.append((what, keys))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        rows_height = self.table.verticalHeader().defaultSectionSize() * (len(rows) + 1)
        screen = self.screen().availableGeometry().height() if self.screen() else 800
        self.resize(self.fontMetrics().averageCharWidth() * 80, min(rows_height + 90, int(screen * 0.9)))
        self.setAttribute(Qt.WA_DeleteOnClose)


def add_shortcuts_action(window: QWidget, menu) -> QAction:
    """Help ▸ Keyboard shortcuts, on F1 and ?."""
    action = menu.addAction(ShortcutsDialog.tr("Keyboard shortcuts…"))
    action.setShortcuts([QKeySequence(QKeySequence.HelpContents), QKeySequence("?")])
    action.triggered.connect(lambda: ShortcutsDialog(window).show())
    return action
