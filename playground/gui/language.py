"""The window's language: Qt translators for the app's own texts (resources/i18n/*.qm, made by
scripts/update_translations.py) and for Qt's own dialogs (qtbase_*.qm from PySide6).

Widgets word their texts once, when they are built, so a language takes effect at the next
start; the choice is remembered in QSettings.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
CATALOG = "neural_playground"  # resources/i18n/neural_playground_<code>.ts / .qm
DEFAULT = "en"
# code → the language's name in itself (never translated, so anyone finds their own)
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
SETTING = "ui/language"

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators
_current = DEFAULT


def catalog_path(code: str) -> Path:
    return I18N_DIR / f"{CATALOG}_{code}.qm"


def qt_catalog_dir() -> str:
    """Where PySide6 keeps Qt's own translations (qtbase_zh_CN.qm: dialog buttons, file dialogs)."""
    return QLibraryInfo.path(QLibraryInfo.TranslationsPath)


def saved_language(settings: QSettings) -> str:
    code = settings.value(SETTING, DEFAULT)
    return code if code in LANGUAGES else DEFAULT


def save_language(settings: QSettings, code: str) -> None:
    settings.setValue(SETTING, code)
    settings.sync()


def current_language() -> str:
    """The language the running window was built in."""
    return _current


def install_language(code: str) -> bool:
    """Word every text built from now on in ``code``; False (and English) when its catalog
    is missing or unreadable."""
    global _current
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _current = DEFAULT
    if code == DEFAULT:
        return True
    app_texts, qt_texts = QTranslator(), QTranslator()
    if not app_texts.load(str(catalog_path(code))):
        return False
    qt_texts.load(f"qtbase_{code}", qt_catalog_dir())  # missing: Qt's buttons stay English
    for translator in (qt_texts, app_texts):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    _current = code
    return True


def start_language(requested: str | None, settings: QSettings) -> str:
    """Install the language asked for on the command line, else the remembered one; say so
    on stderr when its catalog cannot be read."""
    code = requested or saved_language(settings)
    if not install_language(code):
        print(f"warning: no readable translation {catalog_path(code)}; using English", file=sys.stderr)
    return current_language()
