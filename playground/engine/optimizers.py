"""Update rules over the network's flat parameter vector θ and gradient g.

Each rule updates *every* parameter with a few vectorized NumPy expressions, in place.
Hyper-parameters are plain attributes: changing one between steps keeps the state.
``state_dict``/``load_state_dict`` expose the state (velocities, moments, step count).

==========  ==================================================================
sgd         θ ← θ - η g
momentum    v ← μ v - η g;  θ ← θ + v
nesterov    v' ← μ v - η g;  θ ← θ - μ v + (1 + μ) v';  v ← v'
adagrad     G ← G + g²;  θ ← θ - η g / (√G + ε)
rmsprop     s ← ρ s + (1 - ρ) g²;  θ ← θ - η g / (√s + ε)
adam        m ← β₁ m + (1 - β₁) g;  v ← β₂ v + (1 - β₂) g²;  t ← t + 1
            θ ← θ - η m̂ / (√v̂ + ε),  m̂ = m / (1 - β₁ᵗ),  v̂ = v / (1 - β₂ᵗ)
==========  ==================================================================
"""
from __future__ import annotations

import math

import numpy as np

from .hyperparameters import hyper_defaults
from .registry import lookup


class Optimizer:
    name = ""
    label = ""
    rule = ""  # the update as a person reads it, g = ∂L/∂w (the lessons show it)
    defaults: dict[str, float] = {}
    state_names: tuple[str, ...] = ()

    def __init__(self, size: int, dtype=np.float64, learning_rate: float = 0.03, **hyper):
        self.learning_rate = float(learning_rate)
        for key, default in self.defaults.items():
            setattr(self, key, float(hyper.pop(key, default)))
        if hyper:
            raise TypeError(f"{self.name} has no hyper-parameter {', '.join(hyper)}")
        self.t = 0
        self.state = {key: np.zeros(size, dtype=dtype) for key in self.state_names}
        self._tmp = np.empty(size, dtype=dtype)  # scratch, so a step allocates nothing large

    def hyperparameters(self) -> dict[str, float]:
        return {"learning_rate": self.learning_rate, **{k: getattr(self, k) for k in self.defaults}}

    def set_hyperparameters(self, **values: float) -> None:
        for key, value in values.items():
            if key not in self.hyperparameters():
                raise TypeError(f"{self.name} has no hyper-parameter {key}")
            setattr(self, key, float(value))

    def step(self, theta: np.ndarray, grad: np.ndarray) -> None:
        """Update θ in place from g."""
        self.t += 1
        self._update(theta, grad)

    def _update(self, theta, grad):
        raise NotImplementedError

    def state_dict(self) -> dict[str, np.ndarray]:
        return {"t": np.array(self.t), **{k: v.copy() for k, v in self.state.items()}}

    def load_state_dict(self, state: dict[str, np.ndarray]) -> None:
        self.t = int(state["t"])
        for key, value in self.state.items():
            value[...] = state[key]


class SGD(Optimizer):
    name, label = "sgd", "Gradient descent"
    rule = "w ← w − η g"

    def _update(self, theta, grad):
        np.multiply(grad, self.learning_rate, out=self._tmp)
        theta -= self._tmp


class Momentum(Optimizer):
    name, label = "momentum", "Momentum"
    rule = "v ← μ v − η g;   w ← w + v"
    defaults = hyper_defaults("momentum")
    state_names = ("velocity",)

    def _update(self, theta, grad):
        v, tmp = self.state["velocity"], self._tmp
        v *= self.momentum
        np.multiply(grad, self.learning_rate, out=tmp)
        v -= tmp
        theta += v


class Nesterov(Optimizer):
    name, label = "nesterov", "Nesterov momentum"
    rule = "v′ ← μ v − η g;   w ← w − μ v + (1 + μ) v′;   v ← v′"
    defaults = hyper_defaults("momentum")
    state_names = ("velocity",)

    def _update(self, theta, grad):
        v, tmp, mu = self.state["velocity"], self._tmp, self.momentum
        np.multiply(v, mu, out=tmp)
        theta -= tmp
        v *= mu
        np.multiply(grad, self.learning_rate, out=tmp)
        v -= tmp
        np.multiply(v, 1.0 + mu, out=tmp)
        theta += tmp


class _AdaptiveRate(Optimizer):
    """Shared last step of AdaGrad and RMSProp: θ ← θ - η g / (√acc + ε)."""

    def _apply(self, theta, grad, acc):
        tmp = self._tmp
        np.sqrt(acc, out=tmp)
        tmp += self.epsilon
        np.divide(grad, tmp, out=tmp)
        tmp *= self.learning_rate
        theta -= tmp


class AdaGrad(_AdaptiveRate):
    name, label = "adagrad", "AdaGrad"
    rule = "G ← G + g²;   w ← w − η g / (√G + ε)"
    defaults = hyper_defaults("epsilon")
    state_names = ("sum_sq",)

    def _update(self, theta, grad):
        acc = self.state["sum_sq"]
        np.multiply(grad, grad, out=self._tmp)
        acc += self._tmp
        self._apply(theta, grad, acc)


class RMSProp(_AdaptiveRate):
    name, label = "rmsprop", "RMSProp"
    rule = "s ← ρ s + (1 − ρ) g²;   w ← w − η g / (√s + ε)"
    defaults = hyper_defaults("rho", "epsilon")
    state_names = ("mean_sq",)

    def _update(self, theta, grad):
        acc = self.state["mean_sq"]
        acc *= self.rho
        np.multiply(grad, grad, out=self._tmp)
        self._tmp *= 1.0 - self.rho
        acc += self._tmp
        self._apply(theta, grad, acc)


class Adam(Optimizer):
    """Computed in Kingma & Ba's efficient form: with c₁ = 1 - β₁ᵗ and c₂ = 1 - β₂ᵗ,
    θ ← θ - (η √c₂ / c₁) · m / (√v + ε √c₂), which equals the rule above."""

    name, label = "adam", "Adam"
    rule = ("m ← β₁ m + (1 − β₁) g;   v ← β₂ v + (1 − β₂) g²;   m_hat = m / (1 − β₁ᵗ),   "
            "v_hat = v / (1 − β₂ᵗ);   w ← w − η m_hat / (√v_hat + ε)")
    defaults = hyper_defaults("beta1", "beta2", "epsilon")
    state_names = ("m", "v")

    def _update(self, theta, grad):
        m, v, tmp = self.state["m"], self.state["v"], self._tmp
        m *= self.beta1
        np.multiply(grad, 1.0 - self.beta1, out=tmp)
        m += tmp
        v *= self.beta2
        np.multiply(grad, grad, out=tmp)
        tmp *= 1.0 - self.beta2
        v += tmp
        root_c2 = math.sqrt(1.0 - self.beta2 ** self.t)  # a Python float keeps float32 arrays float32
        np.sqrt(v, out=tmp)
        tmp += self.epsilon * root_c2
        np.divide(m, tmp, out=tmp)
        tmp *= self.learning_rate * root_c2 / (1.0 - self.beta1 ** self.t)
        theta -= tmp


OPTIMIZERS: dict[str, type[Optimizer]] = {
    cls.name: cls for cls in (SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam)
}


def make_optimizer(name: str, size: int, dtype=np.float64, **hyper) -> Optimizer:
    return lookup(OPTIMIZERS, name, "optimizer")(size, dtype=dtype, **hyper)
