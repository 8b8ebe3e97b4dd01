"""Pay for what is shown: the engine computes the plane grid only while a view that shows it
(the Output view, or the diagram's neuron thumbnails) is visible, and a sample's activations
only while the diagram follows that sample."""
import numpy as np

from playground.gui.form_widgets import set_combo
from playground.gui.views.tiles import tile

from .conftest import wait_snapshot
from .test_shaped_runs import CNN


def step_and_wait(qtbot, window):
    step = window.controller.latest.step + 1
    window.controller.step()
    return wait_snapshot(qtbot, window, lambda s: s.step == step)


def test_no_grid_while_no_view_shows_it_and_back_when_one_does(qtbot, window):
    assert step_and_wait(qtbot, window).grid is not None
    set_combo(window.editor.neuron_mode, "bias")  # the diagram shows biases, not the plane
    window.docks["output"].hide()
    qtbot.waitUntil(lambda: window.run._shown == frozenset())
    assert step_and_wait(qtbot, window).grid is None
    window.docks["output"].show()
    qtbot.waitUntil(lambda: window.run._shown == {"output"})
    assert step_and_wait(qtbot, window).grid is not None


def test_thumbnails_alone_keep_the_grid(qtbot, window):
    window.docks["output"].hide()
    qtbot.waitUntil(lambda: window.run._shown == {"thumbnails"})
    snap = step_and_wait(qtbot, window)
    assert snap.grid is not None and window.editor.state.thumbnails


def test_sample_activations_only_while_the_diagram_is_shown(qtbot, window):
    window.run._on_output_view_sample_chosen(3)
    assert step_and_wait(qtbot, window).sample is not None
    window.editor.hide()
    qtbot.waitUntil(lambda: "activations" not in window.run._shown)
    assert step_and_wait(qtbot, window).sample is None


def test_a_cnns_feature_maps_tabbed_behind_cost_the_engine_nothing_until_brought_to_the_front(qtbot, make_window):
    """A dock tabbed behind another counted as visible: the engine computed the chosen image's
    activations for every snapshot although no view showed them (issue 14: CNN at 56 % of headless)."""
    window = make_window(CNN)
    window.docks["kernels"].raise_()  # every view of the chosen image is tabbed behind the kernels
    qtbot.waitUntil(lambda: window.run._shown is not None and "activations" not in window.run._shown)
    assert step_and_wait(qtbot, window).sample is None
    window.docks["feature_maps"].raise_()
    qtbot.waitUntil(lambda: "activations" in window.run._shown)
    snap = wait_snapshot(qtbot, window, lambda s: s.sample is not None)  # at once, without a step
    view = window.feature_maps
    qtbot.waitUntil(lambda: len(view.shown) == 4)
    np.testing.assert_array_equal(view.shown[1], tile(snap.sample.columns[1], 2))
    window.docks["kernels"].raise_()
    qtbot.waitUntil(lambda: "activations" not in window.run._shown)
    assert step_and_wait(qtbot, window).sample is None
