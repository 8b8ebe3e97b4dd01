"""The math inspector's numbers: for one parameter, what the *next* update will compute.

``inspect(experiment, target)`` takes the batch the next update will take (without taking
it), runs the same forward and backward pass, clipping and optimizer step as
:meth:`Trainer.step` on copies, and returns every intermediate number: the forward equation
z = Σᵢ wᵢⱼ xᵢ + bⱼ, a = f(z) of the neuron for one sample, the gradient
∂L/∂wᵢⱼ = Σ_b xᵢ⁽ᵇ⁾ δⱼ⁽ᵇ⁾ (δ = ∂L/∂z already holds the loss's 1/B, so the sum *is* the batch
average), the penalty's term, and the optimizer's state before and after with the step Δw.
Pressing Step afterwards changes the parameter by exactly ``update.delta``.  The run itself
is left as it was (weights, optimizer state, counters, the last gradient the views show).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import EngineError
from .layers import Dense
from .optimizers import make_optimizer

MAX_SAMPLE_TERMS = 8  # per-sample products x·δ carried to the GUI (the sum covers the whole batch)


@dataclass(frozen=True)
class InspectTarget:
    """One parameter entry: ``layer`` indexes the network's layers, ``param`` names the array
    ("W", "b", "W_xh", "W_hh"), ``flat`` is the entry's position in that array (C order)."""

    layer: int
    param: str
    flat: int


@dataclass(frozen=True)
class ForwardTerms:
    """z = Σᵢ wᵢ xᵢ + b and a = f(z) of neuron ``neuron`` for training sample ``sample``."""

    sample: int
    neuron: int
    inputs: np.ndarray
    weights: np.ndarray
    bias: float
    z: float
    a: float
    activation: str


@dataclass(frozen=True)
class GradientTerms:
    """g = clip · (Σ_b xᵢ⁽ᵇ⁾ δⱼ⁽ᵇ⁾ + penalty term).  ``inputs``/``deltas`` are the first
    MAX_SAMPLE_TERMS samples' factors (None for a convolution or recurrent weight, whose
    gradient sums over positions or time steps too); ``samples`` the batch's indices."""

    batch: int
    samples: np.ndarray
    inputs: np.ndarray | None
    deltas: np.ndarray | None
    data: float
    penalty: float
    regularizer: str
    rate: float
    clip: float
    grad: float


@dataclass(frozen=True)
class UpdateTerms:
    """The optimizer's step: its state for this entry before and after (``velocity``, ``m``,
    ``v``…), Adam's bias-corrected ``m_hat``/``v_hat``, and Δw = w_new − w."""

    optimizer: str
    learning_rate: float
    hyper: dict
    t: int
    before: dict
    after: dict
    corrected: dict
    value: float
    new_value: float
    delta: float


@dataclass(frozen=True)
class Inspection:
    target: InspectTarget
    layer_name: str
    index: tuple
    step: int  # updates made so far: this is update step + 1
    forward: ForwardTerms | None
    gradient: GradientTerms
    update: UpdateTerms


def _flat_offset(net, target: InspectTarget) -> tuple[int, tuple]:
    """Position of the target in θ, and its index in its own array; EngineError when absent."""
    slots = net.slots[target.layer] if 0 <= target.layer < len(net.layers) else {}
    if target.param not in slots or not 0 <= target.flat < slots[target.param][1].size:
        raise EngineError(code="no_such_parameter", layer=target.layer, param=target.param, index=target.flat)
    offset, spec = slots[target.param]
    return offset + target.flat, tuple(int(i) for i in np.unravel_index(target.flat, spec.shape))


def _layer_name(net, layer: int) -> str:
    return f"L{net.weighted_layers.index(layer) + 1}"


def inspect(experiment, target: InspectTarget, sample: int | None = None) -> Inspection:
    """Every number of the next update for ``target`` (see the module's docstring).
    ``sample``: the training sample of the forward equation (default: the batch's first)."""
    trainer, net = experiment.trainer, experiment.network
    position, index = _flat_offset(net, target)
    saved_grad, saved_layers = net.grad.copy(), [dict(vars(layer)) for layer in net.layers]
    try:
        with np.errstate(all="ignore"):
            gradient, grad = _gradient(trainer, target, position, index)
            update = _update(trainer, grad, position)
            forward = _forward(experiment, target, index, gradient.samples[0] if sample is None else sample)
    finally:
        np.copyto(net.grad, saved_grad)
        for layer, attributes in zip(net.layers, saved_layers):
            layer.__dict__.clear()
            layer.__dict__.update(attributes)
    return Inspection(target, _layer_name(net, target.layer), index, trainer.step_count, forward, gradient, update)


def _gradient(trainer, target: InspectTarget, position: int, index: tuple) -> tuple[GradientTerms, np.ndarray]:
    """The next batch's gradient, as Trainer._step computes it (returned whole, clipped)."""
    net, reg = trainer.network, trainer.regularizer
    samples = trainer.peek_batch()
    xb, yb = trainer.x_train[samples], trainer.y_train[samples]
    net.forward(xb)
    net.backward(trainer.loss, yb)
    data = float(net.grad[position])
    penalty = np.zeros(1, dtype=net.dtype)
    if reg.rate:
        reg.add_gradient(net.theta[:net.n_weights], net.grad[:net.n_weights])
        if position < net.n_weights:
            reg.add_gradient(net.theta[position:position + 1], penalty)
    grad = net.grad.copy()
    grad_sq = float(np.dot(grad, grad))
    clip = 1.0
    if trainer.clip_norm > 0 and grad_sq > trainer.clip_norm ** 2:
        clip = trainer.clip_norm / np.sqrt(grad_sq)
        grad *= clip
    layer = net.layers[target.layer]
    inputs = deltas = None
    if isinstance(layer, Dense):
        n = MAX_SAMPLE_TERMS
        j = index[-1]
        deltas = layer.delta[:n, j].copy()
        inputs = layer.x.reshape(len(xb), -1)[:n, index[0]].copy() if target.param == "W" else np.ones(len(deltas))
    terms = GradientTerms(len(samples), samples.copy(), inputs, deltas, data, float(penalty[0]), reg.name,
                          reg.rate, float(clip), float(grad[position]))
    return terms, grad


def _update(trainer, grad: np.ndarray, position: int) -> UpdateTerms:
    """The optimizer's step on copies of θ and of its state."""
    net, live = trainer.network, trainer.optimizer
    hyper = live.hyperparameters()
    rule = make_optimizer(live.name, net.theta.size, net.dtype, **hyper)
    rule.load_state_dict(live.state_dict())
    before = {name: float(state[position]) for name, state in rule.state.items()}
    theta = net.theta.copy()
    rule.step(theta, grad)
    after = {name: float(state[position]) for name, state in rule.state.items()}
    corrected = {}
    if live.name == "adam":
        corrected = {"m_hat": after["m"] / (1.0 - rule.beta1 ** rule.t),
                     "v_hat": after["v"] / (1.0 - rule.beta2 ** rule.t)}
    value, new_value = float(net.theta[position]), float(theta[position])
    return UpdateTerms(live.name, hyper["learning_rate"], {k: v for k, v in hyper.items() if k != "learning_rate"},
                       rule.t, before, after, corrected, value, new_value, new_value - value)


def _forward(experiment, target: InspectTarget, index: tuple, sample: int) -> ForwardTerms | None:
    """The neuron's sum for one training sample (dense layers; None for the others)."""
    net = experiment.network
    layer = net.layers[target.layer]
    if not isinstance(layer, Dense):
        return None
    sample = min(max(int(sample), 0), len(experiment.trainer.x_train) - 1)
    outputs = net.forward_all(experiment.trainer.x_train[sample:sample + 1])
    below = experiment.trainer.x_train[sample:sample + 1] if target.layer == 0 else outputs[target.layer - 1]
    j = index[-1]
    return ForwardTerms(sample, j, below.reshape(-1).copy(), layer.params["W"][:, j].copy(),
                        float(layer.params["b"][j]), float(layer.z[0, j]), float(outputs[target.layer][0, j]),
                        layer.activation_name)
