"""A USB printer through pyusb, faked at pyusb's lowest layer (the backend, where libusb would be).

Everything above it is real: pyusb's device lookup, configuration, interface claim, bulk transfers and
timeouts, our UsbLink and the status queries. The device behind it is a PrinterBrain like the other peers.
"""

from __future__ import annotations

import array
import time
from types import SimpleNamespace as Descriptor

import pytest

pytest.importorskip("usb", reason="pyusb is not installed")
import usb.backend
import usb.core

from kiosk.config import ConfigError
from kiosk.layout import Qr, Text, TicketLayout
from kiosk.ports import PrinterError
from printing.escpos_render import escpos_bytes
from printing.printers import EscposPrinter, make_link, make_printer
from printing.usb_link import UsbLink
from tests.support.config_files import MakeConfig
from tests.support.printer_peer import PrinterBrain

EPSON, TM_T88V = 0x04B8, 0x0202
LAYOUT = TicketLayout(
    80, [Text("A001", "huge", bold=True), Qr("TGU-20261130-A001-ABC123"), Text("Kios front-1")]
)


class UsbPrinterBackend(usb.backend.IBackend):
    """A USB thermal printer faked at pyusb's lowest layer (its backend, where libusb would be): one
    device with a bulk OUT and a bulk IN endpoint, behind which a PrinterBrain prints and answers.
    Pass it as UsbLink(backend=...); `present = False` unplugs it, `stalled = True` stops it reading."""

    def __init__(
        self, vendor_id: int, product_id: int, status: str = "ok", in_ep: int = 0x82, out_ep: int = 0x01
    ) -> None:
        self.brain = PrinterBrain(status)
        self.present, self.stalled = True, False
        self.cable_pulled_after: int | None = None  # ticket bytes taken before the cable comes out
        self._taken = 0
        self.jobs: list[bytes] = []
        self.detached = False
        self._job = bytearray()
        self._answers = bytearray()
        self._configuration = 0
        self._device = Descriptor(
            bLength=18,
            bDescriptorType=1,
            bcdUSB=0x0200,
            bDeviceClass=0,
            bDeviceSubClass=0,
            bDeviceProtocol=0,
            bMaxPacketSize0=64,
            idVendor=vendor_id,
            idProduct=product_id,
            bcdDevice=0x0100,
            iManufacturer=0,
            iProduct=0,
            iSerialNumber=0,
            bNumConfigurations=1,
            address=5,
            bus=1,
            port_number=1,
            port_numbers=(1,),
            speed=3,
        )
        self._config = Descriptor(
            bLength=9,
            bDescriptorType=2,
            wTotalLength=32,
            bNumInterfaces=1,
            bConfigurationValue=1,
            iConfiguration=0,
            bmAttributes=0xC0,
            bMaxPower=50,
            extra_descriptors=[],
        )
        self._interface = Descriptor(
            bLength=9,
            bDescriptorType=4,
            bInterfaceNumber=0,
            bAlternateSetting=0,
            bNumEndpoints=2,
            bInterfaceClass=7,
            bInterfaceSubClass=1,
            bInterfaceProtocol=2,
            iInterface=0,
            extra_descriptors=[],
        )
        self._endpoints = [
            Descriptor(
                bLength=7,
                bDescriptorType=5,
                bEndpointAddress=ep,
                bmAttributes=2,
                wMaxPacketSize=64,
                bInterval=0,
                bRefresh=0,
                bSynchAddress=0,
                extra_descriptors=[],
            )
            for ep in (out_ep, in_ep)
        ]

    def enumerate_devices(self):  # type: ignore[no-untyped-def]
        return iter([self._device] if self.present else [])

    def get_device_descriptor(self, dev):  # type: ignore[no-untyped-def]
        return self._device

    def get_configuration_descriptor(self, dev, config):  # type: ignore[no-untyped-def]
        return self._config

    def get_interface_descriptor(self, dev, intf, alt, config):  # type: ignore[no-untyped-def]
        return self._interface

    def get_endpoint_descriptor(self, dev, ep, intf, alt, config):  # type: ignore[no-untyped-def]
        return self._endpoints[ep]

    def open_device(self, dev):  # type: ignore[no-untyped-def]
        return object()

    def close_device(self, dev_handle) -> None:  # type: ignore[no-untyped-def]
        pass

    def set_configuration(self, dev_handle, config_value) -> None:  # type: ignore[no-untyped-def]
        self._configuration = config_value

    def get_configuration(self, dev_handle) -> int:  # type: ignore[no-untyped-def]
        return self._configuration

    def claim_interface(self, dev_handle, intf) -> None:  # type: ignore[no-untyped-def]
        pass

    def release_interface(self, dev_handle, intf) -> None:  # type: ignore[no-untyped-def]
        pass

    def is_kernel_driver_active(self, dev_handle, intf) -> bool:  # type: ignore[no-untyped-def]
        return not self.detached  # usblp holds it until detached

    def detach_kernel_driver(self, dev_handle, intf) -> None:  # type: ignore[no-untyped-def]
        self.detached = True

    def _check(self, timeout: int) -> None:
        if not self.present:
            raise usb.core.USBError("No such device (it may have been disconnected)", errno=19)
        if self.stalled:
            time.sleep(timeout / 1000)
            raise usb.core.USBTimeoutError("Operation timed out", errno=110)

    def bulk_write(self, dev_handle, ep, intf, data, timeout) -> int:  # type: ignore[no-untyped-def]
        self._check(timeout)
        answers, parts = self.brain.feed(bytes(data))
        self._answers += answers
        for kind, chunk in parts:
            if kind == 0:
                self._job += chunk
                self._taken += len(chunk)
            elif self._job:
                self.jobs.append(bytes(self._job))
                self._job.clear()
        if self.cable_pulled_after is not None and self._taken >= self.cable_pulled_after:
            self.present = False
            raise usb.core.USBError("Input/Output Error", errno=5)
        return len(data)

    def bulk_read(self, dev_handle, ep, intf, buff, timeout) -> int:  # type: ignore[no-untyped-def]
        self._check(timeout)
        if not self._answers:
            raise usb.core.USBTimeoutError("Operation timed out", errno=110)
        size = min(len(buff), len(self._answers))
        buff[:size] = array.array("B", self._answers[:size])
        del self._answers[:size]
        return size


@pytest.fixture
def device() -> UsbPrinterBackend:
    return UsbPrinterBackend(EPSON, TM_T88V)


def usb_printer(device: UsbPrinterBackend, timeout: float = 0.3) -> EscposPrinter:
    return EscposPrinter(UsbLink(EPSON, TM_T88V, 0x82, 0x01, timeout, backend=device), "TM-T88V", True)


def test_usb_detaches_usblp_asks_prints_and_asks_again(device: UsbPrinterBackend) -> None:
    printer = usb_printer(device)
    printer.print_ticket(LAYOUT, "A001")
    assert device.detached and device.jobs == [escpos_bytes(LAYOUT, "TM-T88V")]
    assert device.brain.queries == [1, 4, 1, 4]
    assert printer.status().state == "ready"


@pytest.mark.parametrize("status", ["paper_out", "offline"])
def test_usb_paper_out_or_offline_is_known_before_anything_is_sent(
    device: UsbPrinterBackend, status: str
) -> None:
    device.brain.status = status
    with pytest.raises(PrinterError) as info:
        usb_printer(device).print_ticket(LAYOUT, "A001")
    assert info.value.status is not None and info.value.status.state == status
    assert device.jobs == [] and device.brain.queries[0] == 1


def test_usb_unplugged_stalled_or_pulled_mid_ticket_fails_within_the_timeout(
    device: UsbPrinterBackend,
) -> None:
    device.present = False
    with pytest.raises(PrinterError, match="not found"):
        usb_printer(device).print_ticket(LAYOUT, "A001")
    assert usb_printer(device).status().state == "offline"

    device.present, device.stalled = True, True
    started = time.monotonic()
    with pytest.raises(PrinterError):
        usb_printer(device, timeout=0.2).print_ticket(LAYOUT, "A001")
    assert time.monotonic() - started < 2

    device.stalled, device.cable_pulled_after = False, 10
    with pytest.raises(PrinterError, match="Input/Output"):
        usb_printer(device).print_ticket(LAYOUT, "A001")


def test_usb_config_makes_a_usb_link(make_config: MakeConfig) -> None:
    config = make_config(
        printer={
            "type": "usb",
            "usb_vendor_id": EPSON,
            "usb_product_id": TM_T88V,
            "usb_in_ep": 0x81,
            "usb_out_ep": 0x02,
            "timeout_seconds": 0.2,
        }
    )
    link = make_link(config.printer)
    assert isinstance(link, UsbLink) and (link.in_ep, link.out_ep, link.timeout) == (0x81, 0x02, 0.2)
    status = make_printer(config.printer).status()  # no printer here (and maybe no libusb): offline, not ok
    assert status.state == "offline" and status.warning_code == "printer_offline"


def test_win32raw_is_refused_off_windows(make_config: MakeConfig) -> None:
    config = make_config(printer={"type": "win32raw", "win32_printer": "EPSON TM-T88V Receipt"})
    with pytest.raises(ConfigError) as info:
        make_printer(config.printer)
    assert info.value.key == "printer.type" and "Windows" in info.value.problem
