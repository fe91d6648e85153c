"""Voice guidance: each visitor screen's instruction is spoken (ui/voice_prompts.py) through the same voice
engine as the waiting-room display (voice/, a kiosk.ports.Speaker), in the visitor's language.

"Listen" says the current screen's instruction again (and turns the voice back on); "Silence" keeps the
kiosk quiet for the rest of this visitor's visit (what is being said finishes: the engine never cuts a
sentence). The next visitor hears it again. Off with `kiosk.voice_guidance = false`: no voice buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.ports import Speaker
from ui.voice_prompts import PROMPTS, prompt
from ui.widgets.visitor_bar import VisitorBar

if TYPE_CHECKING:
    from ui.walkin import WalkInFlow
    from ui.window import KioskWindow


class VoiceGuide(QObject):
    def __init__(
        self, window: KioskWindow, flow: WalkInFlow, bar: VisitorBar, speaker: Speaker | None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.flow = flow
        self.bar = bar
        self.speaker = speaker
        self.silenced = False
        bar.listen.connect(self.listen)
        bar.silence.connect(self.silence)
        window.stack.currentChanged.connect(lambda: self.say_screen())
        flow.home.language_chosen.connect(lambda _: self.say_screen())
        for new_visit in (flow.ticket.finished, window.timed_out):
            new_visit.connect(self.new_visitor)
        self._show_buttons()

    @property
    def available(self) -> bool:
        return self.speaker is not None

    def current_prompt(self) -> str | None:
        """The sentence for the screen shown now, in the visitor's language (None: nothing to say)."""
        screen = self.window.current()
        key, fields = screen.objectName(), {}
        language = self.window.ctx.language
        if screen is self.flow.ticket:
            if self.flow.ticket.ticket is None:
                return None
            key = "ticket_unprinted" if self.flow.ticket.print_failed else "ticket"
            fields = {"number": self.flow.ticket.ticket.label}
        elif screen is self.flow.message:
            if self.flow.message.error is None:
                return None
            fields = {"message": self.flow.message.error.message(language)}
        if key not in PROMPTS:
            return None
        return prompt(key, language, **fields)

    def say_screen(self) -> None:
        if not self.silenced:
            self._say()

    def listen(self) -> None:
        self.silenced = False
        self._show_buttons()
        self._say()

    def silence(self) -> None:
        self.silenced = True
        self._show_buttons()

    def new_visitor(self) -> None:
        self.silenced = False
        self._show_buttons()

    def _say(self) -> None:
        text = self.current_prompt() if self.speaker is not None else None
        if self.speaker is not None and text:
            self.speaker.say(text, self.window.ctx.language)

    def _show_buttons(self) -> None:
        self.bar.set_voice(available=self.available, on=not self.silenced)
