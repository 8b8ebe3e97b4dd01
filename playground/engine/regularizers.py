"""Weight penalties (never applied to biases).  ``rate`` is λ and may change between steps.

==========  =====================================  ==================================
name        penalty R(w)                           dR/dw
==========  =====================================  ==================================
none        0                                      0
l1          λ Σ|w|                                 λ sign(w)
l2          (λ/2) Σ w²                             λ w
elastic     λ (r Σ|w| + (1-r)/2 Σ w²), r = 0.5     λ (r sign(w) + (1-r) w)
==========  =====================================  ==================================
"""
from __future__ import annotations

import numpy as np

from .registry import lookup


class Regularizer:
    name = ""
    label = ""
    formula = ""  # penalty and its gradient as a person reads them (the lessons show it)

    def __init__(self, rate: float = 0.0):
        self.rate = float(rate)

    def penalty(self, w: np.ndarray) -> float:
        return 0.0

    def add_gradient(self, w: np.ndarray, grad: np.ndarray) -> None:
        """grad += dR/dw, in place."""

    def after_update(self, before: np.ndarray, after: np.ndarray) -> None:
        """Adjust the weights ``after`` an update from ``before``, in place (L1 only)."""


def _zero_crossings(before: np.ndarray, after: np.ndarray) -> None:
    """A weight the update carried across zero stops at exactly zero (TF Playground's rule
    for L1): without it, sign(w) makes small weights flicker around zero instead of
    reaching it, and the heatmap never shows the sparsity L1 is known for."""
    after[before * after < 0] = 0.0


class NoRegularizer(Regularizer):
    name, label = "none", "None"
    formula = "R(w) = 0"


class L1(Regularizer):
    name, label = "l1", "L1"
    formula = "R(w) = λ Σ|w|,   ∂R/∂w = λ sign(w)"

    def penalty(self, w):
        return self.rate * float(np.abs(w).sum())

    def add_gradient(self, w, grad):
        grad += self.rate * np.sign(w)

    def after_update(self, before, after):
        _zero_crossings(before, after)


class L2(Regularizer):
    name, label = "l2", "L2"
    formula = "R(w) = (λ/2) Σ w²,   ∂R/∂w = λ w"

    def penalty(self, w):
        return 0.5 * self.rate * float(np.dot(w, w))

    def add_gradient(self, w, grad):
        grad += self.rate * w


class ElasticNet(Regularizer):
    name, label = "elastic", "Elastic net (L1+L2)"
    l1_ratio = 0.5
    formula = f"R(w) = λ (r Σ|w| + (1 − r)/2 Σ w²), r = {l1_ratio:g},   ∂R/∂w = λ (r sign(w) + (1 − r) w)"

    def penalty(self, w):
        r = self.l1_ratio
        return self.rate * (r * float(np.abs(w).sum()) + 0.5 * (1 - r) * float(np.dot(w, w)))

    def add_gradient(self, w, grad):
        r = self.l1_ratio
        grad += self.rate * (r * np.sign(w) + (1 - r) * w)

    def after_update(self, before, after):
        _zero_crossings(before, after)


REGULARIZERS: dict[str, type[Regularizer]] = {
    cls.name: cls for cls in (NoRegularizer, L1, L2, ElasticNet)
}


def make_regularizer(name: str, rate: float = 0.0) -> Regularizer:
    return lookup(REGULARIZERS, name, "regularizer")(rate)
