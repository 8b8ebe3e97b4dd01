"""Learning-rate schedules: the rate of each update as a pure function of the update count.

The rate of update t + 1 (t updates made so far) is η(t) = η₀ · f(t), η₀ the configured
learning rate and f the schedule's factor:

==============  ==============================================================
constant        f(t) = 1
step            f(t) = d ^ ⌊t / k⌋                      (times d every k updates)
exponential     f(t) = d ^ (t / k)                      (the same decay, smoothly)
cosine          f(t) = m + (1 - m) · (1 + cos(π · min(t, T) / T)) / 2
warmup          f(t) = min(1, (t + 1) / w)              (linear warm-up over w updates)
==============  ==============================================================

Being pure functions, the GUI draws a schedule's curve from the settings alone, and a run
continued from a saved session uses exactly the rates it would have used without stopping.
"""
from __future__ import annotations

import math

import numpy as np

from .hyperparameters import HyperParameter
from .registry import lookup

SCHEDULE_PARAMETERS: dict[str, HyperParameter] = {h.name: h for h in (
    HyperParameter("decay_every", 1000, 1, 1e9, 100, "Every k updates",
                   "How many updates one decay by the factor d takes.", decimals=0),
    HyperParameter("decay_factor", 0.5, 1e-6, 1.0, 0.05, "Factor d",
                   "What the rate is multiplied by every k updates (0.5 halves it)."),
    HyperParameter("cycle_updates", 3000, 1, 1e9, 100, "Length T",
                   "Updates from the full rate down to the final rate; after T the rate stays there.", decimals=0),
    HyperParameter("final_fraction", 0.0, 0.0, 1.0, 0.05, "Final fraction m",
                   "The rate at the end of the cosine, as a fraction of the learning rate."),
    HyperParameter("warmup_updates", 500, 1, 1e9, 50, "Warm-up updates w",
                   "Updates over which the rate grows linearly from η/w to the full learning rate.", decimals=0),
)}


def _constant(t: np.ndarray, p: dict) -> np.ndarray:
    return np.ones_like(t)


def _step(t, p):
    return p["decay_factor"] ** np.floor(t / p["decay_every"])


def _exponential(t, p):
    return p["decay_factor"] ** (t / p["decay_every"])


def _cosine(t, p):
    m, T = p["final_fraction"], p["cycle_updates"]
    return m + (1 - m) * (1 + np.cos(math.pi * np.minimum(t, T) / T)) / 2


def _warmup(t, p):
    return np.minimum(1.0, (t + 1) / p["warmup_updates"])


# name → (label, parameters it takes, factor function)
SCHEDULES: dict[str, tuple[str, tuple[str, ...], object]] = {
    "constant": ("Constant", (), _constant),
    "step": ("Step decay", ("decay_every", "decay_factor"), _step),
    "exponential": ("Exponential decay", ("decay_every", "decay_factor"), _exponential),
    "cosine": ("Cosine", ("cycle_updates", "final_fraction"), _cosine),
    "warmup": ("Linear warm-up", ("warmup_updates",), _warmup),
}


def schedule_parameters(name: str, given: dict) -> dict[str, float]:
    """The parameters schedule ``name`` takes: ``given`` values, defaults for the rest."""
    _, names, _ = lookup(SCHEDULES, name, "learning-rate schedule")
    return {n: float(given.get(n, SCHEDULE_PARAMETERS[n].default)) for n in names}


def learning_rates(base: float, name: str, params: dict, updates) -> np.ndarray:
    """η(t) for each t in ``updates`` (updates made before the one that uses the rate)."""
    _, _, factor = lookup(SCHEDULES, name, "learning-rate schedule")
    t = np.asarray(updates, dtype=np.float64)
    return base * factor(t, schedule_parameters(name, params))


class Schedule:
    """The rate of the next update, for the trainer: ``rate(t)`` = η(t) as above."""

    def __init__(self, base: float, name: str = "constant", params: dict | None = None):
        self.base, self.name = float(base), name
        self.params = schedule_parameters(name, params or {})
        self._factor = SCHEDULES[name][2]

    def rate(self, updates_made: int) -> float:
        if self.name == "constant":  # exactly η₀, so a constant run is what it was before schedules
            return self.base
        return self.base * float(self._factor(np.float64(updates_made), self.params))
