"""One module per screen of the walk-in flow; each screen only emits signals, the flow decides."""
