"""The whole experiment as plain names and numbers: what a session file stores and what a
rebuild starts from.  ``validate`` turns any bad value into a :class:`ConfigError`.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace

from .activations import ACTIVATIONS, HIDDEN_ACTIVATIONS
from .conv_layers import PADDINGS
from .datasets import DATASETS, FEATURES, GIVEN_DATA, MAX_SAMPLES
from .errors import ConfigError
from .image_sequence_data import IMAGE_SIZE, N_DIGITS, SHAPED_DATASETS
from .hyperparameters import HYPERPARAMETERS
from .initializers import INITIALIZERS
from .optimizers import OPTIMIZERS
from .registry import lookup
from .schedules import SCHEDULE_PARAMETERS, SCHEDULES, Schedule
from .regularizers import REGULARIZERS

MAX_HIDDEN_LAYERS = 16
MAX_UNITS = 1024
MAX_FILTERS = 256
MAX_KERNEL = 15
MAX_STRIDE = 8
MAX_SEQUENCE_LENGTH = 1000
MAX_SHAPED_VALUES = 10_000_000  # samples × values per image or sequence
LOSS_CHOICES = {"mse": "Mean squared error", "cross_entropy": "Cross-entropy"}


def default_loss(task: str) -> str:
    """The loss a new problem starts with: mean squared error for ``"regression"``,
    cross-entropy for ``"classification"``."""
    return "mse" if task == "regression" else "cross_entropy"


LAYER_KINDS = {"dense": "Dense", "conv2d": "Convolution", "maxpool2d": "Max pooling",
               "avgpool2d": "Average pooling", "flatten": "Flatten", "simple_rnn": "Recurrent"}
# What each layer kind uses of a LayerConfig; the rest of its fields are ignored.
_LAYER_FIELDS = {"dense": {"units", "activation", "init"}, "conv2d": {"units", "activation", "init", "kernel", "stride"},
                 "maxpool2d": {"kernel", "stride"}, "avgpool2d": {"kernel", "stride"}, "flatten": set(),
                 "simple_rnn": {"units", "activation", "init"}}


@dataclass
class LayerConfig:
    """One hidden layer.  ``units`` is neurons (dense), filters (conv2d) or hidden units
    (simple_rnn); ``kernel`` is the kernel size (conv2d) or window size (pooling)."""

    units: int = 4
    activation: str = "tanh"
    init: str = "xavier_uniform"
    init_scale: float = 1.0
    kind: str = "dense"
    kernel: int = 3
    stride: int = 1
    padding: str = "valid"
    return_sequences: bool = False
    bptt: int = 0  # truncate backpropagation through time to this many steps; 0 = all

    @classmethod
    def conv(cls, filters: int, kernel: int = 3, **settings) -> "LayerConfig":
        return cls(filters, kind="conv2d", kernel=kernel, **{"activation": "relu", "init": "he_normal", **settings})

    @classmethod
    def pool(cls, size: int = 2, kind: str = "maxpool2d") -> "LayerConfig":
        return cls(kind=kind, kernel=size, stride=size)

    @classmethod
    def rnn(cls, units: int, **settings) -> "LayerConfig":
        return cls(units, kind="simple_rnn", **settings)

    def validate(self) -> None:
        """Raise a ConfigError for any setting this layer's kind uses that is out of range."""
        lookup(LAYER_KINDS, self.kind, "layer kind")
        uses = _LAYER_FIELDS[self.kind]
        if "units" in uses:
            most = MAX_FILTERS if self.kind == "conv2d" else MAX_UNITS
            code = {"dense": "neurons_out_of_range", "conv2d": "filters_out_of_range",
                    "simple_rnn": "hidden_units_out_of_range"}[self.kind]
            if not 1 <= self.units <= most:
                raise ConfigError(code=code, most=most, value=self.units)
        if "activation" in uses and self.activation not in HIDDEN_ACTIVATIONS:
            lookup(dict.fromkeys(HIDDEN_ACTIVATIONS), self.activation, "hidden activation")
        if "init" in uses:
            lookup(INITIALIZERS, self.init, "initializer")
            _check_range("initialization scale", self.init_scale, 0, 1e6)
        if "kernel" in uses and not 1 <= self.kernel <= MAX_KERNEL:
            raise ConfigError(code="kernel_out_of_range", most=MAX_KERNEL, value=self.kernel)
        if "stride" in uses and not 1 <= self.stride <= MAX_STRIDE:
            raise ConfigError(code="stride_out_of_range", most=MAX_STRIDE, value=self.stride)
        if self.padding not in PADDINGS:
            raise ConfigError(code="not_one_of", what="padding", choices=", ".join(PADDINGS), value=self.padding)
        if not 0 <= self.bptt <= MAX_SEQUENCE_LENGTH:
            raise ConfigError(code="bptt_out_of_range", most=MAX_SEQUENCE_LENGTH, value=self.bptt)


@dataclass
class Config:
    dataset: str = "circle"
    n_samples: int = 500
    noise: float = 0.0
    train_fraction: float = 0.5
    features: list = field(default_factory=lambda: ["x1", "x2"])
    hidden: list = field(default_factory=lambda: [LayerConfig(4), LayerConfig(2)])
    output_activation: str = "auto"  # auto: sigmoid/softmax/linear by task and loss
    output_init: str = "xavier_uniform"
    output_init_scale: float = 1.0
    bias_init: str = "zeros"
    bias_scale: float = 1.0
    loss: str = "cross_entropy"
    optimizer: str = "sgd"
    learning_rate: float = 0.03
    schedule: str = "constant"  # how the rate changes with the update count (engine/schedules.py)
    schedule_params: dict = field(default_factory=dict)  # decay_every, decay_factor, cycle_updates…
    hyper: dict = field(default_factory=dict)  # momentum, beta1, beta2, rho, epsilon
    batch_size: int = 10  # 0 = full batch, 1 = one sample per update
    regularizer: str = "none"
    regularization_rate: float = 0.0
    clip_norm: float = 0.0  # 0 = no gradient clipping
    seed: int = 1  # initialization and shuffling
    data_seed: int = 1  # the data set's points and the train/test split
    dtype: str = "float64"
    sequence_length: int = 20  # time steps of a sequence data set
    frequency: float = 0.05  # cycles per time step, for the sine wave
    delay: int = 2  # how many steps back the echo task looks
    # Switched-off hidden neurons as [hidden layer position (0 = first), neuron]; frozen layers
    # (no updates) by position, 0 = first hidden layer, len(hidden) = the output layer.
    ablated: list = field(default_factory=list)
    frozen: list = field(default_factory=list)

    @property
    def data_kind(self) -> str:
        """"plane" (2-D points and features), "csv", "image" or "sequence"."""
        if self.dataset in SHAPED_DATASETS:
            return SHAPED_DATASETS[self.dataset].kind
        return "csv" if self.dataset == "csv" else "plane"

    @property
    def given_data(self) -> bool:
        """True when the samples come with the run (a CSV file, points painted by hand)."""
        return self.dataset in GIVEN_DATA

    @property
    def shaped(self) -> bool:
        """True when samples are images or sequences, or a hidden layer is not dense."""
        return self.data_kind in ("image", "sequence") or any(h.kind != "dense" for h in self.hidden)

    def validate(self) -> None:
        if not self.given_data and self.dataset not in SHAPED_DATASETS:
            lookup({**DATASETS, **SHAPED_DATASETS}, self.dataset, "data set")
        if not 4 <= self.n_samples <= MAX_SAMPLES:
            raise ConfigError(code="samples_out_of_range", most=MAX_SAMPLES, value=self.n_samples)
        _check_range("noise", self.noise, 0, 1)
        _check_range("train fraction", self.train_fraction, 0.01, 0.99)
        self._validate_shaped_data()
        if self.data_kind == "plane":
            if not self.features:
                raise ConfigError(code="no_features")
            for name in self.features:
                lookup(FEATURES, name, "feature")
        if len(self.hidden) > MAX_HIDDEN_LAYERS:
            raise ConfigError(code="too_many_layers", most=MAX_HIDDEN_LAYERS, value=len(self.hidden))
        for layer in self.hidden:
            layer.validate()
        if self.output_activation != "auto":
            lookup(ACTIVATIONS, self.output_activation, "output activation")
        for name in (self.output_init, self.bias_init):
            lookup(INITIALIZERS, name, "initializer")
        _check_range("output initialization scale", self.output_init_scale, 0, 1e6)
        _check_range("bias scale", self.bias_scale, 0, 1e6)
        lookup(LOSS_CHOICES, self.loss, "loss")
        lookup(OPTIMIZERS, self.optimizer, "optimizer")
        for key, value in self.hyper.items():
            h = lookup(HYPERPARAMETERS, key, "optimizer setting")
            _check_range(key, value, h.low, h.high)
        _check_range("learning rate", self.learning_rate, 0, 1e6)
        lookup(SCHEDULES, self.schedule, "learning-rate schedule")
        for key, value in self.schedule_params.items():
            h = lookup(SCHEDULE_PARAMETERS, key, "schedule setting")
            _check_range(key, value, h.low, h.high)
        if not 0 <= self.batch_size <= MAX_SAMPLES:
            raise ConfigError(code="batch_size_out_of_range", most=MAX_SAMPLES, value=self.batch_size)
        lookup(REGULARIZERS, self.regularizer, "regularizer")
        _check_range("regularization rate", self.regularization_rate, 0, 1e6)
        _check_range("gradient clipping norm", self.clip_norm, 0, 1e12)
        for what, seed in (("seed", self.seed), ("data seed", self.data_seed)):
            if not 0 <= seed < 2 ** 63:
                raise ConfigError(code="seed_out_of_range", what=what, value=seed)
        self._validate_ablation()
        if self.dtype not in ("float64", "float32"):
            raise ConfigError(code="not_one_of", what="precision", choices="float64, float32", value=self.dtype)

    def _validate_ablation(self) -> None:
        """Positions that exist; neurons of dense hidden layers only (the diagram's)."""
        for position, neuron in self.ablated:
            if not (0 <= position < len(self.hidden) and self.hidden[position].kind == "dense"
                    and 0 <= neuron < self.hidden[position].units):
                raise ConfigError(code="no_such_neuron", layer=position + 1, neuron=neuron + 1)
        for position in self.frozen:
            if not 0 <= position <= len(self.hidden):
                raise ConfigError(code="no_such_layer", layer=position + 1)

    def fitting_ablation(self) -> "Config":
        """A copy whose ablated neurons and frozen layers still exist (after layers or
        neurons were removed, say), so a structural edit never fails on them."""
        new = self.copy_unvalidated()
        hidden = new.hidden
        new.ablated = sorted({(p, n) for p, n in new.ablated
                              if 0 <= p < len(hidden) and hidden[p].kind == "dense" and 0 <= n < hidden[p].units})
        new.ablated = [list(pair) for pair in new.ablated]
        new.frozen = sorted({p for p in new.frozen if 0 <= p <= len(hidden)})
        return new

    def _validate_shaped_data(self) -> None:
        if not 2 <= self.sequence_length <= MAX_SEQUENCE_LENGTH:
            raise ConfigError(code="sequence_length_out_of_range", most=MAX_SEQUENCE_LENGTH, value=self.sequence_length)
        _check_range("frequency", self.frequency, 0, 0.5)
        if self.dataset == "echo" and not 0 <= self.delay < self.sequence_length:
            raise ConfigError(code="delay_out_of_range", most=self.sequence_length - 1, value=self.delay)
        if self.dataset == "digits" and self.n_samples > N_DIGITS:
            raise ConfigError(code="too_many_digits", most=N_DIGITS)
        values = {"image": IMAGE_SIZE ** 2, "sequence": self.sequence_length}.get(self.data_kind, 0) * self.n_samples
        if values > MAX_SHAPED_VALUES:
            raise ConfigError(code="too_many_values", samples=self.n_samples, count=values, most=MAX_SHAPED_VALUES)

    def common_init(self) -> str | None:
        """The weight initializer every weighted layer (hidden and output) uses, or None
        when they differ.  Pooling and flatten layers have no weights and do not count."""
        names = {h.init for h in self.hidden if "init" in _LAYER_FIELDS[h.kind]} | {self.output_init}
        return names.pop() if len(names) == 1 else None

    def with_init_for_all(self, init: str | None = None, init_scale: float | None = None) -> "Config":
        """A copy where every layer (hidden and output) draws its weights with ``init``
        and/or multiplies them by ``init_scale``; None leaves that setting as it is."""
        new = self.copy()
        for layer in new.hidden:
            layer.init = layer.init if init is None else init
            layer.init_scale = layer.init_scale if init_scale is None else init_scale
        new.output_init = new.output_init if init is None else init
        new.output_init_scale = new.output_init_scale if init_scale is None else init_scale
        return new

    def with_changes(self, changes: dict) -> "Config":
        """A copy with ``changes`` (field → value) applied, unvalidated: optimizer
        hyper-parameters (``momentum``, ``beta1``…) go into ``hyper``, a schedule's (``decay_every``…)
        into ``schedule_params``; ``init`` and ``init_scale`` apply to every layer at once (the panels'
        whole-network shortcut); leaving given data (a CSV, painted points) for a generated data set
        gives that set its default size."""
        new = self.copy()
        hyper_names = {k for cls in OPTIMIZERS.values() for k in cls.defaults}
        if self.given_data and changes.get("dataset", self.dataset) not in GIVEN_DATA and "n_samples" not in changes:
            changes = {**changes, "n_samples": Config.n_samples}  # a CSV's row count is no size for a generated set
        for key, value in changes.items():
            if key in ("init", "init_scale"):
                new = new.with_init_for_all(**{key: value})
            elif key in hyper_names:
                new.hyper[key] = value
            elif key in SCHEDULE_PARAMETERS:
                new.schedule_params[key] = value
            else:
                setattr(new, key, value)
        return new.fitting_ablation() if "hidden" in changes else new

    def schedule_rule(self) -> Schedule:
        """The learning rate of each update under this configuration's schedule."""
        return Schedule(self.learning_rate, self.schedule, self.schedule_params)

    def optimizer_hyper(self) -> dict[str, float]:
        """The hyper-parameters the current optimizer takes (others are kept, unused)."""
        defaults = OPTIMIZERS[self.optimizer].defaults
        return {k: float(self.hyper.get(k, v)) for k, v in defaults.items()}

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Config":
        """Build from JSON-like data, refusing unknown keys and wrong types."""
        if not isinstance(data, dict):
            raise ConfigError(code="not_an_object", what="the configuration")
        known = {f.name: f for f in fields(cls)}
        unknown = set(data) - set(known)
        if unknown:
            raise ConfigError(code="unknown_keys", what="configuration", keys=", ".join(sorted(unknown)))
        defaults = cls()
        values = {}
        for name, value in data.items():
            values[name] = _coerce(name, value, getattr(defaults, name))
        config = replace(defaults, **values)
        config.validate()
        return config

    def copy(self) -> "Config":
        return Config.from_dict(self.to_dict())

    def copy_unvalidated(self) -> "Config":
        return replace(self, features=list(self.features), hidden=[replace(h) for h in self.hidden],
                       hyper=dict(self.hyper), ablated=[list(p) for p in self.ablated], frozen=list(self.frozen))


def _check_range(what, value, low, high) -> None:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not low <= value <= high:
        raise ConfigError(code="out_of_range", what=what, low=low, high=high, value=value)


def _coerce(name, value, default):
    """Check ``value`` has the type of ``default``; convert nested layers."""
    if name in ("ablated", "frozen"):
        return _index_list(name, value, 2 if name == "ablated" else 0)
    if name == "hidden":
        if not isinstance(value, list):
            raise ConfigError(code="wrong_type", name=name, expected="a list of layers", got=type(value).__name__)
        return [_layer_from_dict(v) for v in value]
    if isinstance(default, bool) or isinstance(value, bool):
        if type(value) is not type(default):
            raise ConfigError(code="wrong_type", name=name, expected="true or false", got=type(value).__name__)
        return value
    if isinstance(default, float) and isinstance(value, (int, float)):
        return _as_float(name, value)
    if isinstance(default, dict):
        if not isinstance(value, dict) or not all(isinstance(v, (int, float)) for v in value.values()):
            raise ConfigError(code="wrong_type", name=name, expected="names mapped to numbers", got=type(value).__name__)
        return {str(k): _as_float(k, v) for k, v in value.items()}
    if isinstance(default, list):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(code="wrong_type", name=name, expected="a list of names", got=type(value).__name__)
        return list(value)
    if type(value) is not type(default):
        raise ConfigError(code="wrong_type", name=name, expected=f"a {type(default).__name__}", got=type(value).__name__)
    return value


def _index_list(name, value, pair: int) -> list:
    """A list of indices (``pair`` 0) or of [index, index] pairs (``pair`` 2)."""
    def index(v):
        return isinstance(v, int) and not isinstance(v, bool)

    def entry(v):
        return index(v) if not pair else isinstance(v, (list, tuple)) and len(v) == pair and all(map(index, v))
    if not isinstance(value, (list, tuple)) or not all(entry(v) for v in value):
        expected = "a list of [layer, neuron] pairs" if pair else "a list of layer numbers"
        raise ConfigError(code="wrong_type", name=name, expected=expected, got=type(value).__name__)
    return [list(v) for v in value] if pair else list(value)


def _as_float(name, value) -> float:
    """``float(value)``, refusing an integer too large for a float (a 400-digit number in a
    file would otherwise raise OverflowError, which no caller expects)."""
    try:
        return float(value)
    except OverflowError:
        raise ConfigError(code="out_of_range", what=name, low=-1.8e308, high=1.8e308, value="a huge number") from None


def _layer_from_dict(data) -> LayerConfig:
    if not isinstance(data, dict):
        raise ConfigError(code="not_an_object", what="each hidden layer")
    known = {f.name for f in fields(LayerConfig)}
    if set(data) - known:
        raise ConfigError(code="unknown_keys", what="layer", keys=", ".join(sorted(set(data) - known)))
    defaults = LayerConfig()
    layer = LayerConfig(**{k: _coerce(k, v, getattr(defaults, k)) for k, v in data.items()})
    layer.validate()
    return layer
