"""Texts that change every frame (the toolbar's counters and losses, the timeline's update)
no longer lay the main window out again: two passes a frame, each animating every dock."""
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont

from playground.gui.steady_label import SteadyLabel

from .conftest import click_action


class LayoutCounter(QObject):
    def __init__(self):
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event):
        self.count += event.type() == QEvent.LayoutRequest
        return False


def test_playing_lays_the_main_window_out_only_when_a_text_outgrows_its_room(qtbot, window):
    click_action(qtbot, window, window.toolbar.play_action)
    qtbot.waitUntil(lambda: window.controller.latest.step > 1000, timeout=10000)  # texts at their usual length
    counter = LayoutCounter()
    window.installEventFilter(counter)
    first = window.controller.snapshots_received
    qtbot.waitUntil(lambda: window.controller.snapshots_received - first >= 30, timeout=10000)
    click_action(qtbot, window, window.toolbar.play_action)
    window.removeEventFilter(counter)
    assert counter.count < 10  # was 2 per frame: 60


def test_a_steady_label_grows_for_a_longer_text_keeps_its_room_and_follows_its_font(qtbot):
    label = SteadyLabel()
    qtbot.addWidget(label)
    label.setText("update 1 of 1")
    narrow = label.width()
    label.setText("update 1,000,000 of 1,000,000")
    wide = label.width()
    assert wide > narrow and label.minimumWidth() == label.maximumWidth() == wide
    label.setText("update 999,999 of 1,000,000")
    assert label.width() == wide  # a digit less: the same room, no layout pass
    font = QFont(label.font())
    font.setPointSizeF(2 * font.pointSizeF())
    label.setFont(font)  # presentation mode
    assert label.width() > wide and label.height() == label.sizeHint().height()
