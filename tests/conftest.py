import os

# Without a display, Qt aborts the process; offscreen works everywhere.  The Xvfb smoke
# test starts its own display and overrides this for its subprocess only.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
