"""Numbers on the kernel cells (the weight heatmaps' cell numbers, reused): the engine's
values, W or ΔW as chosen, shown only where they fit."""
import numpy as np
from PySide6.QtWidgets import QCheckBox

from playground.engine.experiment import Experiment
from playground.gui.views.kernel_view import KernelView, kernel_cell_centres
from playground.gui.views.weight_matrices import cell_decimals, cell_text

from .conftest import by_name, choose
from .test_shaped_runs import CNN


def test_cell_centres_follow_the_tiles_two_filters_to_a_row():
    centres = kernel_cell_centres((4, 1, 3, 3))  # 4 filters: 2 to a row, one-pixel gaps
    assert centres[:3] == [(0.5, 0.5), (1.5, 0.5), (2.5, 0.5)]
    assert centres[9] == (4.5, 0.5) and centres[18] == (0.5, 4.5) and len(centres) == 36


def test_kernel_numbers_are_the_engines_weights_and_follow_the_show_choice(qtbot):
    experiment = Experiment(CNN.copy())
    for _ in range(3):
        experiment.trainer.step()
    snapshot = experiment.snapshot()
    view = KernelView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.show_snapshot(snapshot)
    numbers = view.plots[0][3]
    kernels = snapshot.layers_of("conv2d")[0].kernels
    limit = view.plots[0][2].levels()[1]
    assert numbers.texts == [cell_text(v, cell_decimals(limit)) for v in kernels.value.ravel()]
    qtbot.waitUntil(numbers.isVisible)  # 36 cells at 900×700: room
    choose(qtbot, view.show_combo, "last_update")
    assert numbers.texts[0] == cell_text(kernels.last_update.ravel()[0], cell_decimals(view.plots[0][2].levels()[1]))
    by_name(view, "Kernel numbers", QCheckBox).setChecked(False)
    assert not numbers.isVisible()
    view.resize(200, 150)  # cells too small for numbers: none, rather than overlapping ones
    by_name(view, "Kernel numbers", QCheckBox).setChecked(True)
    qtbot.waitUntil(lambda: not numbers.fits())
    assert not numbers.isVisible()
