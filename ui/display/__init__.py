"""The waiting-room display (`kiosk display`): the board (board.py), its colours (palette.py), the wiring to
the change feed, the calling service and the voice (app.py), start-up and snapshots (run.py)."""
