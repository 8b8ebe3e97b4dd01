"""Regenerate the README's CNN and RNN screenshots: a small CNN on the digits (kernels and
feature maps) and an RNN on the sine wave (through time), each after 200 updates at 1280×800.

    python scripts/screenshot_shaped.py [docs]

Runs offscreen (no display needed) and writes screenshot-cnn.png, screenshot-cnn-maps.png and
screenshot-rnn.png into the folder.
"""
from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from playground.engine import Config  # noqa: E402
from playground.engine.layer_text import parse_layers  # noqa: E402
from playground.gui.main_window import MainWindow  # noqa: E402

UPDATES = 200
RUNS = {"cnn": (Config(dataset="digits", n_samples=500, hidden=parse_layers("conv8x3same,maxpool2"),
                       learning_rate=0.05), ("kernels", "feature_maps")),
        "rnn": (Config(dataset="sine", n_samples=300, hidden=parse_layers("rnn16"), loss="mse"), ("through_time",))}


def wait(app, until, seconds=30.0) -> None:
    end = time.perf_counter() + seconds
    while not until() and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def shoot(app, name: str, folder: str) -> None:
    config, docks = RUNS[name]
    settings = QSettings(QSettings.IniFormat, QSettings.UserScope, "neural-playground-screenshot")
    settings.clear()  # the default layout, whatever the user's own looks like
    window = MainWindow(config, settings)
    window.resize(1280, 800)
    window.show()
    wait(app, lambda: window.controller.latest is not None)
    window.controller.step(UPDATES)
    wait(app, lambda: window.controller.latest.step >= UPDATES)
    for k, key in enumerate(docks):
        window.docks[key].raise_()
        wait(app, lambda: False, 0.5)  # let the views draw the latest snapshot
        path = os.path.join(folder, f"screenshot-{name}{'' if k == 0 else '-maps'}.png")
        print(("saved " if window.grab().save(path) else "could not write ") + path)
    window.files.modified = False  # a throwaway run: nothing to ask about
    window.close()


def main(folder: str = "docs") -> int:
    app = QApplication(sys.argv[:1])
    for name in RUNS:
        shoot(app, name, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
