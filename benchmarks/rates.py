"""The measuring loop the benchmark scripts share."""
from __future__ import annotations

import time


def updates_per_second(trainer, seconds: float, chunk: int = 20) -> float:
    """Train for about ``seconds`` and return updates per second; the clock is read once per
    ``chunk`` updates, so reading it costs nothing measurable."""
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for _ in range(chunk):
            trainer.step()
        n += chunk
    return n / (time.perf_counter() - start)
