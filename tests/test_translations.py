"""The translation catalogs: every text translated, placeholders and accelerators kept, none of
the wrong words of docs/translating.md, and the committed .ts/.qm as fresh as the code."""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

ROOT = Path(__file__).resolve().parents[1]
CATALOGS = sorted((ROOT / "resources" / "i18n").glob("*.ts"))
GLOSSARY = ROOT / "docs" / "translating.md"
FIELD = re.compile(r"\{[^{}]*\}|%n|%\d")
TAG = re.compile(r"</?\w+[^>]*>")
ACCELERATOR = re.compile(r"&(\w)")


@dataclass
class Message:
    context: str
    source: str
    translations: list[str]
    finished: bool

    def __str__(self):
        return f"[{self.context}] {self.source!r}"


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            found.append(Message(context.findtext("name"), message.findtext("source"), forms,
                                 translation.get("type") not in ("unfinished", "vanished", "obsolete")))
    return found


def wrong_words() -> list[str]:
    """The "Never use" column of the glossary's last table."""
    table = GLOSSARY.read_text(encoding="utf-8").split("## Never use", 1)[1]
    rows = [line.split("|")[1:-1] for line in table.splitlines() if line.startswith("|")]
    return [cells[1].strip() for cells in rows[2:]]


def by_catalog(check):
    return pytest.mark.parametrize("ts", CATALOGS, ids=lambda p: p.stem)(check)


def test_there_is_a_chinese_catalog():
    assert [p.name for p in CATALOGS] == ["neural_playground_zh_CN.ts"]
    assert len(messages(CATALOGS[0])) > 400


@by_catalog
def test_every_text_has_a_finished_translation(ts):
    missing = [m for m in messages(ts) if not m.finished or not all(t.strip() for t in m.translations)]
    assert not missing, (f"{len(missing)} text(s) of {ts.name} have no finished translation; translate them in "
                         "`pyside6-linguist` (docs/translating.md), then run scripts/update_translations.py:\n"
                         + "\n".join(map(str, missing)))


@by_catalog
def test_placeholders_tags_and_accelerators_are_kept(ts):
    def signature(text: str) -> tuple:
        return sorted(FIELD.findall(text)), sorted(TAG.findall(text)), text.count("\n")
    wrong = []
    for m in messages(ts):
        for translation in m.translations:
            if translation and signature(translation) != signature(m.source):
                wrong.append(f"{m} → {translation!r}")
            wanted = [f"(&{letter.upper()})" for letter in ACCELERATOR.findall(m.source)]
            if translation and not all(w in translation for w in wanted):
                wrong.append(f"{m} → {translation!r}: the accelerator should read {wanted} at the end")
    assert not wrong, "placeholders, tags, line breaks or accelerators differ:\n" + "\n".join(wrong)


def test_the_glossary_lists_the_wrong_words():
    assert {"演习", "梯度低落", "丢失函数", "缺点", "打算", "浸染"} <= set(wrong_words())


@by_catalog
def test_no_translation_uses_a_wrong_word(ts):
    words = wrong_words()
    bad = [f"{m} → {t!r} uses {w}" for m in messages(ts) for t in m.translations for w in words if w in t]
    assert not bad, "words docs/translating.md says never to use:\n" + "\n".join(bad)


def test_the_committed_catalogs_are_as_fresh_as_the_code():
    """lupdate over the code and lrelease, into a temporary folder, give the committed files."""
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_qt_ships_its_own_chinese_texts():
    """File dialogs and message box buttons are worded by qtbase_zh_CN.qm from the PySide6 wheel."""
    assert (Path(QLibraryInfo.path(QLibraryInfo.TranslationsPath)) / "qtbase_zh_CN.qm").is_file()


def test_every_subject_the_engine_names_in_an_error_is_worded():
    """``what`` in "The {what} must be from …" comes from the engine in English; the window words it."""
    from playground.engine.hyperparameters import HYPERPARAMETERS
    from playground.gui.error_text import SUBJECTS
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "playground" / "engine").glob("*.py"))
    named = set(re.findall(r'what="([^"]+)"|_check_range\("([^"]+)"|lookup\([^()]*, "([^"]+)"\)', code))
    subjects = {s for group in named for s in group if s} | set(HYPERPARAMETERS) | {"seed", "data seed"}
    assert len(subjects) > 20 and subjects <= set(SUBJECTS), sorted(subjects - set(SUBJECTS))
