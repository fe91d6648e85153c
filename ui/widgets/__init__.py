"""Reusable touch widgets: key grids, choice buttons, the idle overlay."""
