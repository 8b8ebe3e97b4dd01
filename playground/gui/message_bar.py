"""A dismissible banner for what the user must notice (divergence, a bad file), without a
modal dialog that would stop a class demo."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

STYLES = {
    "info": "background:#e8f1fb; color:#0b3d66;",
    "warning": "background:#fff4e0; color:#6b3a00;",
    "error": "background:#fde8e8; color:#7a1010;",
}


class MessageBar(QWidget):
    rewind_requested = Signal()  # "go back to update N" after a blow-up

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel(wordWrap=True)
        self.label.setAccessibleName(self.tr("Message"))
        close = QToolButton(text="✕")  # a symbol: its accessible name says what it does
        close.setToolTip(self.tr("Dismiss this message"))
        close.setAccessibleName(self.tr("Dismiss message"))
        close.clicked.connect(self.hide)
        self.close_button = close
        self.rewind_button = QToolButton()
        self.rewind_button.setAccessibleName(self.tr("Go back to a healthy update"))
        self.rewind_button.setToolTip(self.tr("Put back the weights of the last update before training blew up, "
                                              "keeping the current settings (lower the learning rate first)"))
        self.rewind_button.clicked.connect(self._on_rewind_clicked)
        self.rewind_button.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.rewind_button)
        row.addWidget(close)
        self.level = ""
        self.hide()

    def show_message(self, level: str, text: str, rewind_to: int | None = None) -> None:
        """Show ``text``; with ``rewind_to``, also a button that goes back to that update."""
        self.rewind_button.setVisible(rewind_to is not None)
        if rewind_to is not None:
            self.rewind_button.setText(self.tr("Go back to update {step}").format(step=f"{rewind_to:,}"))
        self.level = level
        self.setStyleSheet(STYLES.get(level, ""))
        self.label.setText(text)
        self.label.setAccessibleDescription(text)
        self.show()

    def _on_rewind_clicked(self) -> None:
        self.hide()
        self.rewind_requested.emit()
