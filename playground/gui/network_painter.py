"""Paints the network diagram: links (width ∝ |w|, colour = sign, dashed when negative),
neurons (filled by bias, or each one's output over the input plane as a thumbnail), names,
and the selected neuron's formula.  State comes in a :class:`DiagramState`; nothing here
decides anything about the network.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap

from . import palette
from .ablation_marks import paint_ablation
from .network_geometry import NetworkGeometry

WIDTH_BUCKETS = 6
DIM_ALPHA = 35
LINK_CHANGE = 0.02  # links are drawn again once a weight moved by this share of the largest |w|
LINK_INTERVAL = 0.25  # … and at most this often (s) while training moves them
SMOOTH_LINKS = 1500  # more links than this are drawn without antialiasing (5× faster; a texture anyway)


@dataclass
class DiagramState:
    weights: list = field(default_factory=list)  # W per gap, (n_in, n_out)
    biases: list = field(default_factory=list)  # b per non-input column
    fills: list = field(default_factory=list)  # per column (0 = inputs): neuron colours, or None
    thumbnails: list = field(default_factory=list)  # per column: a ColumnPicture (or none: fills)
    thumbnails_of: tuple | None = None  # (the grid list, sizes, pixels and look) they were made for
    selected: tuple | None = None
    input_labels: list = field(default_factory=list)
    formula: str = ""
    off: set = field(default_factory=set)  # (column, neuron) switched off
    frozen: set = field(default_factory=set)  # columns whose layer is frozen


@dataclass
class ColumnPicture:
    """A column's neuron thumbnails as one image drawn at ``target`` (widget coordinates),
    and each neuron's square there (for the borders): one drawImage per column instead of
    one per neuron (a 12×64 network has 770 of them)."""

    image: QImage
    target: QRectF
    cells: list


def column_picture(grid: np.ndarray, geometry: NetworkGeometry, column: int, ratio: float) -> ColumnPicture:
    """Thumbnails of a column's outputs over the plane (g, g, units), each on the diverging
    scale of the column's largest |output|, resampled (nearest) to the pixels drawn."""
    r, x, ys = geometry.radius, geometry.column_x[column], geometry.neuron_y[column]
    side = max(1, round(2 * r * ratio))
    top = ys[0] - r
    offsets = np.rint((ys - r - top) * ratio).astype(int)
    height = int(offsets[-1]) + side
    g = grid.shape[0]
    index = np.minimum(((np.arange(side) + 0.5) * g / side).astype(int), g - 1)
    units_first = np.moveaxis(grid[index][:, index], 2, 0)  # (units, side, side)
    rgb = palette.diverging_rgb(units_first, float(np.abs(grid).max()))
    canvas = np.zeros((height, side, 4), np.uint8)  # transparent between the neurons
    rows = (offsets[:, None] + np.arange(side)).ravel()
    canvas[rows, :, :3] = rgb.reshape(-1, side, 3)
    canvas[rows, :, 3] = 255
    image = QImage(canvas.data, side, height, 4 * side, QImage.Format_RGBA8888).copy()
    cells = [QRectF(x - r, y - r, 2 * r, 2 * r) for y in ys.tolist()]
    return ColumnPicture(image, QRectF(x - r, top, side / ratio, height / ratio), cells)


def value_fills(columns: list[np.ndarray]) -> list[list[QColor]]:
    """Neuron fill colours from one value per neuron (a bias, or an activation), on each
    column's own diverging scale."""
    return [[QColor(*c) for c in palette.diverging_rgb(v, float(np.abs(v).max())).tolist()] for v in columns]


class LinkLayer:
    """The links, drawn into a pixmap and reused while the diagram's size, structure and
    selection stay and no weight moved by more than LINK_CHANGE of the largest |w| (a change
    too small to see in a link's width): thousands of antialiased, partly dashed lines are
    most of a big network's paint."""

    def __init__(self):
        self.pixmap: QPixmap | None = None
        self.key: tuple | None = None
        self.drawn: list[np.ndarray] = []  # the weights the pixmap shows
        self.renders = 0
        self.rendered_at = float("-inf")
        self.clock = time.monotonic

    def paint(self, painter: QPainter, geometry: NetworkGeometry, state: DiagramState) -> bool:
        """Paint the links; False when they moved but were left as they were (too soon after
        the last drawing): paint again after LINK_INTERVAL to catch up."""
        device = painter.device()
        ratio = device.devicePixelRatioF()
        key = (device.width(), device.height(), ratio, tuple(geometry.sizes), state.selected,
               tuple(w.shape for w in state.weights), palette.look())
        up_to_date = True
        if key != self.key or self._moved(state.weights):
            if key != self.key or self.clock() - self.rendered_at >= LINK_INTERVAL:
                self._render(geometry, state, device.width(), device.height(), ratio)
                self.key, self.rendered_at = key, self.clock()
            else:
                up_to_date = False
        painter.drawPixmap(0, 0, self.pixmap)
        return up_to_date

    def _moved(self, weights: list) -> bool:
        """Whether a weight moved by more than LINK_CHANGE of the largest; a wild (∞, NaN)
        weight compares as moved, never as a warning inside paintEvent."""
        with np.errstate(all="ignore"):
            scale = max((float(np.abs(w).max()) for w in self.drawn), default=0.0)
            return any(not np.all(np.abs(w - d) <= LINK_CHANGE * scale) for w, d in zip(weights, self.drawn))

    def _render(self, geometry: NetworkGeometry, state: DiagramState, width: int, height: int, ratio: float):
        self.pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
        self.pixmap.setDevicePixelRatio(ratio)
        self.pixmap.fill(Qt.transparent)
        painter = QPainter(self.pixmap)
        painter.setRenderHint(QPainter.Antialiasing)
        _paint_links(painter, geometry, state)
        painter.end()
        self.drawn = [np.array(w, copy=True) for w in state.weights]
        self.renders += 1


def paint_diagram(painter: QPainter, geometry: NetworkGeometry, state: DiagramState, foreground: QColor,
                  links: LinkLayer | None = None) -> bool:
    """Paint the diagram (the links from ``links``' picture when given); whether the links
    shown are up to date."""
    painter.setRenderHint(QPainter.Antialiasing)
    up_to_date = True
    if links is None:
        _paint_links(painter, geometry, state)
    else:
        up_to_date = links.paint(painter, geometry, state)
    painter.setRenderHint(QPainter.Antialiasing)  # the links of a big network go without
    for column in range(len(geometry.sizes)):
        _paint_column(painter, geometry, state, column)
    paint_ablation(painter, geometry, state.off, state.frozen, foreground)
    painter.setPen(foreground)
    for index, label in enumerate(state.input_labels):
        x, y = geometry.neuron_pos(0, index)
        painter.drawText(QRectF(x - 68, y - 9, 52 - geometry.radius, 18), Qt.AlignRight | Qt.AlignVCenter, label)
    last = len(geometry.sizes) - 1
    for column, text in ((0, QCoreApplication.translate("NetworkDiagram", "Inputs")),
                         (last, QCoreApplication.translate("NetworkDiagram", "Output"))):
        # under the column's last neuron: the buttons above the columns may take two rows
        below = geometry.neuron_pos(column, geometry.sizes[column] - 1)[1] + geometry.radius + 4
        painter.drawText(QRectF(geometry.column_x[column] - 40, below, 80, 18), Qt.AlignCenter, text)
    if state.formula:
        height = painter.device().height()
        painter.drawText(QRectF(8, height - 22, painter.device().width() - 16, 20),
                         Qt.AlignLeft | Qt.AlignVCenter, state.formula)
    return up_to_date


def _touches(selected, gap: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    if selected is None:
        return np.ones(len(i), bool)
    column, index = selected
    return ((gap == column) & (i == index)) | ((gap + 1 == column) & (j == index))


def _paint_links(painter: QPainter, geometry: NetworkGeometry, state: DiagramState) -> None:
    """Links grouped by (sign, width bucket, dimmed): a few drawLines calls, not one per link."""
    scale = max((_largest_finite(w) for w in state.weights), default=0.0)
    groups: dict[tuple[int, int, bool], list[QLineF]] = {}
    for gap, w in enumerate(state.weights):
        shown = geometry.links(gap, w)
        flat = w.ravel()[shown]
        signs, buckets = _signs_and_widths(flat, scale)
        i, j = np.divmod(shown, w.shape[1])
        lit = _touches(state.selected, gap, i, j)
        for row, sign, bucket, on in zip(geometry.link_ends(gap, shown, w.shape[1]).tolist(),
                                         signs.tolist(), buckets.tolist(), lit.tolist()):
            groups.setdefault((sign, bucket, on), []).append(QLineF(*row))
    painter.setRenderHint(QPainter.Antialiasing, sum(map(len, groups.values())) <= SMOOTH_LINKS)
    for (sign, bucket, on), lines in groups.items():
        color = QColor(palette.sign_color(sign) if sign else QColor(190, 190, 190))
        if not on:
            color.setAlpha(DIM_ALPHA)
        pen = QPen(color, (0.6 + 1.2 * bucket) * palette.LINE_SCALE)
        if sign < 0:
            pen.setStyle(Qt.DashLine)
        painter.setPen(pen)
        painter.drawLines(lines)


def _largest_finite(values: np.ndarray) -> float:
    """max |value| over the finite values (0 when there are none)."""
    finite = np.abs(values[np.isfinite(values)])
    return float(finite.max()) if finite.size else 0.0


def _signs_and_widths(flat: np.ndarray, scale: float) -> tuple[np.ndarray, np.ndarray]:
    """Each link's sign (-1, 0, 1) and width bucket, safe for wild weights: ±inf is the
    widest, NaN is a thin neutral line (casting inf or NaN to int is undefined)."""
    with np.errstate(all="ignore"):
        ratio = np.abs(flat) / scale if 0 < scale < np.inf else np.zeros(len(flat))
    ratio = np.clip(np.nan_to_num(ratio, nan=0.0, posinf=1.0), 0.0, 1.0)
    buckets = np.minimum((ratio * WIDTH_BUCKETS).astype(int), WIDTH_BUCKETS - 1)
    buckets[np.isinf(flat)] = WIDTH_BUCKETS - 1
    return np.nan_to_num(np.sign(flat)).astype(int), buckets


def _paint_column(painter: QPainter, geometry: NetworkGeometry, state: DiagramState, column: int) -> None:
    r = geometry.radius
    picture = state.thumbnails[column] if column < len(state.thumbnails) else None
    if picture is not None and len(picture.cells) == geometry.sizes[column]:
        painter.drawImage(picture.target, picture.image)
        painter.setBrush(Qt.NoBrush)
        painter.setPen(QPen(QColor(90, 90, 90), palette.LINE_SCALE))
        painter.drawRects(picture.cells)
        if state.selected is not None and state.selected[0] == column:
            painter.setPen(QPen(palette.SELECTED, 3 * palette.LINE_SCALE))
            painter.drawRect(picture.cells[state.selected[1]])
        return
    fills = state.fills[column] if column < len(state.fills) else None
    for index in range(geometry.sizes[column]):
        x, y = geometry.neuron_pos(column, index)
        selected = state.selected == (column, index)
        painter.setPen(QPen(palette.SELECTED if selected else QColor(90, 90, 90),
                            (3 if selected else 1) * palette.LINE_SCALE))
        painter.setBrush(fills[index] if fills is not None else QColor(250, 250, 250))
        painter.drawEllipse(QPointF(x, y), r, r)
