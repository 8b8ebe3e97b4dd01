"""The open scenario's text beside the views, one page (step) at a time, and the teacher's
switch that shows the settings the scenario hides or locks.

It shows what the controller's mirror holds (``controller.scenario``); the step shown and
the teacher's switch are this panel's own view state, not the scenario's.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ..engine.scenario import Scenario


def translated(text: str) -> str:
    """A scenario text in the user's language: the shipped English texts have translations
    (context "Scenario"); a teacher's own text comes back as written."""
    return QCoreApplication.translate("Scenario", text) if text else text


class ScenarioPanel(QWidget):
    reveal_changed = Signal(bool)  # the teacher shows (True) or hides again the restricted settings

    def __init__(self, parent=None):
        super().__init__(parent)
        self.scenario: Scenario | None = None
        self.step = 0
        self.title = QLabel(wordWrap=True, textFormat=Qt.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Scenario title"))
        self.text = QTextBrowser(openExternalLinks=False)
        self.text.setAccessibleName(self.tr("Scenario text"))
        self.text.setToolTip(self.tr("What to watch, what to change, and why it happens"))
        self.previous_button = self._button(self.tr("◀ Previous"), self.tr("Previous step of the text"), self.tr("Previous step"))
        self.next_button = self._button(self.tr("Next ▶"), self.tr("Next step of the text"), self.tr("Next step"))
        self.previous_button.clicked.connect(self.previous_step)
        self.next_button.clicked.connect(self.next_step)
        self.position = QLabel(alignment=Qt.AlignCenter)
        self.position.setAccessibleName(self.tr("Step number"))
        self.reveal = QCheckBox(self.tr("Show hidden and locked settings"))
        self.reveal.setAccessibleName(self.tr("Show hidden and locked settings"))
        self.reveal.setToolTip(self.tr("For the teacher: show and unlock every setting this scenario hides or locks"))
        self.reveal.toggled.connect(self.reveal_changed)
        steps = QHBoxLayout()
        steps.addWidget(self.previous_button)
        steps.addWidget(self.position, 1)
        steps.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addLayout(steps)
        layout.addWidget(self.reveal)
        self.set_scenario(None)

    @staticmethod
    def _button(text: str, tip: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(name)
        return button

    def set_scenario(self, scenario: Scenario | None) -> None:
        """Show ``scenario`` from its first step (None: a note that none is open)."""
        self.scenario, self.step = scenario, 0
        with QSignalBlocker(self.reveal):  # a newly opened scenario starts with its restrictions
            self.reveal.setChecked(False)
        self.title.setText(translated(scenario.title) if scenario else self.tr("No scenario open"))
        self.reveal.setVisible(bool(scenario and (scenario.hidden or scenario.locked)))
        self._show_step()

    def next_step(self) -> bool:
        """Show the next step of the text; False when there is none (for keyboard actions)."""
        return self.go_to(self.step + 1)

    def previous_step(self) -> bool:
        """Show the previous step of the text; False when there is none."""
        return self.go_to(self.step - 1)

    def go_to(self, step: int) -> bool:
        if self.scenario is None or not 0 <= step < len(self.scenario.steps):
            return False
        self.step = step
        self._show_step()
        return True

    def restrictions(self) -> tuple[frozenset, frozenset]:
        """(hidden, locked) settings in force: none without a scenario or while revealed."""
        if self.scenario is None or self.reveal.isChecked():
            return frozenset(), frozenset()
        return self.scenario.hidden, self.scenario.locked

    def _show_step(self) -> None:
        steps = self.scenario.steps if self.scenario else ()
        if steps:
            self.text.setPlainText(translated(steps[self.step]))
        else:
            self.text.setPlainText(self.tr("Choose one from the Scenarios menu: each opens a ready network with "
                                           "a short text on what to watch, what to change, and why.")
                                   if self.scenario is None else "")
        self.position.setText(self.tr("Step {n} of {count}").format(n=self.step + 1, count=len(steps))
                              if steps else "")
        self.previous_button.setEnabled(self.step > 0)
        self.next_button.setEnabled(self.step + 1 < len(steps))
