"""Image layers: gradients against finite differences, forward against a plain loop, and
weight sharing."""
import numpy as np
import pytest

from playground.engine.activations import HIDDEN_ACTIVATIONS
from playground.engine.conv_layers import AvgPool2D, Conv2D, Flatten, MaxPool2D
from playground.engine.initializers import INITIALIZERS
from playground.engine.layers import Dense
from playground.engine.losses import get_loss
from playground.engine.network import Network
from playground.engine.recurrent import SimpleRNN
from playground.engine.regularizers import make_regularizer

from .gradcheck import assert_network_gradients


def check_gradients(layers, input_shape, seed=0, batch=2):
    rng = np.random.default_rng(seed)
    net = Network(layers + [Flatten(), Dense(2, "linear")], input_shape)
    net.initialize(rng)
    net.theta += rng.normal(0, 0.1, net.theta.shape)
    x = rng.normal(0, 1, (batch, *input_shape))
    y = rng.normal(0, 1, (batch, 2))
    assert_network_gradients(net, x, y, get_loss("mse"), make_regularizer("l2", 0.01))


@pytest.mark.parametrize("padding", ["valid", "same"])
@pytest.mark.parametrize("stride", [1, 2])
@pytest.mark.parametrize("activation", HIDDEN_ACTIVATIONS)
def test_conv2d_gradients(padding, stride, activation):
    check_gradients([Conv2D(3, kernel=3, stride=stride, padding=padding, activation=activation)], (2, 6, 5))


def test_stacked_conv_and_even_kernel_same_padding():
    check_gradients([Conv2D(2, 2, padding="same", activation="tanh"), Conv2D(3, 3, stride=2, activation="sigmoid")],
                    (1, 7, 7))


@pytest.mark.parametrize("pool", [MaxPool2D(2), MaxPool2D(3, stride=2), AvgPool2D(2), AvgPool2D(3, stride=1)])
def test_pool_gradients(pool):
    check_gradients([Conv2D(2, 3, padding="same", activation="tanh"), pool], (1, 7, 6))


def conv_by_loops(x, w, b, stride, pad):
    """The definition, one output pixel at a time: obviously right, and slow."""
    x = np.pad(x, ((0, 0), (0, 0), pad, pad))
    batch, _, h, width = x.shape
    f, _, k, _ = w.shape
    ho, wo = (h - k) // stride + 1, (width - k) // stride + 1
    out = np.zeros((batch, f, ho, wo))
    for n in range(batch):
        for o in range(f):
            for i in range(ho):
                for j in range(wo):
                    patch = x[n, :, i * stride:i * stride + k, j * stride:j * stride + k]
                    out[n, o, i, j] = (patch * w[o]).sum() + b[o]
    return out


@pytest.mark.parametrize("stride,padding,pad", [(1, "valid", (0, 0)), (2, "valid", (0, 0)), (1, "same", (1, 1))])
def test_conv2d_forward_equals_the_loop_definition(stride, padding, pad):
    rng = np.random.default_rng(3)
    layer = Conv2D(4, 3, stride=stride, padding=padding, activation="linear")
    net = Network([layer], (3, 7, 8))
    net.initialize(rng)
    net.theta += rng.normal(0, 0.1, net.theta.shape)
    x = rng.normal(size=(2, 3, 7, 8))
    expected = conv_by_loops(x, layer.params["W"], layer.params["b"], stride, pad)
    np.testing.assert_allclose(net.forward(x), expected, atol=1e-12)


def test_max_pool_takes_window_maxima():
    x = np.arange(16.0).reshape(1, 1, 4, 4)
    net = Network([MaxPool2D(2)], (1, 4, 4))
    np.testing.assert_array_equal(net.forward(x)[0, 0], [[5, 7], [13, 15]])


def test_conv_parameters_do_not_depend_on_the_image_size():
    counts = {Network([Conv2D(8, 3)], (1, n, n)).parameter_count() for n in (8, 28, 100)}
    assert counts == {8 * 1 * 3 * 3 + 8}


@pytest.mark.parametrize("init", sorted(INITIALIZERS))
def test_every_initializer_draws_kernels_and_recurrent_weights(init):
    rng = np.random.default_rng(0)
    for layers, shape in (([Conv2D(4, 3, init=init), Flatten()], (2, 6, 6)), ([SimpleRNN(5, init=init)], (7, 3))):
        net = Network(layers, shape)
        net.initialize(rng)
        assert np.all(np.isfinite(net.theta))
        assert net.n_weights > 0
