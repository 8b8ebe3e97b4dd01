"""An experiment: a :class:`Config` made real (data, network, trainer) plus snapshots.

This is the one object a worker thread, a script or a notebook drives.  All randomness
comes from the config's seeds through independent streams (points and split from
``data_seed``; initialization and shuffling from ``seed``), so the same seeds give the
same data, weights and batches, bit for bit.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from .config import Config, LayerConfig
from .conv_layers import AvgPool2D, Conv2D, Flatten, MaxPool2D
from .datasets import Dataset, generate, make_features, split
from .errors import ConfigError
from .image_sequence_data import SHAPED_DATASETS
from .layers import Dense, Layer
from .losses import get_loss
from .network import Network
from .optimizers import OPTIMIZERS, make_optimizer
from .recurrent import SimpleRNN
from .regularizers import make_regularizer
from .schedules import SCHEDULE_PARAMETERS
from .snapshots import EvalRows, SampleActivations, Snapshot, StepRows
from .snapshot_builder import EvaluationWatch, layer_snapshots, probe_layer_health
from .training import Trainer

GRID_EXTENT = 6.0
# Settings that change while training keeps its weights; the rest rebuild the network.
LIVE_FIELDS = ("learning_rate", "regularization_rate", "batch_size", "clip_norm", "regularizer", "optimizer",
               "ablated", "frozen", "schedule", *SCHEDULE_PARAMETERS)
MAX_BATCH_VALUES = 1 << 27
# Hidden neurons' plane values a snapshot carries at most: a big net's thumbnails are drawn a few
# pixels wide, and all 768 neurons of 12×64 at 64×64 cost 55 ms and 14 MB per snapshot.
HIDDEN_GRID_VALUES = 128 * 64 * 64  # activations of one update's forward pass: 1 GiB in float64
# Hidden neurons' planes for thumbnails have at most this many values a side: a thumbnail is drawn
# 26 px wide (42 when presenting), and a small net's 48 neurons at 64×64 were 0.8 of a snapshot's
# 0.9 MB.  A neuron drawn large (hovered: the Output view shows it) gets the plane's resolution.
THUMBNAIL_GRID_SIDE = 32


@dataclass(frozen=True)
class PlaneData:
    """Train and test points of a two-input data set and the extent of the drawn plane."""

    train: Dataset
    test: Dataset
    extent: tuple  # ((x_min, y_min), (x_max, y_max))


def resolve_output(config: Config, data: Dataset) -> tuple[int, str, str]:
    """(output units, output activation, engine loss name) for the task and chosen loss."""
    units = data.n_classes if data.task == "classification" and data.n_classes > 2 else 1
    if config.loss == "cross_entropy":
        if data.task != "classification":
            raise ConfigError(code="cross_entropy_needs_classes")
        return units, ("softmax" if units > 1 else "sigmoid"), ("cross_entropy" if units > 1 else "bce")
    activation = config.output_activation
    if activation == "auto":
        activation = "linear" if data.task == "regression" else ("softmax" if units > 1 else "sigmoid")
    return units, activation, "mse"


def make_data(config: Config, rng: np.random.Generator) -> Dataset:
    """The configured data set, drawn with ``rng``."""
    if config.dataset == "csv":
        raise ConfigError(code="csv_needs_data")
    if config.given_data:
        raise ConfigError(code="painted_needs_data")
    if config.dataset in SHAPED_DATASETS:
        return SHAPED_DATASETS[config.dataset].make(config.n_samples, config.noise, rng, config.sequence_length,
                                                    config.frequency, config.delay)
    return generate(config.dataset, config.n_samples, config.noise, rng)


def make_layer(spec: LayerConfig, bias: dict) -> Layer:
    """The engine layer a :class:`LayerConfig` describes."""
    weights = {"init": spec.init, "init_scale": spec.init_scale, **bias}
    if spec.kind == "conv2d":
        return Conv2D(spec.units, spec.kernel, spec.stride, spec.padding, spec.activation, **weights)
    if spec.kind == "simple_rnn":
        return SimpleRNN(spec.units, spec.activation, spec.return_sequences, spec.bptt, **weights)
    if spec.kind in ("maxpool2d", "avgpool2d"):
        return (MaxPool2D if spec.kind == "maxpool2d" else AvgPool2D)(spec.kernel, spec.stride)
    if spec.kind == "flatten":
        return Flatten()
    return Dense(spec.units, spec.activation, **weights)


def hidden_grid_stride(size: int, hidden_units: int, side: int | None = None) -> int:
    """Every s-th grid point in each direction for hidden columns: the smallest s with at most
    ``side`` points a side (default: all) and units · ⌈size/s⌉² ≤ HIDDEN_GRID_VALUES, so a
    snapshot's grid costs a bounded time."""
    stride = -(-size // side) if side else 1
    while hidden_units * (-(-size // stride)) ** 2 > HIDDEN_GRID_VALUES:
        stride += 1
    return stride


def _shape_text(shape: tuple) -> str:
    return "×".join(str(n) for n in shape)


def build_layers(config: Config, data: Dataset) -> tuple[list[Layer], tuple, str, list[int]]:
    """(layers, input shape, loss name, positions): the hidden layers as configured, a Flatten
    wherever a dense layer meets an image or a sequence (so nobody has to add one by hand), and
    the dense output layer, each built on the shape before it (weights not yet allocated);
    ``positions[p]`` is the index in ``layers`` of configured layer p (hidden 0, 1, …, then the
    output).  A layer that does not fit is refused here, the one place that checks a stack."""
    units, out_act, loss_name = resolve_output(config, data)
    bias = {"bias_init": config.bias_init, "bias_scale": config.bias_scale}
    output = LayerConfig(units, out_act, config.output_init, config.output_init_scale)
    first = data.x[:1] if config.data_kind != "plane" else make_features(data.x[:1], config.features)
    input_shape = first.shape[1:]
    layers, shape, positions = [], input_shape, []
    for position, spec in enumerate([*config.hidden, output], start=1):
        if spec.kind == "dense" and len(shape) > 1:
            layers.append(Flatten())
            shape = layers[-1].build(shape)
        layer = make_layer(spec, bias)
        try:
            shape = layer.build(shape)
        except ConfigError as exc:
            raise ConfigError(code="layer_does_not_fit", position=position, kind=spec.kind,
                              shape=_shape_text(shape), reason=str(exc), cause=exc) from None
        positions.append(len(layers))
        layers.append(layer)
    return layers, input_shape, loss_name, positions


PLAN_SAMPLES = 4  # enough to know a generated data set's sample shape and classes


def planned_layers(config: Config) -> list[Layer]:
    """The layers (with their input and output shapes) a configuration of generated data will
    build, without building the run: what the layer editor shows between layers at once.
    Raises the engine's ConfigError for a stack that does not fit."""
    small = config.copy()
    small.n_samples = PLAN_SAMPLES
    data = make_data(small, np.random.default_rng(0))
    return build_layers(config, data)[0]


class Experiment:
    def __init__(self, config: Config, data: Dataset | None = None):
        config = config.fitting_ablation()  # a removed layer's switched-off neurons are gone with it
        config.validate()
        self.config = config
        init_seq, shuffle_seq = np.random.SeedSequence(config.seed).spawn(2)
        # Separate streams for the points and the split, so data handed in (a CSV, or the data
        # a session saved) is split exactly as the same data generated here would be.
        points_rng, split_rng = (np.random.default_rng(s) for s in np.random.SeedSequence([config.data_seed, 1]).spawn(2))
        if data is None:
            data = make_data(config, points_rng)
        self.data = data
        self.train_data, self.test_data = split(data, config.train_fraction, split_rng)
        self.network = self._build_network()
        self.network.initialize(np.random.default_rng(init_seq))
        self.initial_theta = self.network.theta.copy()
        self.trainer = Trainer(
            self.network, get_loss(self.loss_name), make_regularizer(config.regularizer, config.regularization_rate),
            make_optimizer(config.optimizer, self.network.theta.size, self.network.dtype,
                           learning_rate=config.learning_rate, **config.optimizer_hyper()),
            (self.inputs(self.train_data.x), self.train_data.targets()),
            (self.inputs(self.test_data.x), self.test_data.targets()),
            config.batch_size, np.random.default_rng(shuffle_seq),
            data.task == "classification", config.clip_norm, config.schedule_rule())
        self._check_batch_memory(self.trainer.effective_batch)
        self._apply_ablation()
        self._published = (0, 0)
        self._grid: tuple | None = None  # (size, view grid) of the last snapshot that computed one
        self.grid_seconds = 0.0  # what computing it took
        self._evaluated: tuple | None = None  # (metrics, layer health, confusion) of the last evaluation
        self.evaluation_seconds = 0.0  # what that took
        self._peak_ratio = None

    @property
    def uses_plane(self) -> bool:
        """True when samples are points of a plane, so features and grids apply."""
        return self.data.x.ndim == 2 and self.data.x.shape[1] == 2

    def inputs(self, points: np.ndarray) -> np.ndarray:
        if self.config.data_kind != "plane":
            return points
        return make_features(points, self.config.features)

    def _build_network(self) -> Network:
        """The engine's layers for the settings (see build_layers); ``position_layers`` maps each
        configured layer (hidden 0, 1, …, then the output layer) to its engine layer index."""
        layers, input_shape, self.loss_name, self.position_layers = build_layers(self.config, self.data)
        return Network(layers, input_shape, dtype=np.dtype(self.config.dtype))

    def _check_batch_memory(self, batch: int) -> None:
        """Refuse a batch whose forward pass alone would hold more than MAX_BATCH_VALUES
        numbers (the backward pass needs as much again): better a message than a machine
        that swaps or a process the system kills."""
        per_sample = self.network.values_per_sample()
        if batch * per_sample > MAX_BATCH_VALUES:
            gib = batch * per_sample * self.network.dtype.itemsize / 2 ** 30
            most = max(1, MAX_BATCH_VALUES // per_sample)
            raise ConfigError(code="batch_too_large", batch=batch, gib=gib, most=most)

    # -- changes that keep training state ---------------------------------------------
    def set_hyperparameters(self, **values) -> None:
        """Apply learning rate, regularization rate, batch size, clipping or optimizer
        settings now, keeping weights, optimizer state and counters.  All or nothing: a
        value the engine refuses raises :class:`ConfigError` before anything changes."""
        self._check_live_values(values)
        t, c = self.trainer, self.config
        for key, value in values.items():
            if key == "learning_rate":
                c.learning_rate = t.optimizer.learning_rate = float(value)
                t.schedule = c.schedule_rule()
            elif key == "schedule":
                c.schedule = value
                t.schedule = c.schedule_rule()
            elif key in SCHEDULE_PARAMETERS:
                c.schedule_params[key] = float(value)
                t.schedule = c.schedule_rule()
            elif key == "regularization_rate":
                c.regularization_rate = t.regularizer.rate = float(value)
            elif key == "batch_size":
                c.batch_size = t.batch_size = int(value)
                t.cursor = 0
            elif key == "clip_norm":
                c.clip_norm = t.clip_norm = float(value)
            elif key == "regularizer":
                c.regularizer = value
                t.regularizer = make_regularizer(value, c.regularization_rate)
            elif key in ("ablated", "frozen"):
                setattr(c, key, [list(v) if isinstance(v, (list, tuple)) else v for v in value])
                self._apply_ablation()
            elif key == "optimizer":  # a new rule with fresh state; weights and counters stay
                c.optimizer = value
                t.optimizer = make_optimizer(value, self.network.theta.size, self.network.dtype,
                                             learning_rate=c.learning_rate, **c.optimizer_hyper())
            else:
                c.hyper[key] = float(value)
                t.optimizer.set_hyperparameters(**{key: value})

    def _apply_ablation(self) -> None:
        """Masks on the switched-off neurons' outputs (forward and backward), and the frozen
        layers' parameters as the indices into θ the trainer keeps still."""
        layers = self.network.layers
        for position, index in enumerate(self.position_layers[:-1]):
            off = [n for p, n in self.config.ablated if p == position]
            mask = None
            if off:
                mask = np.ones(layers[index].units, dtype=self.network.dtype)
                mask[off] = 0
            layers[index].mask = mask
        frozen = [np.arange(off, off + spec.size) for p in self.config.frozen
                  for off, spec in self.network.slots[self.position_layers[p]].values()]
        self.trainer.frozen = np.concatenate(frozen) if frozen else None

    def edit_weight(self, layer: int, name: str, index: tuple, value: float) -> None:
        """Set one parameter of engine layer ``layer`` by hand."""
        self.network.layers[layer].params[name][index] = value

    def _check_live_values(self, values: dict) -> None:
        """Refuse values that would not validate, fields that need a rebuild, and a batch
        whose activations would not fit, without touching the running experiment."""
        hyper_names = set(OPTIMIZERS[values.get("optimizer", self.config.optimizer)].defaults)
        for key in values:
            if key not in LIVE_FIELDS and key not in hyper_names:
                raise ConfigError(code="not_live", key=key)
        trial = self.config.with_changes(values)
        trial.validate()
        if "batch_size" in values:
            self._check_batch_memory(Trainer.batch_for(trial.batch_size, len(self.trainer.x_train)))

    # -- views ----------------------------------------------------------------------------
    def plane_data(self) -> PlaneData | None:
        """The points a plane view draws (read-only: data never changes while training)."""
        if not self.uses_plane:
            return None
        return PlaneData(self.train_data, self.test_data, self.plane_extent())

    def grid_points(self, size: int) -> np.ndarray:
        """A size×size grid over the input plane, rows from y = +extent down (image order)."""
        lo, hi = self.plane_extent()
        xs = np.linspace(lo[0], hi[0], size)
        ys = np.linspace(hi[1], lo[1], size)
        gx, gy = np.meshgrid(xs, ys)
        return np.column_stack([gx.ravel(), gy.ravel()])

    def plane_extent(self):
        if self.config.dataset != "csv":
            return (-GRID_EXTENT, -GRID_EXTENT), (GRID_EXTENT, GRID_EXTENT)
        lo, hi = self.data.x.min(axis=0), self.data.x.max(axis=0)
        pad = 0.1 * np.maximum(hi - lo, 1e-9)
        return tuple(lo - pad), tuple(hi + pad)

    def evaluate_grid(self, size: int = 100, dtype=None) -> list[np.ndarray] | None:
        """The input features, then every layer's outputs, over the plane in one batched pass
        (in ``dtype``, by default the network's): entry c is column c of the drawn network
        (0 = inputs), shape (size, size, units)."""
        if not self.uses_plane:
            return None
        x = self.inputs(self.grid_points(size)).astype(dtype or self.network.dtype)
        with self.network.computing_in(x.dtype):
            return [out.reshape(size, size, -1) for out in [x, *self.network.forward_all(x)]]

    def _view_grid(self, size: int, neuron_side: int | None = None) -> list[np.ndarray] | None:
        """The grid for pictures: float32 is plenty for colours, computes 2.5× faster and halves
        what is sent, and hidden columns are thinned to :func:`hidden_grid_stride` with at most
        ``neuron_side`` values a side (inputs and outputs stay full); with ``neuron_side`` 0 they
        are empty (0, 0, units): a view that draws only the network's output, such as a
        compared copy's, does not pay for sending them."""
        grid = self.evaluate_grid(size, np.float32) if size else None
        if grid is None:
            return None
        stride = hidden_grid_stride(size, sum(g.shape[-1] for g in grid[1:-1]), neuron_side)
        hidden = slice(0, 0) if neuron_side == 0 else slice(None, None, stride)
        last = len(grid) - 1
        with np.errstate(over="ignore"):  # huge outputs of a wild network become ±inf
            return [(g if c in (0, last) else g[hidden, hidden]).astype(np.float32) for c, g in enumerate(grid)]

    def _snapshot_grid(self, size: int, reuse: bool, neuron_side: int | None) -> list[np.ndarray] | None:
        """The view grid of ``size``, the last one again when asked and it was made alike."""
        if reuse and self._grid is not None and self._grid[0] == (size, neuron_side):
            return self._grid[1]
        start = time.perf_counter()
        grid = self._view_grid(size, neuron_side)
        self.grid_seconds = time.perf_counter() - start
        self._grid = ((size, neuron_side), grid) if grid is not None else None
        return grid

    def sample_activations(self, index: int) -> SampleActivations:
        """Training sample ``index`` (clamped) as it flows through the network: its point (or
        image, or sequence), its target, every column's values (inputs first: for a
        convolution these are its feature maps), and each recurrent layer's hidden state at
        every time step (``hidden_states[layer index]``, (time, units))."""
        index = min(max(int(index), 0), len(self.train_data.x) - 1)
        x = self.trainer.x_train[index:index + 1]
        columns = [x[0].copy()] + [out[0].copy() for out in self.network.forward_all(x)]
        hidden = {i: layer.hidden_states[0].copy() for i, layer in enumerate(self.network.layers)
                  if isinstance(layer, SimpleRNN)}
        return SampleActivations(index, self.train_data.x[index].copy(), self.train_data.y[index], columns, hidden)

    def snapshot(self, grid_size: int = 0, full_history: bool = False, sample: int | None = None,
                 reuse_grid: bool = False, confusion: bool = False, reuse_evaluation: bool = False,
                 neuron_side: int | None = THUMBNAIL_GRID_SIDE) -> Snapshot:
        """Copies of parameters, gradients, metrics, and the history since the last one;
        with ``sample``, that training sample's activations in ``Snapshot.sample``; with
        ``reuse_grid``, the last grid of that size again instead of a new one (a big net's
        grid is most of a snapshot's cost: the engine loop recomputes it less often); with
        ``confusion``, the test set's confusion matrix (classification only); with
        ``reuse_evaluation``, the last evaluation's losses, layer health and confusion matrix
        again (a CNN's two passes over the data were half its snapshot's cost)."""
        t, net = self.trainer, self.network
        t.record_latest()
        classified = confusion and self.data.task == "classification"  # regression: no confusion matrix
        if not (reuse_evaluation and self._evaluated is not None and (self._evaluated[2] is not None) == classified):
            start = time.perf_counter()
            watch = EvaluationWatch(net, t.x_train, t.y_test, max(self.data.n_classes, 2) if classified else None)
            metrics = t.evaluate(watch=watch)
            health = watch.health if watch.health is not None else probe_layer_health(net, t.x_train)
            self._evaluated = (metrics, health, watch.confusion)
            self.evaluation_seconds = time.perf_counter() - start
        metrics, health, confusion_counts = self._evaluated
        metrics = dict(metrics, step=t.step_count, epoch=t.epoch)
        theta = net.theta.copy()
        last_update = theta - t.previous_theta if t.step_count else np.zeros_like(theta)
        flats = {"value": theta, "grad": net.grad.copy(), "last_update": last_update,
                 "since_init": theta - self.initial_theta}
        steps_from, evals_from = self._published
        self._published = (t.step_history.total, t.eval_history.total)
        new_rows = (lambda h, mark: h.view()) if full_history else (lambda h, mark: h.rows_since(mark))
        step_rows = StepRows(new_rows(t.step_history, steps_from).copy())
        self._peak_ratio = self._peak_update_ratio(step_rows, full_history)
        norms, ratios = t.last_gradient_stats()
        return Snapshot(t.step_count, t.epoch, layer_snapshots(net, flats, health), metrics, norms, ratios,
                        step_rows, EvalRows(new_rows(t.eval_history, evals_from).copy()),
                        self._snapshot_grid(grid_size, reuse_grid, neuron_side), self.sample_activations(sample) if sample is not None else None,
                        self._peak_ratio.copy(), confusion_counts)

    def _peak_update_ratio(self, rows: StepRows, restart: bool) -> np.ndarray:
        """Largest ‖ΔW‖/‖W‖ per weighted layer over the run so far (updates seen by snapshots)."""
        n = len(self.network.weighted_layers)
        peak = np.zeros(n) if restart or getattr(self, "_peak_ratio", None) is None else self._peak_ratio
        if len(rows):
            with np.errstate(all="ignore"):
                ratios = np.where(np.isnan(rows.update_ratio()), 0.0, rows.update_ratio())
            peak = np.maximum(peak, ratios.max(axis=0))
        return peak
