"""The Scenarios menu: each shipped scenario opens with one click."""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QMenu, QWidget

from ..scenario_catalog import SCENARIOS
from .scenario_panel import translated


class ScenarioMenu(QMenu):
    def __init__(self, parent: QWidget, open_file: Callable[[str], bool]):
        """``open_file(path)`` opens a session (asking first about unsaved changes)."""
        super().__init__(self.tr("&Scenarios"), parent)
        self.setObjectName("scenarios")
        self.setToolTipsVisible(True)
        for item in SCENARIOS:
            action = self.addAction(translated(item.title))
            action.setToolTip(translated(item.summary))
            action.setObjectName(f"scenario_{item.key}")
            action.triggered.connect(lambda _=False, path=str(item.path): open_file(path))
