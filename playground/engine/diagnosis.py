"""Gradient advice with a cause: one finding per snapshot, as a code and values (the GUI
words it).  Uses only what the typed snapshot carries, so it costs nothing per update."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .snapshots import Snapshot
from .training import EXPLODING_NORM, EXPLODING_UPDATE_RATIO, VANISHING_RATIO

DEAD_SHARE = 0.25  # a quarter of a ReLU layer's units never active
SATURATED_SHARE = 0.5  # half of a sigmoid/tanh layer's outputs at the asymptotes


@dataclass(frozen=True)
class Diagnosis:
    """``code``: "not_finite" | "exploding" | "saturated" | "dead_relu" | "vanishing";
    ``cause``: "learning_rate" | "init_scale" | "" (when it cannot be told);
    ``layers``: names of the layers concerned ("L1", …); ``share``: the largest dead or
    saturated share among them (NaN for the other codes)."""

    code: str
    cause: str
    layers: tuple
    share: float = float("nan")


def diagnose(snapshot: Snapshot) -> Diagnosis | None:
    """The most fundamental problem of the latest update, or None.

    In order: NaN/∞ weights or gradients; exploding (‖ΔW‖/‖W‖ > EXPLODING_UPDATE_RATIO: the
    learning rate; ‖∂L/∂W‖ > EXPLODING_NORM with small updates: the initialization scale);
    saturated sigmoid/tanh layers (share ≥ SATURATED_SHARE) and dead ReLU layers (share ≥
    DEAD_SHARE), blamed on the learning rate when some update of the run was as large as the
    weights, else on the initialization; vanishing gradients (‖∂L/∂W_l‖ < VANISHING_RATIO ·
    ‖∂L/∂W_out‖).
    """
    layers = snapshot.weighted_layers()
    norms, ratios = np.asarray(snapshot.grad_norms, float), np.asarray(snapshot.update_ratios, float)
    if len(norms) != len(layers):
        return None
    names = [layer.name for layer in layers]
    pick = lambda mask: tuple(n for n, m in zip(names, mask) if m)  # noqa: E731
    with np.errstate(all="ignore"):
        finite = np.isfinite(norms) & ~(np.isinf(ratios))
        finite &= [all(np.isfinite(p.value).all() for p in layer.params()) for layer in layers]
        if not finite.all():
            return Diagnosis("not_finite", "learning_rate", pick(~finite))
        steep = ratios > EXPLODING_UPDATE_RATIO
        if steep.any():
            return Diagnosis("exploding", "learning_rate", pick(steep))
        if (norms > EXPLODING_NORM).any():
            return Diagnosis("exploding", "init_scale", pick(norms > EXPLODING_NORM))
    wild_run = bool(np.any(np.asarray(snapshot.peak_update_ratio) > EXPLODING_UPDATE_RATIO))
    cause = "learning_rate" if wild_run else "init_scale"
    for code, shares, limit in (("saturated", [l.saturated_share for l in layers], SATURATED_SHARE),
                                ("dead_relu", [l.dead_share for l in layers], DEAD_SHARE)):
        shares = np.asarray(shares, float)
        hit = np.nan_to_num(shares, nan=-1.0) >= limit
        if hit.any():
            return Diagnosis(code, cause, pick(hit), float(shares[hit].max()))
    if len(norms) and norms[-1] > 0:
        fading = norms < VANISHING_RATIO * norms[-1]
        if fading.any():
            return Diagnosis("vanishing", "", pick(fading))
    return None
