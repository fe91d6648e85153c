"""The change feed for screens: a signal per batch of new entries, the waiting done off the GUI thread.

Usage (the counter console, the kiosk, the officer screens, the waiting-room display):

    watch = ChangeWatch(db, config.office.code, parent=window)
    watch.changed.connect(on_changes)      # list[ChangeEntry], oldest first, each entry exactly once
    watch.online_changed.connect(on_line)  # False while the database or the network is down
    watch.start()                          # stops by itself when `parent` is destroyed, or call stop()

Within a second of a commit anywhere (PostgreSQL: LISTEN/NOTIFY; SQLite: a 300 ms poll), and after an
outage every missed entry arrives in one batch (kiosk/change_listener.py). `kinds` filters the batch
(e.g. {"call", "recall"}); a batch left empty by the filter is not emitted. One window shares one watch
among its screens: each takes the kinds it cares for with `follow(kinds, slot)` (and a call as the feed
comes online), and `stop_on_close(window)`
ends the thread when the window closes (no thread outlives it, in tests either).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection

from PySide6.QtCore import QEvent, QObject, Signal

from kiosk.change_feed import ChangeEntry
from kiosk.change_listener import ChangeListener
from kiosk.db import Database


class ChangeWatch(QObject):
    """Runs a ChangeListener on a thread of its own and re-emits what it hears on the GUI thread."""

    changed = Signal(list)  # list[ChangeEntry]
    online_changed = Signal(bool)

    def __init__(
        self,
        db: Database,
        office_code: str,
        *,
        after: int | None = None,
        kinds: Collection[str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.listener = ChangeListener(db, office_code, after)
        self.kinds = frozenset(kinds) if kinds is not None else None
        self.online = True  # until the listener says otherwise: no reconnect note at start-up
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.destroyed.connect(self._stop.set)
        self._followers: list[tuple[frozenset[str], Callable[[list[ChangeEntry]], None]]] = []
        self.changed.connect(self._tell_followers)  # methods of this GUI-thread object: queued to it
        self.online_changed.connect(self._online_for_followers)

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="change-watch", daemon=True)
            self._thread.start()

    def follow(self, kinds: Collection[str], slot: Callable[[list[ChangeEntry]], None]) -> None:
        """Call `slot(entries)` on the GUI thread with each batch's entries of `kinds` (if any), and
        `slot([])` as the feed comes online: the listener starts from the head it first reads, so what
        changed between the screen's own first read and then is read again too."""
        self._followers.append((frozenset(kinds), slot))

    def _tell_followers(self, entries: list[ChangeEntry]) -> None:
        for kinds, slot in self._followers:
            mine = [e for e in entries if e.kind in kinds]
            if mine:
                slot(mine)

    def _online_for_followers(self, online: bool) -> None:
        if online:
            for _, slot in self._followers:
                slot([])

    def stop_on_close(self, window: QObject) -> None:
        """Stop when `window` closes (a close it refuses, e.g. a kiosk's for visitors, never reaches here)."""
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.stop()
        return False

    def stop(self) -> None:
        """Stop listening and wait for the thread (at most about a second)."""
        self._stop.set()
        self.listener.wake()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

    def _run(self) -> None:
        was_online: bool | None = None
        try:  # RuntimeError: the QObject was deleted under a running thread; nothing left to tell
            while not self._stop.is_set():
                entries = self.listener.wait(1.0)
                if self._stop.is_set():
                    break
                if self.listener.online != was_online:
                    was_online = self.listener.online
                    self._emit_online(was_online)
                if self.kinds is not None:
                    entries = [e for e in entries if e.kind in self.kinds]
                if entries:
                    self.changed.emit(entries)
        except RuntimeError:
            pass
        finally:
            self.listener.close()

    def _emit_online(self, online: bool) -> None:
        self.online = online
        self.online_changed.emit(online)
