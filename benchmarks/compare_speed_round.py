"""One measurement of compare_speed.py, in its own process; prints one JSON line.

``headless OPTIMIZER``: that copy trained without a window (the script starts all copies at
once, so they share the machine as the compare window's engines do).  ``window A,B,C``: the
compare window with those copies playing, all views shown: each copy's updates/s, frames drawn
per second (lock-step rounds, each drawing every copy at one update), and the GUI thread's 10 ms
timer lateness.
"""
from __future__ import annotations

import json
import os
import sys
import time

from playground.blas_threads import limit_before_numpy

limit_before_numpy()

import numpy as np  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rates import updates_per_second  # noqa: E402

from playground.engine import Config, Experiment, LayerConfig  # noqa: E402
from playground.engine.compare import make_variants  # noqa: E402



def copies(optimizers: list[str]) -> list[Config]:
    """The default network once per optimizer (make_variants wants at least two)."""
    base = Config(dataset="spiral", hidden=[LayerConfig(8, "tanh") for _ in range(6)])
    return make_variants(base, [{"optimizer": name} for name in [*optimizers, "sgd"]])[:len(optimizers)]


def headless(optimizer: str, seconds: float) -> dict:
    return {"updates": updates_per_second(Experiment(copies([optimizer])[0]).trainer, seconds)}


def windowed(optimizers: list[str], seconds: float, first_timeout: float) -> dict:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication
    from playground.gui.compare_window import CompareWindow
    app = QApplication.instance() or QApplication([])
    launched = time.perf_counter()
    window = CompareWindow(copies(optimizers))
    window.resize(1280, 800)
    window.show()
    frames, late, clock, timer, poll, result = [0], [], QElapsedTimer(), QTimer(), QTimer(), {}
    window.lock.reached.connect(lambda _: frames.__setitem__(0, frames[0] + 1))  # every copy drawn at one update
    timer.setInterval(10)
    timer.timeout.connect(lambda: late.append(clock.restart() - 10))
    steps = lambda: [run.controller.latest.step for run in window.runs]

    def finish(error: str | None = None) -> None:
        if error:
            result["error"] = error
        poll.stop()
        timer.stop()
        window.close()
        app.quit()

    def start() -> None:
        result.update(steps0=steps(), frames0=frames[0], t0=time.perf_counter())
        clock.start()
        timer.start()
        QTimer.singleShot(int(1000 * seconds), stop)

    def stop() -> None:
        elapsed = time.perf_counter() - result["t0"]
        result["updates"] = [(b - a) / elapsed for a, b in zip(result["steps0"], steps())]
        result["frames"] = (frames[0] - result["frames0"]) / elapsed
        finish()

    def wait_first() -> None:
        if all(run.controller.latest is not None and run.heatmaps.plots for run in window.runs):  # drawn once
            poll.stop()
            window.toggle_play()
            QTimer.singleShot(500, start)  # let playing settle before measuring
        elif time.perf_counter() - launched > first_timeout:
            finish(f"no snapshots within {first_timeout:g} s")
    poll.timeout.connect(wait_first)
    poll.start(10)
    app.exec()
    if late[1:]:
        result["p99"] = float(np.percentile(late[1:], 99))
    return {k: v for k, v in result.items() if k in ("error", "updates", "frames", "p99")}


def main() -> None:
    mode, seconds, first_timeout = sys.argv[1], float(sys.argv[-2]), float(sys.argv[-1])
    names = sys.argv[2]
    result = headless(names, seconds) if mode == "headless" else windowed(names.split(","), seconds, first_timeout)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
