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

import numpy as np

from .registry import lookup


class Optimizer:
    name = ""
    label = ""
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

    def _update(self, theta, grad):
        theta -= self.learning_rate * grad


class Momentum(Optimizer):
    name, label = "momentum", "Momentum"
    defaults = {"momentum": 0.9}
    state_names = ("velocity",)

    def _update(self, theta, grad):
        v = self.state["velocity"]
        v *= self.momentum
        v -= self.learning_rate * grad
        theta += v


class Nesterov(Optimizer):
    name, label = "nesterov", "Nesterov momentum"
    defaults = {"momentum": 0.9}
    state_names = ("velocity",)

    def _update(self, theta, grad):
        v = self.state["velocity"]
        mu = self.momentum
        theta -= mu * v
        v *= mu
        v -= self.learning_rate * grad
        theta += (1.0 + mu) * v


class AdaGrad(Optimizer):
    name, label = "adagrad", "AdaGrad"
    defaults = {"epsilon": 1e-8}
    state_names = ("sum_sq",)

    def _update(self, theta, grad):
        g2 = self.state["sum_sq"]
        g2 += grad * grad
        theta -= self.learning_rate * grad / (np.sqrt(g2) + self.epsilon)


class RMSProp(Optimizer):
    name, label = "rmsprop", "RMSProp"
    defaults = {"rho": 0.9, "epsilon": 1e-8}
    state_names = ("mean_sq",)

    def _update(self, theta, grad):
        s = self.state["mean_sq"]
        s *= self.rho
        s += (1.0 - self.rho) * grad * grad
        theta -= self.learning_rate * grad / (np.sqrt(s) + self.epsilon)


class Adam(Optimizer):
    name, label = "adam", "Adam"
    defaults = {"beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8}
    state_names = ("m", "v")

    def _update(self, theta, grad):
        m, v = self.state["m"], self.state["v"]
        m *= self.beta1
        m += (1.0 - self.beta1) * grad
        v *= self.beta2
        v += (1.0 - self.beta2) * grad * grad
        m_scale = self.learning_rate / (1.0 - self.beta1 ** self.t)
        v_scale = 1.0 / (1.0 - self.beta2 ** self.t)
        theta -= m_scale * m / (np.sqrt(v * v_scale) + self.epsilon)


OPTIMIZERS: dict[str, type[Optimizer]] = {
    cls.name: cls for cls in (SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam)
}


def make_optimizer(name: str, size: int, dtype=np.float64, **hyper) -> Optimizer:
    return lookup(OPTIMIZERS, name, "optimizer")(size, dtype=dtype, **hyper)
