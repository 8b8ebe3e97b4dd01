"""Predictions: the chosen image's class probabilities and the test set's confusion matrix,
counted by the engine only while the view is shown; also for a 3-class dense problem."""
import numpy as np

from playground.engine import Config
from playground.engine.experiment import Experiment
from playground.gui.views.predictions import row_shares

from .conftest import wait_snapshot
from .test_shaped_runs import CNN

SPIRAL3 = Config(dataset="spiral3", n_samples=300)


def _open(qtbot, window):
    window.docks["predictions"].raise_()
    qtbot.waitUntil(window.predictions.isVisible)
    return window.predictions


def test_no_confusion_matrix_is_computed_while_the_view_is_hidden(qtbot, make_window):
    window = make_window(SPIRAL3)
    window.controller.step(2)
    assert wait_snapshot(qtbot, window, lambda s: s.step == 2).confusion is None
    _open(qtbot, window)
    window.controller.step(3)
    snap = wait_snapshot(qtbot, window, lambda s: s.step == 5 and s.confusion is not None)
    engine = Experiment(SPIRAL3.copy())
    for _ in range(5):
        engine.trainer.step()
    np.testing.assert_array_equal(snap.confusion, engine.trainer.confusion(3))
    view = window.predictions
    qtbot.waitUntil(lambda: view.counts is not None and np.array_equal(view.counts, snap.confusion))
    np.testing.assert_allclose(view.matrix.image.image, row_shares(snap.confusion))
    scene = view.matrix.cell_center(2, 1)
    view.graphics.scene().sigMouseMoved.emit(scene)
    assert view.readout.text().startswith(f"True class 2, predicted 1: {snap.confusion[2, 1]} of the "
                                          f"{snap.confusion[2].sum()} test samples")


def test_the_chosen_images_probabilities_with_its_true_class(qtbot, make_window):
    window = make_window(CNN)
    view = _open(qtbot, window)
    window.feature_maps.sample.setValue(4)
    snap = wait_snapshot(qtbot, window, lambda s: s.sample is not None and s.sample.index == 4 and s.confusion is not None)
    view.show_snapshot(snap)
    probabilities = snap.sample.columns[-1]
    assert len(probabilities) == 10 and np.isclose(probabilities.sum(), 1)
    np.testing.assert_allclose(view.probabilities, probabilities)
    assert view.truth.opts["x"][0] == snap.sample.label
    assert snap.confusion.shape == (10, 10)

