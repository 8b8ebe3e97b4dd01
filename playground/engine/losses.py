"""Loss functions, averaged over the batch (B samples).

Binary and categorical cross-entropy are *fused* with their output activation (sigmoid,
softmax): they are computed from the pre-activation z, which is stable for any z, and
their gradient dL/dz = (a - y)/B skips the activation's own derivative.
"""
from __future__ import annotations

import numpy as np

from .registry import lookup


class Loss:
    name = ""
    label = ""
    formula = ""  # the loss and its gradient as a person reads them (the lessons show it)
    fused_activation: str | None = None  # the output activation this loss requires, if any

    def value(self, z: np.ndarray, a: np.ndarray, y: np.ndarray) -> float:
        raise NotImplementedError

    def gradient(self, z: np.ndarray, a: np.ndarray, y: np.ndarray) -> np.ndarray:
        """dL/da, or dL/dz when the loss is fused with its activation."""
        raise NotImplementedError


class MeanSquaredError(Loss):
    """L = (1/B) Σ_i Σ_j (a_ij - y_ij)²: mean over samples, sum over outputs.

    dL/da = (2/B)(a - y).  (Note the sign: a - y.  Descending this gradient moves a
    toward y; the seed text's (y - ŷ) form lacks the leading minus.)
    """

    name, label = "mse", "Mean squared error"
    formula = "L = (1/B) Σ_b Σ_j (a_bj − y_bj)²,   ∂L/∂a = (2/B)(a − y)"

    def value(self, z, a, y):
        d = a - y
        return float(np.einsum("ij,ij->", d, d) / len(y))

    def gradient(self, z, a, y):
        return (a - y) * (2.0 / len(y))


class BinaryCrossEntropy(Loss):
    """L = -(1/B) Σ [y log σ(z) + (1-y) log(1-σ(z))] = (1/B) Σ [max(z,0) - z y + log(1+e^-|z|)].

    Fused with a sigmoid output: dL/dz = (σ(z) - y)/B.
    """

    name, label, fused_activation = "bce", "Binary cross-entropy", "sigmoid"
    formula = "L = −(1/B) Σ_b [y log a + (1 − y) log(1 − a)],  a = σ(z),   ∂L/∂z = (a − y)/B"

    def value(self, z, a, y):
        return float(np.sum(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))) / len(y))

    def gradient(self, z, a, y):
        return (a - y) / len(y)


class CategoricalCrossEntropy(Loss):
    """L = -(1/B) Σ_i Σ_j y_ij log softmax(z_i)_j, with y one-hot rows.

    log softmax(z)_j = z_j - m - log Σ_k e^(z_k - m), m = max_k z_k (stable).
    Fused with a softmax output: dL/dz = (softmax(z) - y)/B.
    """

    name, label, fused_activation = "cross_entropy", "Cross-entropy (softmax)", "softmax"
    formula = "L = −(1/B) Σ_b Σ_j y_bj log a_bj,  a = softmax(z),   ∂L/∂z = (a − y)/B"

    def value(self, z, a, y):
        shifted = z - z.max(axis=1, keepdims=True)
        log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        return float(-np.einsum("ij,ij->", y, log_p) / len(y))

    def gradient(self, z, a, y):
        return (a - y) / len(y)


LOSSES: dict[str, Loss] = {cls.name: cls() for cls in
                           (MeanSquaredError, BinaryCrossEntropy, CategoricalCrossEntropy)}


def get_loss(name: str) -> Loss:
    return lookup(LOSSES, name, "loss")
