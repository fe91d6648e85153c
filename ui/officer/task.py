"""One officer-menu task's controller, and what officer mode lends every task.

A task (ui/officer/tasks/) owns its screens and drives them; officer mode (ui.officer.flow) owns the session,
the menu, the shared reason and outcome screens, and one `Background` (ui.background) for all tasks: a
change asked for while another runs waits its turn, and answers arriving after the officer left are
discarded there. To add a task: subclass `Task`, add it to ui.officer.tasks.TASKS and its tile to
ui.officer.menu (TASKS and the tile's texts).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QObject

from kiosk.assisted import AssistedDesk
from kiosk.errors import KioskError
from kiosk.officers import OfficerSession
from kiosk.tickets import IssuedTicket
from ui.background import Background
from ui.context import KioskContext
from ui.screens.base import Screen


class TaskHost(Protocol):
    """What a task may use of officer mode (ui.officer.flow.OfficerFlow)."""

    ctx: KioskContext
    assisted: AssistedDesk
    background: Background  # the officer's background work: see ui.background

    @property
    def officer(self) -> OfficerSession:
        """The logged-in officer's session (tasks run only while one is logged in)."""
        ...

    def show(self, screen: Screen) -> None:
        """Bring `screen` up (officer mode's own idle time runs)."""

    def show_menu(self) -> None: ...

    def fail(self, error: Exception) -> None:
        """Show a refusal (anything unexpected logged, shown as the database's) on the outcome screen."""

    def refusal(self, error: Exception) -> KioskError:
        """`error` as the refusal to show in place: itself, or the database's for anything unexpected."""
        ...

    def done(self, action: str) -> Callable[[IssuedTicket], None]:
        """An answer handler: the outcome screen shows the ticket `action` ('issued', …) was about."""
        ...

    def ask(self, purpose: str, reasons: Sequence[str], then: Callable[[str], None], **kwargs: Any) -> None:
        """The reason screen (ui.officer.reasons); `then(reason)` once the officer chose one."""


class Task(QObject):
    """A menu task: `screens` (object name → screen) are added to the window by officer mode, `open()` runs
    when its tile is tapped, `reset()` when the officer is back at the menu or leaves."""

    def __init__(self, host: TaskHost, screens: dict[str, Screen]) -> None:
        super().__init__(host if isinstance(host, QObject) else None)  # its timers end with officer mode
        self.host = host
        self.ctx = host.ctx
        self.screens = screens

    def open(self) -> None:
        """Show the task's first screen."""
        self.host.show(next(iter(self.screens.values())))

    def reset(self) -> None:
        """Nothing typed stays behind."""
        for screen in self.screens.values():
            screen.clear()
