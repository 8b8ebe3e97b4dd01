"""The network drawn as columns of neurons, and edited in place.

Inputs on the left, hidden layers in the middle, the output on the right.  Buttons above
each hidden column add or remove neurons and pick its activation; a right click on a column
offers activation, initialization and layer removal.  Links show the latest snapshot's
weights: width ∝ |w|, colour = sign, dashed when negative.  Every structural edit is
emitted as a new :class:`Config` plus a description, so the window can rebuild and undo it.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from ..engine import Config, LayerConfig
from ..engine.activations import HIDDEN_ACTIVATIONS
from . import palette
from .labels import ACTIVATION_LABELS, INIT_LABELS

MAX_GUI_LAYERS = 12
MAX_GUI_UNITS = 64
HEADER = 64  # room above the neurons for each column's buttons
WIDTH_BUCKETS = 6
MAX_LINKS_PER_GAP = 300


class NetworkEditor(QWidget):
    edit_requested = Signal(object, str)  # new Config, what changed (for the undo stack)
    neuron_selected = Signal(int, int)  # column (0 = inputs), neuron; (-1, -1) clears

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumSize(420, 320)
        self.config = Config()
        self.input_labels: list[str] = []
        self.weights: list[np.ndarray] = []
        self.selected: tuple[int, int] | None = None
        self._column_buttons: list[QWidget] = []
        self.add_layer_button = self._tool("+", "Add a hidden layer (a copy of the last one)", self.add_layer)
        self.remove_layer_button = self._tool("−", "Remove the last hidden layer", self.remove_layer)
        self.layers_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.add_layer_button)
        top.addWidget(self.remove_layer_button)
        top.addWidget(self.layers_label)
        top.addStretch()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addLayout(top)
        outer.addStretch()

    def _tool(self, text, tip, slot, parent=None) -> QToolButton:
        button = QToolButton(parent or self)
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # -- model → view -----------------------------------------------------------------
    def set_config(self, config: Config, input_labels: list[str]) -> None:
        self.config = config.copy()
        self.input_labels = list(input_labels)
        self.weights = []
        self.selected = None
        n = len(self.config.hidden)
        self.layers_label.setText(f"{n} hidden layer{'s' * (n != 1)}")
        self.add_layer_button.setEnabled(n < MAX_GUI_LAYERS)
        self.remove_layer_button.setEnabled(n > 0)
        for widget in self._column_buttons:
            widget.deleteLater()
        self._column_buttons = [self._column_controls(i) for i in range(n)]
        self._place_column_controls()
        self.update()

    def set_weights(self, weights: list[np.ndarray]) -> None:
        self.weights = [np.asarray(w) for w in weights]
        self.update()

    def _column_controls(self, index: int) -> QWidget:
        layer = self.config.hidden[index]
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(1)
        minus = self._tool("−", f"Remove a neuron from hidden layer {index + 1}",
                           lambda: self.change_units(index, -1), box)
        plus = self._tool("+", f"Add a neuron to hidden layer {index + 1}",
                          lambda: self.change_units(index, +1), box)
        minus.setEnabled(layer.units > 1)
        plus.setEnabled(layer.units < MAX_GUI_UNITS)
        act = QToolButton(box)
        act.setText(ACTIVATION_LABELS[layer.activation])
        act.setToolTip(f"Activation of hidden layer {index + 1}; right-click the column for more")
        act.setPopupMode(QToolButton.InstantPopup)
        act.setMenu(self._layer_menu(index, act))
        for w in (minus, plus, act):
            row.addWidget(w)
        box.setObjectName(f"layer{index + 1}")
        box.show()
        return box

    def _layer_menu(self, index: int, parent) -> QMenu:
        layer = self.config.hidden[index]
        menu = QMenu(parent)
        acts = menu.addMenu("Activation")
        group = QActionGroup(acts)
        for name in HIDDEN_ACTIVATIONS:
            action = QAction(ACTIVATION_LABELS[name], acts, checkable=True, checked=name == layer.activation)
            action.triggered.connect(lambda _=False, n=name: self.set_layer(index, activation=n))
            group.addAction(action)
            acts.addAction(action)
        inits = menu.addMenu("Initialization")
        for name, label in INIT_LABELS.items():
            action = QAction(label, inits, checkable=True, checked=name == layer.init)
            action.triggered.connect(lambda _=False, n=name: self.set_layer(index, init=n))
            inits.addAction(action)
        menu.addSeparator()
        menu.addAction(f"Remove hidden layer {index + 1}", lambda: self.remove_layer(index))
        return menu

    # -- edits ---------------------------------------------------------------------------
    def _emit(self, hidden: list[LayerConfig], what: str) -> None:
        config = self.config.copy()
        config.hidden = hidden
        self.edit_requested.emit(config, what)

    def _hidden_copy(self) -> list[LayerConfig]:
        return [LayerConfig(**vars(layer)) for layer in self.config.hidden]

    def add_layer(self) -> None:
        hidden = self._hidden_copy()
        if len(hidden) >= MAX_GUI_LAYERS:
            return
        hidden.append(LayerConfig(**vars(hidden[-1])) if hidden else LayerConfig())
        self._emit(hidden, "Add a hidden layer")

    def remove_layer(self, index: int | None = None) -> None:
        hidden = self._hidden_copy()
        if not hidden:
            return
        index = len(hidden) - 1 if index is None or index is False else index
        hidden.pop(index)
        self._emit(hidden, f"Remove hidden layer {index + 1}")

    def change_units(self, index: int, delta: int) -> None:
        hidden = self._hidden_copy()
        units = min(max(hidden[index].units + delta, 1), MAX_GUI_UNITS)
        if units != hidden[index].units:
            hidden[index].units = units
            self._emit(hidden, f"Hidden layer {index + 1}: {units} neurons")

    def set_layer(self, index: int, **changes) -> None:
        hidden = self._hidden_copy()
        for key, value in changes.items():
            setattr(hidden[index], key, value)
        what = ", ".join(f"{k} {ACTIVATION_LABELS.get(v, INIT_LABELS.get(v, v))}" for k, v in changes.items())
        self._emit(hidden, f"Hidden layer {index + 1}: {what}")

    # -- geometry ------------------------------------------------------------------------
    def column_sizes(self) -> list[int]:
        outputs = self.weights[-1].shape[1] if self.weights else 1
        return [max(len(self.input_labels), 1)] + [h.units for h in self.config.hidden] + [outputs]

    def column_x(self, column: int) -> float:
        n = len(self.column_sizes())
        left, right = 70.0, self.width() - 50.0
        return left + (right - left) * column / max(n - 1, 1)

    def neuron_radius(self) -> float:
        area = self.height() - HEADER - 20
        return max(2.5, min(13.0, area / (2.6 * max(self.column_sizes()))))

    def neuron_pos(self, column: int, index: int) -> QPointF:
        count = self.column_sizes()[column]
        top, bottom = HEADER + 20.0, self.height() - 16.0
        step = min((bottom - top) / max(count, 1), 3.0 * self.neuron_radius())
        y0 = (top + bottom) / 2 - step * (count - 1) / 2
        return QPointF(self.column_x(column), y0 + step * index)

    def neuron_at(self, point: QPointF) -> tuple[int, int] | None:
        r = self.neuron_radius() + 2
        for column, count in enumerate(self.column_sizes()):
            if abs(point.x() - self.column_x(column)) > r:
                continue
            for index in range(count):
                if (self.neuron_pos(column, index) - point).manhattanLength() <= 1.5 * r:
                    return column, index
        return None

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_column_controls()

    def _place_column_controls(self) -> None:
        for index, box in enumerate(self._column_buttons):
            box.adjustSize()
            box.move(int(self.column_x(index + 1) - box.width() / 2), 34)

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        sizes = self.column_sizes()
        self._paint_links(painter, sizes)
        radius = self.neuron_radius()
        for column, count in enumerate(sizes):
            for index in range(count):
                self._paint_neuron(painter, column, index, radius)
        painter.setPen(self.palette().color(self.foregroundRole()))
        for index, label in enumerate(self.input_labels):
            p = self.neuron_pos(0, index)
            painter.drawText(QRectF(p.x() - 68, p.y() - 9, 52, 18), Qt.AlignRight | Qt.AlignVCenter, label)
        painter.drawText(QRectF(self.column_x(0) - 40, HEADER - 4, 80, 18), Qt.AlignCenter, "Inputs")
        painter.drawText(QRectF(self.column_x(len(sizes) - 1) - 40, HEADER - 4, 80, 18), Qt.AlignCenter, "Output")
        painter.end()

    def _paint_neuron(self, painter: QPainter, column: int, index: int, radius: float) -> None:
        p = self.neuron_pos(column, index)
        selected = self.selected == (column, index)
        painter.setPen(QPen(palette.SELECTED if selected else QColor(90, 90, 90), 3 if selected else 1))
        painter.setBrush(QColor(250, 250, 250))
        painter.drawEllipse(p, radius, radius)

    def _paint_links(self, painter: QPainter, sizes: list[int]) -> None:
        """Links grouped by (sign, width bucket): a few drawLines calls, not one per link.

        Between two big layers only the ``MAX_LINKS_PER_GAP`` strongest links are drawn: more
        is a solid block of colour and costs the GUI thread most of a second per paint.
        """
        shapes_match = [w.shape for w in self.weights] == list(zip(sizes[:-1], sizes[1:]))
        weights = self.weights if shapes_match else [np.zeros((a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
        scale = max(float(np.abs(w).max()) for w in weights) if weights else 0.0
        groups: dict[tuple[int, int], list[QLineF]] = {}
        for column, w in enumerate(weights):
            flat = np.abs(w).ravel()
            shown = (np.argpartition(flat, -MAX_LINKS_PER_GAP)[-MAX_LINKS_PER_GAP:]
                     if flat.size > MAX_LINKS_PER_GAP else np.arange(flat.size))
            buckets = np.minimum((flat / scale * WIDTH_BUCKETS).astype(int), WIDTH_BUCKETS - 1) if scale else 0 * flat.astype(int)
            signs = np.sign(w).ravel().astype(int)
            for k in shown:
                i, j = divmod(int(k), w.shape[1])
                groups.setdefault((signs[k], int(buckets[k])), []).append(
                    QLineF(self.neuron_pos(column, i), self.neuron_pos(column + 1, j)))
        for (sign, bucket), lines in groups.items():
            color = palette.sign_color(sign) if sign else QColor(190, 190, 190)
            pen = QPen(color, 0.6 + 1.2 * bucket)
            if sign < 0:
                pen.setStyle(Qt.DashLine)
            painter.setPen(pen)
            painter.drawLines(lines)

    # -- interaction ---------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            hit = self.neuron_at(event.position())
            self.selected = None if hit == self.selected else hit
            self.neuron_selected.emit(*(self.selected or (-1, -1)))
            self.update()
        super().mousePressEvent(event)

    def contextMenuEvent(self, event) -> None:
        sizes = self.column_sizes()
        x = event.pos().x()
        column = min(range(len(sizes)), key=lambda c: abs(self.column_x(c) - x))
        if 0 < column < len(sizes) - 1:
            self._layer_menu(column - 1, self).exec(event.globalPos())
