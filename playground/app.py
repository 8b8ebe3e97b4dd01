"""Command line entry point: the window by default, or a headless subcommand."""
from __future__ import annotations

import argparse
import sys

from . import __version__

DESCRIPTION = "Neural Playground: build a neural network by hand and watch its weight matrices learn."


class OneLineParser(argparse.ArgumentParser):
    """Bad arguments: one line on stderr and exit status 2, without the usage block."""

    def error(self, message: str):
        self.exit(2, f"error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="main.py", description=DESCRIPTION, epilog="With no command, the window opens.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--reset-layout", action="store_true", help="forget the saved window layout")
    parser.add_argument("--open", metavar="SESSION",
                        help="open this session file, or a shipped scenario by name (see the scenarios command)")
    parser.add_argument("--lang", metavar="CODE",
                        help="the window's language this time: en or zh_CN (default: the Language menu's choice)")
    parser.add_argument("--presentation", action="store_true", help="start in presentation mode (F5 leaves it)")
    parser.add_argument("--screenshot", metavar="PNG",
                        help="train for a moment, save a screenshot of the window to PNG, and quit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    train = sub.add_parser("train", help="train a configuration without a window and print progress",
                           description="Train a configuration without a window; print progress and final losses.")
    from .cli import add_train_arguments
    add_train_arguments(train)
    compare = sub.add_parser("compare", help="race copies that differ in one setting, from identical weights",
                             description="Train copies of one configuration that differ only in --vary, from the "
                             "same initial weights and batches; print final losses, draw the curves.")
    from .compare_cli import add_compare_arguments
    add_compare_arguments(compare)
    info = sub.add_parser("info", help="print what a session file holds")
    info.add_argument("session", metavar="SESSION")
    render = sub.add_parser("render", help="draw a view of a session to a PNG, without a window",
                            description="Draw one view of a session offscreen (for slides and handouts).")
    render.add_argument("session", metavar="SESSION")
    from .render import VIEWS
    render.add_argument("--view", required=True, choices=list(VIEWS))
    render.add_argument("--out", required=True, metavar="FILE.png")
    render.add_argument("--size", default="1000x700", help="WIDTHxHEIGHT in pixels (default %(default)s)")
    export = sub.add_parser("export", help="write a session's network, weights or loss history for other tools",
                            description="Write a session as a PyTorch script that continues its training "
                            "(pytorch, with an .npz beside it), a NumPy script that predicts (numpy), its "
                            "weights (weights: .npz; weights-csv: a folder of CSV files) or its loss history "
                            "(loss-csv).")
    export.add_argument("session", metavar="SESSION")
    export.add_argument("--format", required=True, help="pytorch, numpy, weights, weights-csv or loss-csv")
    export.add_argument("--out", required=True, metavar="PATH")
    sub.add_parser("scenarios", help="list the shipped teaching scenarios (open one with --open NAME)")
    return parser


def run_window(args) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from .gui.language import LANGUAGES, start_language
    from .gui.main_window import APP_NAME, MainWindow

    if args.lang is not None and args.lang not in LANGUAGES:
        print(f"error: --lang must be one of {', '.join(LANGUAGES)}, not {args.lang!r}", file=sys.stderr)
        return 2

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("NeuralPlayground")
    app.setApplicationName(APP_NAME)
    settings = QSettings()
    if args.reset_layout:
        settings.clear()
    start_language(args.lang, settings)
    window = MainWindow(settings=settings)
    window.show()
    window.presentation.set_active(args.presentation)
    if args.screenshot:
        _screenshot_then_quit(app, window, args.screenshot)
    elif args.open:
        from .scenario_catalog import session_path
        window.files.open(session_path(args.open), confirmed=True)
    else:
        window.files.offer_recovery()
    return app.exec()


def _screenshot_then_quit(app, window, path: str, train_ms: int = 1500) -> None:
    """Play briefly, grab the window as the screen shows it, close cleanly."""
    from PySide6.QtCore import QTimer

    def grab():
        window.controller.pause()
        ok = window.screen().grabWindow(window.winId()).save(path)
        if not ok:
            print(f"error: could not write {path}", file=sys.stderr)
        window.files.modified = False  # a throwaway run: nothing to ask about
        window.close()
        app.exit(0 if ok else 1)
    QTimer.singleShot(0, window.controller.play)
    QTimer.singleShot(train_ms, grab)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "train":
        from .cli import run_train
        return run_train(args)
    if args.command == "compare":
        from .compare_cli import run_compare
        return run_compare(args)
    if args.command == "info":
        from .cli import run_info
        return run_info(args)
    if args.command == "export":
        from .cli import run_export
        return run_export(args)
    if args.command == "scenarios":
        from .cli import run_scenarios
        return run_scenarios(args)
    if args.command == "render":
        from .render import run_render
        return run_render(args)
    return run_window(args)


if __name__ == "__main__":
    sys.exit(main())
