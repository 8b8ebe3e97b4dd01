"""The engine's event pipe holds a whole snapshot, so the engine trains on instead of
waiting for the GUI's reader thread to drain a 64 KiB pipe a dozen times per snapshot."""
import sys

import pytest

from playground.controller.engine_client import EVENT_PIPE_BYTES, EngineClient

fcntl = pytest.importorskip("fcntl")


def system_allows_it() -> bool:
    try:
        with open("/proc/sys/fs/pipe-max-size") as f:
            return int(f.read()) >= EVENT_PIPE_BYTES
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux") or not system_allows_it(),
                    reason="pipe sizes are set on Linux, up to fs/pipe-max-size")
def test_the_event_pipe_holds_a_small_nets_snapshot(qtbot):
    client = EngineClient()
    try:
        assert fcntl.fcntl(client.reader.events.fileno(), fcntl.F_GETPIPE_SZ) >= EVENT_PIPE_BYTES
    finally:
        client.stop()
