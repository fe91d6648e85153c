"""The CLI's commands, one module per subject; each module has `register(subparsers, common)`."""

from kiosk.commands import tickets

COMMANDS = [tickets.register]
