"""Home warns visitors while the printer cannot print (paper out, switched off, asked but silent), before
they register; the warning goes away by itself when the printer is back. Real printers on loopback."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kiosk.config import ConfigError
from kiosk.printer_status import PrinterStatus
from tests.support.config_files import MakeConfig
from tests.support.printer_peer import LoopbackPrinter, SerialPrinter
from tests.ui.conftest import Kiosk, OpenKiosk
from ui.hardware_watch import printer_alert
from ui.style import MIN_TOUCH_PX

POLL = {"status_poll_seconds": 1, "timeout_seconds": 0.3}
PAPER_OUT_ID = "Kertas printer tiket habis."
PAPER_OUT_EN = "The ticket printer is out of paper."
NOT_PRINTING_EN = "The ticket printer is not working."


def open_on(
    open_kiosk: OpenKiosk, make_config: MakeConfig, peer: LoopbackPrinter, **printer: object
) -> Kiosk:
    network = {"type": "network", "host": "127.0.0.1", "port": peer.port}
    return open_kiosk(make_config(printer={**network, **POLL, **printer}))


def warning(kiosk: Kiosk) -> QLabel:
    return kiosk.window.flow.home.printer_warning


def test_paper_out_is_shown_on_home_until_paper_is_loaded(
    make_config: MakeConfig, open_kiosk: OpenKiosk, peer: LoopbackPrinter
) -> None:
    peer.status = "paper_out"
    kiosk = open_on(open_kiosk, make_config, peer)
    kiosk.qtbot.waitUntil(warning(kiosk).isVisible, timeout=3000)
    assert kiosk.text("printer_warning") == (
        f"⚠ {PAPER_OUT_ID} Nomor tetap diberikan dan tampil di layar: foto nomor itu atau temui petugas."
    )
    assert not kiosk.window.flow.home.title.isVisible()  # the warning takes the welcome's place
    assert kiosk.button("register").isEnabled()  # numbers are still given
    kiosk.tap("language_en")
    assert kiosk.text("printer_warning") == (
        f"⚠ {PAPER_OUT_EN} You still get a number, shown on the screen: "
        "take a photo of it or see the officer."
    )

    peer.status = "ok"  # a new roll is in
    kiosk.qtbot.waitUntil(lambda: not warning(kiosk).isVisible(), timeout=3000)
    assert kiosk.window.flow.home.title.isVisible()


def test_a_printer_switched_off_or_silent_when_asked_is_not_printing(
    make_config: MakeConfig, open_kiosk: OpenKiosk, peer: LoopbackPrinter
) -> None:
    peer.refuse()
    kiosk = open_on(open_kiosk, make_config, peer, status_query=True)
    kiosk.tap("language_en")
    kiosk.qtbot.waitUntil(warning(kiosk).isVisible, timeout=3000)
    assert NOT_PRINTING_EN in kiosk.text("printer_warning")
    peer.status = "silent"  # on again, but it never answers DLE EOT: tickets would not be sent to it
    peer.serve()
    kiosk.qtbot.wait(1500)
    assert warning(kiosk).isVisible() and NOT_PRINTING_EN in kiosk.text("printer_warning")
    assert kiosk.window.watch.printer.status.state == "unknown"


def test_a_serial_printer_that_is_not_asked_gets_no_warning(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    """`status_query = false`: the port opens but cannot say more ('unknown'); tickets are sent anyway,
    so visitors are not warned."""
    pytest.importorskip("serial")
    printer = SerialPrinter(status="silent")
    try:
        config = make_config(
            printer={"type": "serial", "serial_device": printer.device, "status_query": False, **POLL}
        )
        kiosk = open_kiosk(config)
        watch = kiosk.window.watch.printer
        kiosk.qtbot.waitUntil(lambda: watch.status is not None, timeout=3000)
        assert watch.status.state == "unknown" and not warning(kiosk).isVisible()
    finally:
        printer.close()


@pytest.mark.parametrize(
    ("status", "asked", "alert"),
    [
        (PrinterStatus(True, "ok"), True, None),
        (PrinterStatus(True, "low"), True, None),  # still prints: the officer's business
        (PrinterStatus(True, "unknown"), False, None),  # a spooler or file: 'online'
        (PrinterStatus(True, "out"), True, "paper_out"),
        (PrinterStatus(False, "out"), True, "paper_out"),
        (PrinterStatus(False, "unknown"), False, "not_printing"),  # cannot even connect
        (PrinterStatus.unknown("no answer"), True, "not_printing"),  # asked, silent: nothing is sent
        (PrinterStatus.unknown("serial port"), False, None),  # not asked: sent blind
    ],
)
def test_which_printer_states_warn_visitors(status: PrinterStatus, asked: bool, alert: str | None) -> None:
    assert printer_alert(status, asked) == alert


@pytest.mark.parametrize("larger_text", [False, True])
def test_home_with_the_warning_is_readable_and_fits_1024x768(
    make_config: MakeConfig, open_kiosk: OpenKiosk, larger_text: bool
) -> None:
    kiosk = open_kiosk(make_config())
    kiosk.window.watch.stop()  # the preview printer would clear the warning set below
    home = kiosk.window.flow.home
    kiosk.window.set_larger_text(larger_text)
    for alert in ("paper_out", "not_printing"):
        for language in ("id", "en"):
            kiosk.window.flow.set_language(language)
            home.set_printer_alert(alert)
            kiosk.window.resize(1024, 768)
            QApplication.processEvents()
            banner = home.printer_warning
            assert banner.font().pixelSize() >= 28
            assert banner.height() >= banner.heightForWidth(banner.width()), "the warning is cut off"
            assert banner.geometry().bottom() < home.register.geometry().top()
            assert home.register.height() >= MIN_TOUCH_PX and home.booking.height() >= MIN_TOUCH_PX
            assert home.larger_text.geometry().bottom() <= home.height()
            needed = home.minimumSizeHint()
            assert needed.width() <= 1024 and needed.height() <= 768, f"{alert}/{language}: {needed}"
            for button in home.findChildren(QPushButton):
                assert not button.isVisible() or button.height() >= MIN_TOUCH_PX


@pytest.mark.parametrize(
    ("section", "key", "value"),
    [("printer", "status_poll_seconds", 0), ("database", "check_seconds", 301)],
)
def test_poll_intervals_are_checked(make_config: MakeConfig, section: str, key: str, value: float) -> None:
    with pytest.raises(ConfigError) as error:
        make_config(**{section: {key: value}})
    assert error.value.key == f"{section}.{key}"
