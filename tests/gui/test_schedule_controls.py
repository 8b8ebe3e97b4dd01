"""The learning-rate schedule in the training panel: choosing one changes the running engine
(weights kept), shows only its settings, previews its curve, and marks η on the loss plot."""
import numpy as np
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox

from playground.engine.schedules import learning_rates

from .conftest import by_name, choose, wait_snapshot


def test_choosing_a_schedule_applies_it_live_and_shows_its_settings(qtbot, window):
    panel = window.training_panel
    window.controller.step(3)
    wait_snapshot(qtbot, window, lambda s: s.step == 3)
    weights = window.controller.latest.layers[0].W.value.copy()
    every = by_name(panel, "Every k updates", QDoubleSpinBox)
    assert every.isHidden()  # constant: no settings
    assert not window.loss_plot.loss_plot.getAxis("right").isVisible()
    choose(qtbot, by_name(panel, "Schedule", QComboBox), "step")
    qtbot.waitUntil(lambda: window.controller.config.schedule == "step")
    assert not every.isHidden() and by_name(panel, "Length T", QDoubleSpinBox).isHidden()
    assert window.controller.latest.step == 3
    assert np.array_equal(window.controller.latest.layers[0].W.value, weights)  # live: nothing rebuilt
    every.setValue(2)
    qtbot.waitUntil(lambda: window.controller.config.schedule_params.get("decay_every") == 2)
    x, y = panel.schedule.curve.getData()
    c = window.controller.config
    assert np.allclose(y, learning_rates(c.learning_rate, "step", c.schedule_params, x))
    assert y[-1] < y[0]  # the preview shows the decay
    assert window.loss_plot.loss_plot.getAxis("right").isVisible()


def test_an_undoable_edit_keeps_the_schedule(qtbot, window):
    choose(qtbot, by_name(window.training_panel, "Schedule", QComboBox), "cosine")
    qtbot.waitUntil(lambda: window.controller.config.schedule == "cosine")
    window.run.edit({"seed": 5}, "Seed 5")
    qtbot.waitUntil(lambda: window.controller.config.seed == 5)
    assert window.controller.config.schedule == "cosine"
