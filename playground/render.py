"""``main.py render``: draw one view of a saved session to a PNG, offscreen, for slides and
handouts.  The same view classes as the window, fed one snapshot of the session."""
from __future__ import annotations

import os
import sys

from .engine import EngineError
from .engine.session import load_session


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise EngineError(f"--size must look like 1000x700, not {text!r}") from None
    if not (100 <= width <= 8000 and 100 <= height <= 8000):
        raise EngineError("--size must be between 100x100 and 8000x8000")
    return width, height


def run_render(args) -> int:
    try:
        size = _size(args.size)
        experiment = load_session(args.session).experiment()
    except EngineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        widget = build_view(args.view, experiment)
    except EngineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    widget.resize(*size)
    widget.show()
    app.processEvents()
    if hasattr(widget, "redraw"):
        widget.redraw()  # now, not on the coalescing timer of a live window
    ok = widget.grab().save(args.out)
    widget.close()
    if not ok:
        print(f"error: could not write {args.out}", file=sys.stderr)
        return 2
    print(f"wrote {args.out}")
    return 0


# Views of CNNs and RNNs: (module, class, the layer kind they need, the plots kept).
SHAPED_VIEWS = {
    "kernels": ("kernel_view", "KernelView", "conv2d", None),
    "feature-maps": ("feature_maps", "FeatureMapView", "conv2d", None),
    "step-through": ("step_through", "StepThroughView", "conv2d", None),
    "unrolled": ("unrolled", "UnrolledView", "simple_rnn", None),
    "hidden-states": ("through_time", "ThroughTimeView", "simple_rnn", ("hidden_plot", "series_plot")),
    "time-gradients": ("through_time", "ThroughTimeView", "simple_rnn", ("grad_plot",)),  # ρ's history is not saved
}
LAYER_WORDS = {"conv2d": "convolution", "simple_rnn": "recurrent"}
VIEWS = ("weights", "diagram", "loss", "boundary", "predictions", *SHAPED_VIEWS)


def build_view(name: str, experiment):
    """The named view, showing ``experiment`` as it is now."""
    config = experiment.config
    if name in SHAPED_VIEWS:
        return _shaped_view(name, experiment)
    if name == "predictions":
        from .gui.views.predictions import PredictionsView
        if experiment.data.task != "classification":
            raise EngineError("the predictions view draws classification runs; this session predicts numbers")
        view = PredictionsView()
        view.latest = experiment.snapshot(full_history=True, sample=0 if config.shaped else None, confusion=True)
        return view
    if config.shaped and name not in ("loss", "weights"):
        raise EngineError(f"the {name} view draws dense networks on 2-D points; this session's network works "
                          f"on images or sequences: render --view {' or '.join(SHAPED_VIEWS)} (or loss, weights)")
    return _dense_view(name, experiment)


def _shaped_view(name: str, experiment):
    """A CNN's or RNN's view, fed one snapshot that follows training sample 0."""
    import importlib
    module, cls, kind, keep = SHAPED_VIEWS[name]
    if not any(layer.kind == kind for layer in experiment.network.layers):
        raise EngineError(f"the {name} view needs a {LAYER_WORDS[kind]} layer, and this session's network has none")
    view = getattr(importlib.import_module(f".gui.views.{module}", __package__), cls)()
    if name == "time-gradients":
        _first_batch_gradient(experiment)
    view.take(experiment.snapshot(full_history=True, sample=0))
    if keep is not None:  # one half of the through-time view: the others leave the grid
        grid = view.graphics.ci
        for plot in ("hidden_plot", "series_plot", "grad_plot", "radius_plot"):
            if plot not in keep:
                grid.removeItem(getattr(view, plot))
        cells = [cell for placed in grid.items.values() for cell in placed]
        for k in (0, 1):  # the emptied row or column takes no room
            grid.layout.setRowStretchFactor(k, int(any(row == k for row, _ in cells)))
            grid.layout.setColumnStretchFactor(k, int(any(col == k for _, col in cells)))
    return view


def _first_batch_gradient(experiment) -> None:
    """A session read from a file holds no gradient (it is not saved): compute one on the first
    training batch, weights unchanged, so ‖∂L/∂h_t‖ per step has its values."""
    t = experiment.trainer
    batch = t.effective_batch
    experiment.network.gradient(t.x_train[:batch], t.y_train[:batch], t.loss, t.regularizer)


def _dense_view(name: str, experiment):
    from .gui.labels import FEATURE_LABELS
    from .gui.views.output_view import GRID_SIZE
    config, data = experiment.config, experiment.data
    labels = list(data.feature_names) if config.dataset == "csv" else [FEATURE_LABELS[f] for f in config.features]
    snapshot = experiment.snapshot(0 if config.shaped else GRID_SIZE, full_history=True)
    if name == "diagram":
        from .gui.network_editor import NetworkEditor
        view = NetworkEditor()
        view.set_config(config, labels)
        view.set_snapshot(snapshot)
    elif name == "weights":
        from .gui.views.weight_heatmaps import WeightHeatmaps
        view = WeightHeatmaps()
        view.set_input_labels(labels)
        view.latest = snapshot
    elif name == "loss":
        from .gui.views.loss_plot import LossPlot
        view = LossPlot()
        view.set_task(data.task)
        view.append(snapshot.eval_rows)
    else:
        from .gui.views.output_view import OutputView
        if experiment.plane_data() is None:
            raise EngineError("this session's data has no input plane to draw a boundary on")
        view = OutputView()
        view.set_plane(experiment.plane_data(), data.task, data.n_classes, len(labels))
        view.grid = snapshot.grid
    return view
