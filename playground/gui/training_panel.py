"""Training settings: loss, optimizer and its hyper-parameters, learning-rate schedule, batches,
regularization, gradient clipping, initialization, seed and precision.

Rates and optimizer settings are *live* (applied at the next update, nothing reset);
the rest rebuild the network and are undoable.
"""
from __future__ import annotations

import random

from PySide6.QtCore import QSignalBlocker, QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QSpinBox, QToolButton, QVBoxLayout,
                               QWidget)

from ..engine import Config
from ..engine.hyperparameters import HYPERPARAMETERS
from ..engine.optimizers import OPTIMIZERS
from .collapsible import CollapsibleSection
from .form_widgets import NumberCombo, make_combo, set_combo
from .schedule_controls import ScheduleControls
from .labels import ACTIVATION_LABELS, HYPER_LABELS, INIT_LABELS, LOSS_LABELS, OPTIMIZER_LABELS, REGULARIZER_LABELS

RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10]
STARTING_REG_RATE = 0.001
REG_RATES = [0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10]
# Marked for the translation tools; self.tr() words them in the widget ("TrainingPanel" context).
BATCH_MODES = {"full": QT_TRANSLATE_NOOP("TrainingPanel", "Full batch (gradient descent)"),
               "sgd": QT_TRANSLATE_NOOP("TrainingPanel", "One sample (SGD)"),
               "mini": QT_TRANSLATE_NOOP("TrainingPanel", "Mini-batch")}


class TrainingPanel(QWidget):
    structural_change = Signal(dict, str)
    live_change = Signal(dict)
    invalid_input = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.loss = make_combo(LOSS_LABELS, self.tr("What the training minimizes"))
        self.output_activation = make_combo({"auto": self.tr("Automatic"), **ACTIVATION_LABELS},
                                            self.tr("The output layer's activation (cross-entropy fixes it)"))
        self.optimizer = make_combo(OPTIMIZER_LABELS, self.tr("The rule that turns gradients into weight updates"))
        self.batch_mode = make_combo({k: self.tr(v) for k, v in BATCH_MODES.items()},
                                     self.tr("How many samples each update averages over"))
        self.batch_size = QSpinBox(minimum=2, maximum=100_000, keyboardTracking=False)
        self.batch_size.setToolTip(self.tr("Samples per mini-batch"))
        self.learning_rate = NumberCombo(RATES, self.tr("Learning rate η: the step size of each update"), 0, 1e3)
        self.hyper = {key: self._hyper_spin(key) for key in HYPER_LABELS}
        self.regularizer = make_combo(REGULARIZER_LABELS, self.tr("A penalty on large weights against overfitting"))
        self.reg_rate = NumberCombo(REG_RATES, self.tr("Regularization rate λ"), 0, 1e3)
        self.clip = QDoubleSpinBox(minimum=0, maximum=1e6, decimals=2, singleStep=0.5, keyboardTracking=False)
        self.clip.setSpecialValueText(self.tr("off"))
        self.clip.setToolTip(self.tr("Rescale the gradient when its norm exceeds this (0 = off)"))
        self.init = make_combo(INIT_LABELS, self.tr("How every layer's weights are drawn at the start"))
        self.init.setPlaceholderText(self.tr("Mixed: chosen per layer"))
        self.init_scale = QDoubleSpinBox(minimum=0.0, maximum=1000, decimals=3, singleStep=0.1, keyboardTracking=False)
        self.init_scale.setToolTip(self.tr("Multiplies every initial weight: push it to 5 or 0.05 to see gradients "
                                      "explode or vanish"))
        self.seed = QSpinBox(minimum=0, maximum=2_000_000_000, keyboardTracking=False)
        self.seed.setToolTip(self.tr("Seed of the initial weights and the shuffling: same seed, same run"))
        self.dice = dice = QToolButton(text=self.tr("New"))
        dice.setToolTip(self.tr("Pick a new random seed"))
        dice.clicked.connect(lambda: self.seed.setValue(random.randrange(1, 1_000_000)))
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed)
        seed_row.addWidget(dice)
        self.dtype = make_combo({"float64": self.tr("float64 (exact)"), "float32": self.tr("float32 (faster)")},
                                self.tr("Numeric precision of the engine"))
        self._build_sections(seed_row)
        self.seed.setAccessibleName(self.tr("Seed"))
        dice.setAccessibleName(self.tr("New random seed"))
        self._connect()

    def _build_sections(self, seed_row) -> None:
        """The rows in folding groups: what a learner changes most is open."""
        groups = [
            (self.tr("Loss and output"), self.tr("What the training minimizes and the output layer's activation"), False,
             [(self.tr("Loss"), self.loss), (self.tr("Output activation"), self.output_activation)]),
            (self.tr("Optimizer"), self.tr("The update rule, its step size and its settings"), True,
             [(self.tr("Optimizer"), self.optimizer), (self.tr("Learning rate"), self.learning_rate)]
             + [(HYPER_LABELS[k][0], spin) for k, spin in self.hyper.items()]
             + [(self.tr("Gradient clipping"), self.clip)]),
            (self.tr("Batches"), self.tr("How many samples each update averages over"), True,
             [(self.tr("Batch"), self.batch_mode), (self.tr("Batch size"), self.batch_size)]),
            (self.tr("Regularization"), self.tr("A penalty on large weights"), True,
             [(self.tr("Regularization"), self.regularizer), (self.tr("Regularization rate"), self.reg_rate)]),
            (self.tr("Initialization"), self.tr("How the weights are drawn at the start"), True,
             [(self.tr("Initialization"), self.init), (self.tr("Init scale"), self.init_scale)]),
            (self.tr("Learning-rate schedule"), self.tr("How the learning rate changes as training goes on"), False, []),
            (self.tr("Reproducibility"), self.tr("Seed and numeric precision"), False,
             [(self.tr("Seed"), seed_row), (self.tr("Precision"), self.dtype)]),
        ]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(0)
        self.sections: dict[str, CollapsibleSection] = {}
        labels = []
        for title, tip, expanded, rows in groups:
            section = CollapsibleSection(title, tip, expanded)
            section.header.setAccessibleName(self.tr("{0} settings").format(title))  # apart from the row's own name
            for label, widget in rows:
                section.form.addRow(label, widget)
                labels.append(section.form.itemAt(section.form.rowCount() - 1, QFormLayout.LabelRole).widget())
                if isinstance(widget, QWidget):
                    widget.setAccessibleName(label)
            self.sections[title] = section
            layout.addWidget(section)
        schedule_form = self.sections[self.tr("Learning-rate schedule")].form
        self.schedule = ScheduleControls(schedule_form, self)
        labels += [schedule_form.itemAt(row, QFormLayout.LabelRole).widget() for row in range(schedule_form.rowCount())]
        layout.addStretch()
        for combo in self.findChildren(QComboBox):  # long entries shorten in place, not widen the dock
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:  # one label column across the sections
            label.setMinimumWidth(width)
        self.form = self.sections[self.tr("Optimizer")].form  # the form whose rows follow the optimizer

    def _hyper_spin(self, key) -> QDoubleSpinBox:
        h = HYPERPARAMETERS[key]
        spin = QDoubleSpinBox(minimum=h.low, maximum=h.high, singleStep=h.step, decimals=h.decimals,
                              keyboardTracking=False)
        spin.setToolTip(HYPER_LABELS[key][1])
        spin.valueChanged.connect(lambda v, k=key: self.live_change.emit({k: v}))
        return spin

    def _connect(self) -> None:
        combo_edits = [(self.loss, "loss", self.tr("Loss: {choice}")),
                       (self.output_activation, "output_activation", self.tr("Output activation: {choice}")),
                       (self.init, "init", self.tr("Initialization: {choice}")),
                       (self.dtype, "dtype", self.tr("Precision: {choice}"))]
        for combo, key, what in combo_edits:
            combo.activated.connect(lambda _=0, c=combo, k=key, w=what:
                                    self._structural(k, c.currentData(), w.format(choice=c.currentText())))
        self.optimizer.activated.connect(lambda: self._live("optimizer", self.optimizer.currentData()))
        self.regularizer.activated.connect(self._on_regularizer_activated)
        self.batch_mode.activated.connect(self._on_batch_mode_activated)
        self.batch_size.valueChanged.connect(lambda v: self._live("batch_size", v))
        self.learning_rate.value_chosen.connect(lambda v: self._live("learning_rate", v))
        self.reg_rate.value_chosen.connect(lambda v: self._live("regularization_rate", v))
        for combo in (self.learning_rate, self.reg_rate):
            combo.invalid.connect(self.invalid_input)
        self.clip.valueChanged.connect(lambda v: self._live("clip_norm", v))
        self.schedule.live_change.connect(self.live_change)
        self.init_scale.valueChanged.connect(
            lambda v: self._structural("init_scale", v, self.tr("Init scale {0}").format(f"{v:g}")))
        self.seed.valueChanged.connect(lambda v: self._structural("seed", v, self.tr("Seed {0}").format(v)))

    def _live(self, key, value) -> None:
        self.live_change.emit({key: value})
        self._update_enabled()

    def _on_regularizer_activated(self) -> None:
        """A penalty chosen while its rate is 0 would do nothing: start it at a small rate."""
        choice = self.regularizer.currentData()
        change = {"regularizer": choice}
        if choice != "none" and self.reg_rate.currentText() in ("0", ""):
            change["regularization_rate"] = STARTING_REG_RATE
        self.live_change.emit(change)
        self._update_enabled()

    def _structural(self, key, value, what) -> None:
        self.structural_change.emit({key: value}, what)

    def _on_batch_mode_activated(self) -> None:
        mode = self.batch_mode.currentData()
        size = {"full": 0, "sgd": 1}.get(mode, self.batch_size.value())
        self.batch_size.setEnabled(mode == "mini")
        self.live_change.emit({"batch_size": size})

    # -- model → view ------------------------------------------------------------------
    def set_config(self, config: Config, task: str) -> None:
        set_combo(self.loss, config.loss)
        set_combo(self.output_activation, config.output_activation)
        set_combo(self.optimizer, config.optimizer)
        set_combo(self.regularizer, config.regularizer)
        set_combo(self.dtype, config.dtype)
        set_combo(self.init, config.common_init())
        if config.common_init() is None:  # e.g. He for convolutions, Xavier for the output layer
            with QSignalBlocker(self.init):
                self.init.setPlaceholderText(self.tr("Differs per layer"))
                self.init.setCurrentIndex(-1)
        mode = "full" if config.batch_size == 0 else "sgd" if config.batch_size == 1 else "mini"
        set_combo(self.batch_mode, mode)
        hyper = {k: config.hyper.get(k, h.default) for k, h in HYPERPARAMETERS.items()}
        spins = [(self.batch_size, max(config.batch_size, 2)), (self.clip, config.clip_norm),
                 (self.init_scale, config.output_init_scale), (self.seed, config.seed)]
        spins += [(self.hyper[k], hyper[k]) for k in self.hyper]
        for spin, value in spins:
            with QSignalBlocker(spin):
                spin.setValue(value)
        self.learning_rate.set_value(config.learning_rate)
        self.reg_rate.set_value(config.regularization_rate)
        self.schedule.set_config(config)
        self.loss.model().item(self.loss.findData("cross_entropy")).setEnabled(task == "classification")
        self._update_enabled()

    def _update_enabled(self) -> None:
        """Hide or disable what the current choices make irrelevant."""
        self.output_activation.setEnabled(self.loss.currentData() == "mse")
        self.batch_size.setEnabled(self.batch_mode.currentData() == "mini")
        self.reg_rate.setEnabled(self.regularizer.currentData() != "none")
        used = OPTIMIZERS[self.optimizer.currentData()].defaults
        for key, spin in self.hyper.items():
            self.form.setRowVisible(spin, key in used)
