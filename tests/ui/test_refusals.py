"""Every refusal is shown in the visitor's language, with the way forward, keeping what was typed."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from kiosk.errors import KioskError
from kiosk.nik import validate_nik
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik
from tests.ui.conftest import OpenKiosk
from tests.ui.test_services import ONE_PLACE_EACH


def _refusal(call: Callable[..., object], *args: object) -> KioskError:
    with pytest.raises(KioskError) as caught:
        call(*args)
    return caught.value


def test_an_invalid_nik_is_explained_inline_and_kept(
    make_config: MakeConfig, open_kiosk: OpenKiosk, clock: FixedClock
) -> None:
    kiosk = open_kiosk(make_config())
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.type("3201")
    assert kiosk.screen == "nik" and not kiosk.button("next").isEnabled()  # Next only at 16 digits
    kiosk.tap("key_clear")
    bad_province = "99" + make_nik(5)[2:]
    kiosk.type(bad_province)  # refused at the 16th digit, before anything else is typed
    assert kiosk.screen == "nik"
    assert kiosk.text("error") == _refusal(validate_nik, bad_province, clock().date()).message("id")
    assert "angka ke-1 dan ke-2" in kiosk.text("error")
    assert kiosk.text("display").replace(" ", "") == bad_province  # kept, to be corrected
    kiosk.tap("key_backspace")
    assert kiosk.text("error") == ""  # typing again clears the message


def test_an_empty_name_and_a_short_phone_are_explained(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    kiosk = open_kiosk(make_config())
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.type(make_nik(6))
    kiosk.wait_for("name")
    kiosk.type(" ")
    kiosk.tap("next")
    assert kiosk.text("error") == KioskError("invalid_name").message("id")
    kiosk.type("ANI")
    kiosk.tap("next")
    kiosk.wait_for("confirm")
    kiosk.tap("add_phone")
    kiosk.wait_for("phone")
    kiosk.type("0812")
    kiosk.tap("next")
    assert kiosk.text("error") == KioskError("invalid_phone").message("id")


def test_a_second_ticket_for_a_nik_shows_the_first_number(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    kiosk = open_kiosk(make_config())
    nik = make_nik(7)
    first = kiosk.desk.issue("renewal", nik, "BUDI")
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.type(nik)  # refused at once, before the name
    kiosk.wait_for("message")
    assert kiosk.text("message_number") == first.label  # shown large
    assert kiosk.text("message") == KioskError("duplicate_nik", number=first.label).message("id")
    assert first.label in kiosk.text("message")
    assert not kiosk.button("retry").isVisible()
    kiosk.tap("home")
    kiosk.wait_for("home")
    assert kiosk.window.ctx.visit.nik == ""


def test_the_last_place_taken_meanwhile_leads_to_another_service(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    kiosk = open_kiosk(make_config(services=ONE_PLACE_EACH))
    nik = make_nik(8)
    kiosk.choose_service("new")
    kiosk.wait_for("nik")
    kiosk.fill_in(nik)
    kiosk.desk.issue("new", make_nik(9), "BUDI")  # another kiosk takes the last place
    kiosk.tap("confirm")
    kiosk.wait_for("message")
    assert kiosk.text("message") == KioskError(
        "quota_exhausted", service_id="Paspor Baru", service_en="New passport"
    ).message("id")
    kiosk.tap("retry")
    kiosk.wait_for("services")
    kiosk.qtbot.waitUntil(lambda: kiosk.button("service_renewal").isEnabled())
    assert (
        "Nomor hari ini sudah habis. Sentuh untuk pesan jadwal." in kiosk.texts()
    )  # full: it offers a session
    kiosk.tap("service_renewal")
    kiosk.wait_for("nik")
    assert kiosk.text("display").replace(" ", "") == nik  # nothing typed is lost
    kiosk.tap("next")  # the NIK is kept: checked again
    kiosk.wait_for("name")
    kiosk.tap("next")
    kiosk.wait_for("confirm")
    kiosk.tap("confirm")
    kiosk.wait_for("ticket")
    assert kiosk.text("ticket_number") == "B001"


def test_register_while_closed_shows_the_next_opening(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    kiosk = open_kiosk(make_config(office={"opens": "00:00", "closes": "00:01"}))  # the clock says 09:00
    closed = _refusal(kiosk.desk.tickets.require_open)
    kiosk.tap("register")
    assert kiosk.screen == "message"
    assert kiosk.text("message") == closed.message("id")
    assert "Selasa, 1 Desember 2026 pukul 00:00 WIB" in kiosk.text("message")
    kiosk.tap("home")
    assert kiosk.screen == "home"


def test_closing_while_typing_is_refused_at_confirm(
    make_config: MakeConfig, open_kiosk: OpenKiosk, clock: FixedClock
) -> None:
    kiosk = open_kiosk(make_config(office={"opens": "07:30", "closes": "15:00"}))
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.fill_in(make_nik(10))
    clock.now = datetime(2026, 11, 30, 8, 30, tzinfo=UTC)  # 15:30 WIB
    kiosk.tap("confirm")
    kiosk.wait_for("message")
    assert kiosk.text("message") == _refusal(kiosk.desk.tickets.require_open).message("id")
    assert "hari ini" not in kiosk.text("message") and "Selasa" in kiosk.text("message")


def test_an_unexpected_failure_sends_the_visitor_to_the_officer(
    make_config: MakeConfig, open_kiosk: OpenKiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    kiosk = open_kiosk(make_config())
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.fill_in(make_nik(11))

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(kiosk.desk, "issue", broken)
    kiosk.tap("confirm")
    kiosk.wait_for("message")
    assert kiosk.text("message") == KioskError("database_unavailable").message("id")
    assert not kiosk.button("retry").isVisible()  # never re-submitted: the ticket may have been stored
    kiosk.tap("home")
    kiosk.wait_for("home")


def test_a_result_for_an_earlier_visit_is_not_shown_to_the_next(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    """The kiosk moved on (here: the idle reset) while a confirmed ticket was still being issued: the next
    visitor does not get the earlier visitor's ticket screen, and can confirm their own."""
    kiosk = open_kiosk(make_config())
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.fill_in(make_nik(21))
    flow = kiosk.window.flow
    kiosk.window.pool.setMaxThreadCount(1)
    kiosk.window.pool.start(lambda: time.sleep(0.5))  # the worker is busy: the confirmation waits for it
    kiosk.tap("confirm")
    flow.start_over(new_visitor=True)
    kiosk.window.pool.waitForDone()
    kiosk.qtbot.wait(100)
    assert kiosk.screen == "home"
    assert [t.label for t in kiosk.desk.tickets.list_day()] == ["A001"]  # issued, printed, in the list
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.fill_in(make_nik(22))
    kiosk.tap("confirm")
    kiosk.wait_for("ticket")
    assert kiosk.text("ticket_number") == "A002"
