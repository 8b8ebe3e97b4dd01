"""A big CSV is read in the background: a progress dialog with Cancel, the window keeps
running its timers, and Cancel leaves the session as it was (issue 13)."""
import threading
import time

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

import playground.gui.csv_import_task as csv_import_task
from playground.engine.csv_import import load_csv

from .conftest import by_name

ROWS = 100_000


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory):
    path = tmp_path_factory.mktemp("csv") / "big.csv"
    path.write_text("p,q,label\n" + "".join(f"{i % 7},{(i * 3) % 11},{i % 2}\n" for i in range(ROWS)))
    return path


@pytest.fixture
def slow_reading(monkeypatch):
    """Every progress report of the real reader waits 20 ms, and the reader holds its last
    report until ``finish`` is set: the dialog is seen at work on any machine, however fast."""
    finish = threading.Event()

    def slow_load(path, task=None, progress=None):
        def report(fraction):
            time.sleep(0.02)
            return progress(fraction)
        data = load_csv(path, task, report)
        while not finish.wait(0.02):
            if progress(1.0) is False:
                raise csv_import_task.ImportCancelled()
        return data
    monkeypatch.setattr(csv_import_task, "load_csv", slow_load)
    return finish


class GapWatch:
    """The longest time between ticks of a 20 ms GUI-thread timer."""

    def __init__(self):
        self.clock, self.worst, self.ticks = QElapsedTimer(), 0, 0
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._tick)
        self.clock.start()
        self.timer.start()

    def _tick(self):
        self.worst, self.ticks = max(self.worst, self.clock.restart()), self.ticks + 1


def test_a_big_csv_imports_in_the_background_with_a_progress_dialog(qtbot, window, big_csv,
                                                                     slow_reading):
    watch = GapWatch()
    started = time.perf_counter()
    task = window.import_csv(str(big_csv))
    assert time.perf_counter() - started < 0.2  # the call returns at once; the parse runs on
    dialog = by_name(window, "CSV import progress", QProgressDialog)
    assert dialog.toolTip()
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=10000)
    slow_reading.set()
    qtbot.waitUntil(lambda: task.state != "running", timeout=60000)
    watch.timer.stop()
    assert task.state == "loaded"
    # the GUI thread's timer kept firing while the file was read (how often depends on the load)
    assert watch.ticks >= 3 and watch.worst < 1000, (watch.ticks, watch.worst)
    qtbot.waitUntil(lambda: not dialog.isVisible() if _alive(dialog) else True)
    qtbot.waitUntil(lambda: window.controller.config.dataset == "csv", timeout=30000)
    assert window.controller.config.n_samples == ROWS and window.editor.input_labels == ["p", "q"]


def _alive(widget) -> bool:
    try:
        widget.isVisible()
        return True
    except RuntimeError:  # deleted with the finished task's dialog
        return False


def test_cancel_stops_the_import_and_keeps_the_session(qtbot, window, big_csv, slow_reading):
    config = window.controller.config
    task = window.import_csv(str(big_csv))
    dialog = by_name(window, "CSV import progress", QProgressDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == dialog.tr("Cancel"))
    qtbot.mouseClick(cancel, Qt.LeftButton)
    started = time.perf_counter()
    qtbot.waitUntil(lambda: task.state != "running", timeout=5000)
    assert task.state == "cancelled" and time.perf_counter() - started < 2
    task.wait(2)
    qtbot.wait(300)  # a rebuild, had one been asked for, would have answered by now
    assert window.controller.config == config and window.controller.config.dataset != "csv"
    assert not window.message_bar.isVisible() or window.message_bar.level != "error"


def test_closing_the_window_during_an_import_stops_the_reading(qtbot, make_window, big_csv,
                                                               slow_reading):
    window = make_window()
    task = window.import_csv(str(big_csv))
    qtbot.waitUntil(lambda: task._fraction > 0, timeout=10000)
    window.close()
    task.wait(5)
    assert not task._thread.is_alive()  # stopped by the close, not by the file's end
    assert task._stop.is_set()


def test_a_finished_import_is_not_undone_by_a_late_cancel(qtbot, window, tmp_path):
    small = tmp_path / "small.csv"
    small.write_text("p,q,label\n" + "".join(f"{i % 5},{i % 3},{i % 2}\n" for i in range(50)))
    task = window.import_csv(str(small))
    qtbot.waitUntil(lambda: task.state != "running", timeout=10000)
    task.cancel()
    assert task.state == "loaded"
    qtbot.waitUntil(lambda: window.controller.config.dataset == "csv", timeout=30000)
    named = [d for d in window.findChildren(QProgressDialog) if d.accessibleName() == "CSV import progress"]
    assert named == []  # the finished dialog is gone for good, not hidden for a later test to find
