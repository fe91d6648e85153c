"""The officer menu's tasks, one controller each (see ui.officer.task): the menu tile's name → its class."""

from __future__ import annotations

from ui.officer.task import Task
from ui.officer.tasks.check_in import CheckInTask
from ui.officer.tasks.print_queue import PrintQueueTask
from ui.officer.tasks.register import RegisterTask
from ui.officer.tasks.services import ServicesTask
from ui.officer.tasks.technician import TechnicianTask
from ui.officer.tasks.tickets import TicketsTask
from ui.officer.tasks.today import TodayTask

TASKS: dict[str, type[Task]] = {
    "register": RegisterTask,
    "check_in": CheckInTask,
    "tickets": TicketsTask,
    "print_queue": PrintQueueTask,
    "today": TodayTask,
    "services": ServicesTask,
    "technician": TechnicianTask,
}
