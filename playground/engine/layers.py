"""Layers: the common interface, and the dense (fully connected) layer.

A layer declares its parameters as :class:`ParamSpec` s; the network owns one flat buffer
for all parameters and one for all gradients and *binds* views of them into each layer's
``params``/``grads`` dicts.  Layers write gradients in place, so an optimizer can update
every parameter of the network with one vectorized expression.

``forward`` caches what ``backward`` needs; ``backward`` takes dL/d(output) (or dL/dz when a
loss is fused with the output activation) and returns dL/d(input).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .activations import get_activation
from .initializers import INITIALIZERS
from .registry import lookup


@dataclass(frozen=True)
class ParamSpec:
    """One parameter array of a layer.

    ``kind`` is ``"weight"`` (drawn by the weight initializer, regularized) or ``"bias"``.
    """

    name: str
    shape: tuple
    kind: str
    fan_in: int
    fan_out: int

    @property
    def size(self) -> int:
        return int(np.prod(self.shape))


class Layer:
    """Base class.  Shapes exclude the batch axis."""

    kind = ""

    def __init__(self, activation: str = "linear", init: str = "xavier_uniform",
                 init_scale: float = 1.0, bias_init: str = "zeros", bias_scale: float = 1.0):
        self.activation_name = activation
        self.activation = get_activation(activation)
        lookup(INITIALIZERS, init, "initializer")
        lookup(INITIALIZERS, bias_init, "initializer")
        self.init, self.init_scale = init, float(init_scale)
        self.bias_init, self.bias_scale = bias_init, float(bias_scale)
        self.params: dict[str, np.ndarray] = {}
        self.grads: dict[str, np.ndarray] = {}
        self.need_input_grad = True
        self.input_shape: tuple = ()
        self.output_shape: tuple = ()

    def build(self, input_shape: tuple) -> tuple:
        """Fix the input shape; return the output shape."""
        raise NotImplementedError

    def param_specs(self) -> list[ParamSpec]:
        return []

    def values_per_sample(self) -> int:
        """About how many numbers a forward pass keeps per sample (z and a), for the memory
        limits that keep an absurd network from exhausting the machine."""
        return 2 * int(np.prod(self.output_shape))

    def bind(self, params: dict, grads: dict) -> None:
        self.params, self.grads = params, grads

    def forward(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, grad: np.ndarray, preactivation: bool = False) -> np.ndarray | None:
        raise NotImplementedError

    def config(self) -> dict:
        """The layer as plain names and numbers (for session files and rebuilds)."""
        return {"kind": self.kind, "activation": self.activation_name, "init": self.init,
                "init_scale": self.init_scale, "bias_init": self.bias_init,
                "bias_scale": self.bias_scale}


class Dense(Layer):
    """a = f(x W + b) ⊙ m, with W of shape (n_in, n_out), b of shape (n_out,) and the mask m
    (1, or 0 for a switched-off neuron; none when every neuron is on).

    Row i of W holds the weights leaving input neuron i; column j those entering output
    neuron j, so a layer with 3 inputs and 2 outputs has a 3×2 weight matrix.

    Backward, for a batch X (B, n_in) and g = dL/dz (B, n_out)::

        dL/dW = Xᵀ g,   dL/db = Σ_batch g,   dL/dX = g Wᵀ
    """

    kind = "dense"

    def __init__(self, units: int, activation: str = "linear", **init):
        super().__init__(activation, **init)
        self.units = int(units)
        self.mask: np.ndarray | None = None  # 0 for switched-off neurons: their output is 0

    def build(self, input_shape):
        self.input_shape = tuple(input_shape)
        self.output_shape = (self.units,)
        return self.output_shape

    @property
    def n_in(self) -> int:
        return int(np.prod(self.input_shape))

    def param_specs(self):
        return [ParamSpec("W", (self.n_in, self.units), "weight", self.n_in, self.units),
                ParamSpec("b", (self.units,), "bias", self.n_in, self.units)]

    def forward(self, x):
        self.x = x
        self.z = x @ self.params["W"]
        self.z += self.params["b"]
        self.a = self.activation.forward(self.z)
        if self.mask is not None:
            self.a = self.a * self.mask  # not in place: for a linear activation a is z
        return self.a

    def backward(self, grad, preactivation=False):
        if self.mask is not None:  # a switched-off neuron's output is constant: no gradient flows through it
            grad = grad * self.mask
        g = grad if preactivation else self.activation.backward(self.z, self.a, grad)
        self.delta = g  # δ = dL/dz per sample: the math inspector shows dL/dW_ij = Σ_b x_bi δ_bj
        np.matmul(self.x.T, g, out=self.grads["W"])
        g.sum(axis=0, out=self.grads["b"])
        return g @ self.params["W"].T if self.need_input_grad else None

    def config(self):
        return {**super().config(), "units": self.units}
