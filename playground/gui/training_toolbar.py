"""The toolbar: reset, step, step epoch, play/pause, speed, and the counters."""
from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar

from .form_widgets import make_combo
from .steady_label import SteadyLabel

# Marked for the translation tools; self.tr() words them in the toolbar ("TrainingToolBar" context).
SPEEDS = {0.0: QT_TRANSLATE_NOOP("TrainingToolBar", "As fast as possible"),
          1000.0: QT_TRANSLATE_NOOP("TrainingToolBar", "1000 updates/s"),
          100.0: QT_TRANSLATE_NOOP("TrainingToolBar", "100 updates/s"),
          10.0: QT_TRANSLATE_NOOP("TrainingToolBar", "10 updates/s"),
          2.0: QT_TRANSLATE_NOOP("TrainingToolBar", "2 updates/s")}


class TrainingToolBar(QToolBar):
    speed_changed = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Training"))
        self.setObjectName("training_toolbar")
        style = self.style()
        self.reset_action = self._action(self.tr("Reset"), "Ctrl+R", self.tr("New weights from the seed, step 0 (Ctrl+R)"),
                                         style.standardIcon(QStyle.SP_BrowserReload))
        self.play_action = self._action(self.tr("Play"), "Space", self.tr("Train continuously; Space pauses"),
                                        style.standardIcon(QStyle.SP_MediaPlay))
        self.step_action = self._action(self.tr("Step"), "Right", self.tr("One update on one batch (Right arrow)"),
                                        style.standardIcon(QStyle.SP_MediaSeekForward))
        self.epoch_action = self._action(self.tr("Step epoch"), "Shift+Right",
                                         self.tr("One pass over the training set (Shift+Right)"),
                                         style.standardIcon(QStyle.SP_MediaSkipForward))
        self.speed = make_combo({f"{k}": self.tr(v) for k, v in SPEEDS.items()}, self.tr("How fast Play trains"))
        self.speed.setAccessibleName(self.tr("Speed"))
        self.speed.activated.connect(lambda: self.speed_changed.emit(float(self.speed.currentData())))
        self.addWidget(self.speed)
        self.addSeparator()
        self.counters = SteadyLabel()  # new texts every frame: no layout pass for them
        self.counters.setToolTip(self.tr("Updates made and passes over the training set"))
        self.counters.setAccessibleName(self.tr("Progress"))
        # Losses and accuracy apart: a toolbar too narrow (presenting at 1280 px, in Chinese) moves
        # its last widget into the "»" menu, and the losses must stay in sight.
        self.losses = SteadyLabel()
        self.losses.setToolTip(self.tr("Loss over the whole training and test sets (without the penalty)"))
        self.losses.setAccessibleName(self.tr("Current loss"))  # "Loss" is the loss function's control
        self.accuracy = SteadyLabel()
        self.accuracy.setToolTip(self.tr("Accuracy on the whole training and test sets"))
        self.accuracy.setAccessibleName(self.tr("Current accuracy"))
        self.addWidget(self.counters)
        self.addSeparator()
        self.addWidget(self.losses)
        self.addWidget(self.accuracy)
        self.show_metrics({"step": 0, "epoch": 0})

    def _action(self, text, shortcut, tip, icon) -> QAction:
        action = QAction(icon, text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip)
        self.addAction(action)
        self.widgetForAction(action).setAccessibleName(text)
        return action

    def set_playing(self, playing: bool) -> None:
        icon = QStyle.SP_MediaPause if playing else QStyle.SP_MediaPlay
        self.play_action.setIcon(self.style().standardIcon(icon))
        text = self.tr("Pause") if playing else self.tr("Play")
        self.play_action.setText(text)
        self.widgetForAction(self.play_action).setAccessibleName(text)

    def show_metrics(self, m: dict) -> None:
        self.counters.setText(self.tr("  Update {step}   Epoch {epoch}  ").format(step=f"{m['step']:,}",
                                                                              epoch=f"{m['epoch']:,}"))
        losses = accuracy = ""
        if "train_loss" in m:
            losses = self.tr("  Loss: train {train}  test {test}").format(train=f"{m['train_loss']:.4g}",
                                                                          test=f"{m['test_loss']:.4g}")
        if not math.isnan(m.get("train_accuracy", math.nan)):
            accuracy = self.tr("   Accuracy: train {train}  test {test}").format(
                train=f"{m['train_accuracy']:.1%}", test=f"{m['test_accuracy']:.1%}") + "  "
        self.losses.setText(losses + ("  " if losses and not accuracy else ""))
        self.accuracy.setText(accuracy)
