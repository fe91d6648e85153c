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
    keys,
    ktp,
    officer,
    printer,
    purge,
    report,
    sessions,
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
    sessions.register,
    keys.register,
    calls.register,
    announce.register,
    help.register,
    ktp.register,
]
