"""A USB printer through pyusb (libusb): bulk OUT for the ticket, bulk IN for status answers.

On Linux the `usblp` kernel driver may hold the printer; it is detached for the time of a ticket
(needs write access to the device: see deploy/linux/99-kiosk-printer.rules and docs/printers.md).
"""

from __future__ import annotations

import contextlib
import errno
from typing import Any

from printing.links import Link

INTERFACE = 0


class UsbLink(Link):
    """The printer found by vendor and product id; `backend` is pyusb's (None: libusb found by pyusb)."""

    two_way = True

    def __init__(
        self, vendor_id: int, product_id: int, in_ep: int, out_ep: int, timeout: float, backend: Any = None
    ) -> None:
        self.vendor_id, self.product_id, self.in_ep, self.out_ep = vendor_id, product_id, in_ep, out_ep
        self.timeout = timeout
        self.backend = backend
        self.target = f"USB {vendor_id:04x}:{product_id:04x}"
        self._device: Any = None

    def open(self) -> None:
        import usb.core
        import usb.util

        try:
            device = usb.core.find(idVendor=self.vendor_id, idProduct=self.product_id, backend=self.backend)
        except usb.core.NoBackendError:
            raise OSError(
                errno.ENOSYS, "libusb is not installed (Debian: apt install libusb-1.0-0)"
            ) from None
        if device is None:
            raise OSError(errno.ENODEV, f"{self.target} not found: switched off, unplugged or no permission")
        try:
            if device.is_kernel_driver_active(INTERFACE):
                device.detach_kernel_driver(INTERFACE)  # usblp holds it on Linux
        except NotImplementedError:
            pass
        try:
            device.get_active_configuration()
        except usb.core.USBError:
            device.set_configuration()
        usb.util.claim_interface(device, INTERFACE)
        self._device = device

    def _ms(self) -> int:
        """What is left of the session, in pyusb's milliseconds."""
        return max(1, round(self.left() * 1000))

    def write(self, data: bytes) -> None:
        import usb.core

        try:
            self._device.write(self.out_ep, data, self._ms())
        except usb.core.USBTimeoutError as exc:
            raise TimeoutError(f"{self.target}: the printer took no data within {self.timeout:g} s") from exc

    def read(self, size: int) -> bytes:
        import usb.core

        try:
            return bytes(self._device.read(self.in_ep, max(size, 64), self._ms()))[:size]
        except usb.core.USBTimeoutError:
            return b""

    def drain(self) -> None:
        import usb.core

        try:
            while self._device.read(self.in_ep, 64, 1):
                pass
        except usb.core.USBTimeoutError:
            pass

    def close(self) -> None:
        import usb.util

        device, self._device = self._device, None
        if device is None:
            return
        with contextlib.suppress(OSError):
            usb.util.release_interface(device, INTERFACE)
        usb.util.dispose_resources(device)
