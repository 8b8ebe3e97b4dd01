"""Small widget helpers shared by the settings panels."""
from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox


def make_combo(items: Mapping[str, str], tip: str, name: str = "") -> QComboBox:
    """A combo whose entries carry registry keys as item data; ``name`` is its accessible
    name (its visible label), for screen readers.  Pass translated texts."""
    combo = QComboBox()
    for key, label in items.items():
        combo.addItem(label, key)
    combo.setToolTip(tip)
    if name:
        combo.setAccessibleName(name)
    return combo


def set_combo(combo: QComboBox, key) -> None:
    """Select the entry carrying ``key`` without emitting change signals; none (the
    placeholder text) when no entry carries it, rather than a stale choice."""
    with QSignalBlocker(combo):
        combo.setCurrentIndex(combo.findData(key))


class NumberCombo(QComboBox):
    """An editable list of round values (log-spaced rates), also accepting typed numbers.

    Emits ``value_chosen`` with a valid number, or ``invalid`` with the text typed.
    """

    value_chosen = Signal(float)
    invalid = Signal(str)

    def __init__(self, values, tip: str, low: float = 0.0, high: float = 1e6):
        super().__init__()
        self.setEditable(True)
        self.low, self.high = low, high
        for v in values:
            self.addItem(f"{v:g}")
        self.setToolTip(tip)
        self.activated.connect(self._on_activated)
        self.lineEdit().editingFinished.connect(self._on_activated)

    def _on_activated(self, *_):
        text = self.currentText().strip()
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and self.low <= value <= self.high):
            self.invalid.emit(self.tr("“{text}” is not a number from {low:g} to {high:g}.").format(
                text=text, low=self.low, high=self.high))
            return
        self.value_chosen.emit(value)

    def set_value(self, value: float) -> None:
        with QSignalBlocker(self):
            self.setEditText(f"{value:g}")
