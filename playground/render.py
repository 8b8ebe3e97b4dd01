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


def build_view(name: str, experiment):
    """The named view, showing ``experiment`` as it is now."""
    from .gui.labels import FEATURE_LABELS
    from .gui.views.output_view import GRID_SIZE
    config, data = experiment.config, experiment.data
    if config.shaped and name not in ("loss", "weights"):
        raise EngineError(f"the {name} view draws dense networks on 2-D points so far; this session's "
                          "network works on images or sequences: render --view loss, or describe it with info")
    labels = list(data.feature_names) if config.dataset == "csv" else [FEATURE_LABELS[f] for f in config.features]
    snapshot = experiment.snapshot(GRID_SIZE, full_history=True)
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
