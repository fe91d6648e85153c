"""Printers behind the operating system's spooler: a CUPS queue (lp) or a Windows printer (win32print).

A spooler takes the job and prints it later, so it cannot say whether the paper came out; its state
is the queue's (enabled or stopped, and on Windows the driver's paper-out flag), the paper otherwise
unknown. Both send the ticket's bytes raw, unchanged by any driver.
"""

from __future__ import annotations

import errno
import shutil
import subprocess

from kiosk.printer_status import PrinterStatus
from printing.links import Link

JOB_TITLE = "kiosk ticket"


class CupsLink(Link):
    """A CUPS queue, through the `lp` and `lpstat` commands (cups-client); bounded by the timeout."""

    def __init__(self, queue: str, timeout: float) -> None:
        self.queue, self.timeout = queue, timeout
        self.target = f"CUPS queue {queue}"

    def _run(self, *args: str, data: bytes = b"") -> str:
        if shutil.which(args[0]) is None:
            raise OSError(errno.ENOENT, f"the {args[0]} command is missing (Debian: apt install cups-client)")
        try:
            done = subprocess.run(args, input=data, capture_output=True, timeout=self.left(), check=False)
        except subprocess.TimeoutExpired:
            raise TimeoutError(f"{self.target}: {args[0]} did not finish in {self.timeout:g} s") from None
        output = (done.stdout + done.stderr).decode(errors="replace").strip()
        if done.returncode != 0:
            raise OSError(f"{self.target}: {output or f'{args[0]} exited with {done.returncode}'}")
        return output

    def write(self, data: bytes) -> None:
        self._run("lp", "-d", self.queue, "-o", "raw", "-t", JOB_TITLE, data=data)

    def passive_status(self) -> PrinterStatus:
        try:
            answer = self._run("lpstat", "-p", self.queue)
        except OSError as exc:
            return PrinterStatus(False, "unknown", str(exc))
        first = answer.splitlines()[0] if answer else "no answer"
        return PrinterStatus("disabled" not in first, "unknown", f"{self.target}: {first}")


# win32print's printer status and attribute flags (winspool.h).
PRINTER_STATUS_PAUSED = 0x1
PRINTER_STATUS_ERROR = 0x2
PRINTER_STATUS_PAPER_JAM = 0x8
PRINTER_STATUS_PAPER_OUT = 0x10
PRINTER_STATUS_OFFLINE = 0x80
PRINTER_STATUS_NOT_AVAILABLE = 0x1000
PRINTER_ATTRIBUTE_WORK_OFFLINE = 0x400
_STOPPED = (
    PRINTER_STATUS_PAUSED
    | PRINTER_STATUS_ERROR
    | PRINTER_STATUS_PAPER_JAM
    | PRINTER_STATUS_OFFLINE
    | PRINTER_STATUS_NOT_AVAILABLE
)


def windows_status(name: str, status: int, attributes: int) -> PrinterStatus:
    """PrinterStatus from GetPrinter level 2's Status and Attributes."""
    online = not (status & _STOPPED or attributes & PRINTER_ATTRIBUTE_WORK_OFFLINE)
    paper = "out" if status & PRINTER_STATUS_PAPER_OUT else "unknown"
    return PrinterStatus(online, paper, f"{name}: spooler status 0x{status:x}, attributes 0x{attributes:x}")


class Win32Link(Link):
    """A printer installed in Windows, sent RAW through the spooler (pywin32's win32print)."""

    def __init__(self, printer_name: str) -> None:
        self.printer_name = printer_name
        self.target = f"Windows printer {printer_name!r}"

    def _printer(self):  # type: ignore[no-untyped-def]
        try:
            import pywintypes
            import win32print
        except ImportError:
            raise OSError(errno.ENOSYS, "the pywin32 package is not installed") from None
        try:
            return win32print, win32print.OpenPrinter(self.printer_name)
        except pywintypes.error as exc:
            raise OSError(f"{self.target}: {exc.strerror}") from None

    def write(self, data: bytes) -> None:
        import pywintypes

        win32print, handle = self._printer()
        try:
            win32print.StartDocPrinter(handle, 1, (JOB_TITLE, None, "RAW"))
            try:
                win32print.StartPagePrinter(handle)
                win32print.WritePrinter(handle, data)
                win32print.EndPagePrinter(handle)
            finally:
                win32print.EndDocPrinter(handle)
        except pywintypes.error as exc:
            raise OSError(f"{self.target}: {exc.strerror}") from None
        finally:
            win32print.ClosePrinter(handle)

    def passive_status(self) -> PrinterStatus:
        try:
            win32print, handle = self._printer()
        except OSError as exc:
            return PrinterStatus(False, "unknown", str(exc))
        try:
            info = win32print.GetPrinter(handle, 2)
        finally:
            win32print.ClosePrinter(handle)
        return windows_status(self.target, info["Status"], info["Attributes"])
