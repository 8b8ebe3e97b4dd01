"""A dismissible banner for what the user must notice (divergence, a bad file), without a
modal dialog that would stop a class demo."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

STYLES = {
    "info": "background:#e8f1fb; color:#0b3d66;",
    "warning": "background:#fff4e0; color:#6b3a00;",
    "error": "background:#fde8e8; color:#7a1010;",
}


class MessageBar(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel(wordWrap=True)
        self.label.setAccessibleName(self.tr("Message"))
        close = QToolButton(text="✕")  # a symbol: its accessible name says what it does
        close.setToolTip(self.tr("Dismiss this message"))
        close.setAccessibleName(self.tr("Dismiss message"))
        close.clicked.connect(self.hide)
        self.close_button = close
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.label, 1)
        row.addWidget(close)
        self.level = ""
        self.hide()

    def show_message(self, level: str, text: str) -> None:
        self.level = level
        self.setStyleSheet(STYLES.get(level, ""))
        self.label.setText(text)
        self.label.setAccessibleDescription(text)
        self.show()
