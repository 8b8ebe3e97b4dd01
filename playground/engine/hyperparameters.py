"""The optimizers' hyper-parameters, each described once: default, allowed range, the
step a spin box takes, and the name and tooltip a person reads.  The optimizers take
their defaults from here, ``Config.validate`` checks against these ranges, and the GUI
builds its controls from them.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HyperParameter:
    """One optimizer setting: ``low <= value <= high``, shown with ``decimals`` decimals."""

    name: str
    default: float
    low: float
    high: float
    step: float
    label: str
    tooltip: str
    decimals: int = 4


HYPERPARAMETERS: dict[str, HyperParameter] = {h.name: h for h in (
    HyperParameter("momentum", 0.9, 0.0, 0.999, 0.05, "Momentum μ",
                   "Fraction of the previous step kept in the velocity (0.9 is usual)."),
    HyperParameter("beta1", 0.9, 0.0, 0.999, 0.01, "β₁",
                   "Decay of Adam's running mean of gradients (0.9 is usual)."),
    HyperParameter("beta2", 0.999, 0.0, 0.9999, 0.001, "β₂",
                   "Decay of Adam's running mean of squared gradients (0.999 is usual)."),
    HyperParameter("rho", 0.9, 0.0, 0.999, 0.01, "ρ",
                   "Decay of RMSProp's running mean of squared gradients (0.9 is usual)."),
    HyperParameter("epsilon", 1e-8, 1e-12, 1.0, 1e-8, "ε",
                   "Added to the denominator so a tiny gradient history cannot divide by zero.", decimals=10),
)}


def hyper_defaults(*names: str) -> dict[str, float]:
    """``{name: default}`` for the named hyper-parameters, in the order given."""
    return {name: HYPERPARAMETERS[name].default for name in names}
