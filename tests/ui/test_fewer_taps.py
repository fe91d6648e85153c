"""Fewer taps: four taps from Home to a walk-in ticket besides the NIK's digits and the name's letters;
the NIK is checked (format and today's ticket) right after its 16th digit; a digit counter; Next only at
16 digits; the phone number optional from the confirmation."""

from __future__ import annotations

from kiosk.errors import KioskError
from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik
from tests.ui.conftest import Kiosk, OpenKiosk
from ui.widgets.key_grid import key_name

TARGET_TAPS = 4


class CountingKiosk:
    """Counts the taps that are not a NIK digit or a letter of the name."""

    def __init__(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk
        self.taps: list[str] = []

    def tap(self, name: str) -> None:
        self.taps.append(name)
        self.kiosk.tap(name)

    def type(self, text: str) -> None:
        for char in text:
            self.kiosk.tap(key_name(char))


def test_home_to_ticket_takes_four_taps_besides_typing(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    kiosk = open_kiosk(make_config())
    counting = CountingKiosk(kiosk)
    counting.tap("register")
    kiosk.wait_for("services")
    kiosk.qtbot.waitUntil(lambda: kiosk.button("service_new").isEnabled())
    counting.tap("service_new")
    kiosk.wait_for("nik")
    counting.type(make_nik(31))
    kiosk.wait_for("name")  # the NIK went on by itself once the core had checked it
    counting.type("SITI AMINAH")
    counting.tap("next")
    kiosk.wait_for("confirm")
    counting.tap("confirm")
    kiosk.wait_for("ticket")
    assert kiosk.text("ticket_number") == "A001"
    assert counting.taps == ["register", "service_new", "next", "confirm"]
    assert len(counting.taps) <= TARGET_TAPS


def test_nik_counter_and_next_only_at_sixteen(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    kiosk = open_kiosk(make_config())
    kiosk.choose_service()
    kiosk.wait_for("nik")
    nik = make_nik(32)
    kiosk.type(nik[:12])
    assert kiosk.text("counter") == "12 dari 16 angka"
    assert not kiosk.button("next").isEnabled()
    kiosk.type(nik[12:15])
    assert not kiosk.button("next").isEnabled()
    kiosk.type(nik[15])
    kiosk.wait_for("name")
    kiosk.tap("back")
    kiosk.wait_for("nik")
    assert kiosk.text("counter") == "16 dari 16 angka" and kiosk.button("next").isEnabled()


def test_a_wrong_nik_is_explained_at_the_sixteenth_digit(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    kiosk = open_kiosk(make_config())
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.type("99" + make_nik(33)[2:])  # no province 99
    assert kiosk.screen == "nik"
    assert (
        kiosk.text("error")
        == "NIK ini belum benar: angka ke-1 dan ke-2 salah. Lihat KTP Anda, lalu perbaiki."
    )
    assert kiosk.text("display") == "9901 " + " ".join(make_nik(33)[i : i + 4] for i in (4, 8, 12))


def test_a_nik_with_a_ticket_today_is_refused_before_the_name(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    kiosk = open_kiosk(make_config())
    nik = make_nik(34)
    first = kiosk.desk.issue("renewal", nik, "BUDI")
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.type(nik)
    kiosk.wait_for("message")
    assert kiosk.text("message_number") == first.label  # shown large, above the explanation
    assert kiosk.text("message") == KioskError("duplicate_nik", number=first.label).message("id")
    assert len(kiosk.desk.tickets.list_day()) == 1


def test_the_phone_number_is_added_from_the_confirmation(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    kiosk = open_kiosk(make_config())
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.type(make_nik(35))
    kiosk.wait_for("name")
    kiosk.type("ANI")
    kiosk.tap("next")
    kiosk.wait_for("confirm")
    assert kiosk.text("confirm_phone") == "Tidak diisi"
    kiosk.tap("add_phone")
    kiosk.wait_for("phone")
    kiosk.type("081234567890")
    kiosk.tap("next")
    kiosk.wait_for("confirm")
    assert kiosk.text("confirm_phone") == "081234567890"
    kiosk.tap("confirm")
    kiosk.wait_for("ticket")
    [ticket] = kiosk.desk.tickets.list_day()
    assert ticket.label == "A001"
