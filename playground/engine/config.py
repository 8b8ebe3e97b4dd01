"""The whole experiment as plain names and numbers: what a session file stores and what a
rebuild starts from.  ``validate`` turns any bad value into a :class:`ConfigError`.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace

from .activations import ACTIVATIONS, HIDDEN_ACTIVATIONS
from .datasets import DATASETS, FEATURES, MAX_SAMPLES
from .errors import ConfigError
from .initializers import INITIALIZERS
from .optimizers import OPTIMIZERS
from .registry import lookup
from .regularizers import REGULARIZERS

MAX_HIDDEN_LAYERS = 16
MAX_UNITS = 1024
LOSS_CHOICES = {"mse": "Mean squared error", "cross_entropy": "Cross-entropy"}


@dataclass
class LayerConfig:
    units: int = 4
    activation: str = "tanh"
    init: str = "xavier_uniform"
    init_scale: float = 1.0
    kind: str = "dense"

    def validate(self) -> None:
        if self.kind != "dense":
            raise ConfigError(f"unknown layer kind {self.kind!r}")
        if not 1 <= self.units <= MAX_UNITS:
            raise ConfigError(f"a layer needs 1 to {MAX_UNITS} neurons, not {self.units}")
        if self.activation not in HIDDEN_ACTIVATIONS:
            lookup(dict.fromkeys(HIDDEN_ACTIVATIONS), self.activation, "hidden activation")
        lookup(INITIALIZERS, self.init, "initializer")
        _check_range("initialization scale", self.init_scale, 0, 1e6)


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
    hyper: dict = field(default_factory=dict)  # momentum, beta1, beta2, rho, epsilon
    batch_size: int = 10  # 0 = full batch, 1 = one sample per update
    regularizer: str = "none"
    regularization_rate: float = 0.0
    clip_norm: float = 0.0  # 0 = no gradient clipping
    seed: int = 1  # initialization and shuffling
    data_seed: int = 1  # the data set's points and the train/test split
    dtype: str = "float64"

    def validate(self) -> None:
        if self.dataset != "csv":
            lookup(DATASETS, self.dataset, "data set")
        if not 4 <= self.n_samples <= MAX_SAMPLES:
            raise ConfigError(f"number of samples must be 4 to {MAX_SAMPLES:,}, not {self.n_samples}")
        _check_range("noise", self.noise, 0, 1)
        _check_range("train fraction", self.train_fraction, 0.01, 0.99)
        if self.dataset != "csv":
            if not self.features:
                raise ConfigError("choose at least one input feature")
            for name in self.features:
                lookup(FEATURES, name, "feature")
        if len(self.hidden) > MAX_HIDDEN_LAYERS:
            raise ConfigError(f"at most {MAX_HIDDEN_LAYERS} hidden layers, not {len(self.hidden)}")
        for layer in self.hidden:
            layer.validate()
        if self.output_activation != "auto":
            lookup(ACTIVATIONS, self.output_activation, "output activation")
        for name in (self.output_init, self.bias_init):
            lookup(INITIALIZERS, name, "initializer")
        lookup(LOSS_CHOICES, self.loss, "loss")
        optimizer = lookup(OPTIMIZERS, self.optimizer, "optimizer")
        for key, value in self.hyper.items():
            if key not in optimizer.defaults and key not in _all_hyper_names():
                raise ConfigError(f"unknown optimizer setting {key!r}")
            _check_range(key, value, 0, 1e6)
        _check_range("learning rate", self.learning_rate, 0, 1e6)
        if not 0 <= self.batch_size <= MAX_SAMPLES:
            raise ConfigError(f"batch size must be 0 (full batch) to {MAX_SAMPLES:,}, not {self.batch_size}")
        lookup(REGULARIZERS, self.regularizer, "regularizer")
        _check_range("regularization rate", self.regularization_rate, 0, 1e6)
        _check_range("gradient clipping norm", self.clip_norm, 0, 1e12)
        for what, seed in (("seed", self.seed), ("data seed", self.data_seed)):
            if not 0 <= seed < 2 ** 63:
                raise ConfigError(f"the {what} must be a whole number from 0 to 2⁶³-1, not {seed}")
        if self.dtype not in ("float64", "float32"):
            raise ConfigError(f"precision must be float64 or float32, not {self.dtype!r}")

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
            raise ConfigError("the configuration is not a JSON object")
        known = {f.name: f for f in fields(cls)}
        unknown = set(data) - set(known)
        if unknown:
            raise ConfigError(f"unknown configuration keys: {', '.join(sorted(unknown))}")
        defaults = cls()
        values = {}
        for name, value in data.items():
            values[name] = _coerce(name, value, getattr(defaults, name))
        config = replace(defaults, **values)
        config.validate()
        return config

    def copy(self) -> "Config":
        return Config.from_dict(self.to_dict())


def _all_hyper_names() -> set:
    return {k for cls in OPTIMIZERS.values() for k in cls.defaults}


def _check_range(what, value, low, high) -> None:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not low <= value <= high:
        raise ConfigError(f"{what} must be a number from {low:g} to {high:g}, not {value!r}")


def _coerce(name, value, default):
    """Check ``value`` has the type of ``default``; convert nested layers."""
    if name == "hidden":
        if not isinstance(value, list):
            raise ConfigError("'hidden' must be a list of layers")
        return [_layer_from_dict(v) for v in value]
    if isinstance(default, bool) or isinstance(value, bool):
        raise ConfigError(f"{name!r} has the wrong type")
    if isinstance(default, float) and isinstance(value, (int, float)):
        return float(value)
    if isinstance(default, dict):
        if not isinstance(value, dict) or not all(isinstance(v, (int, float)) for v in value.values()):
            raise ConfigError(f"{name!r} must map names to numbers")
        return {str(k): float(v) for k, v in value.items()}
    if isinstance(default, list):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{name!r} must be a list of names")
        return list(value)
    if type(value) is not type(default):
        raise ConfigError(f"{name!r} must be a {type(default).__name__}, not {type(value).__name__}")
    return value


def _layer_from_dict(data) -> LayerConfig:
    if not isinstance(data, dict):
        raise ConfigError("each hidden layer must be a JSON object")
    known = {f.name for f in fields(LayerConfig)}
    if set(data) - known:
        raise ConfigError(f"unknown layer keys: {', '.join(sorted(set(data) - known))}")
    defaults = LayerConfig()
    layer = LayerConfig(**{k: _coerce(k, v, getattr(defaults, k)) for k, v in data.items()})
    layer.validate()
    return layer
