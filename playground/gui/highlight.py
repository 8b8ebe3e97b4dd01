""""Show me": find a control or view by its accessible name (as a screen reader would), bring
it into sight (raise its dock, open its folded settings group, scroll to it) and draw a
bright outline around it for a moment."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QDockWidget, QScrollArea, QWidget

from .collapsible import CollapsibleSection

OUTLINE_MS = 2500
OUTLINE_WIDTH = 4
OUTLINE_COLOR = QColor(230, 0, 120)  # magenta: not one of the views' blue/orange


class Outline(QWidget):
    """A frame drawn over the window (mouse clicks pass through it)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WA_NoSystemBackground)
        self.setAccessibleName(self.tr("Highlight"))
        self.target: QWidget | None = None
        self._timer = QTimer(self, singleShot=True, interval=OUTLINE_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def around(self, target: QWidget) -> None:
        self.target = target
        top_left = target.mapTo(self.parentWidget(), target.rect().topLeft())
        margin = OUTLINE_WIDTH
        self.setGeometry(QRect(top_left, target.size()).adjusted(-margin, -margin, margin, margin))
        self.show()
        self.raise_()
        self._timer.start()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(QPen(OUTLINE_COLOR, OUTLINE_WIDTH))
        half = OUTLINE_WIDTH // 2
        painter.drawRoundedRect(self.rect().adjusted(half, half, -half, -half), 6, 6)
        painter.end()


def find_named(window: QWidget, name: str) -> QWidget | None:
    """The widget called ``name`` (a visible one first), or None."""
    found = [w for w in window.findChildren(QWidget) if w.accessibleName() == name and not isinstance(w, Outline)]
    visible = [w for w in found if w.isVisible()]
    return (visible or found or [None])[0]


def bring_into_sight(widget: QWidget) -> QWidget:
    """Raise the dock holding ``widget``, unfold its settings group, scroll to it; the widget,
    or its nearest visible ancestor when it has no room in the current layout."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, CollapsibleSection):
            parent.set_expanded(True)
        elif isinstance(parent, QDockWidget):
            parent.show()
            parent.raise_()
        parent = parent.parentWidget()
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()
    shown = widget
    while shown is not None and not shown.isVisible():
        shown = shown.parentWidget()
    return shown or widget


def show_me(window: QWidget, names: tuple) -> QWidget | None:
    """Outline the first of ``names`` the window has; the widget outlined, or None."""
    for name in names:
        widget = find_named(window, name)
        if widget is not None:
            target = bring_into_sight(widget)
            outline = window.findChild(Outline) or Outline(window)
            outline.around(target)
            return target
    return None
