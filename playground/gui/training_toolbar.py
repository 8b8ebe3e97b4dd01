"""The toolbar: reset, step, step epoch, play/pause, speed, and the counters."""
from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QStyle, QToolBar

from .form_widgets import make_combo

SPEEDS = {0.0: "As fast as possible", 1000.0: "1000 updates/s", 100.0: "100 updates/s",
          10.0: "10 updates/s", 2.0: "2 updates/s"}


class TrainingToolBar(QToolBar):
    speed_changed = Signal(float)

    def __init__(self, parent=None):
        super().__init__("Training", parent)
        self.setObjectName("training_toolbar")
        style = self.style()
        self.reset_action = self._action("Reset", "Ctrl+R", "New weights from the seed, step 0 (Ctrl+R)",
                                         style.standardIcon(QStyle.SP_BrowserReload))
        self.play_action = self._action("Play", "Space", "Train continuously; Space pauses",
                                        style.standardIcon(QStyle.SP_MediaPlay))
        self.step_action = self._action("Step", "Right", "One update on one batch (Right arrow)",
                                        style.standardIcon(QStyle.SP_MediaSeekForward))
        self.epoch_action = self._action("Step epoch", "Shift+Right", "One pass over the training set (Shift+Right)",
                                         style.standardIcon(QStyle.SP_MediaSkipForward))
        self.speed = make_combo({f"{k}": v for k, v in SPEEDS.items()}, "How fast Play trains")
        self.speed.activated.connect(lambda: self.speed_changed.emit(float(self.speed.currentData())))
        self.addWidget(self.speed)
        self.addSeparator()
        self.counters = QLabel()
        self.counters.setToolTip("Updates made and passes over the training set")
        self.metrics = QLabel()
        self.metrics.setToolTip("Loss over the whole training and test sets (without the penalty), and accuracy")
        self.addWidget(self.counters)
        self.addSeparator()
        self.addWidget(self.metrics)
        self.show_metrics({"step": 0, "epoch": 0})

    def _action(self, text, shortcut, tip, icon) -> QAction:
        action = QAction(icon, text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip)
        self.addAction(action)
        return action

    def set_playing(self, playing: bool) -> None:
        icon = QStyle.SP_MediaPause if playing else QStyle.SP_MediaPlay
        self.play_action.setIcon(self.style().standardIcon(icon))
        self.play_action.setText("Pause" if playing else "Play")

    def show_metrics(self, m: dict) -> None:
        self.counters.setText(f"  Update {m['step']:,}   Epoch {m['epoch']:,}  ")
        if "train_loss" not in m:
            self.metrics.setText("")
            return
        text = f"  Loss: train {m['train_loss']:.4g}  test {m['test_loss']:.4g}"
        if not math.isnan(m.get("train_accuracy", math.nan)):
            text += f"   Accuracy: train {m['train_accuracy']:.1%}  test {m['test_accuracy']:.1%}"
        self.metrics.setText(text + "  ")
