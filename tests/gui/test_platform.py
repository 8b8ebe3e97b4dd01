"""PySide6 6.12.0 on Python 3.11 drops a reference to None on each Qt call returning None
and aborts the process after ~5,000 of them.  This survives only on a good version."""
from PySide6 import QtWidgets


def test_many_qt_calls_returning_none_survive(qtbot):
    label = QtWidgets.QLabel()
    qtbot.addWidget(label)
    for i in range(60_000):
        assert label.setText("x") is None
        label.setToolTip("tip")
    assert label.text() == "x"
