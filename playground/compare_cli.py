"""``main.py compare``: race copies of one configuration that differ in one setting, headless.

Prints each copy's final losses and the update at which its training loss first reached
``--target``; with ``--out``, draws the overlaid curves to a PNG; with ``--landscape``, every
copy's path on one loss landscape (the plane of their paths, centred on the shared start).
"""
from __future__ import annotations

import argparse
import os
import sys

from .cli import _add_options, config_from_args
from .engine import Config, EngineError
from .engine.compare import VARIABLE_SETTINGS, RaceResult, make_variants, parse_vary, race

LANDSCAPE_BUDGET = 10.0  # seconds: the landscape's resolution is lowered to fit


def add_compare_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vary", required=True, metavar="SETTING=V1,V2,…",
                        help=f"the setting that differs between the copies (2 to 4 values), one of "
                        f"{', '.join(VARIABLE_SETTINGS)} (also lr, reg_rate), e.g. optimizer=sgd,momentum,adam")
    parser.add_argument("--target", type=float, default=None,
                        help="report the update at which each copy's training loss first reached this")
    parser.add_argument("--every", type=int, default=10, help="evaluate every N updates (default %(default)s)")
    parser.add_argument("--out", metavar="FILE.png", help="draw the overlaid loss curves to this PNG")
    parser.add_argument("--landscape", metavar="FILE.png",
                        help="draw every copy's path on one loss landscape (the plane of their paths) to this PNG")
    _add_options(parser.add_argument, Config())


def run_compare(args) -> int:
    try:
        if args.save:
            raise EngineError("compare does not save sessions; train one copy with `main.py train … --save`")
        if args.updates < 1 or args.every < 1:
            raise EngineError("--updates and --every must be 1 or more")
        name, values = parse_vary(args.vary)
        configs = make_variants(config_from_args(args), [{name: v} for v in values])
    except EngineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    results = race(configs, args.updates, args.every)
    print(results_table(results, args.target))
    if args.out and draw(results, args.out):
        return 2
    if args.landscape:
        return draw_landscape(configs[0], results, args.landscape)
    return 0


def results_table(results: list[RaceResult], target: float | None) -> str:
    width = max(len(r.label) for r in results)
    head = f"{'run':<{width}}  {'train loss':>10}  {'test loss':>10}"
    head += f"  {'reached ' + format(target, 'g'):>14}" if target is not None else ""
    lines = [head]
    for r in results:
        line = f"{r.label:<{width}}  {r.final_loss:>10.5f}  {float(r.test_loss[-1]):>10.5f}"
        if target is not None:
            reached = r.reached(target)
            line += f"  {'never' if reached is None else f'update {reached:,}':>14}"
        if r.diverged_at is not None:
            line += f"  (diverged at update {r.diverged_at:,})"
        lines.append(line)
    return "\n".join(lines)


def draw_landscape(config: Config, results: list[RaceResult], path: str, size=(800, 700)) -> int:
    """The loss (the first copy's) on the plane of all the copies' paths, each path drawn in its colour."""
    import numpy as np
    from .engine import Experiment
    from .engine.landscape import LandscapeJob
    paths = [r.path[np.isfinite(r.path).all(axis=1)] for r in results]  # a diverged copy: up to its last finite weights
    try:
        job = LandscapeJob(Experiment(config), 40, 1.0, "path", paths=paths, budget=LANDSCAPE_BUDGET)
    except (EngineError, np.linalg.LinAlgError) as exc:
        print(f"error: no landscape: {exc}", file=sys.stderr)
        return 2
    while not job.done:
        job.advance(1.0)
    app = _application()
    from .gui.views.compare_landscape import CompareLandscapeView
    from .gui.views.race_plot import RUN_COLORS
    view = CompareLandscapeView([], [r.label for r in results], [RUN_COLORS[k % len(RUN_COLORS)] for k in range(len(results))])
    view.show_landscape(job.result())
    view.resize(*size)
    view.show()
    app.processEvents()
    ok = view.plot.grab().save(path)
    view.close()
    if not ok or not np.isfinite(job.loss).any():
        print(f"error: could not write {path}", file=sys.stderr)
        return 2
    print(f"wrote {path}")
    return 0


def _application():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    return QApplication.instance() or QApplication(sys.argv[:1])


def draw(results: list[RaceResult], path: str, size=(1000, 600)) -> int:
    """The overlaid training (solid) and test (dashed) losses, with a legend, as a PNG."""
    import numpy as np
    app = _application()
    from .gui.views.race_plot import RacePlot
    plot = RacePlot()
    plot.set_runs([r.label for r in results], classification=False)
    for k, r in enumerate(results):
        nan = np.full_like(r.steps, np.nan)
        plot.append(k, np.column_stack([r.steps, r.train_loss, r.test_loss, nan, nan]))
    plot.resize(*size)
    plot.show()
    plot.redraw()
    app.processEvents()
    ok = plot.graphics.grab().save(path)
    plot.close()
    if not ok:
        print(f"error: could not write {path}", file=sys.stderr)
        return 2
    print(f"wrote {path}")
    return 0
