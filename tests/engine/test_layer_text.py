"""Hidden layers written as text, as the command line takes them."""
import pytest

from playground.engine import ConfigError
from playground.engine.config import LayerConfig
from playground.engine.layer_text import parse_layers


def test_each_kind_of_layer_reads_with_its_usual_defaults():
    conv, pool, avg, flat, dense, rnn, last = parse_layers("conv8x5s2same, maxpool2,AVGPOOL3,flatten,16,rnn4seq,rnn2",
                                                           bptt=5)
    assert conv == LayerConfig(8, "relu", "he_normal", kind="conv2d", kernel=5, stride=2, padding="same")
    assert (pool.kind, pool.kernel, pool.stride) == ("maxpool2d", 2, 2)
    assert (avg.kind, avg.kernel, avg.stride) == ("avgpool2d", 3, 3)
    assert flat.kind == "flatten" and dense == LayerConfig(16, "tanh")
    assert (rnn.kind, rnn.units, rnn.return_sequences, rnn.bptt) == ("simple_rnn", 4, True, 5)
    assert not last.return_sequences and parse_layers(" ") == []


def test_a_chosen_activation_and_initializer_apply_to_every_weighted_layer():
    conv, dense = parse_layers("conv4,3", activation="sigmoid", init="normal", init_scale=2.0)
    assert (conv.activation, conv.init, conv.init_scale) == ("sigmoid", "normal", 2.0)
    assert (dense.activation, dense.init, dense.init_scale) == ("sigmoid", "normal", 2.0)


@pytest.mark.parametrize("text, words", [("conv", "cannot read the layer 'conv'"), ("8,x", "cannot read the layer 'x'"),
                                         ("conv4x99", "kernel and window sizes must be 1 to 15"),
                                         ("0", "a dense layer needs 1 to 1024 neurons")])
def test_unreadable_or_impossible_layers_are_refused(text, words):
    with pytest.raises(ConfigError, match=words):
        parse_layers(text)
