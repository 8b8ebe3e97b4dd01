"""Reading a CSV file in the background, with a progress dialog and Cancel (issue 13).

A million rows take seconds to parse; the window keeps painting and training meanwhile.
The parse runs in a plain Python thread (the engine has its own process, so the GUI thread
only shares the interpreter with it); a GUI-thread timer polls its progress and result, so
no signal crosses threads and the callbacks run in the GUI thread.
"""
from __future__ import annotations

import threading
from typing import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..engine.csv_import import ImportCancelled, load_csv
from ..engine.datasets import Dataset
from ..engine.errors import DataError

POLL_MS = 50
SHOW_AFTER_MS = 300  # a small file is read before the dialog would flash up


class CsvImportTask(QObject):
    """Read ``path`` in a thread; then ``loaded(dataset)`` or ``failed(DataError)`` in the GUI
    thread, or nothing at all when the user cancelled."""

    def __init__(self, path: str, window: QWidget, loaded: Callable[[Dataset], None],
                 failed: Callable[[DataError], None]):
        super().__init__(window)
        self.path, self._loaded, self._failed = path, loaded, failed
        self._stop = threading.Event()
        self._fraction = 0.0
        self._outcome: tuple[str, object] | None = None
        self._state = "running"
        self.dialog = self._make_dialog(window)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._on_poll_timeout)
        self._thread = threading.Thread(target=self._run, name="csv-import", daemon=True)
        self._thread.start()
        self._poll.start()

    def _make_dialog(self, window: QWidget) -> QProgressDialog:
        name = self.path.replace("\\", "/").rsplit("/", 1)[-1]
        dialog = QProgressDialog(self.tr("Reading {name}…").format(name=name), self.tr("Cancel"), 0, 100, window)
        dialog.setWindowTitle(self.tr("Importing CSV data"))
        dialog.setAccessibleName(self.tr("CSV import progress"))
        dialog.setToolTip(self.tr("The file is read in the background; Cancel keeps the current data"))
        dialog.setWindowModality(Qt.WindowModal)  # one import at a time; the window still paints
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)
        return dialog

    # -- the worker thread -----------------------------------------------------------------
    def _run(self) -> None:
        try:
            self._outcome = ("loaded", load_csv(self.path, progress=self._on_progress))
        except ImportCancelled:
            self._outcome = ("cancelled", None)
        except DataError as exc:
            self._outcome = ("failed", exc)
        except Exception as exc:  # a bug must still end the dialog, with a message
            self._outcome = ("failed", DataError(code="csv_malformed", line=0, reason=repr(exc)))

    def _on_progress(self, fraction: float) -> bool:
        self._fraction = fraction  # one float: read by the GUI thread's poll
        return not self._stop.is_set()

    # -- the GUI thread --------------------------------------------------------------------
    def cancel(self) -> None:
        """Stop reading (within a few thousand rows); nothing is imported.  Too late once the
        outcome was handed over (the state says which happened)."""
        if self._state == "running":
            self._stop.set()

    @property
    def state(self) -> str:
        """"running", then "loaded", "failed" or "cancelled"."""
        return self._state

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def _on_poll_timeout(self) -> None:
        if self._outcome is None:
            self.dialog.setValue(int(100 * self._fraction))
            return
        self._poll.stop()
        self.dialog.hide()
        self.dialog.setAccessibleName("")  # never found again while it waits to be deleted
        self.dialog.deleteLater()  # the task stays (small) for its state; the dialog goes
        kind, value = self._outcome
        self._state = "cancelled" if self._stop.is_set() else kind
        if self._state != "cancelled":
            (self._loaded if kind == "loaded" else self._failed)(value)
