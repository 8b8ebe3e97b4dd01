"""Typed snapshots: what a view may read about a run, by layer kind, with named matrices and
named history columns.  Plain dataclasses of NumPy arrays (no Qt), so a snapshot pickles
across the engine process's pipe.

A view asks ``snapshot.weighted_layers()`` or ``snapshot.layers_of("dense", "simple_rnn")``;
it never counts ``len(hidden) + 1`` nor knows where a column sits in the trainer's history.
Weighted layers are named "L1", "L2", … in order; pooling and flatten layers do not take a
number from them (they are "pool1", "flatten1", …).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

SHOW_FIELDS = ("value", "grad", "last_update", "since_init", "initial")


@dataclass
class Param:
    """One parameter array: its value W, gradient ∂L/∂W at the last update, the last update
    ΔW = W_t − W_{t−1}, and the change since initialization W − W₀."""

    name: str
    value: np.ndarray
    grad: np.ndarray
    last_update: np.ndarray
    since_init: np.ndarray

    @property
    def initial(self) -> np.ndarray:
        """W₀ = W − (W − W₀)."""
        with np.errstate(all="ignore"):  # ∞ − ∞ after a wild edit: NaN, not a warning
            return self.value - self.since_init

    def get(self, what: str) -> np.ndarray:
        """One of ``SHOW_FIELDS`` by name."""
        if what not in SHOW_FIELDS:
            raise KeyError(what)
        return getattr(self, what)


@dataclass
class LayerSnapshot:
    """What every layer has: position in the network, name, kind and shapes (no batch axis)."""

    index: int
    name: str
    kind: str
    input_shape: tuple
    output_shape: tuple

    @property
    def weighted(self) -> bool:
        return False


@dataclass
class WeightedLayerSnapshot(LayerSnapshot):
    """A layer with parameters.  ``dead_share``: share of its units that were never active
    (output ≤ 0) on a probe of training samples, for ReLU layers (NaN otherwise);
    ``saturated_share``: share of its sigmoid/tanh outputs within 1 % of the asymptotes
    (NaN for other activations).  Both are computed on snapshot steps only."""

    activation: str = "linear"
    dead_share: float = float("nan")
    saturated_share: float = float("nan")

    @property
    def weighted(self) -> bool:
        return True

    def params(self) -> list[Param]:
        """Every parameter, weights first, bias last."""
        raise NotImplementedError

    def weights(self) -> list[Param]:
        """The weight matrices (everything but the bias)."""
        return [p for p in self.params() if p.name != "b"]


@dataclass
class DenseSnapshot(WeightedLayerSnapshot):
    """z = x·W + b, W of shape (n_in, n_out): row i = input i, column j = output j."""

    W: Param = None
    b: Param = None

    def params(self) -> list[Param]:
        return [self.W, self.b]


@dataclass
class ConvSnapshot(WeightedLayerSnapshot):
    """Kernels of shape (filters, in_channels, k, k) and one bias per filter."""

    kernels: Param = None
    b: Param = None
    kernel: int = 3
    stride: int = 1
    padding: str = "valid"

    def params(self) -> list[Param]:
        return [self.kernels, self.b]


@dataclass
class RecurrentSnapshot(WeightedLayerSnapshot):
    """h_t = f(x_t·W_xh + h_{t−1}·W_hh + b); ``time_grad_norms[t]`` = ‖∂L/∂h_t‖ at the last
    update; ``spectral_radius`` = max |eigenvalue| of W_hh."""

    W_xh: Param = None
    W_hh: Param = None
    b: Param = None
    time_grad_norms: np.ndarray = field(default_factory=lambda: np.zeros(0))
    spectral_radius: float = float("nan")

    def params(self) -> list[Param]:
        return [self.W_xh, self.W_hh, self.b]


@dataclass
class PoolSnapshot(LayerSnapshot):
    mode: str = "max"  # "max" | "avg"
    size: int = 2
    stride: int = 2


@dataclass
class FlattenSnapshot(LayerSnapshot):
    pass


@dataclass
class StepRows:
    """Per-update records since the last snapshot: ``step`` (n,), and per weighted layer
    (n, L) arrays Σ(∂L/∂W)², Σ(ΔW)² and ΣW² (W before the update).  Columns are views into
    one copied array."""

    data: np.ndarray  # (n, 1 + 3 L): the trainer's layout, known only here

    @classmethod
    def empty(cls, n_layers: int = 0) -> "StepRows":
        return cls(np.zeros((0, 1 + 3 * n_layers)))

    def __len__(self) -> int:
        return len(self.data)

    @property
    def n_layers(self) -> int:
        return (self.data.shape[1] - 1) // 3

    @property
    def step(self) -> np.ndarray:
        return self.data[:, 0]

    def _block(self, k: int) -> np.ndarray:
        n = self.n_layers
        return self.data[:, 1 + k * n:1 + (k + 1) * n]

    @property
    def grad_sq(self) -> np.ndarray:
        return self._block(0)

    @property
    def update_sq(self) -> np.ndarray:
        return self._block(1)

    @property
    def weight_sq(self) -> np.ndarray:
        return self._block(2)

    def grad_norm(self) -> np.ndarray:
        """‖∂L/∂W‖ per row and layer."""
        with np.errstate(all="ignore"):
            return np.sqrt(self.grad_sq)

    def update_ratio(self) -> np.ndarray:
        """‖ΔW‖/‖W‖ per row and layer; NaN while the weights are all zero."""
        with np.errstate(all="ignore"):
            w = self.weight_sq
            return np.where(w > 0, np.sqrt(self.update_sq / np.maximum(w, 1e-300)), np.nan)


EVAL_COLUMNS = ("step", "epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy", "penalty")


@dataclass
class EvalRows:
    """Evaluations since the last snapshot, as named columns (views into one array)."""

    data: np.ndarray  # (n, 7) in EVAL_COLUMNS order

    @classmethod
    def empty(cls) -> "EvalRows":
        return cls(np.zeros((0, len(EVAL_COLUMNS))))

    def __len__(self) -> int:
        return len(self.data)

    def column(self, name: str) -> np.ndarray:
        return self.data[:, EVAL_COLUMNS.index(name)]

    step = property(lambda self: self.column("step"))
    epoch = property(lambda self: self.column("epoch"))  # fractional: epoch + position in it
    train_loss = property(lambda self: self.column("train_loss"))
    test_loss = property(lambda self: self.column("test_loss"))
    train_accuracy = property(lambda self: self.column("train_accuracy"))
    test_accuracy = property(lambda self: self.column("test_accuracy"))
    penalty = property(lambda self: self.column("penalty"))


@dataclass
class SampleActivations:
    """One training sample flowing through the network: its point (or image, or sequence),
    label, every column's values (inputs first) and each recurrent layer's hidden states
    (``hidden_states[layer index]``, (time, units))."""

    index: int
    point: np.ndarray
    label: object
    columns: list
    hidden_states: dict


@dataclass
class Snapshot:
    """Copies of everything a view shows; safe to read from another thread or process."""

    step: int
    epoch: int
    layers: list  # LayerSnapshot subclasses, in network order
    metrics: dict  # "step", "epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy", "penalty"
    # (from the engine process also "train_seconds": time spent training since its last snapshot)
    grad_norms: np.ndarray  # per weighted layer, at the last update
    update_ratios: np.ndarray
    step_rows: StepRows  # new updates since the last snapshot
    eval_rows: EvalRows  # new evaluations since the last snapshot
    grid: list | None = None  # per drawn column (inputs first), values over the plane (g, g, units)
    sample: SampleActivations | None = None
    peak_update_ratio: np.ndarray = field(default_factory=lambda: np.zeros(0))  # per weighted layer, whole run
    confusion: np.ndarray | None = None  # test set, (true class, predicted class) counts, when shown
    grid_kept: bool = False  # in transit only: ``grid`` left out, the receiver's previous one holds

    def weighted_layers(self) -> list[WeightedLayerSnapshot]:
        return [layer for layer in self.layers if layer.weighted]

    def layers_of(self, *kinds: str) -> list[LayerSnapshot]:
        """Layers of the given kinds: "dense", "conv2d", "simple_rnn", "pool" (max or average),
        "flatten"."""
        wanted = set(kinds)
        return [layer for layer in self.layers
                if layer.kind in wanted or ("pool" in wanted and isinstance(layer, PoolSnapshot))]

    def structure(self) -> tuple:
        """Names, kinds and parameter shapes: equal for two snapshots of the same network shape."""
        return tuple((layer.name, layer.kind, tuple(p.value.shape for p in layer.params()) if layer.weighted else ())
                     for layer in self.layers)
