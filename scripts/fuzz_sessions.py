"""Long fuzzing run of the session loader (the suite runs a fast subset).

    PYTHONPATH=. python scripts/fuzz_sessions.py --cases 100000 --seed 7

Mutates real saved sessions (bytes, JSON values, array headers, member names, duplicates)
and checks that each file is refused with a SessionError or opens and trains one update,
within the time limit.  Prints a summary and the first case of each failure kind; exits 1
when anything else happened.
"""
from __future__ import annotations

import argparse
import collections
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playground.engine.errors import SessionError  # noqa: E402
from playground.engine.session import read_session  # noqa: E402
from tests.engine.session_mutator import base_sessions, mutate  # noqa: E402


def run_case(blob: bytes) -> str:
    """"refused", "trained", or the name of the unexpected exception."""
    try:
        experiment = read_session(blob).experiment()
    except SessionError:
        return "refused"
    except Exception as exc:
        return f"load: {type(exc).__name__}"
    try:
        experiment.trainer.step()
    except Exception as exc:
        return f"train: {type(exc).__name__}"
    return "trained"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--limit", type=float, default=2.0, help="seconds a file may take")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        bases = base_sessions(folder)
    outcomes, first, slow = collections.Counter(), {}, []
    start = time.perf_counter()
    for case in range(args.cases):
        rng = random.Random(args.seed * 1_000_003 + case)
        blob = mutate(rng, rng.choice(bases))
        began = time.perf_counter()
        outcome = run_case(blob)
        if time.perf_counter() - began > args.limit:
            slow.append(case)
        outcomes[outcome] += 1
        first.setdefault(outcome, case)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.cases:,} cases in {elapsed:.0f} s, peak memory {peak:.0f} MB, {len(slow)} slower than {args.limit} s")
    for outcome, count in outcomes.most_common():
        print(f"  {count:7,}  {outcome}  (first: case {first[outcome]})")
    bad = [o for o in outcomes if o not in ("refused", "trained")]
    return 1 if bad or slow else 0


if __name__ == "__main__":
    sys.exit(main())
