import numpy as np
import pytest

from playground.engine.initializers import initialize

FAN_IN, FAN_OUT = 400, 600
SHAPE = (FAN_IN, FAN_OUT)

# name → (mean, variance) the formula promises at scale 1
EXPECTED = {
    "uniform": (0.0, 0.5 ** 2 / 3),
    "normal": (0.0, 0.5 ** 2),
    "xavier_uniform": (0.0, 2 / (FAN_IN + FAN_OUT)),
    "xavier_normal": (0.0, 2 / (FAN_IN + FAN_OUT)),
    "he_uniform": (0.0, 2 / FAN_IN),
    "he_normal": (0.0, 2 / FAN_IN),
}


@pytest.mark.parametrize("name", EXPECTED)
def test_statistics_match_the_formula(name):
    mean, var = EXPECTED[name]
    w = initialize(name, SHAPE, FAN_IN, FAN_OUT, np.random.default_rng(0))
    assert w.shape == SHAPE
    assert abs(w.mean() - mean) < 4 * np.sqrt(var / w.size)
    assert w.var() == pytest.approx(var, rel=0.02)


@pytest.mark.parametrize("name", EXPECTED)
def test_scale_multiplies_the_spread(name):
    base = initialize(name, SHAPE, FAN_IN, FAN_OUT, np.random.default_rng(1))
    scaled = initialize(name, SHAPE, FAN_IN, FAN_OUT, np.random.default_rng(1), scale=3.0)
    np.testing.assert_allclose(scaled, 3.0 * base)


def test_zeros_and_constant():
    rng = np.random.default_rng(0)
    assert not initialize("zeros", (3, 2), 3, 2, rng).any()
    assert np.all(initialize("constant", (3, 2), 3, 2, rng, scale=0.1) == 0.1)


def test_same_generator_state_same_draw():
    a = initialize("he_normal", (5, 5), 5, 5, np.random.default_rng(42))
    b = initialize("he_normal", (5, 5), 5, 5, np.random.default_rng(42))
    assert np.array_equal(a, b)
