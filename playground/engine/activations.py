"""Activation functions and their derivatives, applied element-wise (softmax: per row).

Each activation maps pre-activations ``z`` to outputs ``a = f(z)`` and back-propagates
``dL/da`` into ``dL/dz``.  ``backward`` receives both ``z`` and ``a`` so each function can
use whichever makes its derivative cheapest.

The registry entry is the one place that knows an activation: its display name
(``label``), the formula a person reads (``formula``, ``derivative``), and the NumPy
expression of ``z`` an exported script uses (``code``, plus ``code_helper`` lines it needs).
"""
from __future__ import annotations

import numpy as np

from .registry import lookup


LEAKY_SLOPE = 0.01  # the leaky ReLU's slope for z <= 0, everywhere it is used or shown


class Activation:
    """One activation ``a = f(z)``.

    Attributes
    ----------
    name : str
        Registry key, stored in session files.
    label : str
        Display name (English; the GUI translates it).
    formula, derivative : str
        ``f(z)`` and ``f'(z)`` as a person reads them, e.g. ``"a = max(0, z)"``.
    code : str
        The same function as a NumPy expression of ``z``, for exported scripts.
    code_helper : tuple of str
        Source lines the expression needs defined first (empty for most).
    """

    name = ""
    label = ""
    formula = ""
    derivative = ""
    code = ""
    code_helper: tuple[str, ...] = ()

    def forward(self, z: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, z: np.ndarray, a: np.ndarray, grad_a: np.ndarray) -> np.ndarray:
        raise NotImplementedError


class Linear(Activation):
    """f(z) = z, f'(z) = 1."""

    name, label = "linear", "Linear"
    formula, derivative, code = "a = z", "f'(z) = 1", "z"

    def forward(self, z):
        return z

    def backward(self, z, a, grad_a):
        return grad_a


class ReLU(Activation):
    """f(z) = max(0, z), f'(z) = 1 if z > 0 else 0."""

    name, label = "relu", "ReLU"
    formula, derivative, code = "a = max(0, z)", "f'(z) = 1 if z > 0 else 0", "np.maximum(z, 0.0)"

    def forward(self, z):
        return np.maximum(z, 0)

    def backward(self, z, a, grad_a):
        return grad_a * (z > 0)


class LeakyReLU(Activation):
    """f(z) = z if z > 0 else s·z, f'(z) = 1 if z > 0 else s, with s = ``LEAKY_SLOPE`` (0.01)."""

    name, label = "leaky_relu", "Leaky ReLU"
    slope = LEAKY_SLOPE
    formula = f"a = max({LEAKY_SLOPE:g}·z, z)"
    derivative = f"f'(z) = 1 if z > 0 else {LEAKY_SLOPE:g}"
    code = f"np.where(z > 0, z, {LEAKY_SLOPE!r} * z)"

    def forward(self, z):
        return np.where(z > 0, z, self.slope * z)

    def backward(self, z, a, grad_a):
        return grad_a * np.where(z > 0, 1.0, self.slope).astype(z.dtype, copy=False)


class Sigmoid(Activation):
    """f(z) = 1 / (1 + e^-z), f'(z) = f(z)(1 - f(z)).

    Computed as (1 + tanh(z/2)) / 2, which equals the sigmoid exactly and never overflows
    for large |z|.
    """

    name, label = "sigmoid", "Sigmoid"
    formula, derivative = "a = σ(z) = 1/(1+e⁻ᶻ)", "f'(z) = σ(z)(1 − σ(z))"
    code = "0.5 * (1.0 + np.tanh(0.5 * z))"  # = 1 / (1 + e^-z), without overflow

    def forward(self, z):
        return 0.5 * (1.0 + np.tanh(0.5 * z))

    def backward(self, z, a, grad_a):
        return grad_a * a * (1.0 - a)


class Tanh(Activation):
    """f(z) = tanh(z), f'(z) = 1 - tanh²(z)."""

    name, label = "tanh", "Tanh"
    formula, derivative, code = "a = tanh(z)", "f'(z) = 1 − tanh²(z)", "np.tanh(z)"

    def forward(self, z):
        return np.tanh(z)

    def backward(self, z, a, grad_a):
        return grad_a * (1.0 - a * a)


class Softmax(Activation):
    """f(z)_j = e^(z_j - max z) / Σ_k e^(z_k - max z) over the last axis.

    Backward is the vector-Jacobian product dL/dz_j = a_j (g_j - Σ_k g_k a_k).
    Subtracting the row maximum keeps it stable for any z.
    """

    name, label = "softmax", "Softmax"
    formula, derivative, code = "a = softmax(z)", "∂aⱼ/∂zₖ = aⱼ(δⱼₖ − aₖ)", "softmax(z)"
    code_helper = ("def softmax(z):", "    e = np.exp(z - z.max(axis=-1, keepdims=True))",
                   "    return e / e.sum(axis=-1, keepdims=True)")

    def forward(self, z):
        e = np.exp(z - z.max(axis=-1, keepdims=True))
        return e / e.sum(axis=-1, keepdims=True)

    def backward(self, z, a, grad_a):
        return a * (grad_a - (grad_a * a).sum(axis=-1, keepdims=True))


ACTIVATIONS: dict[str, Activation] = {
    cls.name: cls() for cls in (Linear, ReLU, LeakyReLU, Sigmoid, Tanh, Softmax)
}
HIDDEN_ACTIVATIONS = ("linear", "relu", "leaky_relu", "sigmoid", "tanh")


def get_activation(name: str) -> Activation:
    """The registered activation called ``name``; an unknown name is a ConfigError."""
    return lookup(ACTIVATIONS, name, "activation")
