"""File ▸ Export: the loss history as CSV, the weights as .npz or CSV files, and the network
as a standalone NumPy script.  Everything comes from the latest snapshot, so exporting never
pauses or touches training."""
from __future__ import annotations

import os

import numpy as np
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from ..engine.export_script import python_script

LOSS_COLUMNS = "update,epoch,train_loss,test_loss,train_accuracy,test_accuracy"


def weight_arrays(snapshot) -> dict[str, np.ndarray]:
    """{"W1": ..., "b1": ..., ...} for every dense layer; other kinds by layer and parameter
    name ("L1_W_xh", "L1_kernels", "L1_b", ...)."""
    arrays = {}
    for k, layer in enumerate(snapshot.weighted_layers(), 1):
        if layer.kind == "dense":
            arrays[f"W{k}"], arrays[f"b{k}"] = layer.W.value, layer.b.value
        else:
            arrays.update({f"{layer.name}_{p.name}": p.value for p in layer.params()})
    return arrays


class ExportMenu(QMenu):
    def __init__(self, window, controller, loss_plot):
        super().__init__(window)
        self.setTitle(self.tr("Export"))
        self.window, self.controller, self.loss_plot = window, controller, loss_plot
        for text, slot, tip in (
            (self.tr("Loss history as CSV…"), self.export_loss, self.tr("Every evaluation: update, epoch, losses "
                                                                   "and accuracies")),
            (self.tr("Weights as NumPy .npz…"), self.export_npz, self.tr("W1, b1, W2, b2, … in one file for np.load")),
            (self.tr("Weights as CSV files…"), self.export_csv, self.tr("One CSV file per weight matrix and bias vector")),
            (self.tr("Network as Python script…"), self.export_script,
             self.tr("A script that needs only NumPy and predicts with these weights")),
        ):
            action = self.addAction(text, slot)
            action.setToolTip(tip)
        self.setToolTipsVisible(True)

    def _ask(self, title: str, name: str, file_filter: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.window, title, name, file_filter)
        return path

    def _write(self, path: str, write) -> bool:
        try:
            write(path)
        except OSError as exc:
            text = self.tr("Could not write {path}: {reason}").format(path=path, reason=exc.strerror or exc)
            QMessageBox.warning(self.window, self.tr("Export failed"), text)
            return False
        self.window.statusBar().showMessage(self.tr("Exported {path}").format(path=path), 4000)
        return True

    def export_loss(self, path: str | None = None) -> bool:
        path = path or self._ask(self.tr("Export loss history"), "loss.csv", self.tr("CSV files (*.csv)"))
        rows = self.loss_plot.history.view()
        return bool(path) and self._write(path, lambda p: np.savetxt(p, rows, delimiter=",", header=LOSS_COLUMNS,
                                                                      comments="", fmt="%.10g"))

    def export_npz(self, path: str | None = None) -> bool:
        path = path or self._ask(self.tr("Export weights"), "weights.npz", self.tr("NumPy archives (*.npz)"))
        return bool(path) and self._write(path, lambda p: np.savez(p, **weight_arrays(self.controller.latest)))

    def export_csv(self, folder: str | None = None) -> bool:
        folder = folder or QFileDialog.getExistingDirectory(self.window, self.tr("Export weights as CSV files into"))

        def write(target: str) -> None:
            for name, values in weight_arrays(self.controller.latest).items():
                np.savetxt(os.path.join(target, f"{name}.csv"), np.atleast_2d(values), delimiter=",", fmt="%.17g")
        return bool(folder) and self._write(folder, write)

    def export_script(self, path: str | None = None) -> bool:
        path = path or self._ask(self.tr("Export network as a Python script"), "network.py",
                                 self.tr("Python files (*.py)"))
        snapshot, config, data = self.controller.latest, self.controller.config, self.controller.data
        layers = [(layer.W.value, layer.b.value, layer.activation) for layer in snapshot.layers_of("dense")]
        features = None if config.dataset == "csv" else list(config.features)
        names = list(data.feature_names) if data is not None and features is None else list(config.features)
        source = python_script(layers, features, names, f"A network trained in Neural Playground for "
                               f"{snapshot.step} updates on the {config.dataset} data")

        def write(target: str) -> None:
            with open(target, "w", encoding="utf-8") as handle:
                handle.write(source)
        return bool(path) and self._write(path, write)
