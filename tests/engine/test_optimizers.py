"""Each optimizer's first three updates equal a scalar re-computation of its published rule.

The problem: f(θ) = ½ Σ a_i θ_i², so g = a·θ.  The reference loops below are written
entry by entry from the papers' rules, independently of the vectorized engine code.
"""
import math

import numpy as np
import pytest

from playground.engine.optimizers import make_optimizer

A = np.array([1.0, 4.0, 0.5])
THETA0 = np.array([1.0, -2.0, 3.0])
LR = 0.1


def reference(name, steps=3, **h):
    theta = list(THETA0)
    state = [dict(v=0.0, m=0.0, s=0.0, G=0.0) for _ in theta]
    out = []
    for t in range(1, steps + 1):
        for i, st in enumerate(state):
            g = A[i] * theta[i]
            if name == "sgd":  # θ ← θ - η g
                theta[i] -= LR * g
            elif name == "momentum":  # v ← μv - ηg; θ ← θ + v  (Polyak / Sutskever et al. 2013)
                st["v"] = h["momentum"] * st["v"] - LR * g
                theta[i] += st["v"]
            elif name == "nesterov":  # look-ahead form: θ ← θ - μ v_prev + (1+μ) v
                prev = st["v"]
                st["v"] = h["momentum"] * prev - LR * g
                theta[i] += -h["momentum"] * prev + (1 + h["momentum"]) * st["v"]
            elif name == "adagrad":  # G ← G + g²; θ ← θ - η g/(√G + ε)  (Duchi et al. 2011)
                st["G"] += g * g
                theta[i] -= LR * g / (math.sqrt(st["G"]) + h["epsilon"])
            elif name == "rmsprop":  # s ← ρs + (1-ρ)g²; θ ← θ - η g/(√s + ε)  (Hinton 2012)
                st["s"] = h["rho"] * st["s"] + (1 - h["rho"]) * g * g
                theta[i] -= LR * g / (math.sqrt(st["s"]) + h["epsilon"])
            elif name == "adam":  # Kingma & Ba 2015, Algorithm 1
                st["m"] = h["beta1"] * st["m"] + (1 - h["beta1"]) * g
                st["s"] = h["beta2"] * st["s"] + (1 - h["beta2"]) * g * g
                m_hat = st["m"] / (1 - h["beta1"] ** t)
                v_hat = st["s"] / (1 - h["beta2"] ** t)
                theta[i] -= LR * m_hat / (math.sqrt(v_hat) + h["epsilon"])
        out.append(list(theta))
    return np.array(out)


CASES = {
    "sgd": {},
    "momentum": {"momentum": 0.9},
    "nesterov": {"momentum": 0.8},
    "adagrad": {"epsilon": 1e-8},
    "rmsprop": {"rho": 0.9, "epsilon": 1e-8},
    "adam": {"beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8},
}


@pytest.mark.parametrize("name", CASES)
def test_first_three_updates_follow_the_published_rule(name):
    opt = make_optimizer(name, 3, learning_rate=LR, **CASES[name])
    theta = THETA0.copy()
    got = []
    for _ in range(3):
        opt.step(theta, A * theta)
        got.append(theta.copy())
    np.testing.assert_allclose(np.array(got), reference(name, **CASES[name]), rtol=1e-12, atol=1e-14)


def test_adam_first_step_moves_each_parameter_by_the_learning_rate():
    """With bias correction, Adam's first step is η·sign(g) (up to ε)."""
    opt = make_optimizer("adam", 3, learning_rate=0.01)
    theta = THETA0.copy()
    opt.step(theta, A * theta)
    np.testing.assert_allclose(THETA0 - theta, 0.01 * np.sign(THETA0), rtol=1e-6)


def test_changing_a_hyperparameter_keeps_the_state():
    opt = make_optimizer("momentum", 3, learning_rate=LR, momentum=0.9)
    theta = THETA0.copy()
    opt.step(theta, A * theta)
    velocity = opt.state["velocity"].copy()
    opt.set_hyperparameters(learning_rate=0.5, momentum=0.5)
    assert np.array_equal(opt.state["velocity"], velocity) and opt.t == 1
    before = theta.copy()
    opt.step(theta, A * theta)
    np.testing.assert_allclose(theta, before + 0.5 * velocity - 0.5 * A * before)


def test_state_round_trips():
    opt = make_optimizer("adam", 3, learning_rate=LR)
    theta = THETA0.copy()
    opt.step(theta, A * theta)
    saved = opt.state_dict()
    other = make_optimizer("adam", 3, learning_rate=LR)
    other.load_state_dict(saved)
    a, b = theta.copy(), theta.copy()
    opt.step(a, A * a)
    other.step(b, A * b)
    assert np.array_equal(a, b)


def test_unknown_hyperparameter_is_refused():
    with pytest.raises(TypeError):
        make_optimizer("sgd", 3).set_hyperparameters(momentum=0.9)
