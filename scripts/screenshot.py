"""Regenerate the README's screenshot: the main window mid-training on the spiral.

    python scripts/screenshot.py [docs/screenshot.png [LANGUAGE]]     (e.g. docs/screenshot-zh_CN.png zh_CN)

Runs offscreen (no display needed), plays until the network classifies most of the spiral
(or 30 s pass), pauses, and saves the window as drawn.
"""
from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from playground.engine import Config, LayerConfig  # noqa: E402
from playground.gui.language import install_language  # noqa: E402
from playground.gui.main_window import MainWindow  # noqa: E402

TARGET_ACCURACY = 0.9
MAX_SECONDS = 30
UPDATES_PER_SECOND = 1000.0
CONFIG = Config(dataset="spiral", noise=0.1, features=["x1", "x2", "x1_sq", "x2_sq", "sin_x1", "sin_x2"],
                hidden=[LayerConfig(8, "tanh"), LayerConfig(6, "tanh")], optimizer="adam",
                learning_rate=0.01, batch_size=10)


def main(path: str = "docs/screenshot.png", language: str = "en") -> int:
    app = QApplication(sys.argv[:1])
    if not install_language(language):
        print(f"error: no translation for {language!r}", file=sys.stderr)
        return 2
    settings = QSettings(QSettings.IniFormat, QSettings.UserScope, "neural-playground-screenshot")
    settings.clear()  # the default layout, whatever the user's own looks like
    window = MainWindow(CONFIG, settings)
    window.resize(1600, 1000)
    window.show()
    started = time.perf_counter()

    def check():
        latest = window.controller.latest
        done = latest is not None and latest.metrics.get("test_accuracy", 0) >= TARGET_ACCURACY
        if not done and time.perf_counter() - started < MAX_SECONDS:
            return
        timer.stop()
        window.controller.pause()
        QTimer.singleShot(500, save)  # let the last snapshot and the coalesced redraws land

    def save():
        ok = window.grab().save(path)
        print(f"{'saved' if ok else 'could not write'} {path} at update {window.controller.latest.step}")
        window.files.modified = False  # a throwaway run: nothing to ask about
        window.close()
        app.exit(0 if ok else 1)
    timer = QTimer(interval=200, timeout=check)
    timer.start()
    # A moderate speed, after the first frames: the curves then have a point every few updates.
    speed = window.toolbar.speed  # chosen as a user would, so the toolbar shows it
    speed.setCurrentIndex(speed.findData(f"{UPDATES_PER_SECOND}"))
    speed.activated.emit(speed.currentIndex())
    QTimer.singleShot(1000, window.controller.play)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
