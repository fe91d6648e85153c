"""The booking slip's layout: one description the thermal printer and the screen both render.

It says the office, the service, the day and session in words, the booking code, what to bring, when to
arrive, that booking is free of charge and valid only for the person named, and carries the signed QR
that checks the visitor in on the day.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from kiosk.config import Config
from kiosk.nik import masked_last4
from kiosk.office_time import format_clock, local
from kiosk.session_booking import BookedSession
from kiosk.sessions import session_words
from kiosk.ticket_layout import Block, Qr, Rule, Text, TicketLayout

# What everyone brings when the service lists nothing of its own.
BRING_ID = ("KTP asli", "Kartu Keluarga (KK)", "Slip ini, atau QR-nya di ponsel")
BRING_EN = ("Original KTP (ID card)", "Family card (KK)", "This slip, or its QR on your phone")
LONG_QR = 400  # characters: a QR this long takes 5 dots per module on 80 mm paper, so it fits


def _say(language: str, id_text: str, en_text: str) -> str:
    return en_text if language == "en" else id_text


def qr_box(width_mm: int, text: str) -> int:
    """Dots per QR module so the slip's code fits the paper (80 mm: 512 dots, 58 mm: 384)."""
    if width_mm == 58:
        return 4
    return 6 if len(text) <= LONG_QR else 5


def slip_layout(
    booking: BookedSession, config: Config, language: str, notes: tuple[str, ...] = ()
) -> TicketLayout:
    """The slip as printed: office, service, session in words, code, who, when to arrive, what to bring,
    free of charge, the signed QR."""
    service = config.service(booking.service_code)
    service_name = service.name(language) if service else booking.service_code
    zone = config.office.timezone
    start = datetime.combine(booking.day, booking.session_start, tzinfo=zone)
    end = datetime.combine(booking.day, booking.session_end, tzinfo=zone)
    opens = start - timedelta(minutes=config.booking.early_minutes)
    closes = end + timedelta(minutes=config.booking.late_minutes)
    bring = (service.bring(language) if service else ()) or _say(language, BRING_ID, BRING_EN)
    blocks: list[Block] = [
        Text(config.office.name, bold=True),
        Rule(),
        Text(_say(language, "BUKTI BOOKING JADWAL", "SESSION BOOKING SLIP"), "small"),
        Text(service_name, "large", bold=True),
        Text(
            session_words(config, booking.day, booking.session_start, booking.session_end, language),
            bold=True,
        ),
        Text(_say(language, "Kode booking", "Booking code"), "small"),
        Text(booking.code, "large", bold=True),
        Text(_say(language, f"Nama: {booking.name}", f"Name: {booking.name}")),
        Text(f"NIK: {masked_last4(booking.nik_last4)}"),
    ]
    if booking.category:
        blocks.append(Text(_say(language, "Jalur prioritas", "Priority lane"), bold=True))
    blocks += [
        Text(
            _say(
                language,
                f"Datang pada hari itu, pukul {format_clock(opens)} sampai {format_clock(closes)}. "
                "Tunjukkan QR ini ke kamera kios untuk mengambil nomor antrean.",
                f"Come on that day between {format_clock(opens)} and {format_clock(closes)}. "
                "Show this QR to the kiosk's camera to take your queue number.",
            )
        ),
        Text(_say(language, "Bawa:", "Bring:"), bold=True),
        *(Text(f"- {item}") for item in bring),
        *(Text(note, bold=True) for note in notes),
        Rule(),
        Qr(booking.qr, qr_box(config.printer.width_mm, booking.qr)),
        Text(
            _say(
                language,
                "GRATIS, tanpa biaya apa pun. Hanya berlaku untuk orang yang namanya tertera; "
                "jangan membeli atau menjual jadwal.",
                "FREE of charge. Valid only for the person named; never buy or sell a booking.",
            ),
            bold=True,
        ),
        Text(f"{_say(language, 'Kios', 'Kiosk')} {booking.kiosk_id or '-'}", "small"),
    ]
    return TicketLayout(config.printer.width_mm, blocks)


def slip_late_note(booking: BookedSession, config: Config, language: str, printed_at: datetime) -> str:
    """The note on a slip printed from the print queue, like a late ticket's."""
    made, now = local(config.office, booking.made_at), local(config.office, printed_at)
    return _say(
        language,
        f"Dicetak terlambat {format_clock(now)} (dibuat {format_clock(made)})",
        f"Printed late {format_clock(now)} (made {format_clock(made)})",
    )
