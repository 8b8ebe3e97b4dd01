"""Three copies of the default network (spiral, 2-(8 tanh)x6-1, batch 10) racing with SGD,
momentum and Adam: in the compare window with all its views (offscreen) against the same three
trained headless at the same time.  Issue #16's targets: each copy at least 50 % of its
headless speed, at least 20 frames/s, the GUI's 10 ms timer late by under 60 ms at p99.

Every figure comes from fresh processes; headless and window runs alternate within each round,
so load on the shared machine hits both.  Prints min / median / max over the rounds and the
CPU model:

    QT_QPA_PLATFORM=offscreen python benchmarks/compare_speed.py --rounds 3
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys

from gui_speed import spread
from machine import cpu_model

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.join(HERE, "compare_speed_round.py")
OPTIMIZERS = ("sgd", "momentum", "adam")  # the three copies


def start(args: list[str]) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    env.update(PYTHONPATH=os.path.dirname(HERE), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, ROUND, *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def result(process: subprocess.Popen, timeout: float) -> dict:
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        return {"error": "timed out"}
    lines = out.strip().splitlines()
    return json.loads(lines[-1]) if process.returncode == 0 and lines else {"error": err.strip()[-300:]}


def one_round(seconds: float, first_timeout: float) -> tuple[list[dict], dict]:
    """The three copies headless at once, then the compare window."""
    timing = [str(seconds), str(first_timeout)]
    racing = [start(["headless", name, *timing]) for name in OPTIMIZERS]
    headless = [result(p, seconds + 60) for p in racing]
    return headless, result(start(["window", ",".join(OPTIMIZERS), *timing]), seconds + first_timeout + 60)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--first-timeout", type=float, default=30.0)
    args = parser.parse_args()
    rounds = [one_round(args.seconds, args.first_timeout) for _ in range(args.rounds)]
    for headless, window in rounds:
        for r in (*headless, window):
            if "error" in r:
                print(f"  a round failed: {r['error']}")
    ok = [(h, w) for h, w in rounds if not any("error" in r for r in (*h, w))]
    print(f"{cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{args.seconds:g} s per run, offscreen; {len(ok)} rounds, min / median / max")
    for k, name in enumerate(OPTIMIZERS):
        alone = [h[k]["updates"] for h, _ in ok]
        shown = [w["updates"][k] for _, w in ok]
        print(f"  {name:<9} headless {spread(alone, ',.0f')} updates/s, in the window {spread(shown, ',.0f')} "
              f"updates/s = {spread([100 * s / a for s, a in zip(shown, alone)], '.0f')} %")
    print(f"  frames drawn:      {spread([w['frames'] for _, w in ok], '.1f')} /s")
    print(f"  GUI 10 ms timer p99 lateness: {spread([w['p99'] for _, w in ok], '.0f')} ms")


if __name__ == "__main__":
    main()
