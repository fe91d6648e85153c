"""The kiosk shows the real line: waiting counts and the wait estimate on the service screen, the expected
call time on the ticket screen and on the printed ticket, once the office has a figure."""

from __future__ import annotations

from datetime import timedelta

from kiosk.calling import CallingService
from kiosk.office_time import format_clock, local
from kiosk.ticket_layout import ticket_layout
from tests.conftest import FixedClock, MakeConfig
from tests.support.calling_support import Issuer, counters_config
from tests.support.niks import make_nik
from tests.ui.conftest import OpenKiosk


def test_service_and_ticket_screens_show_the_wait(
    make_config: MakeConfig, open_kiosk: OpenKiosk, clock: FixedClock
) -> None:
    config = counters_config(make_config)
    kiosk = open_kiosk(config)
    calling = CallingService(config, kiosk.desk.tickets.db, clock)
    issue = Issuer(kiosk.desk.tickets, clock)
    for _ in range(8):
        issue("new")
    calling.sign_in(1, "SITI")
    for _ in range(5):  # five served in 4 minutes each: a median of 4
        calling.next(1)
        clock.now += timedelta(minutes=4)
        calling.finish(1)

    kiosk.choose_service("new")
    kiosk.wait_for("nik")
    kiosk.tap("back")
    kiosk.wait_for("services")
    detail = kiosk.button("service_new").detail
    kiosk.qtbot.waitUntil(lambda: "menunggu" in detail.text())
    assert "3 menunggu · ± 12 menit" in detail.text()  # 3 ahead × 4 min ÷ 1 open counter

    kiosk.tap("service_new")
    kiosk.wait_for("nik")
    kiosk.fill_in(make_nik(99))
    kiosk.tap("confirm")
    kiosk.wait_for("ticket")
    expected = format_clock(local(config.office, clock.now + timedelta(minutes=12)))
    assert kiosk.text("ticket_ahead") == f"Di depan Anda: 3 orang\nPerkiraan dipanggil ± {expected}"
    ticket = kiosk.desk.tickets.list_day()[-1]
    assert f"Perkiraan dipanggil ± {expected}" in ticket_layout(ticket, config).texts()
    assert expected.endswith("WIB")
