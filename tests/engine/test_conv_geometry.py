"""The window behind an output cell and receptive fields through image layers, by hand."""
import numpy as np

from playground.engine.config import Config
from playground.engine.conv_geometry import Window, conv_cell, padded, receptive_field
from playground.engine.experiment import Experiment
from playground.engine.layer_text import parse_layers


def test_same_padding_of_a_3x3_kernel_pads_one_pixel_before():
    assert Window.of(3, 1, "same", (1, 8, 8)) == Window(3, 1, 1, 1)
    assert Window.of(3, 2, "valid", (1, 8, 8)) == Window(3, 2, 0, 0)


def test_one_valid_layer_reads_a_kxk_window_at_stride_steps():
    assert receptive_field([Window(3, 2)], [(9, 9)], 1, 3) == [(2, 5, 6, 9)]


def test_same_padding_clips_the_window_at_the_border():
    assert receptive_field([Window(3, 1, 1, 1)], [(8, 8)], 0, 7) == [(0, 2, 6, 8)]


def test_conv_then_pool_grows_the_field_backwards():
    # conv 3×3 valid on 8×8 → 6×6; maxpool 2 → 3×3; pool cell (1, 2) covers conv rows 2-3, cols 4-5,
    # which read input rows 2-5 and columns 4-7
    boxes = receptive_field([Window(3, 1), Window(2, 2)], [(8, 8), (6, 6)], 1, 2)
    assert boxes == [(2, 6, 4, 8), (2, 4, 4, 6)]


def test_conv_cell_reproduces_the_layers_output_with_stride_and_padding():
    config = Config(dataset="digits", n_samples=60, hidden=parse_layers("conv3x3s2same"))
    net = Experiment(config).network
    layer = net.layers[0]
    x = np.random.default_rng(0).normal(size=(1, *layer.input_shape))
    z = layer.forward(x)
    window = Window.of(layer.kernel, layer.stride, layer.padding, layer.input_shape)
    xp = padded(x[0], window, layer.output_shape[1:])
    for f, r, c in [(0, 0, 0), (2, 3, 1), (1, layer.output_shape[1] - 1, layer.output_shape[2] - 1)]:
        patch, products, pre = conv_cell(xp, layer.params["W"], layer.params["b"], window, f, r, c)
        assert patch.shape == (1, 3, 3)
        assert np.isclose(pre, layer.z[0, f, r, c])
        np.testing.assert_allclose(layer.activation.forward(np.array(pre)), z[0, f, r, c])


def test_planned_layers_have_the_shapes_the_built_network_has_and_refuse_what_it_refuses():
    import pytest

    from playground.engine.errors import ConfigError
    from playground.engine.experiment import planned_layers
    for config in (Config(dataset="digits", n_samples=60, hidden=parse_layers("conv4x3s2same,maxpool2,6")),
                   Config(dataset="adding", n_samples=60, loss="mse", hidden=parse_layers("rnn5seq,rnn3"))):
        planned = [(layer.kind, layer.input_shape, layer.output_shape) for layer in planned_layers(config)]
        built = [(layer.kind, layer.input_shape, layer.output_shape) for layer in Experiment(config).network.layers]
        assert planned == built
    with pytest.raises(ConfigError) as refused:
        planned_layers(Config(dataset="digits", n_samples=60, hidden=parse_layers("conv4x9")))
    assert refused.value.code == "layer_does_not_fit"
