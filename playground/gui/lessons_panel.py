"""The Lessons dock: every concept of :mod:`lessons` in a list by topic; the chosen one's
explanation and formula, a "Show me" button that outlines the control or view it is about,
and "Open the scenario" when a scenario loader is installed and the lesson names one."""
from __future__ import annotations

from html import escape
from typing import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QHBoxLayout, QPushButton, QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from .highlight import show_me
from .lessons import TOPICS, Lesson, all_lessons, tr

KEY_ROLE = Qt.UserRole
MIN_WIDTH = 160


class LessonsPanel(QWidget):
    """``window``: where "Show me" looks for widgets.  ``scenario_loader(id)``, when set, opens
    a shipped scenario (installed by whoever provides scenarios; without it the button hides)."""

    def __init__(self, window: QWidget, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.scenario_loader: Callable[[str], None] | None = None
        self.lessons = {lesson.key: lesson for lesson in all_lessons()}
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Lessons"))
        self.tree.setToolTip(self.tr("Choose a concept to read about it"))
        self._fill_tree()
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Lesson text"))
        self.text.setOpenLinks(False)
        self.show_button = QPushButton(self.tr("Show me"))
        self.show_button.setAccessibleName(self.tr("Show me"))
        self.show_button.setToolTip(self.tr("Outline the control or view this lesson is about"))
        self.scenario_button = QPushButton(self.tr("Open the scenario"))
        self.scenario_button.setAccessibleName(self.tr("Open the scenario"))
        self.scenario_button.setToolTip(self.tr("Open a ready-made session that demonstrates this lesson"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.scenario_button)
        buttons.addStretch()
        reader = QWidget()
        column = QVBoxLayout(reader)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.text, 1)
        column.addLayout(buttons)
        for widget in (self.tree, self.text):  # the dock keeps the width the window gives it
            widget.setMinimumWidth(MIN_WIDTH)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(reader)
        splitter.setSizes([100, 200])  # the text gets two thirds (kept in proportion as the dock grows)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(splitter)
        self.tree.currentItemChanged.connect(self._on_tree_current_changed)
        self.show_button.clicked.connect(self.show_current)
        self.scenario_button.clicked.connect(self._on_scenario_clicked)
        self.select("weight_matrix")

    def _fill_tree(self) -> None:
        topics = {}
        for key, title in TOPICS.items():
            topics[key] = QTreeWidgetItem(self.tree, [tr(title)])
            topics[key].setFlags(Qt.ItemIsEnabled)
        for lesson in self.lessons.values():
            item = QTreeWidgetItem(topics[lesson.topic], [lesson.translated_title()])
            item.setData(0, KEY_ROLE, lesson.key)
        self.tree.expandAll()

    def items(self) -> dict[str, QTreeWidgetItem]:
        """Lesson key → its list entry."""
        found = {}
        for t in range(self.tree.topLevelItemCount()):
            topic = self.tree.topLevelItem(t)
            for i in range(topic.childCount()):
                found[topic.child(i).data(0, KEY_ROLE)] = topic.child(i)
        return found

    @property
    def current(self) -> Lesson | None:
        item = self.tree.currentItem()
        return self.lessons.get(item.data(0, KEY_ROLE)) if item is not None else None

    def select(self, key: str) -> None:
        self.tree.setCurrentItem(self.items()[key])

    def set_scenario_loader(self, loader: Callable[[str], None] | None) -> None:
        self.scenario_loader = loader
        self._update_buttons()

    def _on_tree_current_changed(self, item, _previous) -> None:
        lesson = self.current
        if lesson is None:
            return
        self.text.setHtml(
            f"<h3>{escape(lesson.translated_title())}</h3>"
            f"<p style='font-size: large; background: #eef3f8'>&nbsp;{escape(lesson.formula)}&nbsp;</p>"
            f"<p>{lesson.translated_text()}</p>")
        self._update_buttons()

    def _update_buttons(self) -> None:
        lesson = self.current
        self.show_button.setEnabled(bool(lesson and lesson.show))
        self.scenario_button.setVisible(bool(lesson and lesson.scenario and self.scenario_loader is not None))

    def show_current(self) -> QWidget | None:
        """Outline what the chosen lesson talks about (after its dock has been laid out)."""
        lesson = self.current
        if lesson is None:
            return None
        target = show_me(self.window_, lesson.show)
        if target is not None:  # a dock just raised gets its final geometry on the next turn
            QTimer.singleShot(0, lambda: show_me(self.window_, lesson.show))
        return target

    def _on_scenario_clicked(self) -> None:
        lesson = self.current
        if lesson is not None and lesson.scenario and self.scenario_loader is not None:
            self.scenario_loader(lesson.scenario)
