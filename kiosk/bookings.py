"""Bookings: what a booking says, what a QR claims about one, and the day list imported from the central
booking system (`kiosk bookings import`, CSV or JSON, all or nothing).

The NIK in an imported list is kept only as the ticket rules keep it: its HMAC key and last 4 digits.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass, fields
from datetime import date, time
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select

from kiosk.bounded_json import DECODER, JsonRefused, parse_bounded
from kiosk.config import Config
from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.models import ImportedBooking
from kiosk.nik import last4, nik_key, validate_nik
from kiosk.tickets import BookingRef, Clock, nik_secret, normalise_name, utc_now

# A booking code: the office code, a dash, 4 to 12 capitals or digits ('TGU-8F2K91'). A signed QR may
# carry any printable code of 4 to 32 characters: the booking system's codes are its own business.
BOOKING_CODE = re.compile(r"[A-Z]{2,5}-[0-9A-Z]{4,12}")
MAX_FILE_BYTES = 20_000_000  # a bookings file: 50,000 bookings are about 10 MB
MAX_PAYLOAD_BYTES = 2048  # a signed QR's payload (a QR holds at most about 3 KB)
_SPACE = re.compile(r"[\s,]*")
T = TypeVar("T")
IMPORT_FIELDS = ("code", "nik", "name", "service", "office", "date", "session_start", "session_end")


@dataclass(frozen=True)
class Booking:
    """One booked visit, from the imported list or from a signed QR; the fields are the table's columns."""

    code: str
    office_code: str
    day: date
    service_code: str
    session_start: time
    session_end: time
    name: str
    nik_last4: str
    nik_key: str | None = None  # None for a signed QR: it carries only the last 4 digits

    def ref(self) -> BookingRef:
        """What the ticket keeps of it."""
        return BookingRef(self.code, self.session_start, self.session_end, self.nik_key, self.nik_last4)


@dataclass(frozen=True)
class CodeClaim:
    """A QR holding only a booking code: the booking is looked up in the imported list."""

    code: str


@dataclass(frozen=True)
class SignedClaim:
    """A QR carrying a booking and a signature over `payload`: verify the signature first, then read
    the booking out of the payload (`booking`), so a signed payload is never called forged."""

    payload: bytes
    signature: bytes

    def booking(self) -> Booking:
        """The booking the payload holds; KioskError('booking_invalid') naming the field it cannot use."""
        try:
            fields = parse_bounded(self.payload.decode("utf-8"), MAX_PAYLOAD_BYTES)
            if not isinstance(fields, dict):
                raise FieldError("-", "harus objek JSON", "must be a JSON object")
            return read_booking(fields, signed=True)
        except UnicodeDecodeError:
            problem = FieldError("-", "bukan teks UTF-8", "is not UTF-8 text")
        except (FieldError, JsonRefused) as exc:
            problem = exc if isinstance(exc, FieldError) else FieldError("-", exc.problem_id, exc.problem_en)
        raise KioskError(
            "booking_invalid",
            field=problem.field,
            problem_id=problem.problem_id,
            problem_en=problem.problem_en,
        )


BookingClaim = CodeClaim | SignedClaim


class FieldError(ValueError):
    """One field of a booking is missing or bad; the problem is said in Bahasa Indonesia and English."""

    def __init__(self, field: str, problem_id: str, problem_en: str, line: int | None = None) -> None:
        super().__init__(f"{field}: {problem_en}")
        self.field = field
        self.problem_id = problem_id
        self.problem_en = problem_en
        self.line = line  # set when the problem is with the file rather than the row being read


def _text(row: Mapping[str, object], field: str) -> str:
    value = row.get(field)
    if value is None or value == "":
        raise FieldError(field, "tidak ada", "is missing")
    if not isinstance(value, str):
        raise FieldError(field, "harus teks", "must be text")
    return value.strip()


def _iso(row: Mapping[str, object], field: str, shape: str, pattern: str, parse: Callable[[str], T]) -> T:
    """A date or time field written exactly in `shape` ('YYYY-MM-DD', 'HH:MM')."""
    text = _text(row, field)
    try:
        if re.fullmatch(pattern, text):
            return parse(text)
    except ValueError:
        pass
    raise FieldError(
        field, f"harus ditulis {shape}, bukan {text!r}", f"must be written {shape}, not {text!r}"
    )


def _printable(row: Mapping[str, object], field: str, low: int, high: int) -> str:
    """A field a signed QR vouches for: `low` to `high` printable characters, no control characters."""
    text = _text(row, field)
    if not (low <= len(text) <= high and text.isprintable()):
        raise FieldError(
            field,
            f"harus {low}-{high} karakter yang dapat dicetak",
            f"must be {low} to {high} printable characters",
        )
    return text


def read_booking(row: Mapping[str, object], nik_key: str | None = None, *, signed: bool = False) -> Booking:
    """A Booking from the text fields code, office, date, session_start, session_end, service, name and
    nik_last4; raise FieldError naming the first bad field. A `signed` booking's code and name are the
    booking system's own: any printable text of 4-32 and 1-100 characters."""
    if signed:
        code = _printable(row, "code", 4, 32)
    elif not BOOKING_CODE.fullmatch(code := _text(row, "code")):
        raise FieldError("code", "harus seperti TGU-8F2K91", "must look like TGU-8F2K91")
    office = _text(row, "office")
    if not re.fullmatch(r"[A-Z]{2,5}", office):
        raise FieldError("office", "harus 2-5 huruf kapital", "must be 2-5 capital letters")
    day = _iso(row, "date", "YYYY-MM-DD", r"[0-9]{4}-[0-9]{2}-[0-9]{2}", date.fromisoformat)
    start, end = (
        _iso(row, f, "HH:MM", r"[0-9]{2}:[0-9]{2}", time.fromisoformat)
        for f in ("session_start", "session_end")
    )
    if end <= start:
        raise FieldError("session_end", "harus setelah session_start", "must be after session_start")
    service = _text(row, "service")
    try:
        name = " ".join(_printable(row, "name", 1, 100).upper().split()) if signed else None
        name = name or normalise_name(_text(row, "name"))
    except KioskError:
        raise FieldError(
            "name", "harus nama sesuai KTP, huruf saja", "must be the name as on the ID card, letters only"
        ) from None
    digits = _text(row, "nik_last4")
    if not re.fullmatch(r"[0-9]{4}", digits):
        raise FieldError("nik_last4", "harus 4 angka", "must be 4 digits")
    return Booking(code, office, day, service, start, end, name, digits, nik_key)


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int


def import_bookings(path: Path, config: Config, db: Database, clock: Clock = utc_now) -> ImportResult:
    """Store the bookings in `path` (CSV with a header row, or a JSON array of objects), all or none.

    A bad row raises KioskError('booking_file_invalid') naming the file, line and field, and nothing is
    stored. A booking already stored (same office, day and code) is updated if the file changed it, so
    importing the same file again changes nothing.
    """
    now = clock()
    with db.read() as session:
        secret = nik_secret(session)
    bookings = _read_file(path, config, secret, now.astimezone(config.office.timezone).date())
    added = updated = 0
    with db.write() as session:
        stored = {
            (row.code, row.day): row
            for row in session.scalars(
                select(ImportedBooking).where(
                    ImportedBooking.office_code == config.office.code,
                    ImportedBooking.day.in_({booking.day for booking in bookings}),
                )
            )
        }
        for booking in bookings:
            values = asdict(booking)
            row = stored.get((booking.code, booking.day))
            if row is None:
                session.add(ImportedBooking(**values, source="import", imported_at=now))
                added += 1
            elif any(getattr(row, name) != value for name, value in values.items()):
                for name, value in values.items():
                    setattr(row, name, value)
                row.imported_at = now
                updated += 1
    return ImportResult(added, updated, len(bookings) - added - updated)


def _read_file(path: Path, config: Config, secret: bytes, today: date) -> list[Booking]:
    """Every booking in the file, checked; raise KioskError('booking_file_invalid') at the first problem."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise KioskError("booking_file_too_large", file=str(path), size=size, limit=MAX_FILE_BYTES)
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeError) as exc:
        raise _invalid(
            path, 1, FieldError("-", f"tidak dapat dibaca ({exc})", f"cannot be read ({exc})")
        ) from None
    lines: dict[tuple[str, date], int] = {}
    bookings: list[Booking] = []
    line = 1
    try:
        for line, row in _json_rows(text) if text.lstrip()[:1] in ("[", "{") else _csv_rows(text):
            booking = _imported(row, config, secret, today)
            seen = lines.get((booking.code, booking.day))
            if seen is not None:
                raise FieldError(
                    "code",
                    f"kode ganda, sudah ada di baris {seen}",
                    f"duplicate code, already on line {seen}",
                )
            lines[(booking.code, booking.day)] = line
            bookings.append(booking)
    except FieldError as problem:
        raise _invalid(path, problem.line or line, problem) from None
    except JsonRefused as problem:
        raise _invalid(path, problem.line, FieldError("-", problem.problem_id, problem.problem_en)) from None
    return bookings


def _imported(row: Mapping[str, object], config: Config, secret: bytes, today: date) -> Booking:
    """One row of an imported list, checked; the NIK is replaced by its key and last 4 digits."""
    nik = _text(row, "nik")
    try:
        validate_nik(nik, today)
    except KioskError as exc:
        raise FieldError("nik", exc.params["reason_id"], exc.params["reason_en"]) from None
    booking = read_booking({**row, "nik_last4": last4(nik)}, nik_key(nik, secret))
    if booking.office_code != config.office.code:
        raise FieldError(
            "office",
            f"{booking.office_code} bukan kantor ini ({config.office.code})",
            f"{booking.office_code} is not this office ({config.office.code})",
        )
    if config.service(booking.service_code) is None:
        raise FieldError(
            "service",
            f"layanan {booking.service_code!r} tidak ada di konfigurasi kios",
            f"service {booking.service_code!r} is not in the kiosk's configuration",
        )
    return booking


def _invalid(path: Path, line: int, problem: FieldError) -> KioskError:
    return KioskError(
        "booking_file_invalid",
        file=str(path),
        line=line,
        field=problem.field,
        problem_id=problem.problem_id,
        problem_en=problem.problem_en,
    )


def _csv_rows(text: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, row) per data row; a header row names the columns, separated by commas or semicolons."""
    header = text.split("\n", 1)[0]
    reader = csv.DictReader(
        io.StringIO(text), delimiter=";" if header.count(";") > header.count(",") else ","
    )
    columns = [c.strip() for c in reader.fieldnames or []]
    for field in IMPORT_FIELDS:
        if field not in columns:
            raise FieldError(
                field, "kolom tidak ada di baris judul", "column is missing from the header row", 1
            )
    reader.fieldnames = columns
    try:
        for row in reader:
            yield reader.line_num, row
    except csv.Error as exc:  # a field over csv's size limit, a NUL byte
        raise FieldError(
            "-", f"bukan CSV yang dapat dibaca: {exc}", f"is not readable CSV: {exc}", reader.line_num
        ) from None


def _json_rows(text: str) -> Iterator[tuple[int, dict[str, object]]]:
    """(line where the object starts, object) per element of a JSON array; the whole text is parsed
    first within the bounds of kiosk/bounded_json.py, then again element by element for the lines."""
    if not isinstance(parse_bounded(text, MAX_FILE_BYTES), list):
        raise FieldError(
            "-", "harus larik JSON [ … ] berisi objek", "must be a JSON array [ … ] of objects", 1
        )
    pos = _skip_space(text, text.index("[") + 1)
    while text[pos] != "]":
        line = text.count("\n", 0, pos) + 1
        row, pos = DECODER.raw_decode(text, pos)
        if not isinstance(row, dict):
            raise FieldError("-", "harus objek JSON", "must be a JSON object", line)
        yield line, row
        pos = _skip_space(text, pos)


def _skip_space(text: str, pos: int) -> int:
    """The first position from `pos` on that is neither white space nor a comma."""
    match = _SPACE.match(text, pos)
    return match.end() if match else pos


def find_booking(db: Database, office_code: str, code: str, today: date) -> Booking | None:
    """The imported booking with `code`: today's if there is one, else the one nearest to today."""
    with db.read() as session:
        rows = session.scalars(
            select(ImportedBooking).where(
                ImportedBooking.office_code == office_code, ImportedBooking.code == code
            )
        ).all()
    if not rows:
        return None
    row = min(rows, key=lambda r: abs((r.day - today).days))
    return Booking(**{f.name: getattr(row, f.name) for f in fields(Booking)})
