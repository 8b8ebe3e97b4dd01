"""Screenshots of the Lessons panel and of the math inspector on an Adam step, at 1280×800.

    python scripts/screenshot_classroom.py [OUT_DIR]
"""
from __future__ import annotations

import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from playground.engine import Config, LayerConfig  # noqa: E402
from playground.gui.main_window import MainWindow  # noqa: E402
from review_screens import wait  # noqa: E402


def main(out: str = "screenshots") -> int:
    app = QApplication(sys.argv[:1])
    os.makedirs(out, exist_ok=True)
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "settings.ini"), QSettings.IniFormat)
    config = Config(dataset="xor", hidden=[LayerConfig(3, "tanh")], optimizer="adam", learning_rate=0.01,
                    regularizer="l2", regularization_rate=0.001)
    window = MainWindow(config, settings)
    window.resize(1280, 800)
    window.show()
    wait(app, lambda: window.controller.latest is not None)
    window.controller.step(5)
    wait(app, lambda: window.controller.latest.step == 5)
    window.docks["lessons"].raise_()
    window.resizeDocks([window.docks["output"]], [480], Qt.Vertical)  # the lesson, readable
    window.lessons.select("optimizer:adam")
    window.lessons.show_current()
    wait(app, lambda: False, 0.2)
    window.grab().save(os.path.join(out, "lessons_1280x800.png"))
    matrix = window.heatmaps.shown[0]
    window.inspector.inspect(matrix.parameter_at(1, 2), "W1: w[X₂ → h1.3]")
    wait(app, lambda: window.inspector.inspection is not None)
    for key in ("output", "lessons"):  # the right column's full height for the inspector
        window.docks[key].hide()
    wait(app, lambda: False, 0.2)
    window.inspector.text.scrollToAnchor("update")
    wait(app, lambda: False, 0.2)
    window.grab().save(os.path.join(out, "inspector_adam_1280x800.png"))
    window.files.modified = False
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
