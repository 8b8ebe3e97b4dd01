"""File ▸ Export: the loss history as CSV, the weights as .npz or CSV files, and the network
as a standalone NumPy script (all from the latest snapshot, so exporting never pauses or
touches training), and the run as a PyTorch script that continues it (from a copy of the
session the engine saves: it needs the optimizer's state and the batch order)."""
from __future__ import annotations

import os
import tempfile

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from ..engine import EngineError, exports
from ..engine.session import load_session
from .error_text import describe
from .recorder import RecordingIndicator, ViewRecorder


class ExportMenu(QMenu):
    def __init__(self, window, controller, loss_plot):
        super().__init__(window)
        self.setTitle(self.tr("Export"))
        self.window, self.controller, self.loss_plot = window, controller, loss_plot
        self.recording: tuple[ViewRecorder, RecordingIndicator] | None = None
        tr = self.tr
        for text, slot, tip in (
            (tr("Loss history as CSV…"), self.export_loss, tr("Every evaluation: update, epoch, losses and "
                                                              "accuracies")),
            (tr("Weights as NumPy .npz…"), self.export_npz, tr("W1, b1, W2, b2, … in one file for np.load")),
            (tr("Weights as CSV files…"), self.export_csv, tr("One CSV file per weight matrix and bias vector")),
            (tr("Network as Python script…"), self.export_script,
             tr("A script that needs only NumPy and predicts with these weights")),
            (tr("Record a view while it trains…"), self.ask_recording,
             tr("Grab a view after every update it shows, as an animated GIF or numbered PNG files, for slides")),
            (tr("Continue training in PyTorch…"), self.export_pytorch,
             tr("A PyTorch script and its .npz: the same weights, loss, optimizer state and batch order, "
                "so the training goes on outside the playground")),
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
        except (OSError, EngineError) as exc:
            reason = describe(exc) if isinstance(exc, EngineError) else exc.strerror or exc
            text = self.tr("Could not write {path}: {reason}").format(path=path, reason=reason)
            QMessageBox.warning(self.window, self.tr("Export failed"), text)
            return False
        self.window.statusBar().showMessage(self.tr("Exported {path}").format(path=path), 4000)
        return True

    def export_loss(self, path: str | None = None) -> bool:
        path = path or self._ask(self.tr("Export loss history"), "loss.csv", self.tr("CSV files (*.csv)"))
        rows = self.loss_plot.history.view()
        return bool(path) and self._write(path, lambda p: exports.write_loss_csv(p, rows))

    def export_npz(self, path: str | None = None) -> bool:
        path = path or self._ask(self.tr("Export weights"), "weights.npz", self.tr("NumPy archives (*.npz)"))
        return bool(path) and self._write(path, lambda p: exports.write_weights_npz(p, self.controller.latest))

    def export_csv(self, folder: str | None = None) -> bool:
        folder = folder or QFileDialog.getExistingDirectory(self.window, self.tr("Export weights as CSV files into"))
        return bool(folder) and self._write(folder, lambda f: exports.write_weights_csv(f, self.controller.latest))

    def export_script(self, path: str | None = None) -> bool:
        path = path or self._ask(self.tr("Export network as a Python script"), "network.py",
                                 self.tr("Python files (*.py)"))
        source = exports.numpy_script(self.controller.latest, self.controller.config, self.controller.data)

        def write(target: str) -> None:
            with open(target, "w", encoding="utf-8") as handle:
                handle.write(source)
        return bool(path) and self._write(path, write)

    def export_pytorch(self, path: str | None = None) -> bool:
        path = path or self._ask(self.tr("Continue training in PyTorch"), "continued.py",
                                 self.tr("Python files (*.py)"))
        if not path:
            return False
        with tempfile.TemporaryDirectory() as folder:
            copy = os.path.join(folder, "run.nnplay")
            error = self.controller.save_session(copy)
            return self._write(path, lambda target: self._pytorch_from(copy, target, error))

    @staticmethod
    def _pytorch_from(copy: str, target: str, error) -> None:
        if error is not None:
            raise error
        exports.export_pytorch(load_session(copy).experiment(), target)

    def ask_recording(self) -> None:
        """Which view, GIF or PNG files, and where; then record until Stop."""
        if self.recording is not None:
            self.stop_recording()
            return
        docks = {dock.windowTitle(): dock for dock in self.window.docks.values() if dock.isVisible()}
        view, ok = QInputDialog.getItem(self.window, self.tr("Record a view"), self.tr("View to record:"),
                                        list(docks), 0, False)
        if not ok:
            return
        gif, png = self.tr("Animated GIF"), self.tr("Numbered PNG files in a folder")
        kind, ok = QInputDialog.getItem(self.window, self.tr("Record a view"), self.tr("Record as:"), [gif, png], 0, False)
        if not ok:
            return
        if kind == gif:
            path = self._ask(self.tr("Record as an animated GIF"), "training.gif", self.tr("GIF images (*.gif)"))
        else:
            path = QFileDialog.getExistingDirectory(self.window, self.tr("Record PNG files into"))
        if path:
            self.start_recording(docks[view].widget(), view, path)

    def start_recording(self, widget, view_name: str, path: str) -> ViewRecorder | None:
        try:
            recorder = ViewRecorder(widget, self.controller, path, self)
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Recording failed"),
                                self.tr("Could not write {path}: {reason}").format(path=path, reason=exc.strerror or exc))
            return None
        indicator = RecordingIndicator(recorder, view_name)
        indicator.stop_button.clicked.connect(self.stop_recording)
        recorder.finished.connect(self._on_recorder_finished)
        self.window.statusBar().addPermanentWidget(indicator)
        self.recording = (recorder, indicator)
        return recorder

    def stop_recording(self) -> None:
        recorder, _ = self.recording
        try:
            recorder.stop()
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Recording failed"), self.tr(
                "Could not write {path}: {reason}").format(path=recorder.path, reason=exc.strerror or exc))
            self._on_recorder_finished("")

    def _on_recorder_finished(self, written: str) -> None:
        _, indicator = self.recording
        self.window.statusBar().removeWidget(indicator)
        indicator.deleteLater()
        self.recording = None
        text = (self.tr("Recorded {path}").format(path=written) if written
                else self.tr("Nothing was recorded: the view showed no update while recording."))
        self.window.statusBar().showMessage(text, 6000)
