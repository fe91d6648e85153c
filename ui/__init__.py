"""The touchscreen: PySide6 screens that call the core's services; slow work runs off the GUI thread."""
