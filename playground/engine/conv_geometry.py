"""Where a convolution or pooling layer reads: the input window behind one output cell, and
the receptive field of a cell through a stack of image layers.  Plain NumPy, for the
step-through and feature-map views; the padding rule is the layers' own
(:func:`conv_layers.axis_padding`), so views and training never disagree.

A layer's window geometry is a :class:`Window`: output cell (r, c) reads the padded input's
rows r·s … r·s + k − 1 and columns c·s … c·s + k − 1, i.e. the unpadded rows
r·s − top … r·s − top + k − 1 (and the same for columns with ``left``).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .conv_layers import axis_padding


@dataclass(frozen=True)
class Window:
    """One image layer's reading pattern: window size k, stride s, padding before (top, left)."""

    k: int
    stride: int
    top: int = 0
    left: int = 0

    @classmethod
    def of(cls, kernel: int, stride: int, padding: str, input_shape: tuple) -> "Window":
        """The geometry of a layer with this kernel (or pool size), stride and padding
        ("valid" or "same") on inputs of ``input_shape`` (channels, height, width)."""
        _, h, w = input_shape
        return cls(kernel, stride, axis_padding(h, kernel, stride, padding)[0],
                   axis_padding(w, kernel, stride, padding)[0])

    @classmethod
    def of_layer(cls, layer) -> "Window":
        """The geometry of a convolution or pooling layer's snapshot (pooling pads nothing)."""
        if layer.kind == "conv2d":
            return cls.of(layer.kernel, layer.stride, layer.padding, layer.input_shape)
        return cls(layer.size, layer.stride)

    def rows(self, first: int, last: int) -> tuple[int, int]:
        """Unpadded input rows [start, stop) read by output rows first … last."""
        return first * self.stride - self.top, last * self.stride - self.top + self.k

    def columns(self, first: int, last: int) -> tuple[int, int]:
        return first * self.stride - self.left, last * self.stride - self.left + self.k


def receptive_field(windows: list[Window], shapes: list[tuple], row: int, col: int) -> list[tuple]:
    """The input box each earlier layer contributes to output cell (row, col) of the last of
    ``windows`` (image layers in network order, ``shapes[i]`` = (height, width) of layer i's
    input).  Returns one (top, bottom, left, right) box per layer input, half-open and
    clipped to that input, the network's input first."""
    boxes = []
    r0, r1, c0, c1 = row, row, col, col  # inclusive output rows and columns
    for window, (h, w) in zip(reversed(windows), reversed(shapes)):
        (top, bottom), (left, right) = window.rows(r0, r1), window.columns(c0, c1)
        top, bottom, left, right = max(top, 0), min(bottom, h), max(left, 0), min(right, w)
        boxes.append((top, bottom, left, right))
        r0, r1, c0, c1 = top, bottom - 1, left, right - 1
    return boxes[::-1]


def padded(x: np.ndarray, window: Window, out_shape: tuple) -> np.ndarray:
    """Input maps (channels, h, w) with the zero padding the layer adds around them, so that
    every window of ``out_shape`` (height, width) lies inside."""
    _, h, w = x.shape
    ho, wo = out_shape
    bottom = max((ho - 1) * window.stride + window.k - h - window.top, 0)
    right = max((wo - 1) * window.stride + window.k - w - window.left, 0)
    return np.pad(x, ((0, 0), (window.top, bottom), (window.left, right)))


def conv_cell(x_padded: np.ndarray, kernels: np.ndarray, bias: np.ndarray, window: Window, f: int,
              row: int, col: int) -> tuple[np.ndarray, np.ndarray, float]:
    """Output cell (row, col) of filter f, spelled out: the window of the padded input
    (channels, k, k), the element-wise products window ⊙ K[f], and the pre-activation
    z = Σ products + b[f]."""
    r, c = row * window.stride, col * window.stride
    patch = x_padded[:, r:r + window.k, c:c + window.k]
    products = patch * kernels[f]
    return patch, products, float(products.sum() + bias[f])
