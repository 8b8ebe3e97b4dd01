"""Language menu: one checkable entry per language (named in itself), remembered in
QSettings and applied at the next start (widgets word their texts when they are built)."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from .language import LANGUAGES, current_language, save_language


class LanguageMenu(QMenu):
    def __init__(self, window: QWidget, settings: QSettings):
        super().__init__(window)
        self.window, self.settings = window, settings
        # "Language" stays in the title in every language, so a user lost in a foreign one finds it
        self.setTitle(self.tr("&Language"))
        self.setToolTip(self.tr("The language of the window; it changes at the next start"))
        group = QActionGroup(self)
        self.choices = {}
        for code, name in LANGUAGES.items():
            action = self.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.setToolTip(self.tr("Show the window in {language} from the next start").format(language=name))
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            group.addAction(action)
            self.choices[code] = action
        self.addSeparator()
        note = self.addAction(self.tr("Takes effect after a restart"))
        note.setEnabled(False)

    def choose(self, code: str) -> None:
        """Remember ``code``; say plainly that the window changes at the next start."""
        save_language(self.settings, code)
        self.choices[code].setChecked(True)
        if code != current_language():
            QMessageBox.information(self.window, self.tr("Language"),
                                    self.tr("Neural Playground will be shown in {language} the next time it "
                                            "starts.").format(language=LANGUAGES[code]))
