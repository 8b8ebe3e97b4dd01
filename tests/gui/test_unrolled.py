"""The unrolled RNN: T copies of the same matrices that change together, lit together, and a
folded drawing of the same network."""
import numpy as np
from PySide6.QtWidgets import QComboBox

from .conftest import by_name, choose, wait_snapshot
from .test_shaped_runs import CNN, RNN


def _open(qtbot, window):
    window.docks["unrolled"].show()  # closed for runs without a recurrent layer; the View menu opens it
    window.docks["unrolled"].raise_()
    qtbot.waitUntil(window.unrolled.isVisible)
    return window.unrolled


def test_t_copies_of_each_matrix_all_change_together_after_an_update(qtbot, make_window):
    window = make_window(RNN)
    view = _open(qtbot, window)
    first = wait_snapshot(qtbot, window, lambda s: s.step == 0)
    view.show_snapshot(first)
    T = RNN.sequence_length
    assert len(view.copies["W_xh"]) == T and len(view.copies["W_hh"]) == T  # h0 → h1 is a W_hh copy too
    assert len(view.copies["W_hy"]) == 1  # many-to-one: one output
    before = first.layers_of("simple_rnn")[0].W_hh.value
    assert all(np.allclose(image.image, before) for image, _ in view.copies["W_hh"])
    window.controller.step(5)
    later = wait_snapshot(qtbot, window, lambda s: s.step == 5)
    view.show_snapshot(later)
    rnn = later.layers_of("simple_rnn")[0]
    assert not np.allclose(rnn.W_hh.value, before)
    for name, values in (("W_xh", rnn.W_xh.value), ("W_hh", rnn.W_hh.value), ("W_hy", later.layers[1].W.value)):
        assert all(np.allclose(image.image, values) for image, _ in view.copies[name])
    np.testing.assert_allclose(view.heatmaps[1].image.image, rnn.W_hh.value)


def test_hovering_one_copy_lights_up_all_its_copies(qtbot, make_window):
    window = make_window(RNN)
    view = _open(qtbot, window)
    view.show_snapshot(wait_snapshot(qtbot, window, lambda s: True))
    _, frame = view.copies["W_xh"][3]
    scene = view.diagram.vb.mapViewToScene(frame.rect().center())
    view.graphics.scene().sigMouseMoved.emit(scene)
    assert view.lit == "W_xh"
    widths = {name: {f.pen().width() for _, f in copies} for name, copies in view.copies.items()}
    assert widths["W_xh"] == {4} and widths["W_hh"] == {1} and widths["W_hy"] == {1}
    assert f"drawn {RNN.sequence_length} times" in view.readout.text()


def test_folded_draws_one_step_and_a_loop(qtbot, make_window):
    window = make_window(RNN)
    view = _open(qtbot, window)
    view.show_snapshot(wait_snapshot(qtbot, window, lambda s: True))
    choose(qtbot, by_name(view, "Drawing", QComboBox), "folded")
    assert {name: len(copies) for name, copies in view.copies.items()} == {"W_xh": 1, "W_hh": 1, "W_hy": 1}


def test_a_cnn_gets_a_note_instead(qtbot, make_window):
    window = make_window(CNN)
    view = _open(qtbot, window)
    view.show_snapshot(wait_snapshot(qtbot, window, lambda s: True))
    assert view.stack.currentWidget() is view.note
