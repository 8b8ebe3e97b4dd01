"""The learning-rate schedule's rows of the training panel: the kind, its settings (only those
it takes are shown) and a small preview of η over the updates, drawn from the settings alone
(a schedule is a pure function of the update count)."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QSignalBlocker, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout

from ..engine import Config
from ..engine.schedules import SCHEDULE_PARAMETERS, learning_rates, schedule_parameters
from . import palette
from .form_widgets import make_combo, set_combo
from .labels import SCHEDULE_LABELS, SCHEDULE_PARAMETER_LABELS

PREVIEW_POINTS = 200
PREVIEW_HEIGHT = 70


def preview_updates(name: str, params: dict) -> int:
    """How many updates the preview spans: enough to see the schedule's shape."""
    p = schedule_parameters(name, params)
    span = {"step": 4 * p.get("decay_every", 0), "exponential": 4 * p.get("decay_every", 0),
            "cosine": 1.25 * p.get("cycle_updates", 0), "warmup": 4 * p.get("warmup_updates", 0)}.get(name, 0)
    return int(max(span, 100))


class ScheduleControls(QObject):
    """Adds its rows to ``form``; emits ``live_change`` with a schedule or one of its settings."""

    live_change = Signal(dict)

    def __init__(self, form: QFormLayout, parent=None):
        super().__init__(parent)
        self.form = form
        self.combo = make_combo(SCHEDULE_LABELS, self.tr("How the learning rate changes as training goes on"))
        self.combo.activated.connect(lambda: self.live_change.emit({"schedule": self.combo.currentData()}))
        form.addRow(self.tr("Schedule"), self.combo)
        self.combo.setAccessibleName(self.tr("Schedule"))
        self.spins = {key: self._spin(key) for key in SCHEDULE_PARAMETERS}
        self.preview = pg.PlotWidget(background="w")
        self.preview.setFixedHeight(PREVIEW_HEIGHT)
        self.preview.setAccessibleName(self.tr("Schedule preview"))
        self.preview.setToolTip(self.tr("The learning rate of each update under this schedule, from 0 to the "
                                        "learning rate"))
        self.preview.setMouseEnabled(False, False)
        self.preview.hideButtons()
        self.preview.hideAxis("left")  # the shape is what matters; the rate itself is in the row above
        self.curve = self.preview.plot(pen=pg.mkPen(palette.POSITIVE, width=2))
        form.addRow(self.tr("Preview"), self.preview)

    def _spin(self, key: str) -> QDoubleSpinBox:
        h = SCHEDULE_PARAMETERS[key]
        label, tip = SCHEDULE_PARAMETER_LABELS[key]
        spin = QDoubleSpinBox(minimum=h.low, maximum=h.high, singleStep=h.step, decimals=h.decimals,
                              keyboardTracking=False)
        spin.setToolTip(tip)
        spin.valueChanged.connect(lambda v, k=key: self.live_change.emit({k: v}))
        self.form.addRow(label, spin)
        spin.setAccessibleName(label)
        return spin

    def set_config(self, config: Config) -> None:
        """Show the running schedule: its kind, its settings' rows only, and its curve."""
        set_combo(self.combo, config.schedule)
        used = schedule_parameters(config.schedule, config.schedule_params)
        for key, spin in self.spins.items():
            self.form.setRowVisible(spin, key in used)
            with QSignalBlocker(spin):
                spin.setValue(config.schedule_params.get(key, SCHEDULE_PARAMETERS[key].default))
        t = np.linspace(0, preview_updates(config.schedule, config.schedule_params), PREVIEW_POINTS)
        self.curve.setData(t, learning_rates(config.learning_rate, config.schedule, config.schedule_params, t))
        self.preview.setYRange(0, config.learning_rate * 1.05 or 1.0, padding=0)
