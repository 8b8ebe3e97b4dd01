"""The Output view draws a bounded, fixed sample of a big data set's points, and says so
(issue 13: half a million scatter points blocked the window for a minute)."""
import time

import numpy as np
import pytest

from playground.engine.datasets import Dataset
from playground.engine.experiment import PlaneData
from playground.gui.views.output_view import MAX_POINTS, OutputView


def plane(n_train: int, n_test: int) -> PlaneData:
    rng = np.random.default_rng(5)

    def data(n):
        return Dataset(rng.uniform(-5, 5, (n, 2)), rng.integers(0, 2, n), "classification", 2)
    return PlaneData(data(n_train), data(n_test), ((-6, -6), (6, 6)))


@pytest.fixture
def view(qtbot):
    view = OutputView()
    qtbot.addWidget(view)
    view.show()
    return view


def drawn(item) -> np.ndarray:
    x, y = item.getData()
    return np.column_stack([x, y])


def test_a_million_points_are_drawn_as_a_fixed_sample_of_5000_with_a_note(view):
    big = plane(1_000_000, 10)
    started = time.perf_counter()
    view.set_plane(big, "classification", 2, 2)
    assert time.perf_counter() - started < 3
    first = drawn(view.train_points)
    assert len(first) == MAX_POINTS == 5000
    assert view.sample_note.isVisible() and view.sample_note.text() == "showing 5,000 of 1,000,000 points"
    assert view.sample_note.accessibleName() and view.sample_note.toolTip()
    # real points of the data set, spread over it (not the first 5,000), the same every time
    chosen = view._train_drawn
    assert len(np.unique(chosen)) == MAX_POINTS and chosen.max() > 900_000
    np.testing.assert_array_equal(first, big.train.x[chosen])
    view.set_plane(big, "classification", 2, 2)
    np.testing.assert_array_equal(drawn(view.train_points), first)


def test_with_test_points_the_budget_is_shared(view):
    view.test_check.setChecked(True)
    view.set_plane(plane(30_000, 10_000), "classification", 2, 2)
    n_train, n_test = len(drawn(view.train_points)), len(drawn(view.test_points))
    assert n_train + n_test == MAX_POINTS and n_train == 3750
    assert view.sample_note.text() == "showing 5,000 of 40,000 points"


def test_a_small_data_set_is_drawn_whole_without_a_note(view):
    small = plane(300, 100)
    view.set_plane(small, "classification", 2, 2)
    np.testing.assert_array_equal(drawn(view.train_points), small.train.x)
    assert not view.sample_note.isVisible()


def test_a_click_on_a_drawn_point_chooses_its_index_in_the_whole_data(view, qtbot):
    from PySide6.QtCore import Qt
    big = plane(200_000, 10)
    view.resize(500, 500)
    view.set_plane(big, "classification", 2, 2)
    qtbot.wait(50)
    index = int(view._train_drawn[1234])
    vb = view.plot.getPlotItem().vb
    scene_pos = vb.mapViewToScene(__import__("pyqtgraph").Point(*big.train.x[index]))
    widget_pos = view.plot.mapFromScene(scene_pos)
    with qtbot.waitSignal(view.sample_chosen) as chosen:
        qtbot.mouseClick(view.plot.viewport(), Qt.LeftButton, pos=widget_pos)
    assert chosen.args[0] in set(view._train_drawn.tolist())
    assert np.hypot(*(big.train.x[chosen.args[0]] - big.train.x[index])) < 0.2
