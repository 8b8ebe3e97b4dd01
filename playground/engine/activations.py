"""Activation functions and their derivatives, applied element-wise (softmax: per row).

Each activation maps pre-activations ``z`` to outputs ``a = f(z)`` and back-propagates
``dL/da`` into ``dL/dz``.  ``backward`` receives both ``z`` and ``a`` so each function can
use whichever makes its derivative cheapest.
"""
from __future__ import annotations

import numpy as np

from .registry import lookup


class Activation:
    name = ""
    label = ""

    def forward(self, z: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, z: np.ndarray, a: np.ndarray, grad_a: np.ndarray) -> np.ndarray:
        raise NotImplementedError


class Linear(Activation):
    """f(z) = z, f'(z) = 1."""

    name, label = "linear", "Linear"

    def forward(self, z):
        return z

    def backward(self, z, a, grad_a):
        return grad_a


class ReLU(Activation):
    """f(z) = max(0, z), f'(z) = 1 if z > 0 else 0."""

    name, label = "relu", "ReLU"

    def forward(self, z):
        return np.maximum(z, 0)

    def backward(self, z, a, grad_a):
        return grad_a * (z > 0)


class LeakyReLU(Activation):
    """f(z) = z if z > 0 else slope·z, f'(z) = 1 or slope (slope = 0.01)."""

    name, label = "leaky_relu", "Leaky ReLU"
    slope = 0.01

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

    def forward(self, z):
        return 0.5 * (1.0 + np.tanh(0.5 * z))

    def backward(self, z, a, grad_a):
        return grad_a * a * (1.0 - a)


class Tanh(Activation):
    """f(z) = tanh(z), f'(z) = 1 - tanh²(z)."""

    name, label = "tanh", "Tanh"

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
    return lookup(ACTIVATIONS, name, "activation")
