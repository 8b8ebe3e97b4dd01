"""Widgets and views.  They send intents to the controller and draw its snapshots."""
