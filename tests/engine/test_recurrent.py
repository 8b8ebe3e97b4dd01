"""SimpleRNN: BPTT against finite differences, truncation, weight sharing, what it exposes."""
import numpy as np
import pytest

from playground.engine.activations import HIDDEN_ACTIVATIONS
from playground.engine.conv_layers import Flatten
from playground.engine.layers import Dense
from playground.engine.losses import get_loss
from playground.engine.network import Network
from playground.engine.recurrent import SimpleRNN
from playground.engine.regularizers import make_regularizer

from .gradcheck import assert_network_gradients


def make(rnn, steps=5, features=3, out=2, seed=0):
    rng = np.random.default_rng(seed)
    # the losses take (batch, outputs): a sequence output is flattened to (batch, time·units)
    layers = [rnn, Flatten()] if rnn.return_sequences else [rnn, Dense(out, "linear")]
    net = Network(layers, (steps, features))
    net.initialize(rng)
    net.theta += rng.normal(0, 0.2, net.theta.shape)
    x = rng.normal(0, 1, (4, steps, features))
    y = rng.normal(0, 1, (4, *net.output_shape))
    return net, x, y


def gradients(net, x, y, regularizer=make_regularizer("l1", 0.01)):
    _, _, gx = net.loss_and_gradient(x, y, get_loss("mse"), regularizer, input_grad=True)
    return net.grad.copy(), gx.copy()


@pytest.mark.parametrize("activation", HIDDEN_ACTIVATIONS)
@pytest.mark.parametrize("sequences", [False, True])
def test_full_bptt_matches_finite_differences(activation, sequences):
    net, x, y = make(SimpleRNN(4, activation, return_sequences=sequences))
    assert_network_gradients(net, x, y, get_loss("mse"), make_regularizer("l1", 0.01))


@pytest.mark.parametrize("sequences", [False, True])
def test_truncation_at_or_beyond_the_length_is_full_bptt(sequences):
    full, x, y = make(SimpleRNN(4, return_sequences=sequences))
    cut, _, _ = make(SimpleRNN(4, return_sequences=sequences, bptt=5))
    assert np.array_equal(gradients(full, x, y)[0], gradients(cut, x, y)[0])


def test_truncation_to_one_step_keeps_only_the_last_steps_terms():
    net, x, y = make(SimpleRNN(3, "tanh", bptt=1))
    gradients(net, x, y, make_regularizer("none"))
    rnn, dense = net.layers
    g_h = 2 * (dense.a - y) / len(y) @ dense.params["W"].T  # dL/dh_T through the dense layer, L = (1/B)Σ(a-y)²
    delta = (1 - rnn.h[:, -1] ** 2) * g_h
    np.testing.assert_allclose(rnn.grads["W_hh"], rnn.h[:, -2].T @ delta)
    np.testing.assert_allclose(rnn.grads["W_xh"], x[:, -1].T @ delta)
    full, _, _ = make(SimpleRNN(3, "tanh"))
    assert not np.allclose(gradients(full, x, y)[0], net.grad)


def test_one_recurrent_matrix_whatever_the_sequence_length():
    counts = {Network([SimpleRNN(6)], (steps, 2)).parameter_count() for steps in (3, 20, 200)}
    assert counts == {2 * 6 + 6 * 6 + 6}


def test_hidden_states_gradient_norms_and_spectral_radius_are_exposed():
    net, x, y = make(SimpleRNN(4, "tanh"), steps=12)
    rnn = net.layers[0]
    rnn.params["W_hh"][...] = 0.2 * np.eye(4)
    gradients(net, x, y)
    assert rnn.hidden_states.shape == (4, 12, 4)
    assert rnn.grad_norms.shape == (12,) and rnn.grad_norms[0] < 1e-3 * rnn.grad_norms[-1]  # it fades
    assert rnn.spectral_radius() == pytest.approx(0.2)
