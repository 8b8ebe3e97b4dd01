"""Pay for what is shown: the engine computes the plane grid only while a view that shows it
(the Output view, or the diagram's neuron thumbnails) is visible, and a sample's activations
only while the diagram follows that sample."""
from playground.gui.form_widgets import set_combo

from .conftest import wait_snapshot


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
