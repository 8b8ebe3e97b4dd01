import numpy as np
import pytest

from playground.engine import DataError
from playground.engine.image_sequence_data import adding, bars, crosses_squares, delayed_echo, digits, sine, some_digits


def test_the_bundled_digits_are_all_there():
    data = digits()
    assert data.x.shape == (1797, 1, 8, 8) and 0 <= data.x.min() and data.x.max() == 1.0
    assert np.bincount(data.y).tolist() == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]


def test_bars_are_horizontal_for_class_0_and_vertical_for_class_1():
    data = bars(50, 0.0, np.random.default_rng(0))
    rows_lit = (data.x[:, 0] > 0.5).any(axis=2).sum(axis=1)  # how many rows hold bar pixels
    assert np.all(rows_lit[data.y == 0] == 1) and np.all(rows_lit[data.y == 1] == 6)


def test_crosses_have_a_lit_centre_with_four_arms_and_squares_a_hollow_outline():
    data = crosses_squares(200, 0.0, np.random.default_rng(0))
    lit = data.x[:, 0] > 0.5
    counts = lit.sum(axis=(1, 2))
    assert set(counts[data.y == 0]) == {5, 9}  # arms of 1 or 2: 4·arm + 1 pixels
    assert set(counts[data.y == 1]) == {8, 12}  # sides of 3 or 4: 4·side - 4 pixels
    assert data.x.max() == 1.0  # the cross's centre is lit once, not twice
    for image, label in zip(lit, data.y):
        rows, cols = np.nonzero(image)
        height, width = np.ptp(rows) + 1, np.ptp(cols) + 1
        box_filled = image[rows.min():rows.max() + 1, cols.min():cols.max() + 1].sum()
        if label == 1:  # an outline fills its whole border and nothing inside
            assert height == width and box_filled == 4 * height - 4
        else:  # a plus sign: one full row and one full column through the centre
            assert height == width and image[rows.min() + height // 2].sum() == width


def test_a_digits_subset_draws_distinct_images_with_their_labels():
    every = digits()
    part = some_digits(100, 0.0, np.random.default_rng(0))
    flat_every = every.x.reshape(len(every.x), -1)
    matches = [np.flatnonzero((flat_every == image.ravel()).all(axis=1)) for image in part.x]
    assert all(len(m) >= 1 for m in matches)
    assert all(part.y[i] in every.y[m] for i, m in enumerate(matches))
    assert len({tuple(image.ravel()) for image in part.x}) == 100
    with pytest.raises(DataError, match="1,797"):
        some_digits(1798, 0.0, np.random.default_rng(0))


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


def test_the_adding_problem_marks_one_step_in_each_half_and_sums_their_values():
    data = adding(50, 10, np.random.default_rng(0))
    values, markers = data.x[:, :, 0], data.x[:, :, 1]
    assert np.all(markers[:, :5].sum(axis=1) == 1) and np.all(markers[:, 5:].sum(axis=1) == 1)
    np.testing.assert_allclose(data.y, (values * markers).sum(axis=1))
    assert data.task == "regression" and data.feature_names == ("value", "marker")
