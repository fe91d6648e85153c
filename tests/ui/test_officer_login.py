"""Getting into officer mode and out of it: the corner hold and Ctrl+Alt+O, name + PIN, refusals that never
say which part was wrong, the lockout, the automatic logout, and a window visitors cannot close.

The helpers at the top are shared with the other test_officer_* modules."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kiosk import audit
from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.models import AuditRecord
from tests.support.config_files import MakeConfig
from tests.support.officer_mode import PIN
from tests.ui.conftest import Kiosk, OpenKiosk
from ui.officer import access

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def trail(db: Database) -> list[tuple[str, str | None, dict[str, object]]]:
    """The audit trail: (action, officer, data) per record, oldest first."""
    with db.read() as session:
        rows = session.scalars(select(AuditRecord).order_by(AuditRecord.seq)).all()
    return [(r.action, r.officer, audit.AuditEntry.of(r).data) for r in rows]


def wait_for_record(kiosk: Kiosk, action: str) -> tuple[str, str | None, dict[str, object]]:
    """The last audit record, once it is `action` (officer actions are stored off the GUI thread)."""
    db = kiosk.desk.tickets.db
    kiosk.qtbot.waitUntil(lambda: bool(trail(db)) and trail(db)[-1][0] == action)
    return trail(db)[-1]


def add_officer(kiosk: Kiosk, name: str = "Budi Santoso") -> str:
    return kiosk.window.officer.officers.add(name, PIN)


def open_pin_pad(kiosk: Kiosk) -> None:
    """Ctrl+Alt+O, then wait for the officers' names."""
    kiosk.qtbot.keyClick(kiosk.window, Qt.Key.Key_O, CTRL_ALT)
    kiosk.wait_for("officer_login")
    kiosk.qtbot.waitUntil(lambda: bool(kiosk.window.officer.login.names.buttons()))


def try_pin(kiosk: Kiosk, name: str, pin: str) -> None:
    kiosk.tap(f"officer_{name}")
    kiosk.type(pin)
    kiosk.tap("next")


def log_in(kiosk: Kiosk, name: str = "Budi Santoso") -> str:
    """Register officer `name`, log in on the PIN pad; returns the name as stored."""
    officer = add_officer(kiosk, name)
    open_pin_pad(kiosk)
    try_pin(kiosk, officer, PIN)
    kiosk.wait_for("officer_home")
    return officer


@pytest.fixture
def quick_hold(monkeypatch: pytest.MonkeyPatch) -> int:
    """The corner hold shortened from 3 s (set before the window is built); long enough that a busy
    machine running the whole suite does not stretch a short touch past it."""
    monkeypatch.setattr(access, "HOLD_MS", 1500)
    return 1500


def test_holding_the_top_left_corner_opens_the_pin_pad(
    make_config: MakeConfig, open_kiosk: OpenKiosk, quick_hold: int
) -> None:
    kiosk = open_kiosk(make_config())
    window = kiosk.window
    kiosk.qtbot.waitExposed(window)
    window.settle()  # touched once on screen: its first layout and paint do not run inside the hold
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(10, 10))
    kiosk.qtbot.wait(quick_hold // 10)
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(10, 10))
    kiosk.qtbot.wait(quick_hold)
    assert kiosk.screen == "home"  # a short touch is nothing
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(400, 400))
    kiosk.qtbot.wait(quick_hold * 2)
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(400, 400))
    assert kiosk.screen == "home"  # held elsewhere: nothing
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(10, 10))
    kiosk.wait_for("officer_login", timeout=quick_hold * 5)
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(10, 10))
    assert not window.officer.banner.isVisible()  # not logged in yet
    kiosk.tap("back")
    kiosk.wait_for("home")


def test_the_corner_hold_lasts_three_seconds_by_default() -> None:
    assert access.HOLD_MS == 3000


def test_ctrl_alt_o_opens_the_pin_pad_from_any_visitor_screen(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    kiosk = open_kiosk(make_config())
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.type("3201")
    kiosk.qtbot.keyClick(kiosk.window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert kiosk.screen == "nik"  # Ctrl+O alone is nothing
    kiosk.qtbot.keyClick(kiosk.window, Qt.Key.Key_O, CTRL_ALT)
    kiosk.wait_for("officer_login")
    assert kiosk.window.flow.nik.value == ""  # what the visitor typed is gone


def test_login_with_the_right_pin_shows_the_officer_menu_under_the_banner(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    kiosk = open_kiosk(make_config(kiosk={"language": "en"}))
    add_officer(kiosk, "Ani")
    officer = add_officer(kiosk)
    open_pin_pad(kiosk)
    assert [b.text() for b in kiosk.window.officer.login.names.buttons()] == ["ANI", "BUDI SANTOSO"]
    assert not kiosk.button("next").isEnabled()  # no name, no PIN yet
    kiosk.tap("officer_BUDI SANTOSO")
    kiosk.type(PIN[:5])
    assert not kiosk.button("next").isEnabled()  # a PIN has six digits or more
    assert kiosk.text("display") == "●" * 5  # never shown
    kiosk.type(PIN[5:])
    kiosk.tap("next")
    kiosk.wait_for("officer_home")
    banner = kiosk.window.officer.banner
    assert banner.isVisible() and "BUDI SANTOSO" in banner.text() and "OFFICER MODE" in banner.text()
    assert kiosk.window.officer.session.officer == officer
    assert trail(kiosk.desk.tickets.db)[-1] == ("login", officer, {})
    kiosk.tap("task_today")
    kiosk.wait_for("officer_today")
    assert banner.isVisible()  # on every officer screen
    kiosk.tap("menu")
    kiosk.tap("logout")
    kiosk.wait_for("home")
    assert not banner.isVisible()
    assert wait_for_record(kiosk, "logout") == ("logout", officer, {"reason": "manual"})


def test_a_wrong_pin_or_name_gets_one_answer_and_five_lock_the_name(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    kiosk = open_kiosk(make_config())
    officer = add_officer(kiosk)
    open_pin_pad(kiosk)
    try_pin(kiosk, officer, "111222")
    wrong = KioskError("login_failed").message("id")
    kiosk.qtbot.waitUntil(lambda: kiosk.text("error") == wrong)
    assert kiosk.text("display") == ""  # the PIN is cleared for the next try
    assert trail(kiosk.desk.tickets.db)[-1] == ("login_failed", officer, {"locked": False})

    def failures() -> list[dict]:
        return [data for action, _, data in trail(kiosk.desk.tickets.db) if action == "login_failed"]

    def answered(attempts: int) -> bool:  # refused, recorded, and the pad ready for the next PIN
        return len(failures()) == attempts and login.value == "" and not login.busy

    login = kiosk.window.officer.login
    for attempt in range(2, 5):
        kiosk.type("111222")
        kiosk.tap("next")
        kiosk.qtbot.waitUntil(lambda n=attempt: answered(n))
    kiosk.type("111222")
    kiosk.tap("next")
    locked = KioskError("officer_locked", minutes=5).message("id")
    kiosk.qtbot.waitUntil(lambda: kiosk.text("error") == locked and answered(5))
    kiosk.type(PIN)  # the right PIN does not help while locked
    kiosk.tap("next")
    kiosk.qtbot.waitUntil(lambda: kiosk.text("error") == locked)
    assert kiosk.screen == "officer_login" and kiosk.window.officer.session is None
    kiosk.qtbot.waitUntil(lambda: len(failures()) == 6)
    assert failures() == [{"locked": False}] * 4 + [{"locked": True}] * 2


def test_officer_mode_ends_by_itself_when_unused(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    kiosk = open_kiosk(make_config(officer={"idle_seconds": 3}))  # room for a busy machine
    officer = log_in(kiosk)
    kiosk.tap("task_services")
    kiosk.wait_for("officer_services")
    kiosk.wait_for("home", timeout=15000)
    assert kiosk.window.officer.session is None and not kiosk.window.officer.banner.isVisible()
    assert wait_for_record(kiosk, "logout") == ("logout", officer, {"reason": "timeout"})


def test_an_unused_pin_pad_goes_back_to_visitor_mode(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    kiosk = open_kiosk(make_config(officer={"idle_seconds": 3}))  # room for a busy machine
    add_officer(kiosk)
    open_pin_pad(kiosk)
    kiosk.tap("key_4")
    kiosk.wait_for("home", timeout=15000)
    assert trail(kiosk.desk.tickets.db)[-1][0] == "officer_added"  # no login, no logout


def test_visitors_cannot_close_the_window(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    kiosk = open_kiosk(make_config())
    window = kiosk.window
    assert not window.close()
    kiosk.qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    kiosk.qtbot.keyClick(window, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert window.isVisible() and kiosk.screen == "home"
    assert window.watch is not None and not window.watch.database.poll.stopped  # nothing shut down either


def test_leaving_the_kiosk_closes_it_and_is_audited(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    kiosk = open_kiosk(make_config())
    officer = log_in(kiosk)
    kiosk.tap("leave")
    kiosk.wait_for("officer_leave")
    kiosk.tap("menu")  # changed their mind
    kiosk.wait_for("officer_home")
    kiosk.tap("leave")
    kiosk.tap("leave_confirm")
    kiosk.qtbot.waitUntil(lambda: not kiosk.window.isVisible())
    assert trail(kiosk.desk.tickets.db)[-1] == ("exit", officer, {})
