"""The ticket as bytes and as a picture: one layout, both widths, the profile's cut and QR features."""

from __future__ import annotations

import numpy as np
import pytest
import zxingcpp
from PIL import Image

from kiosk.config import ConfigError
from kiosk.db import Database
from kiosk.layout import Qr, Rule, Text, TicketLayout
from kiosk.ticket_layout import late_note, ticket_layout
from kiosk.tickets import IssuedTicket, TicketService
from printing.escpos_render import RASTER, escpos_bytes
from printing.printers import make_printer
from printing.ticket_image import ticket_image
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik

NATIVE_QR = b"\x1d(k"
CUTS = (b"\x1dV\x00", b"\x1dV\x01")  # GS V full / partial cut


def issue(
    make_config: MakeConfig, clock: FixedClock, nik: int = 3, **printer: object
) -> tuple[IssuedTicket, TicketLayout]:
    """A ticket with a long name and service, and its layout with the printed-late note."""
    config = make_config(printer=printer)
    db = Database.open(config.database.url)
    ticket = TicketService(config, db, clock).issue(
        "lost-damaged", make_nik(nik), "Siti Nurhaliza Binti Abdullah"
    )
    db.dispose()
    return ticket, ticket_layout(ticket, config, (late_note(ticket, config, clock.now),))


def raster_images(data: bytes) -> list[Image.Image]:
    """Every GS v 0 raster image in an ESC/POS byte stream, as the printer would put it on paper."""
    images, at = [], data.find(RASTER)
    while at >= 0:
        width_bytes, height = (
            int.from_bytes(data[at + 4 : at + 6], "little"),
            int.from_bytes(data[at + 6 : at + 8], "little"),
        )
        start = at + 8
        bits = np.unpackbits(np.frombuffer(data[start : start + width_bytes * height], np.uint8))
        images.append(
            Image.fromarray(np.where(bits.reshape(height, width_bytes * 8), 0, 255).astype(np.uint8))
        )
        at = data.find(RASTER, start + width_bytes * height)
    return images


def dark_bands(image: Image.Image) -> int:
    """How many runs of rows carry ink: one per printed line, rule and QR code."""
    dark = (np.array(image) < 128).any(axis=1).astype(np.int8)
    return int(np.count_nonzero(np.diff(np.concatenate(([0], dark))) == 1))


@pytest.mark.parametrize(("width", "profile"), [(58, "POS-5890"), (80, "TM-T88V")])
def test_each_width_prints_the_layouts_lines_and_the_screen_draws_the_same(
    make_config: MakeConfig, clock: FixedClock, width: int, profile: str
) -> None:
    ticket, layout = issue(make_config, clock, width_mm=width, profile=profile)
    data = escpos_bytes(layout, profile, native_qr=True)
    lines = [line for block in layout.blocks if isinstance(block, Text) for line in layout.lines(block)]
    assert all(len(line) <= layout.columns for line in lines)
    for line in lines:
        assert (line + "\n").encode("ascii") in data, line
    assert "Dicetak ulang/terlambat" in " ".join(lines) and make_nik(3).encode() not in data

    image = ticket_image(layout)
    assert image.width == layout.dots == {58: 384, 80: 512}[width]
    assert dark_bands(image) == len(lines) + sum(isinstance(b, Rule | Qr) for b in layout.blocks)
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [ticket.ticket_id]


def test_each_width_wraps_to_its_own_columns(make_config: MakeConfig, clock: FixedClock) -> None:
    _, narrow = issue(make_config, clock, width_mm=58)
    _, wide = issue(make_config, clock, nik=4, width_mm=80)
    assert b"-" * 32 + b"\n" in escpos_bytes(narrow, "TM-T88V") and b"-" * 33 not in escpos_bytes(
        narrow, "TM-T88V"
    )
    assert b"-" * 42 + b"\n" in escpos_bytes(wide, "TM-T88V")


@pytest.mark.parametrize("width", [58, 80])
def test_image_qr_is_a_raster_the_width_of_the_paper_that_decodes(
    make_config: MakeConfig, clock: FixedClock, width: int
) -> None:
    ticket, layout = issue(make_config, clock, width_mm=width)
    data = escpos_bytes(layout, "TM-T88V", native_qr=False)
    assert NATIVE_QR not in data
    (qr,) = raster_images(data)
    assert qr.width == layout.dots
    assert [r.text for r in zxingcpp.read_barcodes(qr)] == [ticket.ticket_id]


def test_native_qr_carries_the_ticket_id(make_config: MakeConfig, clock: FixedClock) -> None:
    ticket, layout = issue(make_config, clock)
    data = escpos_bytes(layout, "TM-T88V", native_qr=True)
    assert NATIVE_QR in data and ticket.ticket_id.encode() in data and not raster_images(data)


def test_a_profile_without_qr_or_cutter_gets_an_image_and_a_tear_off_feed(
    make_config: MakeConfig, clock: FixedClock
) -> None:
    _, layout = issue(make_config, clock, width_mm=58, profile="POS-5890")
    data = escpos_bytes(layout, "POS-5890", native_qr=True)  # POS-5890 declares neither qrCode nor a cut
    assert NATIVE_QR not in data and len(raster_images(data)) == 1
    assert not any(cut in data for cut in CUTS) and data.endswith(b"\x1bd\x06")
    assert any(cut in escpos_bytes(layout, "TM-T88V") for cut in CUTS)


def test_unknown_profile_and_a_too_narrow_profile_are_config_errors(make_config: MakeConfig) -> None:
    with pytest.raises(ConfigError) as info:
        make_printer(make_config(printer={"profile": "TM-NOPE"}).printer)
    assert info.value.key == "printer.profile"
    with pytest.raises(ConfigError) as info:
        make_printer(make_config(printer={"profile": "POS-5890", "width_mm": 80}).printer)
    assert info.value.key == "printer.width_mm" and "384" in info.value.problem


@pytest.mark.parametrize(
    ("printer", "key"),
    [
        ({"type": "usb"}, "printer.usb_vendor_id"),
        ({"type": "usb", "usb_vendor_id": 0x04B8}, "printer.usb_product_id"),
        ({"type": "usb", "usb_vendor_id": 0x1_0000, "usb_product_id": 0x0202}, "printer.usb_vendor_id"),
        (
            {"type": "usb", "usb_vendor_id": 0x04B8, "usb_product_id": 0x0202, "usb_in_ep": 0x01},
            "printer.usb_in_ep",
        ),
        ({"type": "serial"}, "printer.serial_device"),
        ({"type": "serial", "serial_device": "/dev/ttyS0", "baudrate": 9601}, "printer.baudrate"),
        (
            {"type": "serial", "serial_device": "COM3", "serial_flow_control": "magic"},
            "printer.serial_flow_control",
        ),
        ({"type": "cups"}, "printer.cups_queue"),
        ({"type": "cups", "cups_queue": " "}, "printer.cups_queue"),
        ({"type": "win32raw"}, "printer.win32_printer"),
        ({"type": "network", "host": "10.0.0.9", "baudrate": 9600}, "printer.baudrate"),
        ({"type": "preview", "host": "10.0.0.9"}, "printer.host"),
        ({"status_query": "yes"}, "printer.status_query"),
        ({"retry_seconds": 0}, "printer.retry_seconds"),
    ],
)
def test_printer_keys_are_validated_by_name(
    make_config: MakeConfig, printer: dict[str, object], key: str
) -> None:
    with pytest.raises(ConfigError) as info:
        make_config(printer=printer)
    assert info.value.key == key


def test_each_type_reads_its_keys(make_config: MakeConfig) -> None:
    usb = make_config(printer={"type": "usb", "usb_vendor_id": 0x04B8, "usb_product_id": 0x0202}).printer
    assert (usb.usb_vendor_id, usb.usb_product_id, usb.usb_in_ep, usb.usb_out_ep) == (
        0x04B8,
        0x0202,
        0x82,
        0x01,
    )
    serial = make_config(printer={"type": "serial", "serial_device": "COM3", "baudrate": 38400}).printer
    assert (serial.serial_device, serial.baudrate, serial.serial_flow_control) == ("COM3", 38400, "none")
    assert make_config(printer={"type": "cups", "cups_queue": "TM88"}).printer.cups_queue == "TM88"
    assert make_config(printer={"type": "win32raw", "win32_printer": "EPSON TM-T88V"}).printer.win32_printer
    defaults = make_config().printer
    assert (defaults.status_query, defaults.retry_seconds, defaults.profile) == (True, 30.0, "TM-T88V")
