"""What helps a visitor on every visitor screen: the top strip with "Call an officer" and the speaker
button (ui/widgets/visitor_bar.py), the help request behind it, and the spoken instructions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

from kiosk.ports import Speaker
from ui.change_watch import ChangeWatch
from ui.help_call import HelpCall
from ui.serving_now import ServingNow
from ui.style import screen_scale, stylesheet
from ui.voice_guide import VoiceGuide
from ui.widgets.idle import IdleWatcher
from ui.widgets.visitor_bar import VisitorBar

if TYPE_CHECKING:
    from ui.walkin import WalkInFlow
    from ui.window import KioskWindow


class VisitorAids(QObject):
    """The strip shows on the walk-in and check-in screens only (not on officer or out-of-service ones)."""

    def __init__(
        self, window: KioskWindow, flow: WalkInFlow, changes: ChangeWatch, speaker: Speaker | None = None
    ) -> None:
        super().__init__(window)
        self.setObjectName("visitor_aids")
        self.window = window
        self.flow = flow
        self.bar = VisitorBar()
        layout = window.layout()
        layout.insertWidget(layout.indexOf(window.stack), self.bar)
        self.help = HelpCall(window, self.bar, changes)
        self.serving = ServingNow(window, flow.home, changes)
        self.voice = VoiceGuide(window, flow, self.bar, speaker)
        # Home has no countdown (nothing typed to lose), but a visitor who chose English or larger text
        # there and walked away leaves them for the next: after the idle time Home quietly resets them.
        self.home_idle = IdleWatcher(window.ctx.config.kiosk.idle_seconds, self)
        self.home_idle.idle.connect(self._home_idle)
        window.stack.currentChanged.connect(self._screen_changed)
        window.installEventFilter(self)
        self._screen_changed()

    def start(self) -> None:
        self.help.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            # The strip follows the screen but not the larger-text choice: its buttons stay on one row.
            sheet = stylesheet(1.0, screen_scale(self.window.size()))
            if sheet != self.bar.styleSheet():
                self.bar.setStyleSheet(sheet)
        return False

    def _screen_changed(self) -> None:
        self.bar.setVisible(self.window.current() in self.flow.steps_by_name.values())
        self.home_idle.watch(self.window.current() is self.flow.home)

    def _home_idle(self) -> None:
        languages = self.window.ctx.languages
        if self.window.current() is self.flow.home and (
            languages.current != languages.default or self.window.larger_text
        ):
            self.flow.start_over(new_visitor=True)
