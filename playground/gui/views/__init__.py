"""Live views fed by snapshots: each is built once per network and updated in place."""
