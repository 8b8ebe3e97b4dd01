"""Cycles are collected in the GUI thread only: a worker thread allocating never runs the
collector (which would destroy Qt objects outside the GUI thread and deadlock)."""
import gc
import threading
import weakref


class Node:
    pass


def test_cycles_are_collected_by_the_gui_thread_and_never_by_a_worker(qtbot, window):
    assert not gc.isenabled()
    collected_in = []
    gc.callbacks.append(lambda phase, info: collected_in.append(threading.current_thread().name)
                        if phase == "start" else None)
    try:
        def allocate():  # far past any threshold that would trigger an automatic collection
            for _ in range(200_000):
                a, b = Node(), Node()
                a.other, b.other = b, a
        worker = threading.Thread(target=allocate, name="worker")
        worker.start()
        worker.join()
        assert "worker" not in collected_in
        cycle = Node()
        cycle.me = cycle
        gone = weakref.ref(cycle)
        del cycle
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)  # the GUI thread's timer collected it
        assert set(collected_in) == {"MainThread"}
    finally:
        gc.callbacks.pop()
