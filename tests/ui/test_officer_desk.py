"""The assisted desk on the touchscreen: priority-lane registration (the NIK's suggestion preselected), an
override with a listed reason, a booking checked in by its typed code, reprints and cancellations, pausing a
service, today's figures. Real SQLite, real printing to a loopback printer, each action in the audit trail."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import Config
from kiosk.errors import KioskError
from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik
from tests.support.officer_mode import PIN, booked
from tests.support.printer_peer import LoopbackPrinter
from tests.ui.conftest import Kiosk, OpenKiosk
from tests.ui.test_officer_login import log_in, open_pin_pad, trail, try_pin, wait_for_record
from ui.officer.reasons import CANCEL_REASONS, REPRINT_REASONS

ELDERLY = make_nik(1, born="150850")
OFFICER = "BUDI SANTOSO"


@pytest.fixture
def printing(make_config: MakeConfig, loopback_printer: LoopbackPrinter) -> Config:
    return make_config(printer={"type": "network", "host": "127.0.0.1", "port": loopback_printer.port})


def register(kiosk: Kiosk, nik: str, name: str) -> None:
    """From the officer menu to the category step."""
    kiosk.tap("task_register")
    kiosk.wait_for("officer_nik")
    kiosk.type(nik)
    kiosk.tap("next")
    kiosk.wait_for("officer_name")
    kiosk.type(name)
    kiosk.tap("next")
    kiosk.wait_for("officer_category")


def test_a_priority_visitor_gets_the_suggested_category(
    printing: Config, open_kiosk: OpenKiosk, loopback_printer: LoopbackPrinter
) -> None:
    kiosk = open_kiosk(printing)
    log_in(kiosk)
    register(kiosk, ELDERLY, "SITI AMINAH")
    assert kiosk.button("category_elderly").isChecked()  # 76 years old by the NIK
    assert kiosk.text("category_visitor") == "************" + ELDERLY[-4:] + "  ·  SITI AMINAH"
    kiosk.tap("issue")
    kiosk.wait_for("officer_outcome")
    assert kiosk.text("outcome_number") == "P001"
    assert b"P001" in loopback_printer.wait_for_jobs(1)[0]
    assert wait_for_record(kiosk, "issue") == (
        "issue",
        OFFICER,
        {"number": "P001", "source": "assisted", "category": "elderly"},
    )
    kiosk.tap("menu")
    register(kiosk, make_nik(2), "RINA")  # 36 years old: no suggestion, the officer chooses
    assert not any(kiosk.button(f"category_{c}").isChecked() for c in ("elderly", "child"))
    assert not kiosk.button("issue").isEnabled()
    kiosk.tap("category_pregnancy")
    kiosk.tap("issue")
    kiosk.wait_for("officer_outcome")
    assert kiosk.text("outcome_number") == "P002"
    assert trail(kiosk.desk.tickets.db)[-1][2]["category"] == "pregnancy"


def test_a_refused_duplicate_can_be_overridden_with_a_listed_reason(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    config = make_config()
    kiosk = open_kiosk(config)
    first = kiosk.desk.issue("new", ELDERLY, "SITI")
    log_in(kiosk)
    register(kiosk, ELDERLY, "SITI")
    kiosk.tap("issue")
    kiosk.wait_for("officer_reasons")
    assert kiosk.text("reason_message") == KioskError("duplicate_nik", number=first.label).message("id")
    reason = config.officer.override_reasons[2]
    kiosk.tap("reason_2")
    kiosk.wait_for("officer_outcome")
    assert kiosk.text("outcome_number") == "P001"
    assert wait_for_record(kiosk, "issue")[2] == {
        "number": "P001",
        "source": "assisted",
        "category": "elderly",
        "override": reason,
    }


def test_a_booking_is_checked_in_by_its_typed_code(
    make_config: MakeConfig, open_kiosk: OpenKiosk, tmp_path: Path
) -> None:
    kiosk = open_kiosk(make_config())
    booked(kiosk.desk, tmp_path, "TGU-8F2K91")
    log_in(kiosk)
    kiosk.tap("task_check_in")
    kiosk.wait_for("officer_booking")
    kiosk.type("ZZZZ99")
    kiosk.tap("next")
    unknown = KioskError("booking_unknown", booking="TGU-ZZZZ99").message("id")
    kiosk.qtbot.waitUntil(lambda: kiosk.text("error") == unknown)
    for _ in range(6):
        kiosk.tap("key_backspace")
    kiosk.type("8F2K91")
    kiosk.tap("next")
    kiosk.wait_for("officer_outcome")
    assert kiosk.text("outcome_number") == "B001"
    record = wait_for_record(kiosk, "check_in")
    assert record[1] == OFFICER and record[2]["number"] == "B001"


def test_a_second_reprint_asks_for_a_reason(
    printing: Config, open_kiosk: OpenKiosk, loopback_printer: LoopbackPrinter
) -> None:
    kiosk = open_kiosk(printing)
    kiosk.desk.issue("renewal", make_nik(3), "ANI")
    log_in(kiosk)
    for reprint in (1, 2):
        kiosk.tap("task_tickets")
        kiosk.wait_for("officer_tickets")
        kiosk.qtbot.waitUntil(lambda: kiosk.window.officer.tasks["tickets"].tickets.tickets is not None)
        kiosk.tap("ticket_B001")
        assert "B001" in kiosk.text("ticket_details")
        kiosk.tap("reprint")
        if reprint == 2:
            kiosk.wait_for("officer_reasons")
            assert "B001" in kiosk.text("reason_message")
            kiosk.tap("reason_1")
        kiosk.wait_for("officer_outcome")
        assert kiosk.text("outcome_number") == "B001"
        kiosk.tap("menu")
    assert len(loopback_printer.wait_for_jobs(3)) == 3
    reprints = [data for action, _, data in trail(kiosk.desk.tickets.db) if action == "reprint"]
    assert reprints == [
        {"number": "B001", "source": "walkin", "reprint": 1},
        {"number": "B001", "source": "walkin", "reprint": 2, "reason": REPRINT_REASONS[1]},
    ]


def test_a_ticket_is_cancelled_by_its_typed_number(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    kiosk = open_kiosk(make_config())
    kiosk.desk.issue("new", make_nik(4), "ANI")
    log_in(kiosk)
    kiosk.tap("task_tickets")
    kiosk.wait_for("officer_tickets")
    kiosk.tap("type_number")
    kiosk.wait_for("officer_number")
    kiosk.type("A9")
    kiosk.tap("next")
    unknown = KioskError("unknown_ticket", ticket="A9").message("id")
    kiosk.qtbot.waitUntil(lambda: kiosk.text("error") == unknown)
    kiosk.tap("key_backspace")
    kiosk.type("001")
    kiosk.tap("next")
    kiosk.wait_for("officer_tickets")
    kiosk.qtbot.waitUntil(lambda: kiosk.button("ticket_A001").isChecked())
    kiosk.tap("cancel_ticket")
    kiosk.wait_for("officer_reasons")
    kiosk.tap("reason_3")
    kiosk.wait_for("officer_outcome")
    assert kiosk.text("outcome_number") == "A001"
    assert kiosk.desk.tickets.list_day()[0].status == "cancelled"
    assert wait_for_record(kiosk, "cancel")[1:] == (
        OFFICER,
        {"number": "A001", "source": "walkin", "reason": CANCEL_REASONS[3]},
    )
    kiosk.tap("menu")
    kiosk.tap("task_tickets")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.officer.tasks["tickets"].tickets.tickets is not None)
    assert not kiosk.button("ticket_A001").isEnabled()  # cancelled: nothing more to do with it


def test_a_paused_service_is_unavailable_to_visitors_until_resumed(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    kiosk = open_kiosk(make_config(kiosk={"language": "en"}))
    officer = log_in(kiosk)
    kiosk.tap("task_services")
    kiosk.qtbot.waitUntil(lambda: kiosk.text("state_new") == "Taking visitors")
    kiosk.tap("pause_new")
    kiosk.qtbot.waitUntil(lambda: kiosk.text("state_new") == "Paused")
    assert trail(kiosk.desk.tickets.db)[-1][:2] == ("pause", officer)
    kiosk.tap("menu")
    kiosk.tap("logout")
    kiosk.wait_for("home")
    kiosk.tap("language_en")
    kiosk.tap("register")
    kiosk.wait_for("services")
    kiosk.qtbot.waitUntil(lambda: kiosk.button("service_renewal").isEnabled())
    assert not kiosk.button("service_new").isEnabled()
    assert "Paused for now. Please see the officer." in kiosk.texts()

    open_pin_pad(kiosk)
    try_pin(kiosk, officer, PIN)
    kiosk.wait_for("officer_home")
    kiosk.tap("task_services")
    kiosk.qtbot.waitUntil(lambda: kiosk.text("state_new") == "Paused")
    kiosk.tap("pause_new")  # now labelled Resume
    kiosk.qtbot.waitUntil(lambda: kiosk.text("state_new") == "Taking visitors")
    assert trail(kiosk.desk.tickets.db)[-1][:2] == ("resume", officer)
    kiosk.tap("menu")
    kiosk.tap("logout")
    kiosk.wait_for("home")
    kiosk.choose_service("new")
    kiosk.wait_for("nik")


def test_today_shows_the_figures_per_service_with_a_chart(
    make_config: MakeConfig, open_kiosk: OpenKiosk, tmp_path: Path
) -> None:
    kiosk = open_kiosk(make_config())
    desk = kiosk.desk
    desk.issue("new", make_nik(1), "ANI")
    desk.issue("new", make_nik(2), "INA")
    checkin = booked(desk, tmp_path, "TGU-8F2K91")
    desk.print(checkin.check_in("TGU-8F2K91"))
    log_in(kiosk)
    kiosk.tap("task_tickets")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.officer.tasks["tickets"].tickets.tickets is not None)
    kiosk.tap("ticket_A002")
    kiosk.tap("cancel_ticket")
    kiosk.tap("reason_0")
    kiosk.wait_for("officer_outcome")
    kiosk.tap("menu")
    kiosk.tap("task_today")
    kiosk.wait_for("officer_today")
    kiosk.qtbot.waitUntil(lambda: kiosk.text("today_new_issued") == "2")
    figures = {
        (code, figure): kiosk.text(f"today_{code}_{figure}")
        for code in ("new", "renewal")
        for figure in ("issued", "checked_in", "cancelled", "places_left")
    }
    assert figures == {
        ("new", "issued"): "2",
        ("new", "checked_in"): "0",
        ("new", "cancelled"): "1",
        ("new", "places_left"): "98",
        ("renewal", "issued"): "1",
        ("renewal", "checked_in"): "1",
        ("renewal", "cancelled"): "0",
        ("renewal", "places_left"): "99",
    }
    chart = kiosk.window.officer.tasks["today"].today.chart
    assert [g.values["issued"] for g in chart.groups] == [2, 1, 0, 0]
    picture = chart.grab().toImage()
    assert picture.width() > 400 and picture.pixelColor(picture.width() // 8, picture.height() - 90).isValid()
