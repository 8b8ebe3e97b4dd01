"""Weight initializers.  Each draws from an explicit ``numpy.random.Generator``.

Every initializer fills an array of a given shape, knowing the layer's fan-in and fan-out,
and multiplies its draw by a user ``scale`` (1 = the textbook rule).  Pushing the scale far
above or below 1 is how a student produces exploding or vanishing signals on purpose.

=================  ==============================================  ===================
name               distribution                                    variance
=================  ==============================================  ===================
zeros              0                                               0
constant           c = scale                                       0
uniform            U(-a, a), a = 0.5·scale                          a²/3
normal             N(0, σ²), σ = 0.5·scale                          σ²
xavier_uniform     U(-a, a), a = scale·√(6 / (fan_in + fan_out))   2/(fan_in+fan_out)
xavier_normal      N(0, σ²), σ = scale·√(2 / (fan_in + fan_out))   2/(fan_in+fan_out)
he_uniform         U(-a, a), a = scale·√(6 / fan_in)               2/fan_in
he_normal          N(0, σ²), σ = scale·√(2 / fan_in)               2/fan_in
=================  ==============================================  ===================
"""
from __future__ import annotations

import math
from typing import Callable

import numpy as np

from .registry import lookup

Initializer = Callable[[tuple, int, int, np.random.Generator, float], np.ndarray]


def _uniform(rng, shape, limit):
    return rng.uniform(-limit, limit, size=shape)


def _normal(rng, shape, std):
    return rng.normal(0.0, std, size=shape)


INITIALIZERS: dict[str, Initializer] = {
    "zeros": lambda shape, fi, fo, rng, s: np.zeros(shape),
    "constant": lambda shape, fi, fo, rng, s: np.full(shape, float(s)),
    "uniform": lambda shape, fi, fo, rng, s: _uniform(rng, shape, 0.5 * s),
    "normal": lambda shape, fi, fo, rng, s: _normal(rng, shape, 0.5 * s),
    "xavier_uniform": lambda shape, fi, fo, rng, s: _uniform(rng, shape, s * math.sqrt(6.0 / (fi + fo))),
    "xavier_normal": lambda shape, fi, fo, rng, s: _normal(rng, shape, s * math.sqrt(2.0 / (fi + fo))),
    "he_uniform": lambda shape, fi, fo, rng, s: _uniform(rng, shape, s * math.sqrt(6.0 / fi)),
    "he_normal": lambda shape, fi, fo, rng, s: _normal(rng, shape, s * math.sqrt(2.0 / fi)),
}

# Each rule as a person reads it (the lessons show it); s = the layer's init scale.
INITIALIZER_FORMULAS = {
    "zeros": "w = 0",
    "constant": "w = s",
    "uniform": "w ~ U(−a, a),   a = 0.5·s",
    "normal": "w ~ N(0, σ²),   σ = 0.5·s",
    "xavier_uniform": "w ~ U(−a, a),   a = s·√(6 / (n_in + n_out))",
    "xavier_normal": "w ~ N(0, σ²),   σ = s·√(2 / (n_in + n_out))",
    "he_uniform": "w ~ U(−a, a),   a = s·√(6 / n_in)",
    "he_normal": "w ~ N(0, σ²),   σ = s·√(2 / n_in)",
}

INITIALIZER_LABELS = {
    "zeros": "Zeros",
    "constant": "Constant (= scale)",
    "uniform": "Uniform ±0.5·scale",
    "normal": "Normal σ=0.5·scale",
    "xavier_uniform": "Xavier/Glorot uniform",
    "xavier_normal": "Xavier/Glorot normal",
    "he_uniform": "He uniform",
    "he_normal": "He normal",
}


def initialize(name: str, shape: tuple, fan_in: int, fan_out: int,
               rng: np.random.Generator, scale: float = 1.0) -> np.ndarray:
    """Return a new float64 array of ``shape`` drawn by initializer ``name``."""
    return lookup(INITIALIZERS, name, "initializer")(shape, max(fan_in, 1), max(fan_out, 1), rng, scale)
