"""A label whose text changes every frame without laying its window out again.

A QLabel's new text asks its parent's layout to recompute, and from there the dock and the
main window: three labels (the toolbar's counters and losses, the timeline's update) made two
main-window layout passes a frame, each creating a geometry animation per dock (~2 ms of a
frame's 18).  Qt skips that for a widget of fixed size, so this label keeps a fixed size,
grown when a text does not fit, and made again only when the text needs much less room or the
font changed (presentation mode).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel

SHRINK_BELOW = 0.6  # a text this much narrower than the room kept gives the room back


class SteadyLabel(QLabel):
    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def _fit(self) -> None:
        """Grow to the text's size hint; shrink only for a much shorter text (``minimumWidth``
        is the room kept: it equals ``maximumWidth`` once fixed)."""
        hint, kept = super().sizeHint(), self.minimumWidth()
        if hint.width() > kept or hint.width() < SHRINK_BELOW * kept or hint.height() != self.minimumHeight():
            self.setFixedSize(hint)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:
            self.setMinimumSize(0, 0)  # the font's size, not the room kept for the old one
            self._fit()
