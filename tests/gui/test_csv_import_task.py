"""A big CSV is read in the background: a progress dialog with Cancel, the window keeps
running its timers, and Cancel leaves the session as it was (issue 13)."""
import time

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from .conftest import by_name

ROWS = 100_000


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory):
    path = tmp_path_factory.mktemp("csv") / "big.csv"
    path.write_text("p,q,label\n" + "".join(f"{i % 7},{(i * 3) % 11},{i % 2}\n" for i in range(ROWS)))
    return path


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


def test_a_big_csv_imports_in_the_background_with_a_progress_dialog(qtbot, window, big_csv):
    watch = GapWatch()
    started = time.perf_counter()
    task = window.import_csv(str(big_csv))
    assert time.perf_counter() - started < 0.2  # the call returns at once; the parse runs on
    dialog = by_name(window, "CSV import progress", QProgressDialog)
    assert dialog.toolTip()
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=10000)
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


def test_cancel_stops_the_import_and_keeps_the_session(qtbot, window, big_csv):
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
