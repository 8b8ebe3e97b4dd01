"""Space plays and pauses from anywhere in the window, even from a number field.

A focused text field claims every printable key before shortcuts run (Qt's
``ShortcutOverride``), so Space typed a blank into the learning rate instead of playing.
In a field that only holds a number a blank means nothing: there the filter below lets the
window's Space shortcut have the key.  Fields that hold words keep their spaces.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

from .form_widgets import NumberCombo


class SpaceToShortcut(QObject):
    """Installed on number fields: Space is not theirs to eat."""

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.ShortcutOverride, QEvent.KeyPress) and event.key() == Qt.Key_Space \
                and event.modifiers() == Qt.NoModifier:
            # ShortcutOverride left unaccepted: the shortcut runs; a stray KeyPress types nothing
            return True
        return False


def number_fields(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` that take keys and hold only a number."""
    fields: list[QWidget] = list(root.findChildren(QAbstractSpinBox))
    for combo in root.findChildren(QComboBox):
        if isinstance(combo, NumberCombo):  # the combo forwards its keys to its line edit
            fields += [combo, combo.lineEdit()]
    return fields


def let_space_play(roots: list[QWidget], parent: QObject) -> SpaceToShortcut:
    """Make Space reach the window's shortcuts from every number field under ``roots``."""
    space = SpaceToShortcut(parent)
    for root in roots:
        for field in number_fields(root):
            field.installEventFilter(space)
    return space


def window_action(window: QWidget, text: str, shortcut, tip: str, slot=None, checkable: bool = False) -> QAction:
    """An action whose shortcut works anywhere in ``window`` (menu bar shown or not); its
    tooltip names the keys."""
    action = QAction(text, window, checkable=checkable)
    action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.NativeText)})")
    if slot is not None:
        action.triggered.connect(slot)
    window.addAction(action)
    return action
