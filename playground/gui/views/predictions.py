"""Predictions: what the network says about the chosen training sample (one bar per class,
its probability, the true class marked) and how it does on the whole test set (a confusion
matrix: row = true class, column = predicted class, each row as shares of that class, so the
diagonal is each class's recall).  The engine counts the matrix on snapshot steps, only while
this view is shown.  Classification only: a regression run gets a note."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ..palette import NEGATIVE, POSITIVE
from ..view_export import install_exports
from . import SnapshotPaced, cache_axes, keep_minimum, scrolling
from .weight_heatmaps import MatrixPlot
from .weight_matrices import Matrix


def class_probabilities(output: np.ndarray) -> np.ndarray:
    """One probability per class from the output layer: softmax as it is; one sigmoid unit
    p as (1 − p, p)."""
    output = np.asarray(output, dtype=float).ravel()
    return np.array([1 - output[0], output[0]]) if output.size == 1 else output


def row_shares(counts: np.ndarray) -> np.ndarray:
    """Each row divided by its total (a class absent from the test set: a row of zeros)."""
    totals = counts.sum(axis=1, keepdims=True)
    return np.divide(counts, totals, out=np.zeros(counts.shape), where=totals > 0)


class PredictionsView(SnapshotPaced, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.readout = QLabel(self.tr("Hover a cell of the confusion matrix for its count"))
        self.readout.setAccessibleName(self.tr("Prediction details"))
        self.readout.setWordWrap(True)
        controls = QHBoxLayout()
        controls.addWidget(self.readout, 1)
        self.note = QLabel(self.tr("Predictions and the confusion matrix are drawn for classification "
                                   "problems; this run predicts numbers."))
        self.note.setWordWrap(True)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.graphics.setAccessibleName(self.tr("Predictions"))
        self.graphics.setToolTip(self.tr("Left: the chosen sample's class probabilities, its true class "
                                         "outlined.  Right: the test set's confusion matrix; row = true class, "
                                         "column = predicted class, each row as shares of its class"))
        install_exports(self.graphics, "predictions")
        self._stack_below(controls, self.note, scrolling(self.graphics))
        self.counts: np.ndarray | None = None
        self.probabilities: np.ndarray | None = None
        self._classes = 0
        self.graphics.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)

    def _build(self, n: int) -> None:
        self.graphics.clear()
        self.bars_plot = self.graphics.addPlot(row=0, col=0, title=self.tr("Chosen sample"))
        self.bars_plot.setLabel("bottom", self.tr("class"))
        self.bars_plot.setLabel("left", self.tr("probability"))
        self.bars_plot.setYRange(0, 1, padding=0.02)
        self.bars_plot.setMouseEnabled(x=False, y=False)
        self.bars_plot.hideButtons()
        self.bars_plot.getAxis("bottom").setTicks([[(k, str(k)) for k in range(n)]])
        self.bars_plot.setMinimumWidth(110)
        cache_axes(self.bars_plot)
        self.bars = pg.BarGraphItem(x=np.arange(n), height=np.zeros(n), width=0.7, brush=POSITIVE)
        self.truth = pg.BarGraphItem(x=[0], height=[0], width=0.7, brush=None, pen=pg.mkPen(NEGATIVE, width=3))
        self.bars_plot.addItem(self.bars)
        self.bars_plot.addItem(self.truth)
        labels = [str(k) for k in range(n)]
        title = self.tr("Test set: true class → predicted")
        self.matrix = MatrixPlot(self.graphics.ci, 0, 1, Matrix("", title, np.zeros((n, n)), None, labels, labels,
                                                                "", ""))
        self.graphics.ci.removeItem(self.matrix.bar)  # shares run 0…1: the numbers say it, not a ±1 bar
        self.matrix.plot.getAxis("bottom").setTicks([[(j + 0.5, label) for j, label in enumerate(labels)]])
        self.matrix.plot.getAxis("left").setTicks([[(i + 0.5, label) for i, label in enumerate(labels)]])
        self.graphics.ci.layout.setColumnStretchFactor(0, 1)
        self.graphics.ci.layout.setColumnStretchFactor(2, 2)
        keep_minimum(self.graphics)
        self._classes = n

    def redraw(self) -> None:
        s = self.latest
        counts = None if s is None else s.confusion
        self.stack.setCurrentIndex(0 if counts is None else 1)
        if counts is None:
            return
        if len(counts) != self._classes:
            self._build(len(counts))
        self.counts = counts
        self.matrix.show(row_shares(counts), None, 1.0, True)
        self._show_sample(s.sample)

    def _show_sample(self, sample) -> None:
        """The chosen sample's probabilities, its true class outlined (none followed: no bars)."""
        if sample is None:
            self.probabilities = None
            self.bars.setOpts(height=np.zeros(self._classes))
            self.truth.setOpts(height=[0])
            self.bars_plot.setTitle(self.tr("No sample chosen"))
            return
        self.probabilities = class_probabilities(sample.columns[-1])
        self.bars.setOpts(height=self.probabilities)
        label = int(sample.label)
        self.truth.setOpts(x=[label], height=[self.probabilities[label]])
        guess = int(np.argmax(self.probabilities))  # true class → predicted class
        self.bars_plot.setTitle(self.tr("Sample {index}: {label} → {guess}").format(
            index=sample.index, label=label, guess=guess))

    def _on_scene_mouse_moved(self, scene_pos) -> None:
        cell = self.matrix.cell_at(scene_pos) if self._classes and self.counts is not None else None
        if cell is None:
            return
        i, j = cell
        self.readout.setText(self.tr("True class {i}, predicted {j}: {count} of the {total} test samples of "
                                     "class {i}").format(i=i, j=j, count=int(self.counts[i, j]),
                                                        total=int(self.counts[i].sum())))
