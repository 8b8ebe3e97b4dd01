"""Neural Playground: build a neural network by hand and watch its weight matrices learn."""
__version__ = "0.1.0"
