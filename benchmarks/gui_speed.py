"""Training speed with the window and all its views open (offscreen) against the headless
engine, frames (snapshots shown) per second, and the GUI thread's timer latency while
playing flat out.  The network is issue #5's: six tanh layers of 8 on the spiral.

Run:  QT_QPA_PLATFORM=offscreen python benchmarks/gui_speed.py [--seconds S]
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time

from playground.blas_threads import limit_before_numpy

limit_before_numpy()  # as the engine process does: one BLAS thread

import numpy as np  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from playground.engine import Config, Experiment, LayerConfig  # noqa: E402
from playground.gui.main_window import MainWindow  # noqa: E402
from rates import updates_per_second  # noqa: E402


def headless_rate(config: Config, seconds: float) -> float:
    return updates_per_second(Experiment(config).trainer, seconds, chunk=100)


def windowed(config: Config, seconds: float) -> dict:
    app = QApplication.instance() or QApplication([])
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.IniFormat)
    window = MainWindow(config, settings=settings)
    window.resize(1600, 1000)
    window.show()
    assert all(view.isVisible() for view in [window.editor, window.loss_plot, *window.views])
    late, clock, timer = [], QElapsedTimer(), QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: late.append(clock.restart() - 10))
    result = {}

    def start():
        result["steps0"], result["snaps0"] = window.controller.latest.step, window.controller.snapshots_received
        result["t0"], result["cpu0"] = time.perf_counter(), time.thread_time()
        clock.start()
        timer.start()

    def stop():
        elapsed = time.perf_counter() - result["t0"]
        result["busy"] = (time.thread_time() - result["cpu0"]) / elapsed
        result["updates"] = (window.controller.latest.step - result["steps0"]) / elapsed
        result["snapshots"] = (window.controller.snapshots_received - result["snaps0"]) / elapsed
        timer.stop()
        window.files.modified = False  # a throwaway run: nothing to ask about
        window.close()
        app.quit()
    QTimer.singleShot(0, window.controller.play)
    QTimer.singleShot(500, start)
    QTimer.singleShot(int(500 + 1000 * seconds), stop)
    app.exec()
    result["p99"], result["worst"] = float(np.percentile(late[1:], 99)), max(late[1:])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    config = Config(dataset="spiral", hidden=[LayerConfig(8, "tanh") for _ in range(6)])
    alone = headless_rate(config, args.seconds)
    r = windowed(config, args.seconds)
    print(f"spiral, 2-(8 tanh)x6-1, batch 10, SGD, all views visible, {args.seconds:g} s each")
    print(f"headless engine:           {alone:10,.0f} updates/s")
    print(f"playing with window open:  {r['updates']:10,.0f} updates/s ({r['updates'] / alone:.0%} of headless)")
    print(f"frames (snapshots shown):  {r['snapshots']:10.1f} /s")
    print(f"GUI thread CPU use:        {r['busy']:10.0%}")
    print(f"GUI 10 ms timer lateness:  p99 {r['p99']:.0f} ms, worst {r['worst']} ms")


if __name__ == "__main__":
    main()
