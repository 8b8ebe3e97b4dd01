"""A network: ordered layers over one flat parameter buffer and one flat gradient buffer.

Layout of the flat buffers: all weights first (layer by layer), then all biases.  So
``theta[:n_weights]`` is every regularized parameter as one view, and one ``reduceat``
gives the per-layer weight-gradient norms.
"""
from __future__ import annotations

from contextlib import contextmanager

import numpy as np

from .errors import ConfigError
from .initializers import initialize
from .layers import Layer
from .losses import Loss
from .regularizers import Regularizer

MAX_PARAMETERS = 50_000_000


class Network:
    def __init__(self, layers: list[Layer], input_shape: tuple, dtype=np.float64):
        if not layers:
            raise ConfigError(code="no_layers")
        self.layers = list(layers)
        self.input_shape = tuple(input_shape)
        self.dtype = np.dtype(dtype)
        shape = self.input_shape
        for layer in self.layers:
            shape = layer.build(shape)
        self.output_shape = shape
        self._allocate()

    def _allocate(self) -> None:
        entries = [(i, spec) for i, layer in enumerate(self.layers) for spec in layer.param_specs()]
        ordered = ([e for e in entries if e[1].kind == "weight"]
                   + [e for e in entries if e[1].kind != "weight"])
        total = sum(spec.size for _, spec in ordered)
        if total > MAX_PARAMETERS:
            raise ConfigError(code="too_many_parameters", count=total, most=MAX_PARAMETERS)
        self.theta = np.zeros(total, dtype=self.dtype)
        self.grad = np.zeros(total, dtype=self.dtype)
        self.n_weights = sum(spec.size for _, spec in ordered if spec.kind == "weight")
        # slots[i][name] = (offset, spec) for layer i
        self.slots: list[dict] = [{} for _ in self.layers]
        offset = 0
        weight_starts: dict[int, int] = {}
        for i, spec in ordered:
            self.slots[i][spec.name] = (offset, spec)
            if spec.kind == "weight":
                weight_starts.setdefault(i, offset)
            offset += spec.size
        self.weighted_layers = sorted(weight_starts)
        self._weight_starts = np.array([weight_starts[i] for i in self.weighted_layers], dtype=np.intp)
        for i, layer in enumerate(self.layers):
            layer.bind(self.views(self.theta, i), self.views(self.grad, i))

    def views(self, flat: np.ndarray, layer_index: int) -> dict[str, np.ndarray]:
        """Layer ``layer_index``'s parameters as named, shaped views into ``flat``."""
        return {name: flat[off:off + spec.size].reshape(spec.shape)
                for name, (off, spec) in self.slots[layer_index].items()}

    def initialize(self, rng: np.random.Generator) -> None:
        """Draw every parameter with its layer's initializer, in a fixed order."""
        for i, layer in enumerate(self.layers):
            for spec in layer.param_specs():
                init, scale = ((layer.init, layer.init_scale) if spec.kind == "weight"
                               else (layer.bias_init, layer.bias_scale))
                off = self.slots[i][spec.name][0]
                self.theta[off:off + spec.size] = initialize(
                    init, spec.shape, spec.fan_in, spec.fan_out, rng, scale).ravel()

    # -- forward / backward ------------------------------------------------------------
    def forward(self, x: np.ndarray) -> np.ndarray:
        for layer in self.layers:
            x = layer.forward(x)
        return x

    predict = forward

    def forward_all(self, x: np.ndarray) -> list[np.ndarray]:
        """Every layer's output for a batch (e.g. a whole decision-boundary grid at once)."""
        outputs = []
        for layer in self.layers:
            x = layer.forward(x)
            outputs.append(x)
        return outputs

    @contextmanager
    def computing_in(self, dtype):
        """Forward passes meanwhile use copies of the parameters in ``dtype``: float32 is
        plenty for a picture of the plane and 2.5× faster (the parameters themselves stay)."""
        bound = [layer.params for layer in self.layers]
        try:
            for layer, params in zip(self.layers, bound):
                layer.params = {name: value.astype(dtype, copy=False) for name, value in params.items()}
            yield
        finally:
            for layer, params in zip(self.layers, bound):
                layer.params = params

    def check_loss(self, loss: Loss) -> None:
        out = self.layers[-1].activation_name
        if loss.fused_activation and out != loss.fused_activation:
            raise ConfigError(code="loss_needs_output", loss=loss.label, needed=loss.fused_activation, actual=out)

    def backward(self, loss: Loss, y: np.ndarray, input_grad: bool = False) -> np.ndarray | None:
        """Fill ``self.grad`` with dL/dθ of the last forward pass; return dL/dx if asked."""
        self.layers[0].need_input_grad = input_grad
        out = self.layers[-1]
        g = out.backward(loss.gradient(out.z, out.a, y), preactivation=loss.fused_activation is not None)
        for layer in reversed(self.layers[:-1]):
            g = layer.backward(g)
        return g

    def gradient(self, x, y, loss: Loss, regularizer: Regularizer, input_grad: bool = False):
        """Fill ``self.grad`` with d(loss + penalty)/dθ on one batch; return dL/dx if asked.

        The loss value itself is not computed: training does not need it per update.
        """
        self.forward(x)
        gx = self.backward(loss, y, input_grad)
        if regularizer.rate:
            regularizer.add_gradient(self.theta[:self.n_weights], self.grad[:self.n_weights])
        return gx

    def loss_and_gradient(self, x, y, loss: Loss, regularizer: Regularizer,
                          input_grad: bool = False):
        """(data loss, penalty, dL/dx or None), with ``self.grad`` filled as by ``gradient``."""
        gx = self.gradient(x, y, loss, regularizer, input_grad)
        last = self.layers[-1]
        return loss.value(last.z, last.a, y), regularizer.penalty(self.theta[:self.n_weights]), gx

    # -- inspection --------------------------------------------------------------------
    def layer_sums(self, rows: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        """Sum of each weighted layer's weight entries, for every row of ``rows`` (k, n_weights)."""
        return np.add.reduceat(rows, self._weight_starts, axis=1, out=out)

    def values_per_sample(self) -> int:
        """About how many numbers a forward pass keeps per sample (input included)."""
        return int(np.prod(self.input_shape)) + sum(layer.values_per_sample() for layer in self.layers)

    def parameter_count(self) -> int:
        return int(self.theta.size)
