"""The engine process owns the run; the window mirrors what it confirmed.  Every kind of
edit keeps the other settings, a refused edit leaves the widgets and the engine agreeing,
and a window holds two independent runs."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QToolButton

from playground.engine import Config, LayerConfig

from .conftest import by_name, choose, wait_snapshot


def type_learning_rate(qtbot, window, text):
    combo = by_name(window, "Learning rate", QComboBox)
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), text)
    qtbot.keyClick(combo.lineEdit(), Qt.Key_Return)


def test_live_settings_survive_a_structural_edit_in_the_diagram(qtbot, window):
    """Reproduced on wave 1: Adam at 0.3, then a neuron added, ran as gradient descent 0.03."""
    window.controller.play()
    choose(qtbot, by_name(window, "Optimizer", QComboBox), "adam")
    type_learning_rate(qtbot, window, "0.3")
    qtbot.waitUntil(lambda: (window.controller.config.optimizer, window.controller.config.learning_rate)
                    == ("adam", 0.3))
    plus = [b for b in window.editor.findChildren(QToolButton) if b.toolTip() == "Add a neuron to hidden layer 1"][0]
    with qtbot.waitSignal(window.controller.built):
        qtbot.mouseClick(plus, Qt.LeftButton)
    config = window.controller.config
    assert (config.optimizer, config.learning_rate, config.hidden[0].units) == ("adam", 0.3, 5)
    assert by_name(window, "Optimizer", QComboBox).currentData() == "adam"
    assert by_name(window, "Learning rate", QComboBox).currentText() == "0.3"


def test_live_settings_survive_a_data_edit_and_undo(qtbot, window):
    choose(qtbot, by_name(window, "Optimizer", QComboBox), "rmsprop")
    qtbot.waitUntil(lambda: window.controller.config.optimizer == "rmsprop")
    window.data_panel.regenerate.click()
    qtbot.waitUntil(lambda: window.controller.config.data_seed == 2)
    with qtbot.waitSignal(window.controller.built):
        window.undo_stack.undo()
    assert window.controller.config.data_seed == 1 and window.controller.config.optimizer == "rmsprop"


def test_a_refused_full_batch_puts_the_widgets_back_and_later_edits_work(qtbot, make_window):
    """Reproduced on wave 1: full batch on 200k samples was refused but stayed in the
    controller's settings, and every later rebuild failed."""
    window = make_window(Config(n_samples=200_000, hidden=[LayerConfig(64)] * 12), timeout=30000)
    batch = by_name(window, "Batch", QComboBox)
    with qtbot.waitSignal(window.controller.config_changed):
        choose(qtbot, batch, "full")
    assert window.message_bar.level == "error" and "at most" in window.message_bar.label.text()
    assert window.controller.config.batch_size == 10 and batch.currentData() == "mini"
    with qtbot.waitSignal(window.controller.built, timeout=30000):
        by_name(window, "New random seed", QToolButton).click()
    assert window.controller.config.batch_size == 10 and window.controller.config.seed != 1


def test_the_mirror_changes_only_when_the_engine_answers(qtbot, window):
    controller = window.controller
    before = controller.config
    with qtbot.waitSignal(controller.config_changed):
        controller.set_hyperparameters(learning_rate=0.01)
        assert controller.config.learning_rate == before.learning_rate  # asked, not yet confirmed
    assert controller.config.learning_rate == 0.01 and before.learning_rate == 0.03


def test_a_window_holds_two_independent_runs(qtbot, window):
    second = window.add_run(Config(hidden=[LayerConfig(3)], optimizer="adam"))
    qtbot.waitUntil(lambda: second.controller.latest is not None, timeout=5000)
    second.controller.step(3)
    qtbot.waitUntil(lambda: second.controller.latest.step == 3)
    wait_snapshot(qtbot, window, lambda s: s.step == 0)
    assert second.editor.column_sizes() == [2, 3, 1] and window.editor.column_sizes() == [2, 4, 2, 1]
    with qtbot.waitSignal(second.controller.built):
        second.data_panel.regenerate.click()
    assert window.controller.config.data_seed == 1 and window.controller.config.optimizer == "sgd"
    assert second.controller.config.data_seed == 2 and second.controller.config.optimizer == "adam"
    for run in window.runs:
        run.files.modified = False  # the unsaved-changes prompt has its own tests
    window.close()
    assert not second.controller.is_running()


def test_two_quick_clicks_add_two_neurons(qtbot, window):
    """The second click comes before the engine answered the first: it adds to what was
    asked, not to the stale mirror."""
    plus = by_name(window, "Add a neuron to hidden layer 1", QToolButton)
    plus.click()
    plus.click()
    qtbot.waitUntil(lambda: window.controller.config.hidden[0].units == 6)
    wait_snapshot(qtbot, window, lambda s: s.weighted_layers()[0].W.value.shape == (2, 6))
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.controller.config.hidden[0].units == 5)


def test_undo_puts_back_only_what_its_edit_changed(qtbot, window):
    """Found by a new user: undoing an added neuron also undid the optimizer and learning rate
    chosen after it."""
    plus = by_name(window, "Add a neuron to hidden layer 1", QToolButton)
    with qtbot.waitSignal(window.controller.built):
        plus.click()
    choose(qtbot, by_name(window, "Optimizer", QComboBox), "adam")
    type_learning_rate(qtbot, window, "0.001")
    qtbot.waitUntil(lambda: window.controller.config.learning_rate == 0.001)
    with qtbot.waitSignal(window.controller.built):
        window.undo_stack.undo()
    config = window.controller.config
    assert (config.hidden[0].units, config.optimizer, config.learning_rate) == (4, "adam", 0.001)
    with qtbot.waitSignal(window.controller.built):
        window.undo_stack.redo()
    assert window.controller.config.hidden[0].units == 5 and window.controller.config.optimizer == "adam"


def test_opening_a_session_leaves_nothing_of_the_old_one_to_undo(qtbot, window, tmp_path):
    path = str(tmp_path / "s.nnplay")
    assert window.files.write(path)
    with qtbot.waitSignal(window.controller.built):
        window.editor.add_layer_button.click()
    assert window.undo_stack.canUndo()
    assert window.files.open(path, confirmed=True)
    assert not window.undo_stack.canUndo()


def test_mixed_initializers_show_no_single_choice(qtbot, window):
    init = by_name(window, "Initialization", QComboBox)
    assert init.currentData() == "xavier_uniform"
    hidden = [LayerConfig(4), LayerConfig(2, init="he_normal")]
    with qtbot.waitSignal(window.controller.built):
        window.run.edit({"hidden": hidden}, "mixed")
    assert init.currentIndex() == -1 and init.placeholderText()


def test_choosing_a_penalty_at_rate_0_starts_it_at_a_small_rate(qtbot, window):
    """Found by a new user: L2 chosen, rate left at 0, nothing happened."""
    choose(qtbot, by_name(window, "Regularization", QComboBox), "l2")
    qtbot.waitUntil(lambda: window.controller.config.regularizer == "l2")
    assert window.controller.config.regularization_rate == 0.001
    assert by_name(window, "Regularization rate", QComboBox).currentText() == "0.001"
