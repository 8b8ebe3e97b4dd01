"""Command line entry point: the window by default, or a headless subcommand."""
from __future__ import annotations

import argparse
import sys

from . import __version__

DESCRIPTION = "Neural Playground: build a neural network by hand and watch its weight matrices learn."


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description=DESCRIPTION,
                                     epilog="With no command, the window opens.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--reset-layout", action="store_true", help="forget the saved window layout")
    parser.add_argument("--screenshot", metavar="PNG",
                        help="train for a moment, save a screenshot of the window to PNG, and quit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    train = sub.add_parser("train", help="train a configuration without a window and print progress",
                           description="Train a configuration without a window; print progress and final losses.")
    from .cli import add_train_arguments
    add_train_arguments(train)
    return parser


def run_window(args) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from .gui.main_window import APP_NAME, MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("NeuralPlayground")
    app.setApplicationName(APP_NAME)
    settings = QSettings()
    if args.reset_layout:
        settings.clear()
    window = MainWindow(settings=settings)
    window.show()
    if args.screenshot:
        _screenshot_then_quit(app, window, args.screenshot)
    return app.exec()


def _screenshot_then_quit(app, window, path: str, train_ms: int = 1500) -> None:
    """Play briefly, grab the window as the screen shows it, close cleanly."""
    from PySide6.QtCore import QTimer

    def grab():
        window.controller.pause()
        ok = window.screen().grabWindow(window.winId()).save(path)
        if not ok:
            print(f"error: could not write {path}", file=sys.stderr)
        window.close()
        app.exit(0 if ok else 1)
    QTimer.singleShot(0, window.controller.play)
    QTimer.singleShot(train_ms, grab)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "train":
        from .cli import run_train
        return run_train(args)
    return run_window(args)


if __name__ == "__main__":
    sys.exit(main())
