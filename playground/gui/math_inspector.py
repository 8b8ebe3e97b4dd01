"""The math inspector dock: one parameter's next update, with today's numbers, as the engine
computed them (see :mod:`playground.engine.inspection`).  Views ask for it (a neuron or a
link of the diagram, a weight-matrix cell, a kernel cell); it follows training, asking again
after each new snapshot while it is visible (one request at a time)."""
from __future__ import annotations

import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ..engine.inspection import InspectTarget
from .error_text import describe
from .inspection_text import page


MIN_WIDTH = 160
FOLLOW_SECONDS = 0.25


class MathInspector(QWidget):
    shown = Signal()  # a new inspection is on the page (the window raises this dock)

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.target: InspectTarget | None = None
        self.label = ""
        self.inspection = None  # the engine's answer on the page
        self._asking = False  # a request is on its way
        self._asked_at = 0.0  # when the last one was sent (time.monotonic)
        self._stale = False  # a newer snapshot came while a request was on its way
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Math inspector"))
        self.text.setMinimumWidth(MIN_WIDTH)  # the dock keeps the width the window gives it
        self.text.setToolTip(self.tr("The chosen weight's forward sum, gradient and next step, with today's numbers"))
        self.text.setHtml(self.tr("<p>Click a neuron or a link in the network diagram, a cell of a weight matrix or "
                                  "a kernel cell to see its numbers here: the forward sum, the gradient as the chain "
                                  "rule builds it, and the step the next update will take.</p>"))
        self.follow = QCheckBox(self.tr("Follow training"))
        self.follow.setAccessibleName(self.tr("Follow training"))
        self.follow.setToolTip(self.tr("Compute the numbers again after every update shown"))
        self.follow.setChecked(True)
        self.status = QLabel(wordWrap=True)
        self.status.setAccessibleName(self.tr("Inspector status"))
        row = QHBoxLayout()
        row.addWidget(self.follow)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        controller.snapshot_ready.connect(self._on_controller_snapshot)
        controller.built.connect(self._on_controller_built)

    def inspect(self, source: tuple, label: str) -> None:
        """Show parameter ``source`` = (layer index, parameter name, flat index), named
        ``label``, from now on."""
        self.target, self.label = InspectTarget(*source), label
        self.shown.emit()
        self._ask()

    def _ask(self) -> None:
        if self._asking:
            self._stale = True
            return
        self._asking = True
        self._asked_at = time.monotonic()
        self.status.setText(self.tr("Computing…"))
        self.controller.inspect(self.target, done=self._on_answer)

    def _on_answer(self, accepted: bool, value) -> None:
        self._asking = False
        if accepted and value.target == self.target:  # not an answer about a weight clicked before
            self.inspection = value
            self.text.setHtml(page(value, self.label))
            self.status.setText("")
        elif not accepted:
            self.status.setText(describe(value))
        if self._stale and self.target is not None:
            self._stale = False
            self._ask()

    def _on_controller_snapshot(self, snapshot) -> None:
        """Follow training: ask again, at most every FOLLOW_SECONDS while playing (each answer
        costs the engine about one update; the snapshot sent on pause brings the last one)."""
        if self.target is None or not self.follow.isChecked() or not self.isVisible():
            return
        if self.controller.playing and time.monotonic() - self._asked_at < FOLLOW_SECONDS:
            return
        self._ask()

    def _on_controller_built(self, _info) -> None:
        """A new network: the old target may not exist any more."""
        if self.target is not None:
            self.status.setText(self.tr("The network was rebuilt: click a weight to inspect it."))
        self.target, self.inspection, self._stale = None, None, False
