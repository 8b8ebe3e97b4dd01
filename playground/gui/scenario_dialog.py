"""File ▸ Save as Scenario: the text for the class and which settings to hide or lock."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QLabel,
                               QLineEdit, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget)

from ..engine.scenario import CONTROLS, MAX_STEPS, MAX_TEXT, Scenario
from .control_restrictions import control_label
from .scenario_panel import translated

STEP_SEPARATOR = "---"  # a line of its own between two steps of the text


def steps_of(text: str) -> tuple:
    """The text's steps: the parts between lines holding only ``---``, blank ones dropped."""
    parts, current = [], []
    for line in text.splitlines():
        if line.strip() == STEP_SEPARATOR:
            parts.append("\n".join(current))
            current = []
        else:
            current.append(line)
    parts.append("\n".join(current))
    return tuple(part.strip() for part in parts if part.strip())


class ScenarioDialog(QDialog):
    """Starts from ``scenario`` (the open one, to edit) or empty; ``scenario()`` is the result."""

    def __init__(self, parent=None, scenario: Scenario | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as Scenario"))
        self.title = QLineEdit(translated(scenario.title) if scenario else "")
        self.title.setAccessibleName(self.tr("Scenario title"))
        self.title.setToolTip(self.tr("Shown above the text, and in lists"))
        self.summary = QLineEdit(translated(scenario.summary) if scenario else "")
        self.summary.setAccessibleName(self.tr("One-line summary"))
        self.summary.setToolTip(self.tr("One line saying what the scenario shows"))
        self.text = QPlainTextEdit("\n---\n".join(translated(s) for s in scenario.steps) if scenario else "")
        self.text.setAccessibleName(self.tr("Scenario text"))
        self.text.setToolTip(self.tr("What to watch, what to change, why. A line holding only --- starts the next step."))
        self.text.setPlaceholderText(self.tr("What to watch…\n---\nWhat to change…\n---\nWhy it happens…"))
        self.hide_boxes, self.lock_boxes = {}, {}
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("Text"), self.text)
        self.problem = QLabel(wordWrap=True)
        self.problem.setAccessibleName(self.tr("Problem with the scenario"))
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._controls(scenario))
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, 640)

    def _controls(self, scenario: Scenario | None) -> QGroupBox:
        """One row per setting: a Hide and a Lock box."""
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Hide</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Lock</b>")), 0, 2)
        for row, key in enumerate(CONTROLS, start=1):
            label = control_label(key)
            grid.addWidget(QLabel(label), row, 0)
            for column, (boxes, chosen, verb) in enumerate(
                    ((self.hide_boxes, scenario.hidden if scenario else (), self.tr("Hide {setting}")),
                     (self.lock_boxes, scenario.locked if scenario else (), self.tr("Lock {setting}"))), start=1):
                box = QCheckBox(checked=key in chosen)
                box.setAccessibleName(verb.format(setting=label))
                box.setToolTip(verb.format(setting=label))
                boxes[key] = box
                grid.addWidget(box, row, column)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(inner)
        group = QGroupBox(self.tr("Settings the class sees"))
        QVBoxLayout(group).addWidget(scroll)
        return group

    def scenario(self) -> Scenario:
        return Scenario(self.title.text().strip(), steps_of(self.text.toPlainText()),
                        frozenset(k for k, box in self.hide_boxes.items() if box.isChecked()),
                        frozenset(k for k, box in self.lock_boxes.items() if box.isChecked()),
                        self.summary.text().strip())

    def _on_accepted(self) -> None:
        """A title and 1 to MAX_STEPS steps of at most MAX_TEXT characters, or say what is wrong."""
        s = self.scenario()
        problem = (self.tr("Give the scenario a title.") if not s.title else
                   self.tr("Write the scenario's text: what to watch, what to change, and why.") if not s.steps else
                   self.tr("At most {most} steps, please.").format(most=MAX_STEPS) if len(s.steps) > MAX_STEPS else
                   self.tr("Each step holds at most {most:,} characters.").format(most=MAX_TEXT)
                   if any(len(t) > MAX_TEXT for t in (s.title, s.summary, *s.steps)) else "")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if not problem:
            self.accept()
