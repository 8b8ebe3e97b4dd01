import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from playground.gui.main_window import MainWindow


@pytest.fixture
def make_window(qtbot, tmp_path):
    """Open a main window on a configuration (default: the app's default) and close it after."""
    windows = []

    def make(config=None, timeout=5000):
        win = MainWindow(config, settings=QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
        # pytest-qt closes the window first; the unsaved-changes prompt has its own tests
        qtbot.addWidget(win, before_close_func=lambda w: setattr(w.files, "modified", False))
        win.show()
        qtbot.waitUntil(lambda: win.controller.latest is not None, timeout=timeout)
        windows.append(win)
        return win
    yield make
    for win in windows:
        win.files.modified = False
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
    return window.controller.latest.layers[0].W.value.copy()


def answer_next_dialog(button, then=None):
    """Press ``button`` in the next modal message box (or call ``then(dialog)``)."""
    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, answer)
        elif then is not None:
            then(dialog)
        else:
            dialog.button(button).click()
    QTimer.singleShot(50, answer)


def read_next_dialog() -> list:
    """Close the next modal message box; the returned list then holds its text."""
    texts = []

    def read_and_close(dialog):
        texts.append(dialog.text())
        dialog.accept()
    answer_next_dialog(None, then=read_and_close)
    return texts


DISCARD, SAVE, CANCEL = QMessageBox.Discard, QMessageBox.Save, QMessageBox.Cancel


def by_name(parent, name: str, kind=QWidget):
    """The one ``kind`` widget under ``parent`` whose accessible name is ``name``, as a
    screen reader would find it."""
    found = [w for w in parent.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} {kind.__name__} named {name!r}"
    return found[0]


def choose(qtbot, combo, key) -> None:
    """Pick the entry carrying ``key`` as a user would: open the list, click the entry."""
    target = combo.findData(key)
    assert target >= 0, f"no entry {key!r}"
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    rect = view.visualRect(view.model().index(target, 0))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())
