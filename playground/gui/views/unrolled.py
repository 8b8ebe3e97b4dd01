"""The recurrent network unrolled through time: x_t → h_t for t = 1..T, h_{t−1} → h_t, and
h → y, with a small picture of the matrix on every arrow.  Every copy of W_xh, of W_hh and of
the output weights W_hy is the *same* matrix (one picture per step, drawn from one array):
hover or click one and all its copies light up; after an update they all change together.
Folded, the same network is one step with a loop.  W_xh and W_hh as numbered heatmaps
beside.  Built once per network shape, updated in place."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsRectItem, QHBoxLayout, QLabel, QWidget

from ...engine.snapshots import DenseSnapshot
from ..form_widgets import make_combo
from ..palette import NEGATIVE
from ..view_export import install_exports
from . import SnapshotPaced, cache_axes, keep_minimum, scrolling
from .weight_heatmaps import MatrixPlot, color_map, nice_limit
from .weight_matrices import Matrix, drawable, finite_limit

MAX_DRAWN_STEPS = 24  # longer sequences: the first and last half of these, "…" between
THUMB = 0.55  # a matrix picture's longer side, in the diagram's units (one step = 1.5 wide)
STEP = 1.5
DIAGRAM_PIXELS = 160
ROWS = {"x": 3.0, "h": 1.5, "y": 0.0}  # node heights (y axis pointing up)
MODES = {"unrolled": QT_TRANSLATE_NOOP("UnrolledView", "Unrolled through time"),
         "folded": QT_TRANSLATE_NOOP("UnrolledView", "Folded (one step and a loop)")}


def drawn_steps(steps: int) -> list[int]:
    """The time steps drawn (1-based): all, or the first and last MAX_DRAWN_STEPS // 2."""
    if steps <= MAX_DRAWN_STEPS:
        return list(range(1, steps + 1))
    half = MAX_DRAWN_STEPS // 2
    return list(range(1, half + 1)) + list(range(steps - half + 1, steps + 1))


class UnrolledView(SnapshotPaced, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.mode_combo = make_combo({k: self.tr(v) for k, v in MODES.items()}, self.tr(
            "Unrolled: one copy of the network per time step; folded: one step with a loop"), self.tr("Drawing"))
        self.readout = QLabel(self.tr("Hover or click a matrix: all its copies light up"))
        self.readout.setAccessibleName(self.tr("Matrix description"))
        self.readout.setWordWrap(True)
        controls = QHBoxLayout()
        controls.addWidget(self.mode_combo)
        controls.addWidget(self.readout, 1)
        self.note = QLabel(self.tr("This network has no recurrent layer: choose a sequence data set "
                                   "(Problem: Sequences) to see it unrolled through time."))
        self.note.setWordWrap(True)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.graphics.setAccessibleName(self.tr("Unrolled network"))
        self.graphics.setToolTip(self.tr("The recurrent network across time steps: the same matrices at every step"))
        install_exports(self.graphics, "unrolled")
        self._stack_below(controls, self.note, scrolling(self.graphics))
        self.copies: dict[str, list[tuple[pg.ImageItem, QGraphicsRectItem]]] = {}  # matrix name → its copies
        self.lit: str | None = None  # the matrix whose copies are lit (hovered or clicked)
        self.selected: str | None = None
        self._structure = None
        self.mode_combo.currentIndexChanged.connect(self.redraw)
        self.graphics.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        self.graphics.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)

    # -- what is drawn ---------------------------------------------------------------------
    def matrices(self) -> dict[str, np.ndarray]:
        """W_xh, W_hh and (when a dense layer reads the hidden state) W_hy, current values."""
        layers = self.latest.layers if self.latest is not None else []
        rnn = next((layer for layer in layers if layer.kind == "simple_rnn"), None)
        if rnn is None:
            return {}
        found = {"W_xh": rnn.W_xh.value, "W_hh": rnn.W_hh.value}
        after = layers[rnn.index + 1] if rnn.index + 1 < len(layers) else None
        if isinstance(after, DenseSnapshot):
            found["W_hy"] = after.W.value
        return found

    def recurrent_layer(self):
        return next(layer for layer in self.latest.layers if layer.kind == "simple_rnn")

    def redraw(self) -> None:
        matrices = self.matrices()
        self.stack.setCurrentIndex(1 if matrices else 0)
        if not matrices:
            return
        layer = self.recurrent_layer()
        structure = (tuple((k, v.shape) for k, v in matrices.items()), layer.input_shape, layer.output_shape,
                     self.mode_combo.currentData())
        if structure != self._structure:
            self._build(matrices, layer)
            self._structure = structure
        for name, values in matrices.items():
            limit = nice_limit(finite_limit(values))
            picture = drawable(values, limit)
            for image, _ in self.copies[name]:
                image.setImage(picture, levels=(-limit, limit))
        for plot, name in zip(self.heatmaps, ("W_xh", "W_hh")):
            limit = nice_limit(finite_limit(matrices[name]))
            plot.show(matrices[name], None, limit, True)

    # -- building ----------------------------------------------------------------------------
    def _build(self, matrices: dict, layer) -> None:
        self.graphics.clear()
        self.copies = {name: [] for name in matrices}
        self.diagram = self.graphics.addPlot(row=0, col=0, colspan=4)
        d = self.diagram
        d.setAspectLocked(True)
        d.setMouseEnabled(x=False, y=False)
        d.hideButtons()
        d.hideAxis("left")
        d.hideAxis("bottom")
        cache_axes(d)
        steps = layer.input_shape[0]
        every_step_out = len(layer.output_shape) == 2
        if self.mode_combo.currentData() == "folded":
            self._draw_folded(matrices)
        else:
            self._draw_unrolled(matrices, steps, every_step_out)
        units = [str(i + 1) for i in range(matrices["W_hh"].shape[0])]
        inputs = [str(i + 1) for i in range(matrices["W_xh"].shape[0])]
        self.heatmaps = [MatrixPlot(self.graphics.ci, 1, n, Matrix(layer.name, title, np.zeros(matrices[name].shape),
                                                                   None, rows, units, name, ""))
                         for n, (name, title, rows) in enumerate((("W_xh", self.tr("W_xh (input → hidden)"), inputs),
                                                                   ("W_hh", self.tr("W_hh (hidden → next hidden)"),
                                                                    units)))]
        self.graphics.ci.layout.setRowStretchFactor(0, 3)
        self.graphics.ci.layout.setRowStretchFactor(1, 2)
        self.diagram.setMinimumHeight(DIAGRAM_PIXELS)
        keep_minimum(self.graphics)
        self._light(self.selected)

    def _draw_unrolled(self, matrices: dict, steps: int, every_step_out: bool) -> None:
        shown = drawn_steps(steps)
        xs = {t: STEP * k for k, t in enumerate(shown)}
        for k, t in enumerate(shown):
            x = xs[t]
            self._node(x, "x", f"x{t}")
            self._node(x, "h", f"h{t}")
            self._arrow(x, ROWS["x"], x, ROWS["h"])
            self._copy("W_xh", matrices, x, (ROWS["x"] + ROWS["h"]) / 2)
            if k > 0:
                gap = shown[k - 1] != t - 1
                self._arrow(xs[shown[k - 1]], ROWS["h"], x, ROWS["h"], dashed=gap)
                if gap:
                    self._label(x - STEP / 2, ROWS["h"] + 0.45, "…")
                self._copy("W_hh", matrices, x - STEP / 2, ROWS["h"])
            if "W_hy" in matrices and (every_step_out or t == steps):
                self._node(x, "y", f"y{t}" if every_step_out else "y")
                self._arrow(x, ROWS["h"], x, ROWS["y"])
                self._copy("W_hy", matrices, x, (ROWS["h"] + ROWS["y"]) / 2)
        self._node(-STEP, "h", "h0")
        self._arrow(-STEP, ROWS["h"], 0, ROWS["h"])
        self._copy("W_hh", matrices, -STEP / 2, ROWS["h"])
        self.diagram.setRange(xRange=(-STEP - 0.5, xs[shown[-1]] + 0.5), yRange=(-0.5, 3.5), padding=0.02)

    def _draw_folded(self, matrices: dict) -> None:
        self._node(0, "x", "x_t")
        self._node(0, "h", "h_t")
        self._arrow(0, ROWS["x"], 0, ROWS["h"])
        self._copy("W_xh", matrices, 0, (ROWS["x"] + ROWS["h"]) / 2)
        centre, radius = 0.9, 0.9  # the loop: h_t feeds the next step's h through W_hh
        angle = np.linspace(-0.8 * np.pi, 0.8 * np.pi, 40)
        self.diagram.plot(centre + radius * np.cos(angle), ROWS["h"] + 0.6 * np.sin(angle),
                          pen=pg.mkPen((90, 90, 90), width=1.5))
        self._copy("W_hh", matrices, centre + radius, ROWS["h"])
        if "W_hy" in matrices:
            self._node(0, "y", "y_t")
            self._arrow(0, ROWS["h"], 0, ROWS["y"])
            self._copy("W_hy", matrices, 0, (ROWS["h"] + ROWS["y"]) / 2)
        self.diagram.setRange(xRange=(-1.5, 3.5), yRange=(-0.5, 3.5), padding=0.02)

    def _node(self, x: float, row: str, text: str) -> None:
        node = self.diagram.plot([x], [ROWS[row]], pen=None, symbol="o", symbolSize=26, symbolBrush=(235, 235, 235),
                                 symbolPen=pg.mkPen((90, 90, 90), width=1.5))
        node.setZValue(3)  # over the arrows that meet it
        self._label(x, ROWS[row], text)

    def _label(self, x: float, y: float, text: str) -> None:
        label = pg.TextItem(text, anchor=(0.5, 0.5), color=(20, 20, 20))
        label.setPos(x, y)
        label.setZValue(4)
        self.diagram.addItem(label)

    def _arrow(self, x0: float, y0: float, x1: float, y1: float, dashed: bool = False) -> None:
        style = Qt.DashLine if dashed else Qt.SolidLine
        self.diagram.plot([x0, x1], [y0, y1], pen=pg.mkPen((90, 90, 90), width=1.5, style=style))

    def _copy(self, name: str, matrices: dict, x: float, y: float) -> None:
        """One more picture of matrix ``name`` centred at (x, y), with its highlight frame."""
        rows, cols = matrices[name].shape
        scale = THUMB / max(rows, cols, 1)
        w, h = max(cols * scale, 0.12), max(rows * scale, 0.12)
        image = pg.ImageItem(axisOrder="row-major")
        image.setColorMap(color_map())
        image.setImage(np.zeros((rows, cols)), levels=(-1, 1))
        image.setRect(QRectF(x - w / 2, y + h / 2, w, -h))  # row 1 on top (the y axis points up)
        image.setZValue(5)
        frame = QGraphicsRectItem(QRectF(x - w / 2, y - h / 2, w, h))
        frame.setZValue(6)
        self.diagram.addItem(image)
        self.diagram.addItem(frame)
        self.copies[name].append((image, frame))

    # -- lighting up the copies ------------------------------------------------------------
    def matrix_at(self, scene_pos) -> str | None:
        if not self.copies or not self.diagram.sceneBoundingRect().contains(scene_pos):
            return None
        point = self.diagram.vb.mapSceneToView(scene_pos)
        for name, copies in self.copies.items():
            if any(frame.rect().adjusted(-0.05, -0.05, 0.05, 0.05).contains(point) for _, frame in copies):
                return name
        return None

    def _light(self, name: str | None) -> None:
        self.lit = name
        for key, copies in self.copies.items():
            pen = QPen(pg.mkColor(NEGATIVE) if key == name else pg.mkColor(150, 150, 150))
            pen.setWidth(4 if key == name else 1)
            pen.setCosmetic(True)
            for _, frame in copies:
                frame.setPen(pen)
        if name is not None:
            values = self.matrices()[name]
            self.readout.setText(self.tr("{name}: one {rows}×{cols} matrix, drawn {n} times: the same weights at "
                                         "every time step").format(name=name, rows=values.shape[0],
                                                                   cols=values.shape[1], n=len(self.copies[name])))

    def _on_scene_mouse_moved(self, scene_pos) -> None:
        name = self.matrix_at(scene_pos) or self.selected
        if name != self.lit:
            self._light(name)

    def _on_scene_mouse_clicked(self, event) -> None:
        name = self.matrix_at(event.scenePos())
        self.selected = None if name == self.selected else name
        self._light(self.selected)
