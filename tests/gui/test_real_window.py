"""The real thing once: `python main.py` in a real X window under Xvfb (xcb, not offscreen)."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="Xvfb is not installed (scripts/install.sh installs it)")
def test_main_py_opens_a_real_window_under_xvfb(tmp_path):
    shot = tmp_path / "window.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, str(ROOT / "main.py"),
         "--screenshot", str(shot)],
        env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "QThread: Destroyed" not in result.stderr
    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 19)}
    assert len(colours) > 20, "the screenshot is blank"
