"""The CLI's commands, one module per subject; each module has `register(subparsers, common)`."""

from kiosk.commands import audit, backup, bookings, checkin, ktp, officer, printer, purge, report, tickets

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
    ktp.register,
]
