"""Image layers: Conv2D, MaxPool2D, AvgPool2D and Flatten.  Arrays are (batch, channels,
height, width); shapes given to ``build`` exclude the batch axis.

Everything is vectorized with ``sliding_window_view`` and one matrix product; the only
Python loops run over the k×k offsets inside a kernel or pooling window, never over pixels.
"""
from __future__ import annotations

import math

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from .errors import ConfigError
from .layers import Layer, ParamSpec

PADDINGS = ("valid", "same")


def _padding(size: int, k: int, stride: int, mode: str) -> tuple[int, int, int]:
    """(pad before, pad after, output size) along one axis."""
    if mode == "valid":
        if size < k:
            raise ConfigError(code="kernel_does_not_fit", kernel=k, size=size)
        return 0, 0, (size - k) // stride + 1
    out = math.ceil(size / stride)
    total = max((out - 1) * stride + k - size, 0)
    return total // 2, total - total // 2, out


def _windows(x: np.ndarray, k: int, stride: int) -> np.ndarray:
    """(B, C, Ho, Wo, k, k) read-only view of every k×k window at the given stride."""
    return sliding_window_view(x, (k, k), axis=(2, 3))[:, :, ::stride, ::stride]


def _scatter_windows(grad_windows: np.ndarray, shape: tuple, k: int, stride: int) -> np.ndarray:
    """The adjoint of :func:`_windows`: add each window's gradient back where it was read.
    ``grad_windows`` is (B, C, Ho, Wo, k, k); returns an array of ``shape`` (B, C, H, W)."""
    out = np.zeros(shape, dtype=grad_windows.dtype)
    ho, wo = grad_windows.shape[2:4]
    for i in range(k):
        for j in range(k):
            out[:, :, i:i + stride * ho:stride, j:j + stride * wo:stride] += grad_windows[..., i, j]
    return out


class Conv2D(Layer):
    """a = f(z), z[b, f] = Σ_c K[f, c] ⋆ x[b, c] + bias[f]  (cross-correlation, as in every
    deep-learning library), kernels K of shape (out_channels, in_channels, k, k).

    With the windows of x flattened to columns X (B·Ho·Wo, C·k·k) and K to a matrix
    Kₘ (F, C·k·k): Z = X Kₘᵀ + b, so dL/dKₘ = Gᵀ X, dL/db = Σ G, dL/dX = G Kₘ (then added
    back into the image window by window).  The parameter count, F·C·k·k + F, does not
    depend on the image size: the weights are shared across positions.
    """

    kind = "conv2d"

    def __init__(self, filters: int, kernel: int = 3, stride: int = 1, padding: str = "valid",
                 activation: str = "relu", **init):
        super().__init__(activation, **init)
        if padding not in PADDINGS:
            raise ConfigError(code="not_one_of", what="padding", choices=", ".join(PADDINGS), value=padding)
        if min(filters, kernel, stride) < 1:
            raise ConfigError(code="conv_sizes")
        self.filters, self.kernel, self.stride, self.padding = int(filters), int(kernel), int(stride), padding

    def build(self, input_shape):
        if len(input_shape) != 3:
            raise ConfigError(code="needs_images", layer="a convolution")
        self.input_shape = tuple(input_shape)
        c, h, w = input_shape
        self._pads = [_padding(n, self.kernel, self.stride, self.padding) for n in (h, w)]
        self.output_shape = (self.filters, self._pads[0][2], self._pads[1][2])
        return self.output_shape

    def param_specs(self):
        c, k, f = self.input_shape[0], self.kernel, self.filters
        return [ParamSpec("W", (f, c, k, k), "weight", c * k * k, f * k * k),
                ParamSpec("b", (f,), "bias", c * k * k, f * k * k)]

    def values_per_sample(self):
        c, (_, ho, wo) = self.input_shape[0], self.output_shape
        return super().values_per_sample() + ho * wo * c * self.kernel ** 2  # + the im2col columns

    def forward(self, x):
        (top, bottom, ho), (left, right, wo) = self._pads
        self.x_shape = x.shape
        xp = np.pad(x, ((0, 0), (0, 0), (top, bottom), (left, right))) if top + bottom + left + right else x
        self.padded_shape = xp.shape
        windows = _windows(xp, self.kernel, self.stride)[:, :, :ho, :wo]
        self.cols = windows.transpose(0, 2, 3, 1, 4, 5).reshape(x.shape[0] * ho * wo, -1)
        z = self.cols @ self.params["W"].reshape(self.filters, -1).T + self.params["b"]
        self.z = z.reshape(x.shape[0], ho, wo, self.filters).transpose(0, 3, 1, 2)
        self.a = self.activation.forward(self.z)
        return self.a

    def backward(self, grad, preactivation=False):
        g = grad if preactivation else self.activation.backward(self.z, self.a, grad)
        g2 = g.transpose(0, 2, 3, 1).reshape(-1, self.filters)
        self.grads["W"][...] = (g2.T @ self.cols).reshape(self.grads["W"].shape)
        g2.sum(axis=0, out=self.grads["b"])
        if not self.need_input_grad:
            return None
        b, (top, _, ho), (left, _, wo) = g.shape[0], *self._pads
        c, k = self.input_shape[0], self.kernel
        dcols = (g2 @ self.params["W"].reshape(self.filters, -1)).reshape(b, ho, wo, c, k, k)
        dxp = _scatter_windows(dcols.transpose(0, 3, 1, 2, 4, 5), self.padded_shape, k, self.stride)
        return dxp[:, :, top:top + self.x_shape[2], left:left + self.x_shape[3]]

    def config(self):
        return {**super().config(), "filters": self.filters, "kernel": self.kernel,
                "stride": self.stride, "padding": self.padding}


class _Pool2D(Layer):
    def __init__(self, size: int = 2, stride: int | None = None):
        super().__init__("linear")
        self.size, self.stride = int(size), int(stride or size)
        if min(self.size, self.stride) < 1:
            raise ConfigError(code="pool_sizes")

    def build(self, input_shape):
        if len(input_shape) != 3:
            raise ConfigError(code="needs_images", layer="pooling")
        c, h, w = input_shape
        self.input_shape = tuple(input_shape)
        self.output_shape = (c, _padding(h, self.size, self.stride, "valid")[2],
                             _padding(w, self.size, self.stride, "valid")[2])
        return self.output_shape

    def config(self):
        return {"kind": self.kind, "size": self.size, "stride": self.stride}


class MaxPool2D(_Pool2D):
    """a = the maximum of each size×size window; the gradient goes to that maximum only
    (the first one, when a window holds ties)."""

    kind = "maxpool2d"

    def forward(self, x):
        _, ho, wo = self.output_shape
        windows = _windows(x, self.size, self.stride)[:, :, :ho, :wo]
        flat = windows.reshape(*windows.shape[:4], -1)
        self.argmax = flat.argmax(axis=-1)
        self.x_shape = x.shape
        self.z = self.a = np.take_along_axis(flat, self.argmax[..., None], axis=-1)[..., 0]
        return self.a

    def backward(self, grad, preactivation=False):
        p = self.size
        one_hot = self.argmax[..., None] == np.arange(p * p)
        routed = (one_hot * grad[..., None]).reshape(*grad.shape, p, p)
        return _scatter_windows(routed, self.x_shape, p, self.stride)


class AvgPool2D(_Pool2D):
    """a = the mean of each size×size window; each input gets grad / size² per window."""

    kind = "avgpool2d"

    def forward(self, x):
        _, ho, wo = self.output_shape
        self.x_shape = x.shape
        self.z = self.a = _windows(x, self.size, self.stride)[:, :, :ho, :wo].mean(axis=(-2, -1))
        return self.a

    def backward(self, grad, preactivation=False):
        p = self.size
        spread = np.broadcast_to((grad / (p * p))[..., None, None], (*grad.shape, p, p))
        return _scatter_windows(spread, self.x_shape, p, self.stride)


class Flatten(Layer):
    """(B, C, H, W) → (B, C·H·W), so dense layers can follow image layers."""

    kind = "flatten"

    def __init__(self):
        super().__init__("linear")

    def build(self, input_shape):
        self.input_shape = tuple(input_shape)
        self.output_shape = (int(np.prod(input_shape)),)
        return self.output_shape

    def forward(self, x):
        self.x_shape = x.shape
        self.z = self.a = x.reshape(x.shape[0], -1)
        return self.a

    def backward(self, grad, preactivation=False):
        return grad.reshape(self.x_shape)

    def config(self):
        return {"kind": self.kind}
