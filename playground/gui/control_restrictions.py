"""Which widgets are which restrictable setting (``engine.scenario.CONTROLS``), and hiding
or locking them as the open scenario says.

Applied right after the panels render a configuration (they decide by themselves which
rows apply, e.g. Time steps for sequences only), so a restriction only ever takes away: it
never shows a row or enables a widget that a panel's own rule hides or disables.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QWidget

from .data_panel import DataPanel
from .training_panel import TrainingPanel

# Each control's name in the Save-as-scenario dialog (its label in the panels).
CONTROL_LABELS = {
    "problem": QT_TRANSLATE_NOOP("Controls", "Problem"), "dataset": QT_TRANSLATE_NOOP("Controls", "Data set"),
    "import_csv": QT_TRANSLATE_NOOP("Controls", "Import CSV"), "samples": QT_TRANSLATE_NOOP("Controls", "Samples"),
    "time_steps": QT_TRANSLATE_NOOP("Controls", "Time steps"), "delay": QT_TRANSLATE_NOOP("Controls", "Echo delay"),
    "noise": QT_TRANSLATE_NOOP("Controls", "Noise"), "train_fraction": QT_TRANSLATE_NOOP("Controls", "Training share"),
    "regenerate": QT_TRANSLATE_NOOP("Controls", "Regenerate data"),
    "features": QT_TRANSLATE_NOOP("Controls", "Input features"), "loss": QT_TRANSLATE_NOOP("Controls", "Loss"),
    "output_activation": QT_TRANSLATE_NOOP("Controls", "Output activation"),
    "optimizer": QT_TRANSLATE_NOOP("Controls", "Optimizer"),
    "learning_rate": QT_TRANSLATE_NOOP("Controls", "Learning rate"),
    "optimizer_settings": QT_TRANSLATE_NOOP("Controls", "Optimizer settings (momentum, β…)"),
    "clip_norm": QT_TRANSLATE_NOOP("Controls", "Gradient clipping"), "batch": QT_TRANSLATE_NOOP("Controls", "Batch"),
    "regularizer": QT_TRANSLATE_NOOP("Controls", "Regularization"),
    "regularization_rate": QT_TRANSLATE_NOOP("Controls", "Regularization rate"),
    "init": QT_TRANSLATE_NOOP("Controls", "Initialization"), "init_scale": QT_TRANSLATE_NOOP("Controls", "Init scale"),
    "seed": QT_TRANSLATE_NOOP("Controls", "Seed"), "dtype": QT_TRANSLATE_NOOP("Controls", "Precision"),
}


def control_label(key: str) -> str:
    return QCoreApplication.translate("Controls", CONTROL_LABELS[key])


def control_widgets(data: DataPanel, training: TrainingPanel) -> dict[str, list[QWidget]]:
    d, t = data, training
    return {"problem": [d.task], "dataset": [d.dataset], "import_csv": [d.import_button], "samples": [d.samples],
            "time_steps": [d.steps], "delay": [d.delay], "noise": [d.noise], "train_fraction": [d.ratio],
            "regenerate": [d.regenerate], "features": [d.features_group], "loss": [t.loss],
            "output_activation": [t.output_activation], "optimizer": [t.optimizer], "learning_rate": [t.learning_rate],
            "optimizer_settings": list(t.hyper.values()), "clip_norm": [t.clip], "batch": [t.batch_mode, t.batch_size],
            "regularizer": [t.regularizer], "regularization_rate": [t.reg_rate], "init": [t.init],
            "init_scale": [t.init_scale], "seed": [t.seed, t.dice], "dtype": [t.dtype]}


def _ruled_by_panels(data: DataPanel, training: TrainingPanel) -> tuple[set, set]:
    """(widgets a panel shows or hides, widgets a panel enables or disables) by its own rules."""
    shown = {data.steps, data.delay, data.features_group, *training.hyper.values()}
    enabled = {data.samples, data.noise, data.regenerate, data.task, data.features_group,
               training.output_activation, training.batch_size, training.reg_rate}
    return shown, enabled


def apply_restrictions(data: DataPanel, training: TrainingPanel, hidden: frozenset, locked: frozenset) -> None:
    """Hide the rows of ``hidden`` settings and disable ``locked`` ones; put back the others
    that no panel rule governs (a scenario closed, or the teacher showing everything)."""
    forms = data.findChildren(QFormLayout) + training.findChildren(QFormLayout)
    ruled_shown, ruled_enabled = _ruled_by_panels(data, training)
    for key, widgets in control_widgets(data, training).items():
        for widget in widgets:
            if key in hidden or widget not in ruled_shown:
                _set_row_visible(forms, widget, key not in hidden)
            if key in locked or widget not in ruled_enabled:
                widget.setEnabled(key not in locked)


def _set_row_visible(forms: list[QFormLayout], widget: QWidget, visible: bool) -> None:
    """Show or hide the form row holding ``widget`` (its label too), else the widget."""
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.FieldRole)
            if item is not None and (item.widget() is widget or (item.layout() and item.layout().indexOf(widget) >= 0)):
                form.setRowVisible(row, visible)
                return
    widget.setVisible(visible)
