"""Weight heatmaps draw only the matrices in their scroll area's view: the others are drawn
when scrolled to, or when a bigger view uncovers them (pay for what is shown)."""
from playground.engine import Config, Experiment, LayerConfig
from playground.gui.views.weight_heatmaps import WeightHeatmaps


def test_matrices_out_of_view_are_drawn_when_scrolled_to(qtbot):
    experiment = Experiment(Config(dataset="spiral", hidden=[LayerConfig(8, "tanh") for _ in range(6)]))
    view = WeightHeatmaps()
    qtbot.addWidget(view)
    view.resize(500, 320)
    view.show()
    qtbot.waitExposed(view)
    view.take(experiment.snapshot(0))
    view.redraw()  # the first drawing, while the pictures are laid out
    qtbot.wait(50)
    before = [plot.image.image for plot in view.plots]
    experiment.trainer.step()
    view.take(experiment.snapshot(0))
    view.redraw()
    redrawn = lambda: [plot.image.image is not old for plot, old in zip(view.plots, before)]  # noqa: E731
    assert redrawn()[0] and not redrawn()[-1]  # the last matrix is below the view: not drawn
    bar = view.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert redrawn()[-1]  # scrolled to: drawn with the latest weights
    view.resize(1600, 2000)  # everything in view: everything drawn
    qtbot.waitUntil(lambda: all(redrawn()))
