"""Every text a window shows or reads aloud, and which of it is still English: for the
language tests."""
from __future__ import annotations

import re

from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QDockWidget, QGraphicsSimpleTextItem,
                               QGraphicsTextItem, QGraphicsView, QGroupBox, QLabel, QLineEdit, QMenu, QTabBar,
                               QToolBar, QWidget)

# Names Chinese course material keeps in English, units, file types and the product's name.
ALLOWED = ("Neural Playground", "Leaky ReLU", "ReLU", "Tanh", "tanh", "Sigmoid", "Softmax", "softmax", "Adam",
           "AdaGrad", "RMSProp", "Nesterov", "Xavier", "Glorot", "He", "L1", "L2", "BPTT", "NaN", "CSV", "csv",
           "PNG", "png", "SVG", "svg", "NumPy", "npz", "np.load", "Python", "py", "nnplay", "float32", "float64",
           "Ctrl", "Shift", "sin", "max", "W_hh", "h_t", "h_T", "h_1", "GiB", "MB", "UTF-8", "JSON",
           "Language", "English", "FFT", "dy/dx", "PyTorch", "GIF", "Li", "PgUp", "PgDown", "CNN", "RNN", "SGD")
WORD = re.compile(r"[A-Za-z]{2,}")
TAG = re.compile(r"<[^>]+>")


def english_words(text: str) -> list[str]:
    """Words of two or more Latin letters left once the allowed names are taken out."""
    text = TAG.sub(" ", text)
    for name in sorted(ALLOWED, key=len, reverse=True):
        text = re.sub(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", " ", text)
    return WORD.findall(text)


def widget_texts(widget: QWidget) -> list[str]:
    """What ``widget`` shows (text, title, entries) and its tooltip and accessible name."""
    texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, (QDockWidget, QToolBar)):
        texts.append(widget.windowTitle())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())] + [widget.placeholderText()]
    if isinstance(widget, QAbstractSpinBox):
        texts += [widget.specialValueText(), getattr(widget, "prefix", str)(), getattr(widget, "suffix", str)()]
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QTabBar):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QMenu):
        texts.append(widget.title())
    texts += [t for action in widget.actions() for t in (action.text(), action.toolTip())]
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:
        for item in widget.scene().items():
            if isinstance(item, QGraphicsTextItem):
                texts.append(item.toPlainText())
            elif isinstance(item, QGraphicsSimpleTextItem):
                texts.append(item.text())
    return [t for t in texts if t]


def all_texts(window: QWidget) -> dict[str, str]:
    """text → where it was found, for ``window`` and everything under it (menus included)."""
    found = {}
    for widget in [window, *window.findChildren(QWidget)]:
        for text in widget_texts(widget):
            found.setdefault(text, f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}")
    return found


def english_left(window: QWidget) -> list[str]:
    return sorted(f"{where}: {text!r} ({', '.join(words)})" for text, where in all_texts(window).items()
                  if (words := english_words(text)))
