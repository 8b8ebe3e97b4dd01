"""CPU time of the GUI thread per frame with every view open, at a paced 30 snapshots a second.

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_frame_cost.py [--tree OLD --tree .] [--rounds 3]

Wall-clock figures (frames/s, timer lateness) on a shared machine mostly measure the other
users; the GUI thread's own CPU time per frame (``time.thread_time`` around the snapshot slot
and the paints that follow it) is far less sensitive to them.  Snapshots are made in the
measuring process from an ``Experiment`` (the window's own engine idles), the same snapshots
for every tree, fed to the window's snapshot slot 30 times a second; each round is a fresh
process, trees alternate.  Works on checkouts from before the run unit (the slot was then the
main window's).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = {"default": (8, 6), "12x64": (64, 12)}
FPS = 30


def measure(case: str, frames: int, updates_per_frame: int) -> float:
    """Milliseconds of GUI-thread CPU per frame (in the tree on sys.path)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from playground.engine import Config, Experiment, LayerConfig
    from playground.gui.main_window import MainWindow
    units, depth = CASES[case]
    config = Config(dataset="spiral", hidden=[LayerConfig(units, "tanh") for _ in range(depth)])
    app = QApplication.instance() or QApplication([])
    window = MainWindow(config, settings=QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.IniFormat))
    window.resize(1600, 1000)
    window.show()
    give_up = time.perf_counter() + 30
    while window.controller.latest is None and time.perf_counter() < give_up:  # built, views laid out
        app.processEvents()
        time.sleep(0.01)
    slot = window.runs[0]._on_controller_snapshot if hasattr(window, "runs") else window._on_controller_snapshot
    experiment = Experiment(config)

    def snapshots(count: int) -> list:
        out = []
        for k in range(count):
            for _ in range(updates_per_frame):
                experiment.trainer.step()
            try:  # a new plane grid every 4th frame, as the engine does for a big net
                out.append(experiment.snapshot(64, reuse_grid=k % 4 != 0))
            except TypeError:  # older checkouts: always a new grid
                out.append(experiment.snapshot(64))
        return out

    def play(batch: list) -> float:
        cpu = time.thread_time()
        for snapshot in batch:
            start = time.perf_counter()
            slot(snapshot)
            while time.perf_counter() - start < 1 / FPS:  # its paints, then idle until the next frame
                app.processEvents()
                time.sleep(0.002)
        return 1000 * (time.thread_time() - cpu) / len(batch)

    play(snapshots(10))  # first redraws, caches, the slow views' first turns
    cost = play(snapshots(frames))
    if hasattr(window, "files"):
        window.files.modified = False
    window.close()
    return cost


def run_round(tree: str, case: str, frames: int, updates: int) -> float | None:
    env = dict(os.environ, PYTHONPATH=os.path.abspath(tree), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, __file__, "--one", case, str(frames), str(updates)], env=env,
                         cwd=os.path.abspath(tree), capture_output=True, text=True, timeout=600)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    return json.loads(lines[-1])["ms"] if lines else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tree", action="append", help="checkout to measure (default: this one)")
    parser.add_argument("--case", action="append", choices=list(CASES))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--frames", type=int, default=60)
    parser.add_argument("--updates", type=int, default=270, help="updates between snapshots")
    parser.add_argument("--one", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps({"ms": measure(args.one[0], int(args.one[1]), int(args.one[2]))}))
        return
    trees, cases = args.tree or [os.path.dirname(HERE)], args.case or list(CASES)
    results: dict = {}
    for _ in range(args.rounds):
        for case in cases:
            for tree in trees:
                results.setdefault((tree, case), []).append(run_round(tree, case, args.frames, args.updates))
                print(f"  round: {tree} {case} {results[tree, case][-1]}", flush=True)
    print(f"GUI thread CPU per frame, ms, at {FPS} snapshots/s, {args.updates} updates apart, "
          f"1600×1000 offscreen ({args.rounds} rounds; min / median / max)")
    for (tree, case), values in results.items():
        ok = [v for v in values if v is not None]
        figures = f"{min(ok):.1f} / {statistics.median(ok):.1f} / {max(ok):.1f}" if ok else "failed"
        print(f"  {tree} {case:8s} {figures}" + (f"  ({len(values) - len(ok)} failed)" if len(ok) < len(values) else ""))


if __name__ == "__main__":
    main()
