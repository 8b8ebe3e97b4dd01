"""Training speed with the window open (offscreen) against the headless engine, snapshots
received per second, and the GUI thread's timer latency while playing flat out.

Run:  QT_QPA_PLATFORM=offscreen python benchmarks/gui_speed.py [--seconds S]
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from playground.engine import Config, Experiment  # noqa: E402
from playground.gui.main_window import MainWindow  # noqa: E402


def headless_rate(config: Config, seconds: float) -> float:
    trainer = Experiment(config).trainer
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for _ in range(100):
            trainer.step()
        n += 100
    return n / (time.perf_counter() - start)


def windowed(config: Config, seconds: float) -> dict:
    app = QApplication.instance() or QApplication([])
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.IniFormat)
    window = MainWindow(config, settings=settings)
    window.show()
    late, clock, timer = [], QElapsedTimer(), QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: late.append(clock.restart() - 10))
    result = {}

    def start():
        result["steps0"], result["snaps0"] = window.controller.latest.step, window.controller.snapshots_received
        result["t0"] = time.perf_counter()
        clock.start()
        timer.start()

    def stop():
        elapsed = time.perf_counter() - result["t0"]
        result["updates"] = (window.controller.latest.step - result["steps0"]) / elapsed
        result["snapshots"] = (window.controller.snapshots_received - result["snaps0"]) / elapsed
        timer.stop()
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
    config = Config()
    alone = headless_rate(config, args.seconds)
    r = windowed(config, args.seconds)
    print(f"default net (2-4-2-1 tanh, batch 10, SGD), {args.seconds:g} s each")
    print(f"headless engine:           {alone:10,.0f} updates/s")
    print(f"playing with window open:  {r['updates']:10,.0f} updates/s ({r['updates'] / alone:.0%} of headless)")
    print(f"snapshots received:        {r['snapshots']:10.1f} /s")
    print(f"GUI 10 ms timer lateness:  p99 {r['p99']:.0f} ms, worst {r['worst']} ms")


if __name__ == "__main__":
    main()
