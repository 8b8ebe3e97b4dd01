"""The 2-D pictures the weight heatmaps draw, taken from a typed snapshot by layer kind:
dense W (n_in × n_out) with its bias; recurrent W_xh and W_hh (with the bias under W_hh, the
columns it feeds); convolution kernels unrolled to (in_channels·k·k) × filters, so rows are
inputs and columns outputs everywhere.  Plain NumPy: no widgets here."""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication

from ...engine.snapshots import ConvSnapshot, DenseSnapshot, RecurrentSnapshot, Snapshot
from ..labels import neuron_name

MAX_LEVEL = 1e30  # colour limits and drawn values stay below this: pyqtgraph's scaling overflows near 1e308


@dataclass
class Matrix:
    """One picture: ``values`` (rows = inputs, columns = outputs), optional ``bias`` under
    the columns, a title ("W1 (2×3)"), the names of rows and columns, and the names used in
    the hover readout ("W1" for a weight, "b1" for the bias).  ``source`` is where the
    pictured weights live in the network: (layer index, parameter name, whether the picture
    is the parameter's rows and columns swapped, as a convolution's kernels are)."""

    layer: str
    title: str
    values: np.ndarray
    bias: np.ndarray | None
    row_labels: list
    column_labels: list
    weight_name: str
    bias_name: str
    source: tuple = ()  # () for a picture that is no parameter (a confusion matrix, products)

    def parameter_at(self, row: int, column: int) -> tuple[int, str, int]:
        """(layer index, parameter name, flat index in that parameter) of a drawn cell; the
        row below the matrix is the bias."""
        layer, param, swapped = self.source
        if row == self.values.shape[0]:
            return layer, "b", column
        rows, columns = self.values.shape
        return (layer, param, column * rows + row) if swapped else (layer, param, row * columns + column)


def _dense_sizes(snapshot: Snapshot) -> list[int] | None:
    """Neuron counts per drawn column when the network is a plain stack of dense layers."""
    layers = snapshot.weighted_layers()
    if not layers or not all(isinstance(l, DenseSnapshot) for l in layers) or snapshot.layers_of("flatten"):
        return None
    return [layers[0].W.value.shape[0]] + [l.W.value.shape[1] for l in layers]


def _shape(a: np.ndarray) -> str:
    return "×".join(str(n) for n in a.shape)


def matrices_of(snapshot: Snapshot | None, what: str, input_labels: list[str]) -> list[Matrix]:
    """Every weight matrix of ``snapshot``; ``what`` is a Param field ("value",
    "last_update", "since_init", "grad")."""
    if snapshot is None:
        return []
    sizes, out = _dense_sizes(snapshot), []
    for k, layer in enumerate(snapshot.weighted_layers(), start=1):
        if isinstance(layer, DenseSnapshot):
            w = layer.W.get(what)
            if sizes is not None:
                rows = [neuron_name(k - 1, i, sizes, input_labels) for i in range(w.shape[0])]
                cols = [neuron_name(k, j, sizes, input_labels) for j in range(w.shape[1])]
            else:
                rows, cols = [f"x{i + 1}" for i in range(w.shape[0])], [f"{layer.name}.{j + 1}" for j in range(w.shape[1])]
            out.append(Matrix(layer.name, f"W{k} ({_shape(w)})", w, layer.b.get(what), rows, cols, f"W{k}", f"b{k}",
                              (layer.index, "W", False)))
        elif isinstance(layer, RecurrentSnapshot):
            w_xh, w_hh = layer.W_xh.get(what), layer.W_hh.get(what)
            hidden = [f"h{j + 1}" for j in range(w_hh.shape[1])]
            out.append(Matrix(layer.name, f"{layer.name} W_xh ({_shape(w_xh)})", w_xh, None,
                              [f"x{i + 1}" for i in range(w_xh.shape[0])], hidden, f"{layer.name} W_xh", "",
                              (layer.index, "W_xh", False)))
            out.append(Matrix(layer.name, f"{layer.name} W_hh ({_shape(w_hh)})", w_hh, layer.b.get(what),
                              hidden, hidden, f"{layer.name} W_hh", f"{layer.name} b",
                              (layer.index, "W_hh", False)))
        elif isinstance(layer, ConvSnapshot):
            kernels = layer.kernels.get(what)  # (filters, channels, k, k)
            filters, channels, kh, kw = kernels.shape
            w = kernels.reshape(filters, -1).T
            rows = [(f"c{c + 1} " if channels > 1 else "") + f"({r + 1},{s + 1})"
                    for c in range(channels) for r in range(kh) for s in range(kw)]
            title = QCoreApplication.translate("WeightMatrices", "{layer} kernels ({channels}·{kh}·{kw}×{filters})")
            title = title.format(layer=layer.name, channels=channels, kh=kh, kw=kw, filters=filters)
            out.append(Matrix(layer.name, title, w, layer.b.get(what), rows, [f"f{j + 1}" for j in range(filters)],
                              f"{layer.name} kernels", f"{layer.name} b", (layer.index, "W", True)))
    return out


def finite_limit(*arrays: np.ndarray) -> float:
    """Largest finite |value| of the arrays, at most MAX_LEVEL (0 when none is finite)."""
    largest = 0.0
    for a in arrays:
        if a is not None and a.size:
            with np.errstate(all="ignore"):
                finite = np.abs(a[np.isfinite(a)])
            if finite.size:
                largest = max(largest, float(finite.max()))
    return min(largest, MAX_LEVEL)


def drawable(a: np.ndarray, limit: float) -> np.ndarray:
    """``a`` with NaN → 0 and everything clipped to ±limit, safe for ImageItem and its levels."""
    return np.clip(np.nan_to_num(np.asarray(a, dtype=np.float64), nan=0.0, posinf=limit, neginf=-limit),
                   -limit, limit)


def cell_decimals(limit: float) -> int:
    """Decimals that give the largest value of a colour range of ±``limit`` two significant
    digits: 2 for weights around 1, 4 for updates around 0.002 (which two would show as 0.00)."""
    if not np.isfinite(limit) or limit <= 0:
        return 2
    return int(np.clip(1 - np.floor(np.log10(limit)), 2, 6))


def cell_text(value: float, decimals: int = 2) -> str:
    """A cell's number, never "-0.00"; huge values in scientific notation."""
    if math.isnan(value):  # math, not NumPy: called for every cell of every frame
        return "NaN"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if abs(value) >= 1e4:
        return f"{value:.0e}"
    text = f"{value:.{decimals}f}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text
