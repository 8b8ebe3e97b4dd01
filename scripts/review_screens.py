"""Screenshots of the window in the states a reviewer should look at, into one folder.

    python scripts/review_screens.py [OUT_DIR]

Start-up, after some training, after Reset, after saving and reopening the session, a
12-hidden-layer network, each at 1280×800 and the first also at 1920×1080.  Runs offscreen;
the settings are throwaway ones, so the default layout is what is drawn.
"""
from __future__ import annotations

import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from playground.engine import Config, LayerConfig  # noqa: E402
from playground.gui.main_window import MainWindow  # noqa: E402

SIZES = {"1280x800": (1280, 800), "1920x1080": (1920, 1080)}


def wait(app, predicate, seconds: float = 30) -> None:
    """Run the event loop until ``predicate()`` holds (or give up after ``seconds``)."""
    import time
    end = time.perf_counter() + seconds
    while not predicate() and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)
    for _ in range(20):  # let coalesced redraws land
        app.processEvents()
        time.sleep(0.01)


def open_window(config: Config, size: tuple, folder: str) -> MainWindow:
    settings = QSettings(os.path.join(folder, "settings.ini"), QSettings.IniFormat)
    window = MainWindow(config, settings)
    window.resize(*size)
    window.show()
    return window


def shoot(app, window: MainWindow, out: str, name: str) -> None:
    path = os.path.join(out, f"{name}.png")
    window.grab().save(path)
    print("wrote", path)


def main(out: str = "screenshots") -> int:
    app = QApplication(sys.argv[:1])
    os.makedirs(out, exist_ok=True)
    folder = tempfile.mkdtemp()
    for label, size in SIZES.items():
        window = open_window(Config(), size, folder)
        wait(app, lambda: window.controller.latest is not None)
        shoot(app, window, out, f"startup_{label}")
        window.files.modified = False
        window.close()
    window = open_window(Config(dataset="spiral", hidden=[LayerConfig(6), LayerConfig(4)], optimizer="adam",
                                learning_rate=0.03), SIZES["1280x800"], folder)
    c = window.controller
    wait(app, lambda: c.latest is not None)
    c.step(400)
    wait(app, lambda: c.latest.step == 400)
    shoot(app, window, out, "trained_1280x800")
    session = os.path.join(folder, "review.nnplay")
    window.files.write(session)
    c.reset()
    wait(app, lambda: c.latest is not None and c.latest.step == 0)
    shoot(app, window, out, "after_reset_1280x800")
    window.files.open(session, confirmed=True)
    wait(app, lambda: c.latest is not None and c.latest.step == 400)
    shoot(app, window, out, "reopened_1280x800")
    window.files.modified = False
    window.close()
    window = open_window(Config(hidden=[LayerConfig(6)] * 12), SIZES["1280x800"], folder)
    wait(app, lambda: window.controller.latest is not None)
    window.controller.step(50)
    wait(app, lambda: window.controller.latest.step == 50)
    shoot(app, window, out, "deep12_1280x800")
    window.files.modified = False
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
