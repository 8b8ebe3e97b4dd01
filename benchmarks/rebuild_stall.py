"""How long the GUI thread stalls while a run is rebuilt on a million samples.

Before the engine process owned runs, the controller built every experiment in the GUI
process too (to validate it), so a rebuild on 10⁶ samples froze the window.  This measures
the worst lateness of a 5 ms timer on the GUI thread from the rebuild request until the
new run's first snapshot, and the time to that snapshot.

Each round runs in a fresh process so imports and the engine process start alike.  To
compare with another checkout, alternate them in one invocation:

    python benchmarks/rebuild_stall.py --rounds 3 --tree /path/to/old/checkout --tree .

Prints min / median / max per tree and the CPU model.
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys

ROUND = r"""
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer
from playground.controller.training_controller import TrainingController
from playground.engine import Config

def main():
    app = QCoreApplication([])
    controller = TrainingController(Config())
    while controller.latest is None:
        app.processEvents()
    late, clock, timer = [], QElapsedTimer(), QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: late.append(clock.restart() - 5))
    clock.start()
    timer.start()
    start = time.perf_counter()
    generation = controller.generation
    controller.rebuild(Config(n_samples=1_000_000))
    while controller.latest is None or controller.generation == generation:
        app.processEvents()
    elapsed = time.perf_counter() - start
    timer.stop()
    print(max(late + [clock.elapsed() - 5]), elapsed)
    controller.shutdown()

if __name__ == "__main__":
    main()
"""


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as handle:
            return next(line.split(":", 1)[1].strip() for line in handle if line.startswith("model name"))
    except (OSError, StopIteration):
        return platform.processor() or "unknown CPU"


def one_round(tree: str) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": os.path.abspath(tree), "OPENBLAS_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", ROUND], env=env, cwd=tree, capture_output=True, text=True,
                         check=True, timeout=300)
    stall_ms, seconds = out.stdout.split()
    return float(stall_ms), float(seconds)


def summary(values: list[float]) -> str:
    return f"min {min(values):8.1f}  median {statistics.median(values):8.1f}  max {max(values):8.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tree", action="append", help="checkout to measure (repeatable); default: this one")
    args = parser.parse_args()
    trees = args.tree or [os.path.dirname(os.path.dirname(os.path.abspath(__file__)))]
    results = {tree: [] for tree in trees}
    for _ in range(args.rounds):
        for tree in trees:  # alternate the contenders so machine noise hits both alike
            results[tree].append(one_round(tree))
    print(f"CPU: {cpu_model()}, {os.cpu_count()} cores; {args.rounds} rounds, alternated")
    for tree, rows in results.items():
        print(f"{tree}\n  GUI-thread stall ms   {summary([r[0] for r in rows])}"
              f"\n  to first snapshot ms  {summary([1000 * r[1] for r in rows])}")


if __name__ == "__main__":
    main()
