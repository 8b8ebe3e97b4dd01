"""Every compared run's path on one loss map: the paths drawn are each copy's recorded weights
projected on the one shared plane, and the map is measured once, by the first copy's engine."""
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QSpinBox

from .conftest import by_name, choose
from .test_compare_window import click, open_dialog, start


def recorded(qtbot, controller) -> np.ndarray:
    answer = []
    controller.recorded_path(lambda accepted, value: answer.append(value))
    qtbot.waitUntil(lambda: bool(answer))
    return answer[0]


def test_every_copy_s_path_is_projected_on_one_shared_map(qtbot, make_window, monkeypatch):
    from .test_compare_window import SMALL
    window = make_window(SMALL)
    dialog = open_dialog(qtbot, window)
    choose(qtbot, by_name(dialog, "Copy 2: Optimizer", QComboBox), "adam")
    choose(qtbot, by_name(dialog, "Copy 3: Optimizer", QComboBox), "momentum")
    compare = start(qtbot, window, dialog)
    asked = []
    for run in compare.runs:  # who is asked for a map
        original = run.controller.compute_landscape
        monkeypatch.setattr(run.controller, "compute_landscape",
                            lambda *a, _o=original, _k=run.index, **kw: (asked.append(_k), _o(*a, **kw))[1])
    compare.lock.step(150)
    qtbot.waitUntil(lambda: not compare.lock.busy, timeout=15000)
    view = compare.landscape
    compare.tabs.setCurrentWidget(view)
    choose(qtbot, by_name(view, "Landscape directions", QComboBox), "path")
    by_name(view, "Landscape resolution", QSpinBox).setValue(9)
    qtbot.mouseClick(by_name(view, "Compute the loss landscape", QPushButton), Qt.LeftButton)
    qtbot.waitUntil(lambda: view.landscape is not None, timeout=30000)
    assert asked == [0]  # one map for all the copies
    landscape = view.landscape
    paths = [recorded(qtbot, run.controller) for run in compare.runs]
    centre = paths[0][0]  # the copies' common initial weights
    assert all(np.array_equal(p[0], centre) for p in paths) and len(landscape.paths) == 3
    basis = np.stack([landscape.d1, landscape.d2], axis=1)
    for item, path in zip(view.paths, paths):
        by_hand = np.linalg.lstsq(basis, (path - centre).T, rcond=None)[0].T
        x, y = item.getData()
        np.testing.assert_allclose(np.column_stack([x, y]), by_hand, atol=1e-8)
        assert path.shape[0] > 10  # the recorded path, from update 0 to 150
    assert [item.name() for item in view.paths] == [run.label for run in compare.runs]  # the legend
    assert landscape.loss.shape == (9, 9) and np.isfinite(landscape.loss).all()
    compare.close()


def test_resetting_the_copies_cancels_the_map(qtbot, make_window):
    from .test_compare_window import SMALL
    window = make_window(SMALL)
    dialog = open_dialog(qtbot, window)
    by_name(dialog, "Number of copies", QSpinBox).setValue(2)
    compare = start(qtbot, window, dialog)
    view = compare.landscape
    compare.tabs.setCurrentWidget(view)
    by_name(view, "Landscape resolution", QSpinBox).setValue(200)
    qtbot.mouseClick(by_name(view, "Compute the loss landscape", QPushButton), Qt.LeftButton)
    click(qtbot, compare, "reset_action")
    qtbot.waitUntil(view.compute.isEnabled, timeout=15000)
    assert view.landscape is None and "Cancelled" in view.status.text()
    compare.close()
