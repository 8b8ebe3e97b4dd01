import numpy as np
import pytest

from playground.engine import DataError
from playground.engine.image_sequence_data import bars, delayed_echo, digits, sine


def test_the_bundled_digits_are_all_there():
    data = digits()
    assert data.x.shape == (1797, 1, 8, 8) and 0 <= data.x.min() and data.x.max() == 1.0
    assert np.bincount(data.y).tolist() == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]


def test_bars_are_horizontal_for_class_0_and_vertical_for_class_1():
    data = bars(50, 0.0, np.random.default_rng(0))
    rows_lit = (data.x[:, 0] > 0.5).any(axis=2).sum(axis=1)  # how many rows hold bar pixels
    assert np.all(rows_lit[data.y == 0] == 1) and np.all(rows_lit[data.y == 1] == 6)


def test_sine_targets_continue_the_wave():
    data = sine(10, 20, 0.05, 0.0, np.random.default_rng(0))
    x = data.x[:, :, 0]
    step = 2 * np.pi * 0.05
    # sin(a + s) = 2 cos(s) sin(a) - sin(a - s): the next value from the last two
    np.testing.assert_allclose(data.y, 2 * np.cos(step) * x[:, -1] - x[:, -2], atol=1e-12)


def test_delayed_echo_labels_the_bit_k_steps_back_and_refuses_impossible_delays():
    data = delayed_echo(30, 10, 3, np.random.default_rng(0))
    assert np.array_equal(data.y, (data.x[:, 6, 0] > 0).astype(int))
    with pytest.raises(DataError):
        delayed_echo(5, 10, 10, np.random.default_rng(0))
