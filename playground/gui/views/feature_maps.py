"""Feature maps: one training image as it flows through the network.  The input, then each
image layer's maps (one small picture per channel: what each filter found where), then the
dense layers' values as strips.  The training image is picked with a spin box.  Colours: the
shared diverging palette, per layer.  Hovering a cell of a map outlines its receptive field:
the window of every earlier layer (and of the input) that it was computed from."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsRectItem, QHBoxLayout, QLabel, QSpinBox, QWidget

from ...engine.conv_geometry import Window, receptive_field
from ..palette import NEGATIVE

from ..view_export import install_exports
from . import SnapshotPaced
from .pictures import picture_plot
from .tiles import GAP, square_per_row, tile, tile_at
from .weight_heatmaps import nice_limit
from .weight_matrices import drawable, finite_limit



def column_picture(values: np.ndarray) -> np.ndarray:
    """One column's values as one picture: maps (channels, h, w) tiled in a square-ish grid;
    a vector (units,) as a square-ish grid of cells, one per unit; a sequence (time, units)
    as units × time."""
    if values.ndim == 3:
        return tile(values, square_per_row(len(values)))
    if values.ndim == 1:
        return tile(values[:, None, None], square_per_row(len(values)))
    return values.T


class FeatureMapView(SnapshotPaced, QWidget):
    sample_chosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sample = QSpinBox(minimum=0, maximum=0)
        self.sample.setAccessibleName(self.tr("Sample"))
        self.sample.setToolTip(self.tr("Which training sample flows through the network in this view"))
        self.sample.valueChanged.connect(self.sample_chosen)
        self.label = QLabel()
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Sample")))
        controls.addWidget(self.sample)
        controls.addWidget(self.label, 1)
        self.note = QLabel(self.tr("Choose an image data set (Problem: Images) to see feature maps."))
        self.note.setWordWrap(True)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.graphics.setAccessibleName(self.tr("Feature maps"))
        self.graphics.setToolTip(self.tr("The input, then what each layer makes of it"))
        install_exports(self.graphics, "feature_maps")
        self._stack_below(controls, self.note, self.graphics)
        self.latest = None
        self.images: list[pg.ImageItem] = []
        self.plots: list[pg.PlotItem] = []
        self.shown: list[np.ndarray] = []  # the tiled pictures drawn, input first
        self.outlines: list[list[QGraphicsRectItem]] = []  # per column, one frame per map
        self.fields: list[tuple] = []  # (top, bottom, left, right) outlined per column, hovered cell last
        self._windows: list[Window] = []  # the image layers' reading windows, in order
        self._map_shapes: list[tuple] = []  # (channels, height, width) of each image column
        self._structure = None
        self.graphics.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)

    def set_samples(self, count: int) -> None:
        self.sample.setMaximum(max(count - 1, 0))

    def redraw(self) -> None:
        s = self.latest
        images = s is not None and bool(s.layers) and len(s.layers[0].input_shape) == 3
        self.stack.setCurrentWidget(self.graphics if images else self.note)
        if not images or s.sample is None:
            return
        columns = self.columns(s)
        if [(name, v.shape) for name, v in columns] != self._structure:
            self._build(columns)
            self._windows = [Window.of_layer(layer) for layer in s.layers_of("conv2d", "pool")]
            self._map_shapes = [v.shape for _, v in columns if v.ndim == 3]
        self.shown = []
        for image, (_, values) in zip(self.images, columns):
            limit = nice_limit(finite_limit(values))
            picture = column_picture(drawable(values, limit))
            image.setImage(picture, levels=(-limit, limit))
            self.shown.append(picture)
        self.label.setText(self.tr("Sample {index}, class {label}").format(index=s.sample.index, label=s.sample.label))

    def columns(self, snapshot) -> list[tuple[str, np.ndarray]]:
        """(name, values) of the input and each layer's output, Flatten layers left out (they
        only reorder their input)."""
        names = [self.tr("input")] + [layer.name for layer in snapshot.layers[:-1]] + [self.tr("output")]
        kinds = ["input"] + [layer.kind for layer in snapshot.layers]
        return [(name, values) for name, kind, values in zip(names, kinds, snapshot.sample.columns)
                if kind != "flatten"]

    def _build(self, columns) -> None:
        self.graphics.clear()
        self.images, self.plots, self.outlines = [], [], []
        self._structure = [(name, v.shape) for name, v in columns]
        for k, (name, values) in enumerate(columns):
            plot, image = picture_plot(self.graphics, row=0, col=k, title=name)
            self.images.append(image)
            self.plots.append(plot)
            self.outlines.append([self._frame(plot) for _ in range(len(values) if values.ndim == 3 else 0)])

    @staticmethod
    def _frame(plot) -> QGraphicsRectItem:
        frame = QGraphicsRectItem()
        pen = QPen(pg.mkColor(NEGATIVE), 0)
        pen.setWidth(2)
        pen.setCosmetic(True)
        frame.setPen(pen)
        frame.setZValue(10)
        frame.hide()
        plot.addItem(frame)
        return frame

    def map_cell_at(self, scene_pos) -> tuple[int, int, int] | None:
        """(column, row, column in the map) of the image-layer map cell under a scene position."""
        for k, (plot, shape) in enumerate(zip(self.plots, self._map_shapes)):
            if plot.sceneBoundingRect().contains(scene_pos):
                point = plot.vb.mapSceneToView(scene_pos)
                found = tile_at(shape, square_per_row(shape[0]), point.y(), point.x())
                return None if found is None else (k, found[1], found[2])
        return None

    def outline_field(self, column: int, row: int, col: int) -> None:
        """Frame the receptive field of map cell (row, col) of ``column`` in every earlier
        column (on each of its maps: a window spans all input channels), and the cell itself."""
        boxes = receptive_field(self._windows[:column], [s[1:] for s in self._map_shapes[:column]], row, col)
        self.fields = boxes + [(row, row + 1, col, col + 1)]
        for k, frames in enumerate(self.outlines):
            box = self.fields[k] if k < len(self.fields) else None
            channels, h, w = self._map_shapes[k] if k < len(self._map_shapes) else (0, 0, 0)
            per_row = square_per_row(channels)
            for c, frame in enumerate(frames):
                if box is None:
                    frame.hide()
                    continue
                r0, c0 = (n * (size + GAP) for n, size in zip(divmod(c, per_row), (h, w)))
                top, bottom, left, right = box
                frame.setRect(QRectF(c0 + left, r0 + top, right - left, bottom - top))
                frame.show()

    def _on_scene_mouse_moved(self, scene_pos) -> None:
        cell = self.map_cell_at(scene_pos)
        if cell is None:
            self.fields = []
            for frames in self.outlines:
                for frame in frames:
                    frame.hide()
            return
        self.outline_field(*cell)
