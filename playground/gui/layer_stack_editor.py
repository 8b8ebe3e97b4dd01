"""The layer stack of a network for images or sequences, shown instead of the dense diagram.

One row per hidden layer (kind, units or filters, kernel, stride, padding, activation, return
sequences, BPTT truncation) with buttons to move or remove it, and the shapes the samples take
on their way through ("8×8×1 → 8×8×8 → 4×4×8 → 128 → 10"), read from the running network.
Every change is an intent (``edit_requested``): the rows are rebuilt from what the engine
confirmed, so a refused stack puts the widgets back by itself.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QSpinBox, QToolButton, QVBoxLayout, QWidget)

from ..engine.activations import HIDDEN_ACTIVATIONS
from ..engine.config import MAX_HIDDEN_LAYERS, Config, LayerConfig
from ..engine.errors import EngineError
from ..engine.experiment import planned_layers
from .form_widgets import make_combo
from .labels import ACTIVATION_LABELS

KINDS = {"conv2d": QT_TRANSLATE_NOOP("LayerStackEditor", "Convolution"),
         "maxpool2d": QT_TRANSLATE_NOOP("LayerStackEditor", "Max pooling"),
         "avgpool2d": QT_TRANSLATE_NOOP("LayerStackEditor", "Average pooling"),
         "flatten": QT_TRANSLATE_NOOP("LayerStackEditor", "Flatten"),
         "simple_rnn": QT_TRANSLATE_NOOP("LayerStackEditor", "Recurrent"),
         "dense": QT_TRANSLATE_NOOP("LayerStackEditor", "Dense")}
PADDING_NAMES = {"valid": QT_TRANSLATE_NOOP("LayerStackEditor", "valid"),
                 "same": QT_TRANSLATE_NOOP("LayerStackEditor", "same")}
# which settings each kind uses (the rest are shown disabled)
USES = {"conv2d": {"units", "kernel", "stride", "padding", "activation"}, "maxpool2d": {"kernel", "stride"},
        "avgpool2d": {"kernel", "stride"}, "flatten": set(), "dense": {"units", "activation"},
        "simple_rnn": {"units", "activation", "return_sequences", "bptt"}}
# column key → header; a column no layer of the stack uses is hidden
COLUMNS = {"buttons": "", "kind": QT_TRANSLATE_NOOP("LayerStackEditor", "Layer"),
           "shape": QT_TRANSLATE_NOOP("LayerStackEditor", "Shape"),
           "units": QT_TRANSLATE_NOOP("LayerStackEditor", "Units"),
           "kernel": QT_TRANSLATE_NOOP("LayerStackEditor", "Kernel"),
           "stride": QT_TRANSLATE_NOOP("LayerStackEditor", "Stride"),
           "padding": QT_TRANSLATE_NOOP("LayerStackEditor", "Padding"),
           "activation": QT_TRANSLATE_NOOP("LayerStackEditor", "Activation"),
           "return_sequences": QT_TRANSLATE_NOOP("LayerStackEditor", "All steps"),
           "bptt": QT_TRANSLATE_NOOP("LayerStackEditor", "BPTT")}
ALWAYS = {"buttons", "kind", "shape"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("LayerStackEditor", text)


def new_layer(kind: str) -> LayerConfig:
    """A fresh layer of ``kind`` with the settings it usually starts with."""
    if kind == "conv2d":
        return LayerConfig.conv(8, 3, padding="same")
    if kind in ("maxpool2d", "avgpool2d"):
        return LayerConfig.pool(2, kind)
    if kind == "simple_rnn":
        return LayerConfig.rnn(16)
    if kind == "flatten":
        return LayerConfig(kind="flatten")
    return LayerConfig(16, "relu", "he_normal")


def shape_text(shape: tuple) -> str:
    """(channels, height, width) as "height×width×channels", as the texts write images;
    other shapes as they are."""
    if len(shape) == 3:
        shape = (shape[1], shape[2], shape[0])
    return "×".join(str(n) for n in shape)


def layer_shapes(hidden: list[LayerConfig], layers: list) -> list[tuple] | None:
    """The output shape of each configured hidden layer, from the engine's layers (which also
    hold the Flatten layers it adds before a dense layer); None if they do not match."""
    shapes, rest = [], list(layers)
    for spec in hidden:
        while rest and rest[0].kind == "flatten" and spec.kind != "flatten":
            rest.pop(0)
        if not rest or rest[0].kind != spec.kind:
            return None
        shapes.append(tuple(rest.pop(0).output_shape))
    return shapes


class LayerStackEditor(QWidget):
    edit_requested = Signal(dict, str)  # {"hidden": [LayerConfig…]}, what changed (for the undo stack)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hidden: list[LayerConfig] = []
        self.layers_to_edit: Callable[[], list[LayerConfig]] = lambda: self.hidden
        self.shapes_label = QLabel()
        self.shapes_label.setAccessibleName(self.tr("Shapes through the network"))
        self.shapes_label.setToolTip(self.tr("The shape of one sample after each layer: height×width×channels "
                                             "for images, time steps×features for sequences"))
        self.shapes_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.add_kind = make_combo({k: _tr(v) for k, v in KINDS.items()}, self.tr("The kind of layer to add"),
                                   self.tr("Kind of the new layer"))
        self.add_button = QPushButton(self.tr("Add layer"))
        self.add_button.setAccessibleName(self.tr("Add layer"))
        self.add_button.setToolTip(self.tr("Add a layer of the chosen kind before the output layer"))
        self.add_button.clicked.connect(self.add_layer)
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setHorizontalSpacing(4)  # every column fits beside the docks at 1280×800
        self.output_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Hidden layers")))
        top.addStretch()
        top.addWidget(self.add_kind)
        top.addWidget(self.add_button)
        scroll = QScrollArea()
        scroll.setWidget(self.rows)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.shapes_label)
        layout.addWidget(scroll, 1)
        self._row_widgets: list[dict[str, QWidget]] = []
        self._headers: dict[str, QLabel] = {}
        self._layers = []  # what the configuration builds (planned by the engine), for the shapes
        self._edited = False  # a widget may show an edit the engine has not confirmed

    # -- model → view --------------------------------------------------------------------
    def set_config(self, config: Config) -> None:
        """Show the running layers (a refused edit comes back here as the old layers)."""
        if config.hidden == self.hidden and self._row_widgets and not self._edited:
            return  # a live change (rates, optimizer): the rows stay as they are
        self._edited = False
        self.hidden = [LayerConfig(**vars(layer)) for layer in config.hidden]
        first = {"image": "conv2d", "sequence": "simple_rnn"}.get(config.data_kind, "dense")
        self.add_kind.setCurrentIndex(self.add_kind.findData(first))  # what fits the samples first
        self._rebuild_rows()
        self.add_button.setEnabled(len(self.hidden) < MAX_HIDDEN_LAYERS)
        try:
            self._layers = planned_layers(config) if config.shaped else []
        except EngineError:  # the engine refuses such a stack, and says why in the message bar
            self._layers = []
        self._show_shapes()

    def _show_shapes(self) -> None:
        layers = self._layers
        shapes = layer_shapes(self.hidden, layers) if layers else None
        if shapes is None:
            self.shapes_label.setText(self.tr("Shapes: —"))
            return
        chain = [shape_text(layers[0].input_shape), *(shape_text(s) for s in shapes),
                 shape_text(layers[-1].output_shape)]
        self.shapes_label.setText(self.tr("Shapes: {chain}").format(chain=" → ".join(chain)))
        for row, shape in zip(self._row_widgets, shapes):
            row["shape"].setText(shape_text(shape))

    def _rebuild_rows(self) -> None:
        for row in self._row_widgets:
            for widget in row.values():
                self.grid.removeWidget(widget)
                widget.setParent(None)  # gone at once for a screen reader (and tests), deleted later
                widget.deleteLater()
        self._row_widgets = []
        if not self.grid.count():
            self._headers = {key: QLabel("<b>{}</b>".format(_tr(text))) for key, text in COLUMNS.items()}
            for column, label in enumerate(self._headers.values()):
                self.grid.addWidget(label, 0, column)
        used = ALWAYS.union(*(USES[layer.kind] for layer in self.hidden))
        for index, layer in enumerate(self.hidden):
            widgets = self._row(index, layer)
            for column, key in enumerate(COLUMNS):
                self.grid.addWidget(widgets[key], index + 1, column)
                widgets[key].setVisible(key in used)
            self._row_widgets.append(widgets)
        for key, label in self._headers.items():
            label.setVisible(key in used)
        self.grid.setRowStretch(len(self.hidden) + 1, 1)
        self.grid.setColumnStretch(len(COLUMNS), 1)

    # -- one row -------------------------------------------------------------------------
    def _row(self, index: int, layer: LayerConfig) -> dict[str, QWidget]:
        n = index + 1
        uses = USES[layer.kind]
        kind = make_combo({k: _tr(v) for k, v in KINDS.items()}, self.tr("What this layer does"),
                          self.tr("Layer {n} kind").format(n=n))
        kind.setCurrentIndex(kind.findData(layer.kind))
        kind.activated.connect(lambda _, i=index, c=kind: self.set_kind(i, c.currentData()))
        units = self._spin(index, "units", layer.units, 1, 256 if layer.kind == "conv2d" else 1024,
                           self.tr("Filters (convolution), neurons (dense) or hidden units (recurrent)"),
                           self.tr("Layer {n} units").format(n=n))
        kernel = self._spin(index, "kernel", layer.kernel, 1, 15, self.tr("Kernel or pooling window size"),
                            self.tr("Layer {n} kernel").format(n=n))
        stride = self._spin(index, "stride", layer.stride, 1, 8, self.tr("How far the window moves each step"),
                            self.tr("Layer {n} stride").format(n=n))
        padding = make_combo({k: _tr(v) for k, v in PADDING_NAMES.items()},
                             self.tr("same: zeros around the image keep its size; valid: no padding"),
                             self.tr("Layer {n} padding").format(n=n))
        padding.setCurrentIndex(padding.findData(layer.padding))
        padding.view().setMinimumWidth(padding.view().sizeHintForColumn(0) + 8)  # the list as wide as its items
        padding.activated.connect(lambda _, i=index, c=padding: self.set_layer(i, padding=c.currentData()))
        activation = make_combo({k: ACTIVATION_LABELS[k] for k in HIDDEN_ACTIVATIONS},
                                self.tr("The function applied to each output"), self.tr("Layer {n} activation").format(n=n))
        activation.setCurrentIndex(activation.findData(layer.activation))
        activation.activated.connect(lambda _, i=index, c=activation: self.set_layer(i, activation=c.currentData()))
        for combo, letters in ((kind, 7), (padding, 3), (activation, 4)):  # narrow: the list opens in full
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
        sequences = QCheckBox()
        sequences.setChecked(layer.return_sequences)
        sequences.setAccessibleName(self.tr("Layer {n} returns sequences").format(n=n))
        sequences.setToolTip(self.tr("Pass on the hidden state of every time step (needed below another "
                                     "recurrent layer), not only the last"))
        sequences.toggled.connect(lambda on, i=index: self.set_layer(i, return_sequences=on))
        bptt = self._spin(index, "bptt", layer.bptt, 0, 1000, self.tr("Backpropagate through at most this many "
                                                                       "time steps (0: all)"),
                          self.tr("Layer {n} BPTT steps").format(n=n))
        for key, widget in (("units", units), ("kernel", kernel), ("stride", stride), ("padding", padding),
                            ("activation", activation), ("return_sequences", sequences), ("bptt", bptt)):
            widget.setEnabled(key in uses)
        shape = QLabel()
        shape.setAccessibleName(self.tr("Layer {n} output shape").format(n=n))
        return {"buttons": self._buttons(index), "kind": kind, "shape": shape, "units": units, "kernel": kernel,
                "stride": stride, "padding": padding, "activation": activation, "return_sequences": sequences,
                "bptt": bptt}

    def _spin(self, index, key, value, low, high, tip, name) -> QSpinBox:
        spin = QSpinBox(minimum=low, maximum=high, keyboardTracking=False)
        spin.setValue(value)
        spin.setToolTip(tip)
        spin.setAccessibleName(name)
        spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance("000") + 34)
        spin.valueChanged.connect(lambda v, i=index, k=key: self.set_layer(i, **{k: v}))
        return spin

    def _buttons(self, index: int) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        n = index + 1
        for text, tip, name, slot, enabled in (
                ("↑", self.tr("Move this layer up"), self.tr("Move layer {n} up"), lambda: self.move_layer(index, -1),
                 index > 0),
                ("↓", self.tr("Move this layer down"), self.tr("Move layer {n} down"),
                 lambda: self.move_layer(index, 1), index < len(self.hidden) - 1),
                ("✕", self.tr("Remove this layer"), self.tr("Remove layer {n}"), lambda: self.remove_layer(index),
                 True)):
            button = QToolButton()
            button.setAutoRaise(True)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(name.format(n=n))
            button.setEnabled(enabled)
            button.clicked.connect(slot)
            row.addWidget(button)
        return box

    # -- intents -------------------------------------------------------------------------
    def _copy(self) -> list[LayerConfig]:
        self._edited = True
        return [LayerConfig(**vars(layer)) for layer in self.layers_to_edit()]

    def add_layer(self) -> None:
        hidden = self._copy()
        kind = self.add_kind.currentData()
        hidden.append(new_layer(kind))
        self.edit_requested.emit({"hidden": hidden}, self.tr("Add a {kind} layer").format(kind=_tr(KINDS[kind])))

    def remove_layer(self, index: int) -> None:
        hidden = self._copy()
        del hidden[index]
        self.edit_requested.emit({"hidden": hidden}, self.tr("Remove layer {n}").format(n=index + 1))

    def move_layer(self, index: int, offset: int) -> None:
        hidden = self._copy()
        hidden.insert(index + offset, hidden.pop(index))
        self.edit_requested.emit({"hidden": hidden}, self.tr("Move layer {n}").format(n=index + 1))

    def set_kind(self, index: int, kind: str) -> None:
        hidden = self._copy()
        if hidden[index].kind != kind:
            hidden[index] = new_layer(kind)
            self.edit_requested.emit({"hidden": hidden}, self.tr("Layer {n}: {kind}").format(
                n=index + 1, kind=_tr(KINDS[kind])))

    def set_layer(self, index: int, **changes) -> None:
        hidden = self._copy()
        for key, value in changes.items():
            setattr(hidden[index], key, value)
            if key == "kernel" and hidden[index].kind in ("maxpool2d", "avgpool2d"):
                hidden[index].stride = value  # pooling windows do not overlap unless asked
        self.edit_requested.emit({"hidden": hidden}, self.tr("Layer {n} settings").format(n=index + 1))
