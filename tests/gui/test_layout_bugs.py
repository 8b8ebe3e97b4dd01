"""The window's layout and keyboard on a small screen, as a new user found them: the
training settings at 1280×800, Space in a number field, the window's first size, heatmap
numbers with a larger font, and the Output dock under a long hover text."""
import json
import os
import subprocess
import sys
import textwrap
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QScrollArea, QToolButton, QWidget

from playground.engine import Config, LayerConfig
from playground.gui.fitting_views import SHOWS_SOMETHING
from playground.gui.views.weight_heatmaps import WeightHeatmaps

from .conftest import by_name, wait_snapshot
from .test_view_bugs import shown, snapshot_of

ROOT = Path(__file__).resolve().parents[2]
SMALL = (1280, 800)


def settle(qtbot, window, size=SMALL):
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    qtbot.wait(50)


@pytest.mark.parametrize("name", ["Learning rate", "Optimizer", "Batch", "Batch size", "Regularization",
                                  "Regularization rate", "Initialization", "Init scale"])
def test_the_most_used_training_settings_show_at_1280x800_without_scrolling(qtbot, window, name):
    settle(qtbot, window)
    panel = window.training_panel
    control = by_name(panel, name)
    scroll = window.docks["training"].widget()
    assert isinstance(scroll, QScrollArea) and scroll.verticalScrollBar().value() == 0
    assert not control.visibleRegion().isEmpty(), f"{name} is hidden"
    viewport = scroll.viewport()
    top_left = control.mapTo(viewport, QPoint(0, 0))
    assert viewport.rect().contains(QRect(top_left, control.size())), f"{name} is below the fold"


def test_folded_settings_open_from_their_header(qtbot, window):
    panel = window.training_panel
    header = by_name(panel, "Reproducibility settings", QToolButton)
    seed = by_name(panel, "Seed")
    assert not seed.isVisibleTo(panel)
    qtbot.mouseClick(header, Qt.LeftButton)
    assert seed.isVisibleTo(panel)
    assert header.toolTip()


def test_space_in_the_learning_rate_field_plays_and_types_nothing(qtbot, window):
    window.activateWindow()
    combo = by_name(window, "Learning rate", QComboBox)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    before = combo.currentText()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Space)
    qtbot.waitUntil(lambda: window.controller.playing)
    assert combo.currentText() == combo.lineEdit().text() == before
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Space)
    qtbot.waitUntil(lambda: not window.controller.playing)
    assert combo.currentText() == before


def test_space_in_a_spin_box_plays_too(qtbot, window):
    window.activateWindow()
    spin = window.training_panel.batch_size
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    before = spin.text()
    qtbot.keyClick(spin, Qt.Key_Space)
    qtbot.waitUntil(lambda: window.controller.playing)
    assert spin.text() == before
    qtbot.keyClick(spin, Qt.Key_Space)
    qtbot.waitUntil(lambda: not window.controller.playing)


def test_the_window_fits_a_1280x800_screen(tmp_path):
    """A real 1280×800 screen (the offscreen platform's own configuration) in a subprocess."""
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": SMALL[0],
                                                "height": SMALL[1], "logicalDpi": 96, "dpr": 1}]}))
    script = textwrap.dedent(f"""
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        from playground.gui.main_window import MainWindow
        if __name__ == "__main__":
            app = QApplication([])
            window = MainWindow(settings=QSettings({str(tmp_path / 's.ini')!r}, QSettings.IniFormat))
            window.show()
            app.processEvents()
            free, hint = window.screen().availableGeometry(), window.minimumSizeHint()
            print(free.width(), free.height(), window.width(), window.height(), hint.width(), hint.height())
            window.files.modified = False
            window.close()
            del window
            app.processEvents()
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    free_w, free_h, w, h, min_w, min_h = map(int, out.stdout.split()[-6:])
    assert (free_w, free_h) == SMALL
    assert w <= free_w and h <= free_h, (w, h)
    assert min_w <= free_w and min_h <= free_h, (min_w, min_h)


def test_nothing_needs_more_than_1280x800(qtbot, window):
    settle(qtbot, window)
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1], hint
    for key, dock in window.docks.items():
        # the scenario's is shown when one opens (tests/gui/test_scenarios.py); CNN and RNN views for such runs
        if key != "scenario" and SHOWS_SOMETHING.get(key, bool)(window.controller.config):
            assert dock.isVisible() and dock.width() > 0 and dock.height() > 0


@pytest.fixture
def large_font():
    app = QApplication.instance()
    font = app.font()
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * 1.5)
    app.setFont(bigger)
    yield bigger
    app.setFont(font)


@pytest.mark.parametrize("size", [(300, 400), (500, 500), (900, 600)])
def test_heatmap_numbers_never_overlap_with_a_larger_font(qtbot, large_font, size):
    snap = snapshot_of(Config(hidden=[LayerConfig(4), LayerConfig(4)]))
    heatmaps = shown(qtbot, WeightHeatmaps(), snap, size=size)
    qtbot.wait(50)
    for plot in heatmaps.plots:
        rects = plot.numbers.text_rects() if plot.numbers.isVisible() else []
        assert not any(a.intersects(b) for a, b in combinations(rects, 2)), plot.shape


def test_heatmap_numbers_hide_when_the_view_is_squeezed_and_return(qtbot):
    snap = snapshot_of(Config(hidden=[LayerConfig(4), LayerConfig(4)]))
    heatmaps = shown(qtbot, WeightHeatmaps(), snap, size=(900, 600))
    w1 = heatmaps.plots[0]
    assert w1.numbers.isVisible()
    w1.plot.vb.setRange(xRange=(0, 40), padding=0)  # as if the cells were squeezed to a tenth
    qtbot.wait(20)
    assert not w1.numbers.isVisible()
    w1.plot.vb.setRange(xRange=(0, 4), padding=0.02)
    qtbot.wait(20)
    assert w1.numbers.isVisible()


def test_hovering_a_neuron_with_a_long_name_keeps_the_output_dock_width(qtbot, window):
    settle(qtbot, window)
    dock, view = window.docks["output"], window.output_view
    width, hint = dock.width(), view.sizeHint()
    view.show_neuron(1, 0, "a neuron with a very long name indeed " * 4)
    qtbot.wait(50)
    assert "very long name" in view.title.text()
    assert dock.width() == width and view.sizeHint() == hint
    view.show_neuron(-1, 0)
    qtbot.wait(20)
    assert dock.width() == width


@pytest.mark.parametrize("name,kind", [("Reset", QToolButton), ("Play", QToolButton), ("Step", QToolButton),
                                       ("Step epoch", QToolButton), ("Speed", QComboBox), ("Show", QComboBox),
                                       ("Colour range", QComboBox), ("Numbers", QCheckBox),
                                       ("Show test data", QCheckBox), ("Discretize output", QCheckBox),
                                       ("Momentum μ", None), ("Gradient clipping", None), ("Precision", QComboBox)])
def test_controls_are_found_by_their_visible_names(qtbot, window, name, kind):
    control = by_name(window, name, kind or QWidget)
    assert control.toolTip()
