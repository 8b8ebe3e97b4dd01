import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt

from playground.gui.main_window import MainWindow


@pytest.fixture
def make_window(qtbot, tmp_path):
    """Open a main window on a configuration (default: the app's default) and close it after."""
    windows = []

    def make(config=None):
        win = MainWindow(config, settings=QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda: win.controller.latest is not None, timeout=5000)
        windows.append(win)
        return win
    yield make
    for win in windows:
        win.close()
        assert not win.controller.is_running(), "closing the window left the worker thread running"


@pytest.fixture
def window(make_window):
    return make_window()


def click_action(qtbot, window, action):
    button = window.toolbar.widgetForAction(action)
    qtbot.mouseClick(button, Qt.LeftButton)


def wait_snapshot(qtbot, window, predicate, timeout=5000):
    qtbot.waitUntil(lambda: window.controller.latest is not None and predicate(window.controller.latest),
                    timeout=timeout)
    return window.controller.latest


def first_weights(window) -> np.ndarray:
    return window.controller.latest.layers[0]["params"]["W"].copy()
