"""Officer mode's tasks: one controller per menu tile, and the defects of issue 10 item 14 — a second change
while one ran was dropped (the category screen stuck on "Issuing…"), the queue-number keypad stopped at four
characters while quotas reach A1000."""

from __future__ import annotations

import threading

import pytest

from kiosk.models import TicketCounter
from kiosk.officers import OfficerSession
from tests.conftest import MakeConfig
from tests.support.niks import make_nik
from tests.ui.conftest import OpenKiosk
from tests.ui.test_officer_desk import ELDERLY, register
from tests.ui.test_officer_login import log_in
from ui.officer.menu import TASKS as TILES
from ui.officer.tasks import TASKS

WAIT_S = 10


def test_every_menu_tile_opens_its_own_task(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    assert list(TASKS) == list(TILES)
    kiosk = open_kiosk(make_config())
    officer = kiosk.window.officer
    assert officer is not None
    log_in(kiosk)
    for name, task in officer.tasks.items():
        kiosk.tap(f"task_{name}")
        assert kiosk.window.current() in task.screens.values()
        kiosk.window.settle()
        officer.show_menu()


def test_a_change_asked_for_while_another_runs_waits_and_is_done(
    make_config: MakeConfig, open_kiosk: OpenKiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pause still being stored when the officer issues a priority number: the number is issued after it,
    the category screen shows "Issuing…" meanwhile, and the outcome follows (once, for the right visitor)."""
    kiosk = open_kiosk(make_config(kiosk={"language": "en"}))
    officer = kiosk.window.officer
    assert officer is not None
    release = threading.Event()
    pause = officer.assisted.pause

    def slow_pause(session: OfficerSession, code: str) -> bool:
        assert release.wait(WAIT_S)
        return pause(session, code)

    monkeypatch.setattr(officer.assisted, "pause", slow_pause)
    log_in(kiosk)
    kiosk.tap("task_services")
    kiosk.qtbot.waitUntil(lambda: kiosk.text("state_new") == "Taking visitors")
    kiosk.tap("pause_new")  # stored on a worker, held there
    kiosk.tap("menu")
    register(kiosk, ELDERLY, "SITI AMINAH")
    kiosk.tap("issue")
    assert kiosk.button("issue").text() == "Issuing…" and not kiosk.button("back").isEnabled()
    kiosk.qtbot.wait(200)
    assert kiosk.screen == "officer_category"  # waiting its turn, not dropped
    release.set()
    kiosk.wait_for("officer_outcome")
    assert kiosk.text("outcome_number") == "P001"
    assert [t.label for t in kiosk.desk.tickets.list_day()] == ["P001"]
    kiosk.tap("menu")
    register(kiosk, make_nik(2), "RINA")
    assert kiosk.button("issue").text() == "Issue priority number"  # nothing left busy


def test_a_failed_change_frees_its_screen(
    make_config: MakeConfig, open_kiosk: OpenKiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    kiosk = open_kiosk(make_config(kiosk={"language": "en"}))
    officer = kiosk.window.officer
    assert officer is not None

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(officer.assisted, "register", broken)
    log_in(kiosk)
    register(kiosk, ELDERLY, "SITI AMINAH")
    kiosk.tap("issue")
    kiosk.wait_for("officer_outcome")
    kiosk.tap("menu")
    register(kiosk, ELDERLY, "SITI AMINAH")
    assert kiosk.button("issue").isEnabled() and kiosk.button("issue").text() == "Issue priority number"


def test_a_four_digit_queue_number_is_typed_and_found(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    """Quotas reach 9999: the keypad takes as many characters as the core's one number pattern allows."""
    service = {"code": "new", "prefix": "A", "daily_quota": 1000, "name_id": "Paspor", "name_en": "Passport"}
    kiosk = open_kiosk(make_config(kiosk={"language": "en"}, services=[service]))
    tickets = kiosk.desk.tickets
    office, today = tickets.config.office.code, tickets.today()
    with tickets.db.write() as session:  # 999 numbers given today already
        session.add(TicketCounter(office_code=office, service_code="new", day=today, last_number=999))
    assert kiosk.desk.issue("new", make_nik(3), "ANI").label == "A1000"
    log_in(kiosk)
    kiosk.tap("task_tickets")
    kiosk.wait_for("officer_tickets")
    kiosk.tap("type_number")
    kiosk.wait_for("officer_number")
    kiosk.type("A1000")
    assert kiosk.window.current().value == "A1000"
    kiosk.tap("next")
    kiosk.wait_for("officer_tickets")
    kiosk.qtbot.waitUntil(lambda: "A1000" in kiosk.text("ticket_details"))
