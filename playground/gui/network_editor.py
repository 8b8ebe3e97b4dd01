"""The network drawn as columns of neurons, edited in place and alive while training.

Inputs on the left, hidden layers in the middle, the output on the right.  Buttons above
each hidden column add or remove neurons and pick its activation; a right click on a column
offers activation, initialization and layer removal.  Links show the latest snapshot's
weights (see :mod:`network_painter`); hovering a link shows its value, clicking it types a
new one; clicking a neuron highlights its links and shows its formula.  Every structural
edit is an intent (the new hidden layers plus a description); the run rebuilds, and undoes,
it once the engine has built it.
"""
from __future__ import annotations

from typing import Callable

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QPainter, QPaintEngine
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QMenu, QToolButton, QToolTip, QVBoxLayout, QWidget

from ..engine import Config, LayerConfig
from ..engine.activations import HIDDEN_ACTIVATIONS
from . import palette
from .labels import ACTIVATION_LABELS, INIT_LABELS, neuron_formula, neuron_name
from .network_geometry import NetworkGeometry
from .form_widgets import make_combo
from .frame_scheduler import same_arrays, same_parameters, same_sample
from .network_painter import LINK_INTERVAL, DiagramState, LinkLayer, column_picture, paint_diagram, value_fills
from .view_export import export_actions

MAX_GUI_LAYERS = 12
MAX_GUI_UNITS = 64
WEIGHT_LIMIT = 1e3
# key → English name, translated where shown (see neuron_modes())
NEURON_MODES = {"plane": QT_TRANSLATE_NOOP("NetworkEditor", "Output over the plane"),
                "bias": QT_TRANSLATE_NOOP("NetworkEditor", "Bias"),
                "sample": QT_TRANSLATE_NOOP("NetworkEditor", "Activation for one sample")}


def neuron_modes() -> dict[str, str]:
    """What neurons can show, in the user's language."""
    return {key: QCoreApplication.translate("NetworkEditor", text) for key, text in NEURON_MODES.items()}


class NetworkEditor(QWidget):
    edit_requested = Signal(dict, str)  # {"hidden": [LayerConfig…]}, what changed (for the undo stack)
    neuron_hovered = Signal(int, int)  # column, neuron under the mouse; (-1, -1) when none
    weight_edit_requested = Signal(int, int, int, float)  # layer, from i, to j, new value
    inspect_requested = Signal(object, str)  # (layer, parameter, flat index) of a clicked link or neuron, its name
    neuron_switch_requested = Signal(int, int)  # hidden layer position (0 = first), neuron: off ↔ on
    layer_freeze_requested = Signal(int)  # layer position (0 = first hidden, last = output): frozen ↔ learning

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumSize(420, 320)
        self.hidden: list[LayerConfig] = []  # the running layers, as last confirmed by the engine
        self.ablated: list = []  # [position, neuron] switched off, as confirmed
        self.frozen: list = []  # frozen layer positions, as confirmed
        # What an edit starts from: the layers once every edit already asked for is built (a
        # second click before the engine answered the first adds to it, not to what ran).
        self.layers_to_edit: Callable[[], list[LayerConfig]] = lambda: self.hidden
        self.state = DiagramState()
        self.activations: list[str] = []
        self._hovered = (-1, -1)
        self.setMouseTracking(True)
        self.setContextMenuPolicy(Qt.DefaultContextMenu)
        self._column_buttons: list[QWidget] = []
        self.setAccessibleName(self.tr("Network diagram"))
        self.setAccessibleDescription(self.tr("Inputs on the left, hidden layers in the middle, the output on the "
                                              "right; click a neuron to see its formula, a link to edit its weight"))
        self.add_layer_button = self._tool("+", self.tr("Add a hidden layer (a copy of the last one)"),
                                           self.add_layer, name=self.tr("Add a hidden layer"))
        self.remove_layer_button = self._tool("−", self.tr("Remove the last hidden layer"), self.remove_layer,
                                              name=self.tr("Remove the last hidden layer"))
        self.layers_label = QLabel()
        self.neuron_mode = make_combo(neuron_modes(), self.tr(
            "What each neuron shows: its output over the whole input plane, its bias, or its activation for one "
            "training sample (click a point in the Output view to choose it)"), self.tr("Neurons show"))
        self.neuron_mode.currentIndexChanged.connect(self._on_neuron_mode_changed)
        self.sample: dict | None = None
        self._latest = None
        self._pending = None  # a snapshot taken, not drawn yet
        self.links = LinkLayer()  # the links' picture, drawn again only when they visibly changed
        top = QHBoxLayout()
        top.addWidget(self.add_layer_button)
        top.addWidget(self.remove_layer_button)
        top.addWidget(self.layers_label)
        top.addStretch()
        mode_label = QLabel(self.tr("Neurons show"))
        mode_label.setBuddy(self.neuron_mode)
        top.addWidget(mode_label)
        top.addWidget(self.neuron_mode)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addLayout(top)
        outer.addStretch()

    def _tool(self, text, tip, slot, parent=None, name="") -> QToolButton:
        """A small button; ``name`` says what a symbol (+, −) does, for screen readers."""
        button = QToolButton(parent or self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(name or tip)
        button.clicked.connect(slot)
        return button

    # -- model → view -----------------------------------------------------------------
    def set_config(self, config: Config, input_labels: list[str]) -> None:
        """Show the running layers; edits are built from these and sent as intents."""
        self.ablated, self.frozen = config.ablated, config.frozen
        if config.hidden == self.hidden and list(input_labels) == self.state.input_labels:
            self._mark_ablation()
            return  # a live change (rates, optimizer): the drawing stays as it is
        self.hidden = config.hidden
        self.state = DiagramState(input_labels=list(input_labels))
        n = len(self.hidden)
        self.layers_label.setText((self.tr("{n} hidden layer") if n == 1 else self.tr("{n} hidden layers")).format(n=n))
        self.add_layer_button.setEnabled(n < MAX_GUI_LAYERS)
        self.remove_layer_button.setEnabled(n > 0)
        for widget in self._column_buttons:
            widget.setParent(None)  # gone at once for a screen reader (and tests), deleted later
            widget.deleteLater()
        self._column_buttons = [self._column_controls(i) for i in range(n)]
        self._place_column_controls()
        self._mark_ablation()

    def _mark_ablation(self) -> None:
        """Draw the switched-off neurons and frozen layers the engine confirmed."""
        self.state.off = {(position + 1, neuron) for position, neuron in self.ablated}
        self.state.frozen = {position + 1 for position in self.frozen}
        self.update()

    @property
    def input_labels(self) -> list[str]:
        return self.state.input_labels

    @property
    def weights(self) -> list[np.ndarray]:
        return self.state.weights

    @property
    def selected(self) -> tuple[int, int] | None:
        return self.state.selected

    def set_snapshot(self, snapshot) -> None:
        """Show a snapshot's weights, biases and (when it has one) each neuron's output over
        the input plane."""
        self._latest = snapshot
        layers = snapshot.layers_of("dense")
        self.state.weights = [layer.W.value for layer in layers]
        self.state.biases = [layer.b.value for layer in layers]
        self.activations = [layer.activation for layer in layers]
        mode = self.neuron_mode.currentData()
        self.sample = snapshot.sample if mode == "sample" else None
        if self.sample is not None:
            self.state.fills = value_fills(self.sample.columns)
        else:
            self.state.fills = [None] + value_fills(self.state.biases)
        self._make_thumbnails()
        self._update_formula()
        self.update()

    def _make_thumbnails(self) -> None:
        """Each column's thumbnails at the pixels drawn now (again after a resize)."""
        grids = self._latest.grid if self._latest is not None and self.neuron_mode.currentData() == "plane" else None
        geometry = self.geometry_now()
        if not grids or [g.shape[-1] for g in grids] != geometry.sizes or not all(g.size for g in grids):  # or none sent yet
            self.state.thumbnails, self.state.thumbnails_of = [], None
            return
        ratio = self.devicePixelRatioF()
        drawn_as = (tuple(geometry.sizes), self.width(), self.height(), ratio, palette.look())
        made_for = self.state.thumbnails_of
        if made_for is None or made_for[0] is not grids or made_for[1] != drawn_as:  # a kept grid: they stay
            self.state.thumbnails = [column_picture(g, geometry, c, ratio) for c, g in enumerate(grids)]
            self.state.thumbnails_of = (grids, drawn_as)

    def take(self, snapshot) -> bool:
        """Keep a snapshot for :meth:`redraw` (the frame scheduler decides when); whether it
        changes what the diagram shows."""
        old, self._pending = self._pending or self._latest, snapshot
        return not (same_parameters(old, snapshot) and same_arrays(old.grid, snapshot.grid)
                    and same_sample(old.sample, snapshot.sample))

    def restyle(self) -> None:
        """The look changed (presentation mode): links and fills in the new colours and widths."""
        if self._latest is not None:
            self.set_snapshot(self._latest)

    def redraw(self) -> None:
        if self._pending is not None:
            self.set_snapshot(self._pending)
            self._pending = None

    def _on_neuron_mode_changed(self) -> None:
        latest, self._pending = self._pending or self._latest, None
        if latest is not None:
            self.set_snapshot(latest)

    def _column_controls(self, index: int) -> QWidget:
        layer = self.hidden[index]
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(1)
        minus = self._tool("−", self.tr("Remove a neuron from hidden layer {n}").format(n=index + 1),
                           lambda: self.change_units(index, -1), box)
        plus = self._tool("+", self.tr("Add a neuron to hidden layer {n}").format(n=index + 1),
                          lambda: self.change_units(index, +1), box)
        minus.setEnabled(layer.units > 1)
        plus.setEnabled(layer.units < MAX_GUI_UNITS)
        act = QToolButton(box)
        act.setObjectName("activation")
        act.setText(ACTIVATION_LABELS[layer.activation])
        act.setToolTip(self.tr("Activation of hidden layer {n}; right-click the column for more").format(n=index + 1))
        act.setAccessibleName(self.tr("Activation of hidden layer {n}").format(n=index + 1))
        act.setPopupMode(QToolButton.InstantPopup)
        act.setMenu(self._layer_menu(index, act))
        for w in (minus, plus, act):
            row.addWidget(w)
        box.setObjectName(f"layer{index + 1}")
        box.show()
        return box

    def _layer_menu(self, index: int, parent) -> QMenu:
        layer = self.hidden[index]
        menu = QMenu(parent)
        acts = menu.addMenu(self.tr("Activation"))
        group = QActionGroup(acts)
        for name in HIDDEN_ACTIVATIONS:
            action = QAction(ACTIVATION_LABELS[name], acts, checkable=True, checked=name == layer.activation)
            action.triggered.connect(lambda _=False, n=name: self.set_layer(index, activation=n))
            group.addAction(action)
            acts.addAction(action)
        inits = menu.addMenu(self.tr("Initialization"))
        for name, label in INIT_LABELS.items():
            action = QAction(label, inits, checkable=True, checked=name == layer.init)
            action.triggered.connect(lambda _=False, n=name: self.set_layer(index, init=n))
            inits.addAction(action)
        menu.addSeparator()
        menu.addAction(self._freeze_action(index, menu))
        menu.addAction(self.tr("Remove hidden layer {n}").format(n=index + 1), lambda: self.remove_layer(index))
        return menu

    def _freeze_action(self, position: int, parent) -> QAction:
        """Freeze (or unfreeze) layer ``position``: its weights and biases stop changing."""
        frozen = position in self.frozen
        text = self.tr("Unfreeze this layer") if frozen else self.tr("Freeze this layer (no more updates)")
        action = QAction(text, parent)
        action.triggered.connect(lambda: self.layer_freeze_requested.emit(position))
        return action

    def _switch_action(self, column: int, index: int, parent) -> QAction:
        off = [column - 1, index] in self.ablated
        name = self.neuron_name(column, index)
        text = (self.tr("Switch {name} back on") if off else self.tr("Switch {name} off")).format(name=name)
        action = QAction(text, parent)
        action.triggered.connect(lambda: self.neuron_switch_requested.emit(column - 1, index))
        return action

    # -- edits ---------------------------------------------------------------------------
    def _emit(self, hidden: list[LayerConfig], what: str) -> None:
        self.edit_requested.emit({"hidden": hidden}, what)

    def _hidden_copy(self) -> list[LayerConfig]:
        return [LayerConfig(**vars(layer)) for layer in self.layers_to_edit()]

    def add_layer(self) -> None:
        hidden = self._hidden_copy()
        if len(hidden) >= MAX_GUI_LAYERS:
            return
        hidden.append(LayerConfig(**vars(hidden[-1])) if hidden else LayerConfig())
        self._emit(hidden, self.tr("Add a hidden layer"))

    def remove_layer(self, index: int | None = None) -> None:
        hidden = self._hidden_copy()
        if not hidden:
            return
        index = len(hidden) - 1 if index is None or index is False else index
        hidden.pop(index)
        self._emit(hidden, self.tr("Remove hidden layer {n}").format(n=index + 1))

    def change_units(self, index: int, delta: int) -> None:
        hidden = self._hidden_copy()
        units = min(max(hidden[index].units + delta, 1), MAX_GUI_UNITS)
        if units != hidden[index].units:
            hidden[index].units = units
            self._emit(hidden, self.tr("Hidden layer {n}: {units} neurons").format(n=index + 1, units=units))

    def set_layer(self, index: int, **changes) -> None:
        hidden = self._hidden_copy()
        for key, value in changes.items():
            setattr(hidden[index], key, value)
        wordings = {"activation": self.tr("activation {name}"), "init": self.tr("initialization {name}")}
        names = {**INIT_LABELS, **ACTIVATION_LABELS}
        what = self.tr(", ").join(wordings[k].format(name=names.get(v, v)) for k, v in changes.items())
        self._emit(hidden, self.tr("Hidden layer {n}: {changes}").format(n=index + 1, changes=what))

    # -- geometry ------------------------------------------------------------------------
    def column_sizes(self) -> list[int]:
        outputs = self.weights[-1].shape[1] if self.weights else 1
        return [max(len(self.input_labels), 1)] + [h.units for h in self.hidden] + [outputs]

    def geometry_now(self) -> NetworkGeometry:
        return NetworkGeometry(self.column_sizes(), self.width(), self.height())

    def _weights_match(self, sizes: list[int]) -> bool:
        return [w.shape for w in self.weights] == list(zip(sizes[:-1], sizes[1:]))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_column_controls()
        self._make_thumbnails()

    def _place_column_controls(self) -> None:
        """Centre each hidden column's buttons over it.  Where columns are too close for the
        activation button, show only − and + (the right-click menu still has the rest); closer
        still, put every other column's buttons on a second row."""
        geometry = self.geometry_now()
        spacing = float(np.diff(geometry.column_x).min()) if len(geometry.column_x) > 1 else self.width()
        for index, box in enumerate(self._column_buttons):
            activation = box.findChild(QToolButton, "activation")
            activation.show()
            box.adjustSize()
            if box.width() > spacing - 4:
                activation.hide()
                box.adjustSize()
            second_row = box.width() > spacing - 4 and index % 2 == 1
            box.move(int(geometry.column_x[index + 1] - box.width() / 2), 34 + 24 * second_row)

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        geometry = self.geometry_now()
        state = self.state
        if not self._weights_match(geometry.sizes):  # a rebuild is on its way: draw no links
            state = DiagramState(input_labels=state.input_labels, selected=state.selected)
        painter = QPainter(self)
        raster = painter.paintEngine().type() == QPaintEngine.Raster  # an SVG export keeps vector links
        if not paint_diagram(painter, geometry, state, self.palette().color(self.foregroundRole()),
                             self.links if raster else None):
            QTimer.singleShot(int(1000 * LINK_INTERVAL), self.update)  # catch up once training rests
        painter.end()

    def neuron_name(self, column: int, index: int) -> str:
        return neuron_name(column, index, self.column_sizes(), self.input_labels)

    def _update_formula(self) -> None:
        selected, sizes = self.selected, self.column_sizes()
        if selected is None or not self._weights_match(sizes):
            self.state.formula = ""
        elif selected[0] == 0:
            self.state.formula = self.tr("{name}: an input feature, the same for every neuron it feeds").format(
                name=self.neuron_name(*selected))
        else:
            gap = selected[0] - 1
            self.state.formula = neuron_formula(*selected, sizes, self.input_labels, self.weights[gap],
                                                self.state.biases[gap], self.activations[gap])
        if selected is not None and self.sample is not None and self.state.formula:
            value = self.sample.columns[selected[0]][selected[1]]
            self.state.formula += self.tr("   → {value:.3f} for sample {sample}").format(
                value=value, sample=self.sample.index + 1)

    # -- interaction ---------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            point = event.position()
            geometry = self.geometry_now()
            hit = geometry.neuron_at(point.x(), point.y())
            link = None if hit or not self._weights_match(geometry.sizes) else \
                geometry.link_at(point.x(), point.y(), self.weights)
            if hit and event.modifiers() & Qt.ControlModifier and 0 < hit[0] < len(geometry.sizes) - 1:
                self.neuron_switch_requested.emit(hit[0] - 1, hit[1])
            elif link is not None:
                self._inspect_link(*link)
                self.edit_link(*link)
            else:
                self.select(None if hit == self.selected else hit)
                if self.selected is not None and self.selected[0] > 0:  # a neuron's bias and its sum
                    column, j = self.selected
                    self.inspect_requested.emit((column - 1, "b", j), f"b[{self.neuron_name(column, j)}]")
        super().mousePressEvent(event)

    def select(self, neuron: tuple[int, int] | None) -> None:
        self.state.selected = neuron
        self._update_formula()
        self.update()

    def link_name(self, gap: int, i: int, j: int) -> str:
        return f"w[{self.neuron_name(gap, i)} → {self.neuron_name(gap + 1, j)}]"

    def _inspect_link(self, gap: int, i: int, j: int) -> None:
        self.inspect_requested.emit((gap, "W", i * self.weights[gap].shape[1] + j), self.link_name(gap, i, j))

    def edit_link(self, gap: int, i: int, j: int) -> None:
        """Ask for a new value of w[i → j] and request it (the window pauses training)."""
        label = self.link_name(gap, i, j)
        value, ok = QInputDialog.getDouble(self, self.tr("Edit weight"), self.tr("New value of {weight}:").format(
                                               weight=label),
                                           float(self.weights[gap][i, j]), -WEIGHT_LIMIT, WEIGHT_LIMIT, 4)
        if ok:
            self.weight_edit_requested.emit(gap, i, j, value)

    def mouseMoveEvent(self, event) -> None:
        point = event.position()
        geometry = self.geometry_now()
        hit = geometry.neuron_at(point.x(), point.y()) or (-1, -1)
        if hit != self._hovered:
            self._hovered = hit
            self.neuron_hovered.emit(*hit)
        link = None if hit != (-1, -1) or not self._weights_match(geometry.sizes) else \
            geometry.link_at(point.x(), point.y(), self.weights)
        if link is not None:
            gap, i, j = link
            text = self.tr("w[{source} → {target}] = {value:.4g}\nClick to type a new value").format(
                source=self.neuron_name(gap, i), target=self.neuron_name(gap + 1, j), value=self.weights[gap][i, j])
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        elif hit != (-1, -1):
            QToolTip.showText(event.globalPosition().toPoint(), self._neuron_tip(*hit), self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def _neuron_tip(self, column: int, index: int) -> str:
        name = self.neuron_name(column, index)
        if self.sample is not None and column < len(self.sample.columns):
            return self.tr("{name} = {value:.4g} for sample {sample}").format(
                name=name, value=self.sample.columns[column][index], sample=self.sample.index + 1)
        if column == 0 or not self._weights_match(self.column_sizes()):
            return self.tr("{name} (click to highlight its links)").format(name=name)
        tip = self.tr("{name}: bias b = {value:.4g} (click to see its formula)").format(
            name=name, value=self.state.biases[column - 1][index])
        if [column - 1, index] in self.ablated:
            tip += "\n" + self.tr("Switched off: its output is 0 (Ctrl+click to switch it back on)")
        elif column < len(self.column_sizes()) - 1:
            tip += "\n" + self.tr("Ctrl+click (or right-click) to switch it off")
        return tip

    def leaveEvent(self, event) -> None:
        if self._hovered != (-1, -1):
            self._hovered = (-1, -1)
            self.neuron_hovered.emit(-1, -1)
        super().leaveEvent(event)

    def contextMenuEvent(self, event) -> None:
        geometry = self.geometry_now()
        column_x = geometry.column_x
        column = int(np.argmin(np.abs(column_x - event.pos().x())))
        menu = self._layer_menu(column - 1, self) if 0 < column < len(column_x) - 1 else QMenu(self)
        hit = geometry.neuron_at(event.pos().x(), event.pos().y())
        if hit and 0 < hit[0] < len(column_x) - 1:
            menu.insertAction(menu.actions()[0], self._switch_action(*hit, menu))
        elif column == len(column_x) - 1:
            menu.addAction(self._freeze_action(column - 1, menu))
        menu.addSeparator()
        menu.addActions(export_actions(self, "diagram"))
        menu.exec(event.globalPos())
