"""The CLI's commands, one module per subject; each module has `register(subparsers, common)`."""

from kiosk.commands import (
    announce,
    audit,
    backup,
    bookings,
    calling,
    calls,
    checkin,
    help,
    officer,
    printer,
    purge,
    report,
    tickets,
)

COMMANDS = [
    tickets.register,
    bookings.register,
    checkin.register,
    officer.register,
    audit.register,
    report.register,
    purge.register,
    printer.register,
    backup.register,
    calling.register,
    calls.register,
    announce.register,
    help.register,
]
