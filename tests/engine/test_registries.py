"""Each registry entry is the one place that knows its item: these tests check that what
the GUI shows and what exported scripts run are derived from it."""
import numpy as np
import pytest

from playground.engine import Config, ConfigError, LayerConfig, default_loss
from playground.engine.activations import ACTIVATIONS, LEAKY_SLOPE
from playground.engine.hyperparameters import HYPERPARAMETERS
from playground.engine.optimizers import OPTIMIZERS


@pytest.mark.parametrize("name", ACTIVATIONS)
def test_exported_code_computes_the_activation(name):
    activation = ACTIVATIONS[name]
    namespace = {"np": np}
    exec("\n".join(activation.code_helper), namespace)
    z = np.random.default_rng(0).normal(size=(5, 3)) * 4
    assert np.allclose(eval(activation.code, namespace, {"z": z}), activation.forward(z), rtol=0, atol=1e-15)
    assert activation.label and activation.formula.startswith("a = ") and activation.derivative


def test_the_leaky_slope_is_one_constant():
    leaky = ACTIVATIONS["leaky_relu"]
    z = np.array([-2.0, 3.0])
    assert leaky.forward(z).tolist() == [-2.0 * LEAKY_SLOPE, 3.0]
    assert f"{LEAKY_SLOPE:g}·z" in leaky.formula and repr(LEAKY_SLOPE) in leaky.code


def test_optimizer_defaults_come_from_the_hyperparameters():
    for cls in OPTIMIZERS.values():
        for key, value in cls.defaults.items():
            h = HYPERPARAMETERS[key]
            assert value == h.default and h.low <= h.default <= h.high and 0 < h.step <= h.high - h.low


@pytest.mark.parametrize("key", HYPERPARAMETERS)
def test_config_checks_the_hyperparameter_ranges(key):
    h = HYPERPARAMETERS[key]
    Config(optimizer="adam", hyper={key: h.high}).validate()
    with pytest.raises(ConfigError, match=key):
        Config(optimizer="adam", hyper={key: h.high * 2 + 1}).validate()


def test_default_loss_by_task():
    assert default_loss("regression") == "mse"
    assert default_loss("classification") == "cross_entropy"


def test_one_initializer_for_all_layers():
    config = Config(hidden=[LayerConfig(3, init="he_normal"), LayerConfig(2)], output_init="xavier_uniform")
    assert config.common_init() is None
    same = config.with_init_for_all(init="he_uniform")
    assert same.common_init() == "he_uniform"
    assert [h.init_scale for h in same.hidden] == [1.0, 1.0]  # the scale is left alone
    scaled = same.with_init_for_all(init_scale=0.5)
    assert scaled.common_init() == "he_uniform" and scaled.output_init_scale == 0.5
    assert {h.init_scale for h in scaled.hidden} == {0.5}
    assert config.common_init() is None  # the original is unchanged
