"""Adapters to thermal printers: the ticket layout rendered as ESC/POS bytes or as a picture.

Importing them writes nothing: python-escpos (and its capability cache) loads on the first profile lookup,
see printing.escpos_render.cache_capabilities_in.
"""
