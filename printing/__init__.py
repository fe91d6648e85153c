"""Adapters to thermal printers: the ticket layout rendered as ESC/POS bytes or as a picture."""
