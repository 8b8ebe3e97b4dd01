"""The loss plot with 10⁶ evaluations of history: time to take them in (one append), to redraw,
and to paint the widget (grab), in a fresh process per checkout (``--tree``), 3 rounds.

Run:  python benchmarks/loss_plot_speed.py [--points 1000000] [--tree OLD --tree .]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

from machine import cpu_model

ROUND = r"""
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import numpy as np
from PySide6.QtWidgets import QApplication
from playground.engine.snapshots import EvalRows
from playground.gui.views.loss_plot import LossPlot
app = QApplication([])
n = int(sys.argv[1])
rows = np.column_stack([np.arange(1, n + 1), np.arange(n) / 1000, 1 / np.sqrt(np.arange(1, n + 1)) + 0.01 * np.random.default_rng(0).random(n),
                        1.1 / np.sqrt(np.arange(1, n + 1)), np.linspace(0.5, 1, n), np.linspace(0.5, 0.9, n), np.zeros(n)])
plot = LossPlot(); plot.resize(500, 400); plot.show(); app.processEvents()
t = time.perf_counter(); plot.append(EvalRows(rows)); taken = time.perf_counter() - t
t = time.perf_counter(); plot.redraw(); plot.grab(); first = time.perf_counter() - t
times = []
for _ in range(5):
    t = time.perf_counter(); plot.redraw(); plot.grab(); times.append(time.perf_counter() - t)
print(json.dumps({"append": taken, "first": first, "repaint": sorted(times)[2]}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tree", action="append")
    args = parser.parse_args()
    trees = args.tree or [os.path.dirname(os.path.dirname(os.path.abspath(__file__)))]
    results = {tree: [] for tree in trees}
    for _ in range(args.rounds):
        for tree in trees:
            env = dict(os.environ, PYTHONPATH=os.path.abspath(tree), QT_QPA_PLATFORM="offscreen")
            out = subprocess.run([sys.executable, "-c", ROUND, str(args.points)], env=env, capture_output=True,
                                 text=True)
            results[tree].append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"{cpu_model()}, {os.cpu_count()} cores; {args.points:,} points; min / median / max of {args.rounds}")
    for tree, rounds in results.items():
        cells = {k: [r[k] * 1000 for r in rounds] for k in ("append", "first", "repaint")}
        print(f"{tree}: " + ", ".join(f"{k} {min(v):,.0f} / {statistics.median(v):,.0f} / {max(v):,.0f} ms"
                                      for k, v in cells.items()))


if __name__ == "__main__":
    main()
