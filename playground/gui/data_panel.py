"""Data: problem type, data set, the user's CSV, samples, noise, split, input features."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QSlider, QSpinBox, QVBoxLayout, QWidget)

from ..engine import Config, default_loss
from ..engine.datasets import DATASETS, PAINTED
from ..engine.image_sequence_data import SHAPED_DATASETS
from .form_widgets import make_combo, set_combo
from .labels import DATASET_LABELS, FEATURE_LABELS, SHAPED_LABELS

# key → English name, translated where shown (see tasks())
TASKS = {"classification": QT_TRANSLATE_NOOP("DataPanel", "Classification"),
         "regression": QT_TRANSLATE_NOOP("DataPanel", "Regression"),
         "image": QT_TRANSLATE_NOOP("DataPanel", "Images"),
         "sequence": QT_TRANSLATE_NOOP("DataPanel", "Sequences")}
FIRST_SHAPED = {"image": "digits", "sequence": "sine"}


def tasks() -> dict[str, str]:
    """Problem types in the user's language."""
    return {key: QCoreApplication.translate("DataPanel", text) for key, text in TASKS.items()}


class DataPanel(QWidget):
    structural_change = Signal(dict, str)  # config fields, what changed
    regenerate_requested = Signal()
    import_csv_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.task = make_combo(tasks(), self.tr("Classification: predict a class. Regression: predict a number. Images and "
                                                "sequences: a convolutional or recurrent network learns them."),
                               self.tr("Problem"))
        self.dataset = make_combo({}, self.tr("The points to learn from"), self.tr("Data set"))
        self.import_button = self._button(self.tr("Import CSV…"), self.tr("Use your own data: numeric columns and a label "
                                                                "column"))
        self.samples = QSpinBox(minimum=20, maximum=100_000, singleStep=100, keyboardTracking=False)
        self.samples.setToolTip(self.tr("How many points the data set has (train + test)"))
        self.samples.setAccessibleName(self.tr("Samples"))
        self.steps = QSpinBox(minimum=2, maximum=200, keyboardTracking=False)
        self.steps.setToolTip(self.tr("How many time steps each sequence has"))
        self.steps.setAccessibleName(self.tr("Time steps"))
        self.delay = QSpinBox(minimum=0, maximum=199, keyboardTracking=False)
        self.delay.setToolTip(self.tr("The echo's answer is the bit this many steps before the last one"))
        self.delay.setAccessibleName(self.tr("Echo delay"))
        self.noise = self._slider(0, 50, self.tr("Noise: how far points stray from the clean pattern (%)"), self.tr("Noise"))
        self.noise_label = QLabel()
        self.ratio = self._slider(10, 90, self.tr("Share of the points used for training; the rest test"),
                                  self.tr("Training share"))
        self.ratio_label = QLabel()
        self.regenerate = self._button(self.tr("Regenerate data"),
                                       self.tr("Draw new points with the same settings (the weights' seed is kept)"))
        self.features = {key: QCheckBox(label) for key, label in FEATURE_LABELS.items()}
        form = QFormLayout()
        form.addRow(self.tr("Problem"), self.task)
        form.addRow(self.tr("Data set"), self.dataset)
        form.addRow("", self.import_button)
        form.addRow(self.tr("Samples"), self.samples)
        form.addRow(self.tr("Time steps"), self.steps)
        form.setRowVisible(self.steps, False)  # for sequences only; hidden before the window sizes its docks
        form.addRow(self.tr("Echo delay"), self.delay)
        form.setRowVisible(self.delay, False)  # for the echo only
        self._form = form
        form.addRow(self._with_label(self.tr("Noise"), self.noise_label, self.noise), self.noise)
        form.addRow(self._with_label(self.tr("Training"), self.ratio_label, self.ratio), self.ratio)
        form.addRow("", self.regenerate)
        grid = QGridLayout()
        for i, box in enumerate(self.features.values()):
            box.setToolTip(self.tr("Feed this function of the point's coordinates to the network"))
            box.setAccessibleName(box.text())
            grid.addWidget(box, i // 2, i % 2)
        self.features_group = QGroupBox(self.tr("Input features"))
        self.features_group.setLayout(grid)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.features_group)
        layout.addStretch()
        self._connect()

    @staticmethod
    def _button(text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        return button

    @staticmethod
    def _slider(low, high, tip, name) -> QSlider:
        slider = QSlider(Qt.Horizontal, minimum=low, maximum=high)
        slider.setToolTip(tip)
        slider.setAccessibleName(name)
        return slider

    @staticmethod
    def _with_label(text, value_label, buddy) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text)
        label.setBuddy(buddy)
        row.addWidget(label)
        row.addWidget(value_label)
        return box

    def _connect(self) -> None:
        self.task.activated.connect(self._on_task_activated)
        self.dataset.activated.connect(lambda: self._change("dataset", self.dataset.currentData(), self.tr(
            "Data set: {name}").format(name=self.dataset.currentText())))
        self.import_button.clicked.connect(self.import_csv_requested)
        self.samples.valueChanged.connect(
            lambda v: self._change("n_samples", v, self.tr("{count} samples").format(count=v)))
        self.steps.valueChanged.connect(
            lambda v: self._change("sequence_length", v, self.tr("{count} time steps").format(count=v)))
        self.delay.valueChanged.connect(
            lambda v: self._change("delay", v, self.tr("Echo delay {count}").format(count=v)))
        self.noise.valueChanged.connect(lambda v: self.noise_label.setText(self._percent(v)))
        self.noise.sliderReleased.connect(self._on_noise_committed)
        self.noise.valueChanged.connect(lambda _: self.noise.isSliderDown() or self._on_noise_committed())
        self.ratio.valueChanged.connect(lambda v: self.ratio_label.setText(self._percent(v)))
        self.ratio.sliderReleased.connect(self._on_ratio_committed)
        self.ratio.valueChanged.connect(lambda _: self.ratio.isSliderDown() or self._on_ratio_committed())
        self.regenerate.clicked.connect(self.regenerate_requested)
        for key, box in self.features.items():
            box.toggled.connect(lambda _=False, k=key: self._on_feature_toggled(k))

    def _percent(self, value: int) -> str:
        return self.tr("{value}%").format(value=value)

    def _change(self, key, value, what) -> None:
        self.structural_change.emit({key: value}, what)

    def _on_task_activated(self) -> None:
        task = self.task.currentData()
        if task in FIRST_SHAPED:  # the run unit fits layers and loss to the new samples
            changes = {"dataset": FIRST_SHAPED[task]}
        else:
            first = next(k for k, g in DATASETS.items() if g.task == task)
            changes = {"dataset": first, "loss": default_loss(task)}
        self.structural_change.emit(changes,
                                    self.tr("Problem: {task}").format(task=tasks()[task]))

    def _on_noise_committed(self) -> None:
        self._change("noise", self.noise.value() / 100, self.tr("Noise {value}%").format(value=self.noise.value()))

    def _on_ratio_committed(self) -> None:
        self._change("train_fraction", self.ratio.value() / 100,
                     self.tr("Training share {value}%").format(value=self.ratio.value()))

    def _on_feature_toggled(self, key: str) -> None:
        chosen = [k for k, box in self.features.items() if box.isChecked()]
        if not chosen:
            with QSignalBlocker(self.features[key]):
                self.features[key].setChecked(True)
            self.features[key].setToolTip(self.tr("At least one input feature is needed"))
            return
        names = self.tr(", ").join(FEATURE_LABELS[k] for k in chosen)
        self.structural_change.emit({"features": chosen}, self.tr("Features: {names}").format(names=names))

    @staticmethod
    def _datasets(problem: str) -> list[tuple[str, str]]:
        """(key, label) of the data sets a problem offers."""
        if problem in FIRST_SHAPED:
            return [(k, SHAPED_LABELS[k]) for k, s in SHAPED_DATASETS.items() if s.kind == problem]
        return [(k, DATASET_LABELS[k]) for k, g in DATASETS.items() if g.task == problem]

    # -- model → view ------------------------------------------------------------------
    def set_config(self, config: Config, task: str, csv_name: str = "") -> None:
        """Show ``config``; ``task`` is the data's (a CSV file decides its own)."""
        csv = config.dataset == "csv"
        problem = config.data_kind if config.data_kind in FIRST_SHAPED else task
        with QSignalBlocker(self.dataset):
            self.dataset.clear()
            for key, label in self._datasets(problem):
                self.dataset.addItem(label, key)
            if csv:
                self.dataset.addItem(self.tr("Your data: {file}").format(file=csv_name or self.tr("CSV")), "csv")
            elif config.dataset == PAINTED:
                self.dataset.addItem(self.tr("Your drawing"), PAINTED)
        set_combo(self.task, problem)
        for spin, value in ((self.steps, config.sequence_length), (self.delay, config.delay)):
            with QSignalBlocker(spin):
                spin.setValue(value)
        self._form.setRowVisible(self.steps, problem == "sequence")
        self._form.setRowVisible(self.delay, config.dataset == "echo")
        set_combo(self.dataset, config.dataset)
        for widget, value in ((self.samples, config.n_samples), (self.noise, round(config.noise * 100)),
                              (self.ratio, round(config.train_fraction * 100))):
            with QSignalBlocker(widget):
                widget.setValue(value)
        self.noise_label.setText(self._percent(self.noise.value()))
        self.ratio_label.setText(self._percent(self.ratio.value()))
        for widget in (self.samples, self.noise, self.regenerate):
            widget.setEnabled(not config.given_data)
        self.task.setEnabled(not csv)
        self.features_group.setEnabled(not csv)
        self.features_group.setVisible(problem not in FIRST_SHAPED)  # images and sequences have no plane
        for key, box in self.features.items():
            with QSignalBlocker(box):
                box.setChecked(key in config.features)

