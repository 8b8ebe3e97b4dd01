"""The Lessons dock and the Math inspector, driven through the real widgets."""
import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QPushButton, QTextBrowser, QTreeWidget, QWidget

from playground.engine import Experiment
from playground.engine.activations import ACTIVATIONS
from playground.engine.initializers import INITIALIZER_FORMULAS, INITIALIZERS
from playground.engine.losses import LOSSES
from playground.engine.optimizers import OPTIMIZERS
from playground.engine.regularizers import REGULARIZERS
from playground.gui import lessons
from playground.gui.highlight import Outline, find_named
from playground.gui.inspection_text import num
from playground.gui.views.weight_matrices import matrices_of
from tests.engine.inspection_reference import by_hand, expected_step, small_config, trained
from tests.gui.conftest import answer_next_dialog, by_name, click_action, wait_snapshot
from tests.gui.test_shaped_runs import CNN, RNN

CONCEPTS = {"weight_matrix", "forward_pass", "gradient_descent", "backpropagation", "full_batch",
            "sgd_one_sample", "mini_batch", "cnn_kernels", "rnn_sharing", "regularizer:l1", "regularizer:l2"}


def test_the_lessons_panel_lists_every_concept(qtbot, window):
    tree = by_name(window, "Lessons", QTreeWidget)
    listed = set(window.lessons.items())
    expected = CONCEPTS | {f"{topic}:{key}" for topic, registry in (
        ("activation", ACTIVATIONS), ("initializer", INITIALIZERS), ("optimizer", OPTIMIZERS),
        ("loss", LOSSES), ("regularizer", REGULARIZERS)) for key in registry}
    assert expected <= listed
    assert tree.topLevelItemCount() == len(lessons.TOPICS)


@pytest.mark.parametrize("registry,texts", [(ACTIVATIONS, lessons.ACTIVATION_TEXTS),
                                            (INITIALIZERS, lessons.INITIALIZER_TEXTS),
                                            (OPTIMIZERS, lessons.OPTIMIZER_TEXTS), (LOSSES, lessons.LOSS_TEXTS),
                                            (REGULARIZERS, lessons.REGULARIZER_TEXTS)])
def test_every_registry_entry_has_its_own_lesson(registry, texts):
    """Adding an activation, initializer, optimizer, loss or penalty without a lesson fails here."""
    assert set(texts) == set(registry)
    assert len(set(texts.values())) == len(texts)  # an explanation of its own each


def test_registry_lessons_show_the_registry_formulas():
    found = {lesson.key: lesson.formula for lesson in lessons.all_lessons()}
    assert found["optimizer:adam"] == OPTIMIZERS["adam"].rule
    assert found["initializer:he_normal"] == INITIALIZER_FORMULAS["he_normal"]
    assert found["activation:relu"].startswith(ACTIVATIONS["relu"].formula)
    assert found["regularizer:l2"] == REGULARIZERS["l2"].formula


def test_gradient_descent_descends():
    """Seed 002 drops a minus sign; ours steps against the gradient, with (a − y)."""
    lesson = {l.key: l for l in lessons.all_lessons()}["gradient_descent"]
    assert "w ← w − η ∂L/∂w" in lesson.formula and "(a_bj − y_bj)" in lesson.formula
    assert "(2/B)" in lesson.formula and "−(2/" not in lesson.formula


def test_every_show_me_target_exists_in_the_window(window):
    missing = [(l.key, l.show) for l in lessons.all_lessons() if l.show
               and not any(find_named(window, name) is not None for name in l.show)]
    assert not missing


def test_every_show_me_target_names_one_widget(window):
    """Two widgets of one name (the toolbar's losses were once called "Loss", as the loss
    function's control): "Show me" outlined whichever came first."""
    named = [w.accessibleName() for w in window.findChildren(QWidget)]
    shared = {name for l in lessons.all_lessons() for name in l.show if named.count(name) > 1}
    assert not shared


def choose_lesson(qtbot, window, key):
    tree = by_name(window, "Lessons", QTreeWidget)
    item = window.lessons.items()[key]
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.LeftButton, pos=tree.visualItemRect(item).center())
    assert window.lessons.current.key == key


def outline_covers(window, widget) -> bool:
    outline = window.findChild(Outline)
    target = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return outline is not None and outline.isVisible() and outline.geometry().contains(target)


def test_show_me_outlines_the_control_and_unfolds_its_group(qtbot, window):
    window.docks["lessons"].raise_()
    choose_lesson(qtbot, window, "loss:mse")
    loss = by_name(window.training_panel, "Loss", QComboBox)
    assert not loss.isVisible()  # "Loss and output" starts folded
    qtbot.mouseClick(by_name(window, "Show me", QPushButton), Qt.LeftButton)
    qtbot.waitUntil(lambda: loss.isVisible() and outline_covers(window, loss))
    assert "Mean squared error" in by_name(window, "Lesson text", QTextBrowser).toPlainText()


def test_show_me_raises_the_dock_of_the_view(qtbot, window):
    window.docks["lessons"].raise_()
    choose_lesson(qtbot, window, "cnn_kernels")
    kernels = window.docks["kernels"]
    assert kernels.visibleRegion().isEmpty()  # behind the weights
    qtbot.mouseClick(by_name(window, "Show me", QPushButton), Qt.LeftButton)
    qtbot.waitUntil(lambda: not kernels.visibleRegion().isEmpty())
    qtbot.waitUntil(lambda: outline_covers(window, window.kernel_view.stack.currentWidget()))


def test_the_scenario_link_opens_the_shipped_scenario(qtbot, window):
    window.docks["lessons"].raise_()
    button = by_name(window, "Open the scenario", QPushButton)
    choose_lesson(qtbot, window, "initializer:zeros")
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.controller.config.hidden[0].init == "zeros", timeout=10000)
    assert window.controller.config.dataset == "xor"
    choose_lesson(qtbot, window, "forward_pass")  # names no scenario
    assert not button.isVisible()


def test_every_scenario_a_lesson_names_is_shipped():
    from playground.gui.lessons import all_lessons
    from playground.scenario_catalog import SCENARIOS
    named = {lesson.scenario for lesson in all_lessons() if lesson.scenario}
    assert named and named <= {s.key for s in SCENARIOS}


# -- the math inspector ----------------------------------------------------------------------

def click_heatmap_cell(qtbot, window, matrix: int, row: int, column: int):
    heatmaps = window.heatmaps
    view = heatmaps.graphics
    heatmaps.scroll.ensureVisible(0, 0)
    point = view.mapFromScene(heatmaps.plots[matrix].cell_center(row, column))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=point)


def page_text(window) -> str:
    return by_name(window, "Math inspector", QTextBrowser).toPlainText()


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_inspector_numbers_equal_an_independent_recomputation(qtbot, make_window, optimizer):
    window = make_window(small_config(optimizer))
    for _ in range(3):
        click_action(qtbot, window, window.toolbar.step_action)
    wait_snapshot(qtbot, window, lambda s: s.step == 3)
    click_heatmap_cell(qtbot, window, 0, 1, 2)  # W1: w[X₂ → h1.3]
    qtbot.waitUntil(lambda: window.inspector.inspection is not None)
    assert not window.docks["inspector"].visibleRegion().isEmpty()  # raised to be read
    shown = window.inspector.inspection
    assert (shown.target.layer, shown.target.param, shown.index) == (0, "W", (1, 2))

    # the same run, here: same seeds, same updates, bit for bit
    exp = trained(optimizer, steps=3)
    opt, net = exp.trainer.optimizer, exp.network
    position = net.slots[0]["W"][0] + 1 * 3 + 2
    state = {k: v[position] for k, v in opt.state.items()}
    samples = exp.trainer.peek_batch()
    np.testing.assert_array_equal(shown.gradient.samples, samples)
    hand = by_hand(exp, samples)
    g = hand["gW1"][1, 2]
    step, after = expected_step(optimizer, g, state, opt.hyperparameters(), 0.05, 4)
    sample = int(samples[0])
    z = hand["x"][0] @ net.layers[0].params["W"][:, 2] + net.layers[0].params["b"][2]
    text = page_text(window)
    for value in (g, step, net.theta[position], net.theta[position] + step, z, np.tanh(z), *after.values(),
                  *hand["delta1"][:, 2], *state.values()):
        assert num(value) in text, f"{num(value)} not on the page"
    assert f"sample {sample + 1}" in text and "before update 4" in text

    click_action(qtbot, window, window.toolbar.step_action)  # the step it announced happens
    after_step = wait_snapshot(qtbot, window, lambda s: s.step == 4)
    assert after_step.layers[0].W.last_update[1, 2] == pytest.approx(step, rel=1e-9)


def test_a_second_click_before_the_answer_shows_only_the_second_weight(qtbot, make_window):
    window = make_window(small_config("sgd"))
    click_heatmap_cell(qtbot, window, 0, 0, 0)
    click_heatmap_cell(qtbot, window, 1, 2, 0)  # asked while the first is on its way
    qtbot.waitUntil(lambda: window.inspector.inspection is not None)
    shown = window.inspector.inspection
    assert (shown.target.layer, shown.index) == (1, (2, 0)) and "W2: w[h1.3 → out]" in page_text(window)


def test_clicking_a_neuron_inspects_its_bias_and_follows_training(qtbot, make_window):
    window = make_window(small_config("adam"))
    editor = window.editor
    x, y = editor.geometry_now().neuron_pos(1, 1)
    qtbot.mouseClick(editor, Qt.LeftButton, pos=QPoint(int(x), int(y)))
    qtbot.waitUntil(lambda: window.inspector.inspection is not None)
    first = window.inspector.inspection
    assert (first.target.param, first.index, first.step) == ("b", (1,), 0)
    assert "b[h1.2]" in page_text(window) and "z2 = " in page_text(window)
    click_action(qtbot, window, window.toolbar.step_action)
    qtbot.waitUntil(lambda: window.inspector.inspection.step == 1)  # asked again after the update
    assert "before update 2" in page_text(window)


def test_clicking_a_link_inspects_its_weight(qtbot, make_window):
    window = make_window(small_config("sgd"))
    editor = window.editor
    settled = []  # the docks are tabbed once the window shows: click where the link is after that
    qtbot.waitUntil(lambda: settled.append(editor.size()) or settled[-2:] == [editor.size()] * 2 and len(settled) > 3)
    geometry = editor.geometry_now()
    (x0, y0), (x1, y1) = geometry.neuron_pos(1, 2), geometry.neuron_pos(2, 0)
    answer_next_dialog(None, then=lambda dialog: dialog.reject())  # no new value typed (waits for the dialog)
    qtbot.mouseClick(editor, Qt.LeftButton, pos=QPoint(int((x0 + x1) / 2), int((y0 + y1) / 2)))
    qtbot.waitUntil(lambda: window.inspector.inspection is not None, timeout=15000)
    shown = window.inspector.inspection
    assert (shown.target.layer, shown.target.param, shown.index) == (1, "W", (2, 0))
    assert "w[h1.3 → out]" in page_text(window)


def test_clicking_a_kernel_cell_inspects_that_kernel_weight(qtbot, make_window):
    window = make_window(CNN)
    window.docks["kernels"].raise_()
    view = window.kernel_view
    qtbot.waitUntil(lambda: view.isVisible() and bool(view.shown))

    def cell():  # filter 2, cell (1, 2)
        return view.graphics.mapFromScene(view.plots[0][0].vb.mapViewToScene(QPointF(4 * 1 + 1.5, 0.5)))
    seen = []

    def settled() -> bool:  # the same place over several polls (closing a CNN's unused tabs moves it)
        seen.append((cell().x(), cell().y()))
        return len(seen) > 5 and len(set(seen[-5:])) == 1
    qtbot.waitUntil(settled)

    def click() -> bool:  # once the raised dock has its final layout
        qtbot.mouseClick(view.graphics.viewport(), Qt.LeftButton, pos=cell())
        return window.inspector.target is not None
    qtbot.waitUntil(click)
    qtbot.waitUntil(lambda: window.inspector.inspection is not None)
    shown = window.inspector.inspection
    assert (shown.target.param, shown.index) == ("W", (1, 0, 0, 1)) and shown.forward is None
    assert "L1 filter 2, channel 1, cell (1,2)" in page_text(window)
    before = window.controller.latest.layers_of("conv2d")[0].kernels.value[1, 0, 0, 1]
    assert num(before) in page_text(window)
    window.controller.step(1)
    after = wait_snapshot(qtbot, window, lambda s: s.step == 1).layers_of("conv2d")[0].kernels.value[1, 0, 0, 1]
    assert after - before == pytest.approx(shown.update.delta, rel=1e-9)


@pytest.mark.parametrize("config", [CNN, RNN], ids=["cnn", "rnn"])
def test_every_heatmap_cell_names_the_parameter_it_pictures(config):
    exp = Experiment(config.copy())
    exp.trainer.step()
    for m in matrices_of(exp.snapshot(), "value", []):
        rows, columns = m.values.shape
        for row in range(rows + (m.bias is not None)):
            for column in range(columns):
                layer, param, flat = m.parameter_at(row, column)
                drawn = m.bias[column] if row == rows else m.values[row, column]
                assert exp.network.layers[layer].params[param].flat[flat] == drawn


def test_the_docks_sit_behind_output_and_loss_by_default_and_after_restoring(qtbot, window):
    def in_place():
        return (window.tabifiedDockWidgets(window.docks["lessons"]) == [window.docks["output"]]
                and window.docks["progress"] in window.tabifiedDockWidgets(window.docks["inspector"]))
    assert in_place()
    assert not window.docks["output"].visibleRegion().isEmpty()  # Output stays in front
    window.docks["lessons"].setFloating(True)
    window.docks["inspector"].close()
    restore = next(a for a in window.menuBar().findChildren(QAction) if a.text() == "Restore default layout")
    restore.trigger()
    qtbot.waitUntil(in_place)
    assert window.docks["inspector"].isVisibleTo(window)
