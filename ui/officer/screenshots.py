"""Officer mode's screenshots (docs/screens 30-49), taken by ui/screenshots.py after the visitor screens."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import numpy as np
from PySide6.QtGui import QImage

from kiosk.errors import KioskError
from kiosk.printer_status import PrinterStatus
from ui.officer.checks import PrinterCheck
from ui.officer.tasks.check_in import CheckInTask
from ui.officer.tasks.print_queue import PrintQueueTask
from ui.officer.tasks.register import RegisterTask
from ui.officer.tasks.services import ServicesTask
from ui.officer.tasks.technician import TechnicianTask
from ui.officer.tasks.tickets import TicketsTask
from ui.window import KioskWindow

PIN = "482913"
ELDERLY = "3201015508500002"  # a woman born on 15 August 1950
QUEUE_ERROR = "printer 127.0.0.1:9100 unreachable: [Errno 111] Connection refused"


def _camera_picture() -> QImage:
    """A grey test picture for the camera preview: a gradient with a dark square in the middle."""
    frame = np.tile(np.linspace(90, 220, 640, dtype=np.uint8), (480, 1))
    frame[160:320, 240:400] = 30
    return QImage(frame.data, 640, 480, 640, QImage.Format.Format_Grayscale8).copy()


def officer_shots(window: KioskWindow, shot: Callable[..., None]) -> None:
    """30-49: the PIN pad, the menu under the banner, registration with an override, the tickets, today's
    figures, pauses, the print queue, the technician's screen, leaving; then a paused service for visitors."""
    officer, walk_in = window.officer, window.flow
    assert officer is not None and walk_in is not None
    desk = window.ctx.desk
    tasks = officer.tasks
    register, check_in, tickets = tasks["register"], tasks["check_in"], tasks["tickets"]
    services, queue, technician = tasks["services"], tasks["print_queue"], tasks["technician"]
    assert isinstance(register, RegisterTask) and isinstance(check_in, CheckInTask)
    assert isinstance(tickets, TicketsTask) and isinstance(services, ServicesTask)
    assert isinstance(queue, PrintQueueTask) and isinstance(technician, TechnicianTask)

    for name in ("Budi Santoso", "Ani Wijaya", "Rudi Hartono"):
        officer.officers.add(name, PIN)
    walk_in.set_language("id")
    shot("30-officer-pin-pad", officer.open_login)
    budi = next(b for b in officer.login.names.buttons() if b.text() == "BUDI SANTOSO")
    shot("31-officer-pin-typed", lambda: (budi.click(), officer.login.set_value("4829")))
    shot("32-officer-pin-refused", lambda: officer.login.refuse(KioskError("login_failed")))
    shot("33-officer-menu", lambda: officer.login.login.emit("BUDI SANTOSO", PIN))
    walk_in.set_language("en")
    shot("34-officer-menu-english", officer.show_menu)
    walk_in.set_language("id")
    desk.issue("renewal", ELDERLY, "SITI AMINAH")  # she has a number already: an override is needed
    officer.menu.chosen.emit("register")
    register.nik.set_value(ELDERLY)
    register.nik.submit()
    register.name.set_value("SITI AMINAH")
    shot("35-officer-category", register.name.submit)
    shot("36-officer-override-reasons", register.category.issue_button.click)
    reason = window.ctx.config.officer.override_reasons[0]
    shot("37-officer-issued", lambda: officer.reasons.chosen.emit(reason))
    officer.show_menu()
    officer.menu.chosen.emit("check_in")
    shot("38-officer-booking-code", lambda: check_in.booking.set_value("8F2K9"))
    officer.show_menu()
    officer.menu.chosen.emit("tickets")
    window.settle()
    shot("39-officer-tickets", lambda: tickets.tickets.group.buttons()[2].click())
    tickets.tickets.reprint_button.click()  # the first reprint needs no reason
    window.settle()
    officer.show_menu()
    officer.menu.chosen.emit("tickets")
    window.settle()
    tickets.tickets.group.buttons()[2].click()
    shot("40-officer-reprint-reason", tickets.tickets.reprint_button.click)
    shot("41-officer-today", lambda: (officer.show_menu(), officer.menu.chosen.emit("today")))
    officer.show_menu()
    officer.menu.chosen.emit("services")
    shot("42-officer-services", lambda: services.services.pause.emit("lost-damaged"))
    for ticket in desk.tickets.list_day()[-2:]:
        desk.tickets.set_print_status(ticket.ticket_id, "queued")
    officer.show_menu()
    officer.menu.chosen.emit("print_queue")
    window.settle()
    jobs = [dataclasses.replace(job, last_error=QUEUE_ERROR) for job in desk.print_queue.waiting()]
    shot("43-officer-print-queue", lambda: queue.queue.show_jobs(jobs))
    officer.show_menu()
    officer.menu.chosen.emit("technician")
    screen = technician.technician
    shot(
        "44-officer-technician",
        lambda: (
            screen.show_printer(PrinterCheck(True, PrinterStatus(True, "low", ""))),
            screen.camera_found(True),
            screen.view.show_frame(_camera_picture()),
        ),
    )
    shot("45-officer-leave", lambda: (officer.show_menu(), officer.menu.leave.emit()))
    officer.end("manual")
    shot("46-services-paused", walk_in.register)
