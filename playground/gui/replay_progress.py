"""A progress dialog with Cancel for a long move back on the timeline.

Going back far from a checkpoint replays thousands of updates in the engine; the engine
reports its progress (``replay_progress``) and stops when asked, leaving the run where it
was.  The dialog shows only once a replay has taken :data:`SHOW_AFTER_MS`, so a short move
never flashes one.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 500


class ReplayProgress(QObject):
    def __init__(self, controller, widget: QWidget):
        super().__init__(widget)
        self.controller, self.widget = controller, widget  # the dialog is modal to the widget's window
        self.dialog: QProgressDialog | None = None
        self._fraction = 0.0
        self._timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        controller.replay_progress.connect(self._on_controller_replay_progress)

    def _on_controller_replay_progress(self, fraction: float) -> None:
        self._fraction = fraction
        if fraction >= 1.0:  # answered: moved, or cancelled
            self._timer.stop()
            self._close()
        elif self.dialog is not None:
            self.dialog.setValue(int(100 * fraction))
        elif not self._timer.isActive():
            self._timer.start()

    def _on_timer_timeout(self) -> None:
        dialog = self.dialog = QProgressDialog(self.tr("Replaying the updates since the nearest checkpoint…"),
                                               self.tr("Cancel"), 0, 100, self.widget.window())
        dialog.setWindowTitle(self.tr("Going back on the timeline"))
        dialog.setAccessibleName(self.tr("Timeline replay progress"))
        dialog.setToolTip(self.tr("The run is recomputed from its nearest earlier checkpoint, bit for bit; "
                                  "Cancel leaves it where it was"))
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.canceled.connect(self.controller.cancel_replay)
        dialog.setValue(int(100 * self._fraction))
        dialog.show()

    def _close(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.setAccessibleName("")  # never found again while it waits to be deleted
            self.dialog.deleteLater()
            self.dialog = None
