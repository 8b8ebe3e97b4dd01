"""How many threads BLAS (OpenBLAS, MKL, OpenMP) may use in a process that runs the engine.

Why: OpenBLAS starts one thread per core.  On a two-core laptop the GUI process keeps the
other core busy, and a 2-thread BLAS then waits for a core at every matrix product: updates
of nets above ~10k parameters ran 4.5-8x slower (issue 12).  The engine's matrices are small;
one thread is the fastest choice whenever something else shares the machine.

The limit must be in the environment before NumPy loads (OpenBLAS reads it once, when the
library starts), so this module imports nothing heavy: the GUI passes it to the spawned
engine process, and ``main.py train`` and the benchmarks set it before importing the engine.
"""
from __future__ import annotations

import contextlib
import os

THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
ENGINE_THREADS = 1  # one BLAS thread in the engine: the GUI (or another job) has the other core


def limit_before_numpy(threads: int = ENGINE_THREADS) -> None:
    """Set the thread variables of this process unless the user set them already.

    Has an effect only before NumPy is first imported; a user's explicit setting wins, so
    ``OPENBLAS_NUM_THREADS=2 python main.py train`` still does what it says."""
    for name in THREAD_VARIABLES:
        os.environ.setdefault(name, str(threads))


@contextlib.contextmanager
def child_environment(threads: int = ENGINE_THREADS):
    """Within the block, the thread variables are ``threads``: a process started in it (spawn
    execs a fresh interpreter with this environment) loads NumPy with that limit.  The
    parent's own BLAS is already loaded and unaffected; its environment is restored after."""
    saved = {name: os.environ.get(name) for name in THREAD_VARIABLES}
    os.environ.update({name: str(threads) for name in THREAD_VARIABLES})
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def blas_threads_in_force() -> dict:
    """{"variables": the thread variables, "pools": [(library API, threads)]} of this process.

    The pools come from threadpoolctl, which asks the loaded libraries themselves, so they
    show the limit really in force (not only what the environment asked for)."""
    from threadpoolctl import threadpool_info
    return {"variables": {name: os.environ.get(name) for name in THREAD_VARIABLES},
            "pools": [(pool["internal_api"], pool["num_threads"]) for pool in threadpool_info()]}
