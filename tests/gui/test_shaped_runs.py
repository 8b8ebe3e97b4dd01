"""Networks for images and sequences in the window: choosing the data, editing the layer
stack (shapes between layers, impossible stacks refused in words), sessions."""
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QSpinBox, QToolButton

from playground.engine import Config
from playground.engine.layer_text import parse_layers

from .conftest import by_name, choose, wait_snapshot

CNN = Config(dataset="digits", n_samples=300, hidden=parse_layers("conv4x3same,maxpool2"), learning_rate=0.05)
RNN = Config(dataset="sine", n_samples=200, sequence_length=12, hidden=parse_layers("rnn6"), loss="mse")


def test_choosing_images_builds_a_small_cnn_and_shows_its_shapes(qtbot, window):
    panel = window.data_panel
    choose(qtbot, by_name(panel, "Problem", QComboBox), "image")
    snap = wait_snapshot(qtbot, window, lambda s: bool(s.layers_of("conv2d")))
    config = window.controller.config
    assert config.dataset == "digits" and [h.kind for h in config.hidden] == ["conv2d", "maxpool2d"]
    assert config.loss == "cross_entropy"
    datasets = by_name(panel, "Data set", QComboBox)
    assert [datasets.itemData(i) for i in range(datasets.count())] == ["digits", "bars", "crosses_squares"]
    qtbot.waitUntil(lambda: window.stack_editor.isVisible() and not window.editor.isVisible())
    assert window.stack_editor.shapes_label.text() == "Shapes: 8×8×1 → 8×8×8 → 4×4×8 → 10"
    assert by_name(window.stack_editor, "Layer 1 output shape").text() == "8×8×8"
    assert snap.layers[-1].output_shape == (10,)


def test_choosing_sequences_builds_a_recurrent_net_with_time_steps(qtbot, window):
    choose(qtbot, by_name(window.data_panel, "Problem", QComboBox), "sequence")
    wait_snapshot(qtbot, window, lambda s: bool(s.layers_of("simple_rnn")))
    config = window.controller.config
    assert config.dataset == "sine" and config.loss == "mse" and config.hidden[0].units == 16
    steps = by_name(window.data_panel, "Time steps", QSpinBox)
    assert steps.isVisible()
    steps.setValue(9)
    snap = wait_snapshot(qtbot, window, lambda s: s.layers[0].input_shape == (9, 1))
    assert len(snap.layers_of("simple_rnn")[0].time_grad_norms) == 9
    choose(qtbot, by_name(window.data_panel, "Problem", QComboBox), "classification")
    wait_snapshot(qtbot, window, lambda s: s.layers_of("dense") and not s.layers_of("simple_rnn"))
    assert not window.controller.config.shaped and window.editor.isVisible()


def test_the_stack_editor_adds_moves_and_removes_layers(qtbot, make_window):
    window = make_window(CNN)
    editor = window.stack_editor
    choose(qtbot, by_name(editor, "Kind of the new layer", QComboBox), "dense")
    qtbot.mouseClick(by_name(editor, "Add layer", QPushButton), Qt.LeftButton)
    wait_snapshot(qtbot, window, lambda s: len(s.layers_of("dense")) == 2)
    qtbot.waitUntil(lambda: editor.shapes_label.text() == "Shapes: 8×8×1 → 8×8×4 → 4×4×4 → 16 → 10")
    qtbot.mouseClick(by_name(editor, "Move layer 2 up", QToolButton), Qt.LeftButton)
    wait_snapshot(qtbot, window, lambda s: s.layers[0].kind == "maxpool2d")
    assert [h.kind for h in window.controller.config.hidden] == ["maxpool2d", "conv2d", "dense"]
    qtbot.mouseClick(by_name(editor, "Remove layer 3", QToolButton), Qt.LeftButton)
    wait_snapshot(qtbot, window, lambda s: len(s.layers_of("dense")) == 1)
    window.undo_stack.undo()
    wait_snapshot(qtbot, window, lambda s: len(s.layers_of("dense")) == 2)


def test_an_impossible_stack_is_refused_in_words_and_the_widgets_go_back(qtbot, make_window):
    window = make_window(CNN)
    editor = window.stack_editor
    choose(qtbot, by_name(editor, "Layer 1 padding", QComboBox), "valid")
    wait_snapshot(qtbot, window, lambda s: s.layers[0].output_shape == (4, 6, 6))
    kernel = by_name(editor, "Layer 1 kernel", QSpinBox)
    kernel.setValue(9)
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=5000)
    assert "9×9 kernel" in window.message_bar.label.text() and "8 pixels" in window.message_bar.label.text()
    qtbot.waitUntil(lambda: by_name(editor, "Layer 1 kernel", QSpinBox).value() == 3)
    assert window.controller.config.hidden[0].kernel == 3
    choose(qtbot, by_name(editor, "Layer 2 kind", QComboBox), "simple_rnn")
    qtbot.waitUntil(lambda: "needs sequences" in window.message_bar.label.text(), timeout=5000)
    qtbot.waitUntil(lambda: by_name(editor, "Layer 2 kind", QComboBox).currentData() == "maxpool2d")


def _save_step_reopen(qtbot, window, tmp_path, name):
    path = str(tmp_path / name)
    window.controller.step(15)
    wait_snapshot(qtbot, window, lambda s: s.step == 15)
    assert window.controller.save_session(path) is None
    window.controller.step(10)
    ahead = wait_snapshot(qtbot, window, lambda s: s.step == 25)
    window.files.modified = False  # no unsaved-changes prompt
    assert window.files.open(path)
    wait_snapshot(qtbot, window, lambda s: s.step == 15)
    window.controller.step(10)
    again = wait_snapshot(qtbot, window, lambda s: s.step == 25)
    for a, b in zip(ahead.weighted_layers(), again.weighted_layers()):
        for pa, pb in zip(a.params(), b.params()):
            np.testing.assert_array_equal(pa.value, pb.value)
    return again


def test_a_cnn_session_reopens_and_trains_on_bit_exactly(qtbot, make_window, tmp_path):
    window = make_window(CNN)
    again = _save_step_reopen(qtbot, window, tmp_path, "cnn.nnplay")
    assert again.layers_of("conv2d") and window.stack_editor.isVisible()


def test_an_rnn_session_reopens_and_trains_on_bit_exactly(qtbot, make_window, tmp_path):
    window = make_window(RNN)
    again = _save_step_reopen(qtbot, window, tmp_path, "rnn.nnplay")
    assert again.layers_of("simple_rnn") and window.controller.config.sequence_length == 12
