"""The dialog that sets up a comparison: 2 to 4 copies of the current run, one column each,
with the settings a comparison may vary.  Every copy starts as the run; the rows where the
copies differ are marked as the user edits, and Start opens them in a compare window."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QGridLayout, QLabel, QSpinBox, QVBoxLayout,
                               QWidget)

from ..engine import Config, ConfigError
from ..engine.activations import HIDDEN_ACTIVATIONS
from ..engine.compare import MAX_COPIES, make_variants
from .error_text import describe
from .form_widgets import make_combo, set_combo
from .labels import ACTIVATION_LABELS, INIT_LABELS, OPTIMIZER_LABELS, REGULARIZER_LABELS, SCHEDULE_LABELS
from .training_panel import RATES, REG_RATES

# setting → its row's label (translated where shown, context "CompareDialog")
ROWS = {"optimizer": QT_TRANSLATE_NOOP("CompareDialog", "Optimizer"),
        "learning_rate": QT_TRANSLATE_NOOP("CompareDialog", "Learning rate"),
        "schedule": QT_TRANSLATE_NOOP("CompareDialog", "Schedule"),
        "batch_size": QT_TRANSLATE_NOOP("CompareDialog", "Batch size"),
        "init": QT_TRANSLATE_NOOP("CompareDialog", "Initialization"),
        "activation": QT_TRANSLATE_NOOP("CompareDialog", "Hidden activation"),
        "regularizer": QT_TRANSLATE_NOOP("CompareDialog", "Regularization"),
        "regularization_rate": QT_TRANSLATE_NOOP("CompareDialog", "Regularization rate")}


def current_value(config: Config, setting: str):
    """What the run uses for ``setting`` (activation and init: the first layer's)."""
    if setting in ("activation", "init"):
        layers = [h for h in config.hidden if h.kind in ("dense", "conv2d", "simple_rnn")]
        return getattr(layers[0], setting) if layers else (config.output_init if setting == "init" else None)
    return getattr(config, setting)


class CompareDialog(QDialog):
    started = Signal(list)  # the validated configurations, one per copy

    def __init__(self, config: Config, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare runs"))
        self.base = config
        self.count = QSpinBox(minimum=2, maximum=MAX_COPIES, value=3)
        self.count.setAccessibleName(self.tr("Number of copies"))
        self.count.setToolTip(self.tr("How many copies of the run to train side by side"))
        intro = QLabel(self.tr("Every copy starts from the same initial weights and sees the same batches in the same "
                               "order; only the settings you change below differ. Copies start at update 0."))
        intro.setWordWrap(True)
        self.grid = QGridLayout()
        self.cells: dict[str, list[QWidget]] = {}
        self.row_labels: dict[str, QLabel] = {}
        self._build_grid()
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Settings that differ"))
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.start_button = buttons.addButton(self.tr("Start"), QDialogButtonBox.AcceptRole)
        self.start_button.setAccessibleName(self.tr("Start comparison"))
        self.start_button.setToolTip(self.tr("Open the copies in a compare window"))
        buttons.button(QDialogButtonBox.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._on_start)
        buttons.rejected.connect(self.reject)
        count_row = QGridLayout()
        count_label = QLabel(self.tr("Copies"))
        count_label.setBuddy(self.count)
        count_row.addWidget(count_label, 0, 0)
        count_row.addWidget(self.count, 0, 1)
        count_row.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        for item in (intro, count_row, self.grid, self.summary, self.error, buttons):
            (layout.addLayout if not isinstance(item, QWidget) else layout.addWidget)(item)
        self.count.valueChanged.connect(self._on_count_changed)
        self._on_count_changed()

    def _build_grid(self) -> None:
        for k in range(MAX_COPIES):
            self.grid.addWidget(QLabel(self.tr("Copy {n}").format(n=k + 1), alignment=Qt.AlignCenter), 0, k + 1)
        for row, (setting, label) in enumerate(ROWS.items(), start=1):
            self.row_labels[setting] = QLabel(self.tr(label))
            self.grid.addWidget(self.row_labels[setting], row, 0)
            self.cells[setting] = []
            for k in range(MAX_COPIES):
                cell = self._cell(setting)
                cell.setAccessibleName(self.tr("Copy {n}: {setting}").format(n=k + 1, setting=self.tr(label)))
                self.grid.addWidget(cell, row, k + 1)
                self.cells[setting].append(cell)
                signal = cell.valueChanged if isinstance(cell, QSpinBox) else cell.currentTextChanged
                signal.connect(self._show_differences)

    def _cell(self, setting: str) -> QWidget:
        """An editor of ``setting`` showing the run's value."""
        value = current_value(self.base, setting)
        if setting == "batch_size":
            cell = QSpinBox(minimum=0, maximum=100_000, value=value)
            cell.setSpecialValueText(self.tr("Full batch"))
            cell.setToolTip(self.tr("Samples per update (0 = the whole training set)"))
            return cell
        if setting in ("learning_rate", "regularization_rate"):
            cell = QComboBox(editable=True)
            cell.addItems([f"{v:g}" for v in (RATES if setting == "learning_rate" else REG_RATES)])
            cell.setEditText(f"{value:g}")
            cell.setToolTip(self.tr("Choose or type a number"))
            return cell
        choices = {"optimizer": OPTIMIZER_LABELS, "schedule": SCHEDULE_LABELS, "init": INIT_LABELS,
                   "regularizer": REGULARIZER_LABELS,
                   "activation": {k: ACTIVATION_LABELS[k] for k in HIDDEN_ACTIVATIONS}}[setting]
        cell = make_combo(choices, self.tr("This copy's {setting}").format(setting=self.tr(ROWS[setting]).lower()))
        set_combo(cell, value)
        return cell

    @staticmethod
    def _read(cell: QWidget):
        """The cell's value; text that is no number stays text, which validation refuses."""
        if isinstance(cell, QSpinBox):
            return cell.value()
        if cell.isEditable():
            try:
                return float(cell.currentText())
            except ValueError:
                return cell.currentText()
        return cell.currentData()

    def changes(self) -> list[dict]:
        """Per visible copy, the settings it changes from the run."""
        n = self.count.value()
        base = {s: current_value(self.base, s) for s in ROWS}
        return [{s: self._read(cells[k]) for s, cells in self.cells.items() if self._read(cells[k]) != base[s]}
                for k in range(n)]

    def differing(self) -> list[str]:
        """The settings whose values are not the same in every visible copy."""
        n = self.count.value()
        return [s for s, cells in self.cells.items() if len({str(self._read(c)) for c in cells[:n]}) > 1]

    def _on_count_changed(self) -> None:
        n = self.count.value()
        for k in range(MAX_COPIES):
            self.grid.itemAtPosition(0, k + 1).widget().setVisible(k < n)
            for cells in self.cells.values():
                cells[k].setVisible(k < n)
        self._show_differences()

    def _show_differences(self) -> None:
        differing = self.differing()
        for setting, label in self.row_labels.items():
            font = label.font()
            font.setBold(setting in differing)
            label.setFont(font)
        names = ", ".join(self.tr(ROWS[s]).lower() for s in differing)
        self.summary.setText(self.tr("Differs: {names}.").format(names=names) if differing else
                             self.tr("All copies are the same so far: change a setting in a copy's column."))
        self.error.clear()

    def _on_start(self) -> None:
        try:
            configs = make_variants(self.base, self.changes())
        except ConfigError as exc:
            self.error.setText(describe(exc))
            return
        self.started.emit(configs)
        self.accept()
