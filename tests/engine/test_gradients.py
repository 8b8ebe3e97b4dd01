"""Analytic gradients of the dense network against finite differences, for every
activation × loss × regularizer, for parameters and for the input."""
import numpy as np
import pytest

from playground.engine.activations import ACTIVATIONS
from playground.engine.layers import Dense
from playground.engine.losses import get_loss
from playground.engine.network import Network
from playground.engine.regularizers import REGULARIZERS, make_regularizer

from .gradcheck import assert_network_gradients

# (loss, output activation, output units): every valid pairing
OUTPUTS = [("mse", "linear", 2), ("mse", "tanh", 2), ("mse", "sigmoid", 1), ("mse", "relu", 2),
           ("mse", "leaky_relu", 2), ("mse", "softmax", 3), ("bce", "sigmoid", 1), ("cross_entropy", "softmax", 3)]


def make_case(hidden_act, out_act, units, loss_name, seed=0):
    rng = np.random.default_rng(seed)
    net = Network([Dense(4, hidden_act), Dense(3, hidden_act), Dense(units, out_act)], (3,))
    net.initialize(rng)
    net.theta += rng.normal(0, 0.3, net.theta.shape)  # non-zero biases, away from kinks
    x = rng.normal(0, 1.0, (5, 3))
    if loss_name == "mse":
        y = rng.normal(0, 1, (5, units))
    elif units == 1:
        y = rng.integers(0, 2, (5, 1)).astype(float)
    else:
        y = np.eye(units)[rng.integers(0, units, 5)]
    return net, x, y


@pytest.mark.parametrize("regularizer", list(REGULARIZERS))
@pytest.mark.parametrize("loss_name,out_act,units", OUTPUTS)
@pytest.mark.parametrize("hidden_act", list(ACTIVATIONS))
def test_network_gradient_matches_finite_differences(hidden_act, loss_name, out_act, units, regularizer):
    net, x, y = make_case(hidden_act, out_act, units, loss_name)
    assert_network_gradients(net, x, y, get_loss(loss_name), make_regularizer(regularizer, 0.05))


def test_input_gradient_is_skipped_unless_asked():
    net, x, y = make_case("tanh", "linear", 2, "mse")
    assert net.loss_and_gradient(x, y, get_loss("mse"), make_regularizer("none"))[2] is None


def test_mse_gradient_descends():
    """Seed 002 drops the minus sign of dMSE/dw; one small step must lower the loss."""
    net, x, y = make_case("tanh", "linear", 2, "mse")
    loss, reg = get_loss("mse"), make_regularizer("none")
    before, _, _ = net.loss_and_gradient(x, y, loss, reg)
    net.theta -= 0.01 * net.grad
    after, _, _ = net.loss_and_gradient(x, y, loss, reg)
    assert after < before


def test_regularizer_leaves_biases_alone():
    net, x, y = make_case("tanh", "linear", 2, "mse")
    loss = get_loss("mse")
    net.loss_and_gradient(x, y, loss, make_regularizer("none"))
    plain = net.grad.copy()
    net.loss_and_gradient(x, y, loss, make_regularizer("l2", 10.0))
    assert np.array_equal(net.grad[net.n_weights:], plain[net.n_weights:])
    assert not np.allclose(net.grad[:net.n_weights], plain[:net.n_weights])


@pytest.mark.parametrize("z", [np.array([[-800.0, 0.0, 800.0]]), np.array([[1e4, -1e4, 3.0]])])
def test_stable_for_large_preactivations(z):
    for name in ("sigmoid", "softmax", "tanh"):
        assert np.all(np.isfinite(ACTIVATIONS[name].forward(z)))
    y = np.array([[0.0, 1.0, 0.0]])
    assert np.isfinite(get_loss("cross_entropy").value(z, ACTIVATIONS["softmax"].forward(z), y))
    zb = z[:, :1]
    assert np.isfinite(get_loss("bce").value(zb, ACTIVATIONS["sigmoid"].forward(zb), np.ones((1, 1))))
