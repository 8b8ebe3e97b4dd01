"""Refresh the translation sources and their compiled catalogs.

    python3 scripts/update_translations.py          # .ts from the code (pyside6-lupdate), then .qm (pyside6-lrelease)
    python3 scripts/update_translations.py --check  # change nothing; exit 1 listing what is out of date

Run it after adding or changing a visible text, then translate the new entries of
resources/i18n/*.ts in Qt Linguist (`pyside6-linguist`) and run it again (docs/translating.md).
Besides the code's tr()/translate()/QT_TRANSLATE_NOOP texts, the engine's display names
(activations, data sets, optimizers... read through gui/labels.py) are added under the
context "Labels": the engine holds them in English and knows nothing of Qt.
"""
from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's playground, wherever the script is run from

from playground.gui import labels  # noqa: E402
from playground.gui.language import CATALOG, DEFAULT, I18N_DIR, LANGUAGES  # noqa: E402


def engine_texts() -> list[str]:
    """Every English display name the label tables translate when read."""
    texts = []
    for table in vars(labels).values():
        if isinstance(table, labels.TranslatedLabels):
            for value in table.english.values():
                texts += list(value) if isinstance(value, tuple) else [value]
    return sorted(set(texts))


def sources(folder: Path) -> list[str]:
    """The code to scan, plus a generated file marking the engine's display names."""
    marks = folder / "engine_labels.py"
    marks.write_text("".join(f"QT_TRANSLATE_NOOP(\"Labels\", {json.dumps(t, ensure_ascii=False)})\n"
                             for t in engine_texts()), encoding="utf-8")
    return [str(p) for p in sorted((ROOT / "playground").rglob("*.py"))] + [str(marks)]


def run(tool: str, *args: str) -> None:
    """Run a PySide6 tool: the one beside this Python (a virtual environment's bin), else on PATH."""
    found = shutil.which(tool, path=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))
    if found is None:
        sys.exit(f"{tool} not found: it ships with PySide6 (pip install PySide6-Essentials)")
    result = subprocess.run([found, *args], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{tool} failed:\n{result.stdout}{result.stderr}")


def update(ts: Path, qm: Path, folder: Path) -> None:
    """lupdate merges the code's texts into ``ts`` (keeping translations, dropping vanished
    texts; no line numbers, so merges stay quiet); lrelease compiles it to ``qm``."""
    run("pyside6-lupdate", "-silent", "-no-obsolete", "-locations", "none", *sources(folder), "-ts", str(ts))
    run("pyside6-lrelease", "-silent", str(ts), "-qm", str(qm))


def catalogs() -> list[tuple[Path, Path]]:
    return [(I18N_DIR / f"{CATALOG}_{code}.ts", I18N_DIR / f"{CATALOG}_{code}.qm")
            for code in LANGUAGES if code != DEFAULT]


def check() -> list[str]:
    """What an update would change, without changing it."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts, qm in catalogs():
            fresh_ts, fresh_qm = Path(tmp) / ts.name, Path(tmp) / qm.name
            if ts.exists():
                shutil.copy(ts, fresh_ts)
            update(fresh_ts, fresh_qm, Path(tmp))
            stale += [str(p.relative_to(ROOT)) for p, fresh in ((ts, fresh_ts), (qm, fresh_qm))
                      if not p.exists() or not filecmp.cmp(p, fresh, shallow=False)]
    return stale


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if an update would")
    if parser.parse_args().check:
        stale = check()
        for path in stale:
            print(f"out of date: {path} (run python3 scripts/update_translations.py)")
        return 1 if stale else 0
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for ts, qm in catalogs():
            update(ts, qm, Path(tmp))
            print(f"updated {ts.relative_to(ROOT)} and {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
