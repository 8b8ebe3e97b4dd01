"""Controlled experiments: copies of one configuration that differ only in chosen settings.

Every copy keeps the seeds, so all start from the same initial weights (unless the
initialization itself is what differs) and see the same batches in the same order
(``Experiment`` draws weights and shuffles from independent streams of ``seed``): what the
curves show apart is what the changed settings did.  :func:`race` trains copies headless.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .config import Config
from .datasets import Dataset
from .errors import ConfigError, DivergenceError
from .experiment import Experiment
from .landscape import PathRecorder

MAX_COPIES = 4
# The settings a comparison varies → how a typed value is read.
VARIABLE_SETTINGS = {"optimizer": str, "learning_rate": float, "batch_size": int, "init": str,
                     "activation": str, "regularizer": str, "regularization_rate": float, "schedule": str}
ALIASES = {"lr": "learning_rate", "reg_rate": "regularization_rate", "initialization": "init"}


def with_setting(config: Config, name: str, value) -> Config:
    """A copy of ``config`` with one comparable setting changed (``activation`` and ``init``
    apply to every layer that has one)."""
    if name == "activation":
        new = config.copy()
        for layer in new.hidden:
            if layer.kind in ("dense", "conv2d", "simple_rnn"):
                layer.activation = value
        return new
    return config.with_changes({name: value})


def make_variants(base: Config, changes: list[dict]) -> list[Config]:
    """One validated configuration per dict of changes; raises ConfigError for a bad value."""
    if not 2 <= len(changes) <= MAX_COPIES:
        raise ConfigError(code="compare_copies", most=MAX_COPIES, value=len(changes))
    configs = []
    for change in changes:
        config = base
        for name, value in change.items():
            config = with_setting(config, name, value)
        config.validate()
        configs.append(config)
    return configs


def parse_vary(text: str) -> tuple[str, list]:
    """``"optimizer=sgd,adam"`` → ("optimizer", ["sgd", "adam"]), values typed by setting."""
    name, sep, values = text.partition("=")
    name = ALIASES.get(name.strip().replace("-", "_"), name.strip().replace("-", "_"))
    if not sep or name not in VARIABLE_SETTINGS:
        raise ConfigError(code="compare_vary", text=text, settings=", ".join(VARIABLE_SETTINGS))
    kind, parts = VARIABLE_SETTINGS[name], [v.strip() for v in values.split(",") if v.strip()]
    try:
        return name, [kind(v) for v in parts]
    except ValueError:
        raise ConfigError(code="compare_value", setting=name, values=values, kind=kind.__name__) from None


def differing_settings(configs: list[Config]) -> list[str]:
    """Names of the comparable settings (and any other field) that are not the same in all."""
    rows = [_comparable(c) for c in configs]
    return [name for name in rows[0] if any(row[name] != rows[0][name] for row in rows[1:])]


def run_label(config: Config, names: list[str]) -> str:
    """e.g. "optimizer adam, learning_rate 0.01": what sets this copy apart."""
    row = _comparable(config)
    return ", ".join(f"{name} {_text(row[name])}" for name in names) or "as is"


def _comparable(config: Config) -> dict:
    """Every field, with per-layer activation and init as one value each when they agree."""
    row = config.to_dict()
    for key in ("activation", "init"):
        values = [layer.pop(key) for layer in row["hidden"]]  # the layers' other settings stay in "hidden"
        row[key] = values[0] if len(set(values)) == 1 else values
    if config.common_init() is not None:
        row["init"] = config.common_init()
    row.pop("output_init")
    return row


def _text(value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


@dataclass
class RaceResult:
    """One copy's run: the loss every ``every`` updates, where it stopped, and its path (a
    thinned sample of its weights from the initial ones to the last, for a loss landscape)."""

    label: str
    steps: np.ndarray
    train_loss: np.ndarray
    test_loss: np.ndarray
    diverged_at: int | None = None
    path: np.ndarray | None = None

    @property
    def final_loss(self) -> float:
        return float(self.train_loss[-1])

    def reached(self, target: float) -> int | None:
        """The first recorded update whose training loss is at most ``target``."""
        hit = np.flatnonzero(self.train_loss <= target)
        return int(self.steps[hit[0]]) if hit.size else None


def race(configs: list[Config], updates: int, every: int = 10, data: Dataset | None = None,
         labels: list[str] | None = None) -> list[RaceResult]:
    """Train each configuration for ``updates`` updates, evaluating every ``every``."""
    names = differing_settings(configs)
    labels = labels or [run_label(c, names) for c in configs]
    return [_run(Experiment(c, data), updates, every, label) for c, label in zip(configs, labels)]


def _run(experiment: Experiment, updates: int, every: int, label: str) -> RaceResult:
    t, theta = experiment.trainer, experiment.network.theta
    rows, diverged, path = [t.evaluate(record=False)], None, PathRecorder(theta.size)
    path.record(theta, 0)
    try:
        for done in range(1, updates + 1):
            t.step()
            path.record(theta, done)
            if done % every == 0 or done == updates:
                rows.append(t.evaluate(record=False))
    except DivergenceError:
        diverged = t.step_count + 1
    column = lambda key: np.array([r[key] for r in rows], dtype=float)
    return RaceResult(label, column("step"), column("train_loss"), column("test_loss"), diverged,
                      path.ending_at(theta, t.step_count))
