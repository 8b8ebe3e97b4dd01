"""Qt-side control of training (QtCore only, no widgets): the worker thread and its controller."""
