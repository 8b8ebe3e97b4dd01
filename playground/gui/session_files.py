"""The File menu's logic: which file is open, whether it has unsaved changes, recent files,
the unsaved-changes prompt, and autosave to a recovery file.

Nothing is lost: every way of leaving the current session (New, Open, a dropped file,
closing) asks first when there are unsaved changes; a failed save or open says why and
leaves both the file on disk and the open session as they were.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ..controller.training_controller import TrainingController
from ..engine import SessionError
from ..engine.session import EXTENSION, remove_stale_temporaries
from ..scenario_catalog import is_shipped
from .error_text import describe
from .scenario_dialog import ScenarioDialog

MAX_RECENT = 8
AUTOSAVE_MS = 60_000
RECOVERY_NAME = f"recovery{EXTENSION}"


class SessionFiles(QObject):
    def __init__(self, window: QWidget, controller: TrainingController, settings: QSettings, run):
        """``run`` has ``view_state() -> dict``, ``set_view_state(dict)`` and
        ``session_replaced()`` (a new or opened session: nothing of the old one to undo)."""
        super().__init__(window)
        self.window, self.controller, self.settings, self.run = window, controller, settings, run
        self.path: str | None = None
        self.created: str | None = None
        self.modified = False
        self._saved_step = 0
        self._autosaved = True
        self._autosaved_step = 0
        self.autosave_timer = QTimer(self, interval=AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        controller.snapshot_ready.connect(self._on_controller_snapshot)
        remove_stale_temporaries(os.path.dirname(self.recovery_path()))  # left by a save killed last time
        self._update_title()

    # -- state ---------------------------------------------------------------------------
    def mark_modified(self) -> None:
        self.modified, self._autosaved = True, False
        self._update_title()

    def _set_clean(self, path: str | None, step: int) -> None:
        self.path, self.modified, self._saved_step = path, False, step
        self._update_title()

    def _on_controller_snapshot(self, snapshot) -> None:
        if snapshot.step != self._saved_step and not self.modified:
            self.mark_modified()
        if snapshot.step != self._autosaved_step:
            self._autosaved = False  # new work since the last autosave: the next one writes it

    def _update_title(self) -> None:
        name = os.path.basename(self.path) if self.path else self.tr("Untitled")
        self.window.setWindowTitle(self.tr("{name}[*] — Neural Playground").format(name=name))
        self.window.setWindowModified(self.modified)

    # -- actions -------------------------------------------------------------------------
    def new(self, config) -> bool:
        """Start afresh from ``config`` once the engine built it (after asking to save)."""
        if not self.confirm_discard():
            return False

        def done(accepted: bool, _) -> None:
            if accepted:
                self.created = None
                self.controller.set_scenario(None)
                self._set_clean(None, 0)
                self.run.session_replaced()
        self.controller.rebuild(config, done=done)
        return True

    def open_dialog(self) -> bool:
        if not self.confirm_discard():
            return False
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open session"), self.folder(),
                                              self._file_filter())
        return bool(path) and self.open(path, confirmed=True)

    def open(self, path: str, confirmed: bool = False) -> bool:
        if not confirmed and not self.confirm_discard():
            return False
        try:
            info = self.controller.open_session(path)
        except SessionError as exc:
            QMessageBox.warning(self.window, self.tr("Could not open the session"),
                                self.tr("{path} was not opened; the current session is unchanged.\n\n{reason}")
                                .format(path=path, reason=describe(exc)))
            return False
        self.run.set_view_state(info.session.get("views", {}))
        self.run.session_replaced()
        self.created = info.session.get("created")
        if is_shipped(path):  # a template: Save asks where, and the shipped file stays as it is
            self._set_clean(None, info.step)
        else:
            self._set_clean(path, info.step)
            self._add_recent(path)
        return True

    def save(self) -> bool:
        return self.write(self.path) if self.path else self.save_as()

    def save_as_scenario(self) -> bool:
        """Ask for the scenario's text and restrictions, then where to save it."""
        dialog = ScenarioDialog(self.window, self.controller.scenario)
        return dialog.exec() == QDialog.Accepted and self.save_as(scenario=dialog.scenario())

    def save_as(self, *, scenario=None) -> bool:
        """Save under a new name; with ``scenario``, the session becomes that scenario."""
        suggested = self.path or os.path.join(self.folder(), f"session{EXTENSION}")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save session as"), suggested, self._file_filter())
        if not path:
            return False
        if not path.endswith(EXTENSION) and "." not in os.path.basename(path):
            path += EXTENSION
        if scenario is None:
            return self.write(path)
        previous = self.controller.scenario
        self.controller.set_scenario(scenario)
        if self.write(path):
            return True
        self.controller.set_scenario(previous)  # not saved: the open session stays what it was
        return False

    def write(self, path: str) -> bool:
        step = self.controller.latest.step if self.controller.latest else 0
        error = self.controller.save_session(path, self.run.view_state(), self.created)
        if error:
            QMessageBox.warning(self.window, self.tr("Could not save"),
                                self.tr("The session was not saved.\n\n{reason}").format(reason=describe(error)))
            return False
        self._set_clean(path, step)
        self._add_recent(path)
        self.window.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 4000)
        return True

    def confirm_discard(self) -> bool:
        """True when it is fine to leave the current session (saved, discarded, or clean)."""
        if not self.modified:
            return True
        box = QMessageBox(QMessageBox.Warning, self.tr("Unsaved changes"),
                          self.tr("The current session has unsaved changes. Save them first?"),
                          QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, self.window)
        box.setDefaultButton(QMessageBox.Save)
        answer = box.exec()
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    def _file_filter(self) -> str:
        return self.tr("Neural Playground sessions (*{extension});;All files (*)").format(extension=EXTENSION)

    # -- recent files ----------------------------------------------------------------------
    def recent(self) -> list[str]:
        value = self.settings.value("recent_sessions", [])
        paths = [value] if isinstance(value, str) else list(value or [])
        return [p for p in paths if isinstance(p, str)]

    def _add_recent(self, path: str) -> None:
        path = os.path.abspath(path)
        paths = [path] + [p for p in self.recent() if p != path]
        self.settings.setValue("recent_sessions", paths[:MAX_RECENT])

    def folder(self) -> str:
        """Where file dialogs start: the open file's folder, else the last one's, else home."""
        recent = self.recent()
        path = self.path or (recent[0] if recent else None)
        return os.path.dirname(os.path.abspath(path)) if path else os.path.expanduser("~")

    # -- autosave and recovery --------------------------------------------------------------
    def recovery_path(self) -> str:
        return os.path.join(os.path.dirname(os.path.abspath(self.settings.fileName())), RECOVERY_NAME)

    def autosave(self) -> None:
        """Save unsaved work to the recovery file, without waiting or interrupting."""
        if self.modified and not self._autosaved:
            os.makedirs(os.path.dirname(self.recovery_path()), exist_ok=True)
            self.controller.save_in_background(self.recovery_path(), self.run.view_state())
            self._autosaved = True
            self._autosaved_step = self.controller.latest.step if self.controller.latest else 0

    def discard_recovery(self) -> None:
        try:
            os.remove(self.recovery_path())
        except FileNotFoundError:
            pass

    def offer_recovery(self) -> bool:
        """After a crash: offer the autosaved session.  True when it was restored."""
        path = self.recovery_path()
        if not os.path.exists(path):
            return False
        answer = QMessageBox.question(
            self.window, self.tr("Restore unsaved work?"),
            self.tr("Neural Playground did not close normally last time. Restore the session it saved "
                    "automatically?"), QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
        if answer == QMessageBox.Yes:
            try:
                self.controller.open_session(path)
            except SessionError as exc:
                QMessageBox.warning(self.window, self.tr("Could not restore"),
                                    self.tr("The saved work could not be read.\n\n{reason}").format(reason=describe(exc)))
            else:
                self.run.session_replaced()
                self.mark_modified()  # it is not saved anywhere the user chose
                return True
        self.discard_recovery()
        return False
