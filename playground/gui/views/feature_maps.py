"""Feature maps: one training image as it flows through the network.  The input, then each
image layer's maps (one small picture per channel: what each filter found where), then the
dense layers' values as strips.  The training image is picked with a spin box.  Colours: the shared diverging palette, per layer."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from ..view_export import install_exports
from . import SnapshotPaced, cache_axes
from .tiles import square_per_row, tile
from .weight_heatmaps import color_map, nice_limit
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
        self.shown: list[np.ndarray] = []  # the tiled pictures drawn, input first
        self._structure = None

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
        self.images = []
        self._structure = [(name, v.shape) for name, v in columns]
        for k, (name, values) in enumerate(columns):
            plot = self.graphics.addPlot(row=0, col=k, title=name)
            plot.invertY(True)
            plot.setAspectLocked(True)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.hideAxis("left")
            plot.hideAxis("bottom")
            cache_axes(plot)
            image = pg.ImageItem(axisOrder="row-major")
            plot.addItem(image)
            image.setColorMap(color_map())
            self.images.append(image)
