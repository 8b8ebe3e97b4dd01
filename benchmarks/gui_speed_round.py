"""One measurement of gui_speed.py, in its own process: ``headless`` or ``window``, a case,
seconds, and how long to wait for the first snapshot.  Prints one JSON line.

Works on older checkouts too (for before/after figures): the BLAS limit is applied only where
the checkout has it, so each tree runs as it would for a user.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time

try:  # as the checkout's own engine process and scripts do (absent before issue 12)
    from playground.blas_threads import limit_before_numpy
    limit_before_numpy()
except ImportError:
    pass

import numpy as np  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rates import updates_per_second  # noqa: E402

from playground.engine import Config, Experiment, LayerConfig  # noqa: E402

LAYERS = {"default": (8, 6), "12x64": (64, 12), "12x512": (512, 12)}


SHAPED = {"cnn": dict(dataset="digits", n_samples=500, layers="conv8x3same,maxpool2", learning_rate=0.05),
          "rnn": dict(dataset="sine", n_samples=300, layers="rnn16", loss="mse")}


def make_config(case: str) -> Config:
    if case in SHAPED:  # the window opens on the kernels (CNN) or through-time view (RNN)
        from playground.engine.layer_text import parse_layers
        settings = dict(SHAPED[case])
        return Config(hidden=parse_layers(settings.pop("layers")), **settings)
    units, depth = LAYERS[case]
    return Config(dataset="spiral", hidden=[LayerConfig(units, "tanh") for _ in range(depth)])


def headless(config: Config, seconds: float) -> dict:
    return {"updates": updates_per_second(Experiment(config).trainer, seconds, chunk=20)}


def windowed(config: Config, seconds: float, first_timeout: float) -> dict:
    """Open the window, wait for the first snapshot, play, then measure for ``seconds``."""
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    from playground.gui.main_window import MainWindow
    app = QApplication.instance() or QApplication([])
    launched = time.perf_counter()
    window = MainWindow(config, settings=QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.IniFormat))
    window.resize(1600, 1000)
    window.show()
    result, late, clock, timer, poll = {}, [], QElapsedTimer(), QTimer(), QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: late.append(clock.restart() - 10))

    def finish(error: str | None = None) -> None:
        if error:
            result["error"] = error
        poll.stop()
        timer.stop()
        window.files.modified = False  # a throwaway run: nothing to ask about
        window.close()
        app.quit()

    def start() -> None:
        c = window.controller
        result.update(steps0=c.latest.step, snaps0=c.snapshots_received, t0=time.perf_counter(),
                      cpu0=time.thread_time())
        clock.start()
        timer.start()
        QTimer.singleShot(int(1000 * seconds), stop)

    def stop() -> None:
        c, elapsed = window.controller, time.perf_counter() - result["t0"]
        result.update(busy=(time.thread_time() - result["cpu0"]) / elapsed,
                      updates=(c.latest.step - result["steps0"]) / elapsed,
                      snapshots=(c.snapshots_received - result["snaps0"]) / elapsed)
        finish()

    def wait_first() -> None:
        """Poll for the first snapshot: play once it is drawn, give up after first_timeout."""
        if window.controller.latest is not None:
            poll.stop()
            result["first"] = time.perf_counter() - launched
            window.controller.play()
            QTimer.singleShot(500, start)  # let playing settle before measuring
        elif time.perf_counter() - launched > first_timeout:
            finish(f"no snapshot within {first_timeout:g} s")
    poll.timeout.connect(wait_first)
    poll.start(10)
    app.exec()
    if late[1:]:
        result["p99"], result["worst"] = float(np.percentile(late[1:], 99)), float(max(late[1:]))
    return {k: v for k, v in result.items() if k in ("error", "updates", "snapshots", "busy", "p99", "worst", "first")}


def main() -> None:
    mode, case, seconds, first_timeout = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
    config = make_config(case)
    result = headless(config, seconds) if mode == "headless" else windowed(config, seconds, first_timeout)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
