"""The network's output over the input plane: decision boundary or regression surface,
with the training points (filled) and test points (outlined) on top.

At most MAX_POINTS points are drawn, a fixed random subset of a big data set (half a million
scatter points took a minute to draw), with a note saying how many of how many are shown.

The picture is the snapshot's batched grid evaluation.  Hovering a neuron in the diagram
shows that neuron's output here instead, large (as the TF Playground does).
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ...engine.datasets import Dataset
from ...engine.experiment import PlaneData
from .. import palette
from ..view_export import install_exports
from ..frame_scheduler import same_arrays
from . import cache_axes

GRID_SIZE = 64
BACKGROUND_LIGHTEN = 0.35  # mix of white into the background so the points stand out
MAX_POINTS = 5000  # drawn at most, training and test points together
SAMPLE_SEED = 0  # the same points are drawn every time


def drawn_indices(n: int, limit: int, seed: int = SAMPLE_SEED) -> np.ndarray:
    """Which of ``n`` points to draw: all of them, or ``limit`` chosen at random with a
    fixed seed (in their original order)."""
    if n <= limit:
        return np.arange(n)
    return np.sort(np.random.default_rng(seed).choice(n, size=limit, replace=False))


def point_budget(n_train: int, n_test: int, limit: int = MAX_POINTS) -> tuple[int, int]:
    """How many training and test points to draw: ``limit`` shared in proportion."""
    total = n_train + n_test
    if total <= limit:
        return n_train, n_test
    train = round(limit * n_train / total)
    return train, limit - train


def as_fine_as(plane: np.ndarray, n: int) -> np.ndarray:
    """A hidden neuron's plane (m, m), thinned by the engine to every s-th grid point, at the
    output's n points a side by linear interpolation: a big net's neurons come 22-32 values a
    side, and drawn as large as the output they were blocks."""
    m = plane.shape[0]
    if m >= n or m < 2:
        return plane
    position = np.minimum(np.arange(n) / -(-n // m), m - 1)  # grid point j was thinned point j/s
    low = np.minimum(position.astype(int), m - 2)
    f = position - low
    with np.errstate(invalid="ignore", over="ignore"):  # ∞·0 of a wild network: NaN, drawn as such
        rows = plane[low] * (1 - f)[:, None] + plane[low + 1] * f[:, None]
        return rows[:, low] * (1 - f) + rows[:, low + 1] * f


def output_rgb(output: np.ndarray, task: str, n_classes: int, limit: float, discrete: bool) -> np.ndarray:
    """Colours (g, g, 3) uint8 for a network output over the plane (g, g, units)."""
    if task == "regression":
        values = output[..., 0]
        return palette.diverging_rgb(np.sign(values) if discrete else values, 1.0 if discrete else limit)
    if output.shape[-1] == 1:  # probability of class 1: orange (class 0) → white → blue (class 1)
        t = 2 * output[..., 0] - 1
        return palette.diverging_rgb(np.sign(t) if discrete else t, 1.0)
    probs = np.nan_to_num(np.clip(output, 0, None), nan=0.0, posinf=1.0)  # a wild network may overflow
    if discrete:
        probs = np.eye(output.shape[-1])[np.argmax(output, axis=-1)]
    probs = probs / np.maximum(probs.sum(-1, keepdims=True), 1e-12)
    rgb = probs @ palette.class_rgb(n_classes)
    return (rgb * (1 - BACKGROUND_LIGHTEN) + 255 * BACKGROUND_LIGHTEN).round().astype(np.ubyte)


class ElidedLabel(QLabel):
    """One line that never asks for more width than a few letters: a long text is cut with
    "…" (and whole in the tooltip), so what it says never resizes the dock it lives in."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._full = ""

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:  # the whole text, not what fits
        return self._full

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 12, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        super().setText(self.fontMetrics().elidedText(self._full, Qt.ElideRight, max(self.width(), 0)))


class SquareBox(QWidget):
    """Holds a plot with a locked aspect ratio at the square that fits, centred: stretched to a
    wide dock, the plot widened its x range far beyond the data (-20…20 for a plane of -6…6)."""

    def __init__(self, plot: QWidget, parent=None):
        super().__init__(parent)
        self.plot = plot
        plot.setParent(self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        item = self.plot.getPlotItem()
        # the left axis takes width and the bottom one height: the data area itself is square
        extra = item.getAxis("left").width() - item.getAxis("bottom").height()
        width = max(min(self.width(), self.height() + int(extra)), 1)
        self.plot.setGeometry((self.width() - width) // 2, 0, width, self.height())

    def sizeHint(self) -> QSize:
        return self.plot.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.plot.minimumSizeHint()


class OutputView(QWidget):
    sample_chosen = Signal(int)  # index of the training point clicked

    def __init__(self, parent=None):
        super().__init__(parent)
        self.test_check = QCheckBox(self.tr("Show test data"))
        self.test_check.setAccessibleName(self.tr("Show test data"))
        self.test_check.setToolTip(self.tr("Draw the held-out test points (outlined) as well as the training "
                                           "points (filled)"))
        self.discrete_check = QCheckBox(self.tr("Discretize output"))
        self.discrete_check.setAccessibleName(self.tr("Discretize output"))
        self.discrete_check.setToolTip(self.tr("Colour each point of the plane by its predicted class only, "
                                               "not by how confident the network is"))
        self.title = ElidedLabel()
        self.title.setAccessibleName(self.tr("What the picture shows"))
        self.plot = pg.PlotWidget(background="w")
        install_exports(self.plot, "output")
        self.plot.setAspectLocked(True)
        cache_axes(self.plot.getPlotItem())
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.train_points = pg.ScatterPlotItem(size=6, pen=pg.mkPen("w", width=1))
        self.test_points = pg.ScatterPlotItem(size=7, brush=pg.mkBrush(None))
        self.chosen = pg.ScatterPlotItem(size=16, brush=pg.mkBrush(None), pen=pg.mkPen(palette.SELECTED, width=3))
        for item in (self.train_points, self.test_points, self.chosen):
            self.plot.addItem(item)
        self.plot.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)
        self.plot.setToolTip(self.tr("Click a training point to follow it through the network "
                                     "(diagram: Neurons show ▸ Activation for one sample)"))
        self.plot.setAccessibleName(self.tr("Network output"))
        self.off_plane = QLabel(wordWrap=True)
        self.sample_note = QLabel()
        self.sample_note.setAccessibleName(self.tr("Points shown"))
        self.sample_note.setToolTip(self.tr("A big data set is drawn as a fixed random sample of its points, "
                                            "so the view stays quick; training uses every point"))
        self.sample_note.hide()
        self.stack = QStackedWidget()
        self.plot_box = SquareBox(self.plot)
        self.stack.addWidget(self.plot_box)
        self.stack.addWidget(self.off_plane)
        controls = QHBoxLayout()
        controls.addWidget(self.test_check)
        controls.addWidget(self.discrete_check)
        controls.addStretch()
        controls.addWidget(self.sample_note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.header = QHBoxLayout()  # the title, and room beside it for a tool's buttons
        self.header.addWidget(self.title, 1)
        layout.addLayout(self.header)
        layout.addWidget(self.stack, 1)
        layout.addLayout(controls)
        self.plane: PlaneData | None = None
        self.task, self.n_classes = "classification", 2
        self.grid: list | None = None
        self.hovered: tuple[int, int] | None = None
        self._chosen_point = None
        self._train_drawn = np.arange(0)  # indices of the training points drawn
        self.test_check.toggled.connect(self._draw_points)
        self.discrete_check.toggled.connect(self.redraw)

    def set_plane(self, plane: PlaneData | None, task: str, n_classes: int, n_inputs: int,
                  data_kind: str = "plane") -> None:
        """A new network or data set: new points, no picture until the next snapshot."""
        self.plane, self.task, self.n_classes, self.grid = plane, task, n_classes, None
        self.image.clear()
        self.chosen.setData([], [])
        self._chosen_point = None
        if plane is None:
            texts = {"image": self.tr("Images have no plane to draw the output over: the Kernels and Feature "
                                      "maps views show what the network learns."),
                     "sequence": self.tr("Sequences have no plane to draw the output over: the Through time view "
                                         "shows what the network does with them.")}
            self.off_plane.setText(texts.get(data_kind) or self.tr(
                "The data has {n} input columns, so there is no plane to draw the output over. Watch the loss and "
                "the weights instead.").format(n=n_inputs))
            self.stack.setCurrentWidget(self.off_plane)
            return
        self.stack.setCurrentWidget(self.plot_box)
        (x0, y0), (x1, y1) = plane.extent
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self._draw_points()

    def show_snapshot(self, snapshot) -> None:
        self.take(snapshot)
        if self.isVisible():
            self.redraw()

    def take(self, snapshot) -> bool:
        """Keep a snapshot's outputs over the plane; whether they changed."""
        changed = not same_arrays(self.grid, snapshot.grid)
        self.grid = snapshot.grid
        sample = snapshot.sample
        point = None if sample is None or self.plane is None else tuple(sample.point)  # images: no plane
        if point != self._chosen_point:  # touching a scatter item every frame costs a re-layout
            self._chosen_point = point
            self.chosen.setData(*([[point[0]], [point[1]]] if point else [[], []]))
        return changed

    def _on_scene_mouse_clicked(self, event) -> None:
        if self.plane is None or event.button() != Qt.LeftButton:
            return
        point = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        if not len(self._train_drawn):
            return
        distances = np.hypot(*(self.plane.train.x[self._train_drawn] - [point.x(), point.y()]).T)
        nearest = int(np.argmin(distances))  # among the points drawn: one can click only those
        (x0, _), (x1, _) = self.plane.extent
        if distances[nearest] <= 0.03 * (x1 - x0):  # a few pixels: a click on the point itself
            self.sample_chosen.emit(int(self._train_drawn[nearest]))

    def show_neuron(self, column: int, index: int, name: str = "") -> None:
        """Show one neuron's values (column 0 = an input feature) instead of the network's
        output; column -1 returns to the output."""
        self.hovered = (column, index, name) if column >= 0 else None
        self.redraw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.redraw()

    def restyle(self) -> None:
        """The palette changed (presentation mode): points and picture in the new colours."""
        self._draw_points()
        self.redraw()

    def _target_limit(self) -> float:
        if self.task != "regression":
            return 1.0
        return float(np.abs(self.plane.train.y).max()) or 1.0

    def redraw(self) -> None:
        if self.plane is None or not self.grid:
            return
        if self.hovered is not None and self.hovered[0] < len(self.grid) and self.grid[self.hovered[0]].size:
            column, index, name = self.hovered
            values = as_fine_as(self.grid[column][..., index], self.grid[-1].shape[0])
            rgb = palette.diverging_rgb(values, float(np.abs(values).max()))
            self.title.setText(self.tr("What {name} computes over the plane (move away for the network's output)")
                               .format(name=name))
        else:
            rgb = output_rgb(self.grid[-1], self.task, self.n_classes, self._target_limit(),
                             self.discrete_check.isChecked())
            self.title.setText(self.tr("Network output over the input plane"))
        # Grid row 0 is the top of the plane (y = +extent); the image's row 0 is drawn at y0.
        (x0, y0), (x1, y1) = self.plane.extent
        self.image.setImage(np.ascontiguousarray(rgb[::-1]), autoLevels=False, levels=(0, 255),
                            rect=QRectF(x0, y0, x1 - x0, y1 - y0))

    def _point_brushes(self, data) -> list:
        if self.task == "regression":
            rgb = palette.diverging_rgb(data.y, self._target_limit())
        else:
            rgb = palette.class_rgb(self.n_classes)[data.y.astype(int)]
        return [pg.mkColor(*c) for c in rgb.astype(int).tolist()]

    def _draw_points(self) -> None:
        if self.plane is None:
            return
        train, test = self.plane.train, self.plane.test
        show_test = self.test_check.isChecked()
        n_train, n_test = point_budget(len(train.x), len(test.x) if show_test else 0)
        self._train_drawn = drawn_indices(len(train.x), n_train)
        shown = self._subset(train, self._train_drawn)
        self.train_points.setData(shown.x[:, 0], shown.x[:, 1], brush=self._point_brushes(shown))
        self.test_points.setVisible(show_test)
        if show_test:
            shown = self._subset(test, drawn_indices(len(test.x), n_test, SAMPLE_SEED + 1))
            self.test_points.setData(shown.x[:, 0], shown.x[:, 1],
                                     pen=[pg.mkPen(c, width=2) for c in self._point_brushes(shown)])
        total = len(train.x) + (len(test.x) if show_test else 0)
        self.sample_note.setText(self.tr("showing {shown:,} of {total:,} points").format(
            shown=n_train + n_test, total=total))
        self.sample_note.setVisible(n_train + n_test < total)

    @staticmethod
    def _subset(data, indices):
        return Dataset(data.x[indices], data.y[indices], data.task, data.n_classes, data.feature_names)
