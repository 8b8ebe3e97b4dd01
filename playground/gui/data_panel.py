"""Data: problem type, data set, the user's CSV, samples, noise, split, input features."""
from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QSlider, QSpinBox, QVBoxLayout, QWidget)

from ..engine import Config, default_loss
from ..engine.datasets import DATASETS
from .form_widgets import make_combo, set_combo
from .labels import DATASET_LABELS, FEATURE_LABELS

TASKS = {"classification": "Classification", "regression": "Regression"}


class DataPanel(QWidget):
    structural_change = Signal(dict, str)  # config fields, what changed
    regenerate_requested = Signal()
    import_csv_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.task = make_combo(TASKS, "Classification: predict a class. Regression: predict a number.")
        self.dataset = make_combo({}, "The points to learn from")
        self.import_button = QPushButton("Import CSV…")
        self.import_button.setToolTip("Use your own data: numeric columns and a label column")
        self.samples = QSpinBox(minimum=20, maximum=100_000, singleStep=100, keyboardTracking=False)
        self.samples.setToolTip("How many points the data set has (train + test)")
        self.noise = self._slider(0, 50, "Noise: how far points stray from the clean pattern (%)")
        self.noise_label = QLabel()
        self.ratio = self._slider(10, 90, "Share of the points used for training; the rest test")
        self.ratio_label = QLabel()
        self.regenerate = QPushButton("Regenerate data")
        self.regenerate.setToolTip("Draw new points with the same settings (the weights' seed is kept)")
        self.features = {key: QCheckBox(label) for key, label in FEATURE_LABELS.items()}
        form = QFormLayout()
        form.addRow("Problem", self.task)
        form.addRow("Data set", self.dataset)
        form.addRow("", self.import_button)
        form.addRow("Samples", self.samples)
        form.addRow(self._with_label("Noise", self.noise_label), self.noise)
        form.addRow(self._with_label("Training", self.ratio_label), self.ratio)
        form.addRow("", self.regenerate)
        grid = QGridLayout()
        for i, box in enumerate(self.features.values()):
            box.setToolTip("Feed this function of the point's coordinates to the network")
            grid.addWidget(box, i // 2, i % 2)
        self.features_group = QGroupBox("Input features")
        self.features_group.setLayout(grid)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.features_group)
        layout.addStretch()
        self._connect()

    def _slider(self, low, high, tip) -> QSlider:
        slider = QSlider(Qt.Horizontal, minimum=low, maximum=high)
        slider.setToolTip(tip)
        return slider

    def _with_label(self, text, value_label) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(text))
        row.addWidget(value_label)
        return box

    def _connect(self) -> None:
        self.task.activated.connect(self._on_task_activated)
        self.dataset.activated.connect(lambda: self._change("dataset", self.dataset.currentData(),
                                                            f"Data set: {self.dataset.currentText()}"))
        self.import_button.clicked.connect(self.import_csv_requested)
        self.samples.valueChanged.connect(lambda v: self._change("n_samples", v, f"{v} samples"))
        self.noise.valueChanged.connect(lambda v: self.noise_label.setText(f"{v}%"))
        self.noise.sliderReleased.connect(self._on_noise_committed)
        self.noise.valueChanged.connect(lambda _: self.noise.isSliderDown() or self._on_noise_committed())
        self.ratio.valueChanged.connect(lambda v: self.ratio_label.setText(f"{v}%"))
        self.ratio.sliderReleased.connect(self._on_ratio_committed)
        self.ratio.valueChanged.connect(lambda _: self.ratio.isSliderDown() or self._on_ratio_committed())
        self.regenerate.clicked.connect(self.regenerate_requested)
        for key, box in self.features.items():
            box.toggled.connect(lambda _=False, k=key: self._on_feature_toggled(k))

    def _change(self, key, value, what) -> None:
        self.structural_change.emit({key: value}, what)

    def _on_task_activated(self) -> None:
        task = self.task.currentData()
        first = next(k for k, g in DATASETS.items() if g.task == task)
        loss = default_loss(task)
        self.structural_change.emit({"dataset": first, "loss": loss}, f"Problem: {TASKS[task]}")

    def _on_noise_committed(self) -> None:
        self._change("noise", self.noise.value() / 100, f"Noise {self.noise.value()}%")

    def _on_ratio_committed(self) -> None:
        self._change("train_fraction", self.ratio.value() / 100, f"Training share {self.ratio.value()}%")

    def _on_feature_toggled(self, key: str) -> None:
        chosen = [k for k, box in self.features.items() if box.isChecked()]
        if not chosen:
            with QSignalBlocker(self.features[key]):
                self.features[key].setChecked(True)
            self.features[key].setToolTip("At least one input feature is needed")
            return
        self.structural_change.emit({"features": chosen}, f"Features: {', '.join(FEATURE_LABELS[k] for k in chosen)}")

    # -- model → view ------------------------------------------------------------------
    def set_config(self, config: Config, task: str, csv_name: str = "") -> None:
        """Show ``config``; ``task`` is the data's (a CSV file decides its own)."""
        csv = config.dataset == "csv"
        with QSignalBlocker(self.dataset):
            self.dataset.clear()
            for key, gen in DATASETS.items():
                if gen.task == task:
                    self.dataset.addItem(DATASET_LABELS[key], key)
            if csv:
                self.dataset.addItem(f"Your data: {csv_name or 'CSV'}", "csv")
        set_combo(self.task, task)
        set_combo(self.dataset, config.dataset)
        for widget, value in ((self.samples, config.n_samples), (self.noise, round(config.noise * 100)),
                              (self.ratio, round(config.train_fraction * 100))):
            with QSignalBlocker(widget):
                widget.setValue(value)
        self.noise_label.setText(f"{self.noise.value()}%")
        self.ratio_label.setText(f"{self.ratio.value()}%")
        for widget in (self.samples, self.noise, self.regenerate, self.task):
            widget.setEnabled(not csv)
        self.features_group.setEnabled(not csv)
        for key, box in self.features.items():
            with QSignalBlocker(box):
                box.setChecked(key in config.features)

