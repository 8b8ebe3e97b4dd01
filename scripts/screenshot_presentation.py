"""Screenshots of the classroom features at 1280×800: presentation mode, the shortcuts
dialog, and data painted on the Output plane.

    python scripts/screenshot_presentation.py [OUT_DIR]

Runs offscreen with throwaway settings.
"""
from __future__ import annotations

import math
import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from playground.engine import Config  # noqa: E402
from playground.gui.shortcuts_dialog import ShortcutsDialog  # noqa: E402
from review_screens import open_window, shoot, wait  # noqa: E402


def paint_stroke(window, points, button=Qt.LeftButton) -> None:
    """Drag over the Output plane through ``points`` (plane coordinates)."""
    plot = window.output_view.plot
    at = [plot.mapFromScene(plot.getPlotItem().vb.mapViewToScene(pg.Point(x, y))) for x, y in points]
    viewport = plot.viewport()
    QTest.mousePress(viewport, button, Qt.NoModifier, at[0])
    for point in at[1:]:
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, button, Qt.NoModifier, at[-1])


def main(out: str = "screenshots") -> int:
    app = QApplication(sys.argv[:1])
    os.makedirs(out, exist_ok=True)
    window = open_window(Config(dataset="xor"), (1280, 800), tempfile.mkdtemp())
    wait(app, lambda: window.controller.latest is not None)
    window.controller.step(200)
    wait(app, lambda: window.controller.latest.step >= 200)
    window.presentation.set_active(True)
    wait(app, lambda: True)
    shoot(app, window, out, "presentation_1280x800")
    window.presentation.set_active(False)
    wait(app, lambda: True)

    dialog = ShortcutsDialog(window)
    dialog.show()
    wait(app, lambda: True)
    path = os.path.join(out, "shortcuts_dialog.png")
    dialog.grab().save(path)
    print("wrote", path)
    dialog.close()

    window.docks["output"].setFloating(True)  # large, to see the strokes
    window.docks["output"].resize(640, 600)
    window.run.paint_tool.button.click()
    window.run.paint_tool.class_combo.setCurrentIndex(1)  # blue, into the orange corner
    wait(app, lambda: True)
    paint_stroke(window, [(-3 + 1.5 * math.cos(t / 3), 3 + 1.5 * math.sin(t / 3)) for t in range(20)])
    wait(app, lambda: window.controller.config.dataset == "painted")
    window.run.paint_tool.class_combo.setCurrentIndex(2)  # a new, third class
    paint_stroke(window, [(5.5, y) for y in range(-4, 5)])
    wait(app, lambda: window.controller.data is not None and window.controller.data.n_classes == 3)
    paint_stroke(window, [(0, 0), (0.5, 0.5)], Qt.RightButton)
    wait(app, lambda: True)
    window.controller.step(300)
    wait(app, lambda: window.controller.latest.step >= 300)
    path = os.path.join(out, "painting.png")
    window.docks["output"].grab().save(path)
    print("wrote", path)
    window.files.modified = False
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
