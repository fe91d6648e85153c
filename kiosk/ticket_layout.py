"""The ticket's layout: one description that the thermal printer and the screen both render.

Lines are wrapped by the layout (kiosk/layout.py), by the paper's characters per line, so the printed
ticket and its picture break their lines in the same places.
"""

from __future__ import annotations

from datetime import datetime

from kiosk.config import Config
from kiosk.layout import Block, Qr, Rule, Text, TicketLayout
from kiosk.nik import masked_last4
from kiosk.office_time import format_clock, format_date, local
from kiosk.tickets import IssuedTicket


def _say(language: str, id_text: str, en_text: str) -> str:
    return en_text if language == "en" else id_text


def late_note(ticket: IssuedTicket, config: Config, printed_at: datetime) -> str:
    """The note on a ticket printed from the print queue: it is a reprint, or late, and since when."""
    issued, now = local(config.office, ticket.issued_at), local(config.office, printed_at)
    return _say(
        ticket.language,
        f"Dicetak ulang/terlambat {format_clock(now)} (terbit {format_clock(issued)})",
        f"Reprinted/late {format_clock(now)} (issued {format_clock(issued)})",
    )


def _kiosk_name(ticket: IssuedTicket, config: Config) -> str:
    """The kiosk as visitors know it (kiosk.display_name); a ticket from another kiosk by its id."""
    return config.kiosk.display_name if ticket.kiosk_id == config.kiosk.id else ticket.kiosk_id


def ticket_layout(ticket: IssuedTicket, config: Config, notes: tuple[str, ...] = ()) -> TicketLayout:
    """The ticket as printed: office, number, service, people ahead, time, valid today only, booking,
    masked NIK, what to bring, notes (printed late), QR, id, where to wait, no brokers, the kiosk's name.
    Body lines are double height (Text's default size)."""
    lang = ticket.language
    service = config.service(ticket.service_code)
    service_name = service.name(lang) if service else ticket.service_code
    when = local(config.office, ticket.issued_at)
    blocks: list[Block] = [
        Text(config.office.name, bold=True),
        Rule(),
        Text(_say(lang, "NOMOR ANTREAN", "QUEUE NUMBER"), "small"),
        Text(ticket.label, "huge", bold=True),
        Text(service_name, "large", bold=True),
        Text(
            _say(
                lang,
                f"Di depan Anda: {ticket.people_ahead} orang",
                f"People ahead of you: {ticket.people_ahead}",
            )
        ),
        Text(f"{format_date(when, lang)}  {format_clock(when)}"),
        Text(_say(lang, "Berlaku hari ini saja", "Valid today only"), bold=True),
    ]
    if ticket.expected_call is not None:  # only once the office has a figure (kiosk/queue_line.py)
        expected = format_clock(local(config.office, ticket.expected_call))
        blocks.append(Text(_say(lang, f"Perkiraan dipanggil ± {expected}", f"Expected call ± {expected}")))
    if ticket.booking_code:
        session = f"{_say(lang, 'Jadwal', 'Session')} {ticket.session_start:%H:%M}–{ticket.session_end:%H:%M}"
        booking = _say(lang, "Pemesanan", "Booking")
        blocks.append(Text(f"{booking} {ticket.booking_code} · {session}", bold=True))
    if ticket.nik_last4:
        blocks.append(Text(f"NIK: {masked_last4(ticket.nik_last4)}"))
    if service and service.bring(lang):  # on paper, so the visitor has the list in hand at the counter
        blocks.append(Text(_say(lang, "Siapkan dokumen berikut:", "Have these ready:"), bold=True))
        blocks += [Text(f"- {item}") for item in service.bring(lang)]
    blocks += [Text(note, bold=True) for note in notes]
    blocks += [
        Rule(),
        Qr(ticket.ticket_id),
        Text(ticket.ticket_id, "small"),
        Text(
            _say(
                lang,
                "Silakan duduk di ruang tunggu dan lihat layar panggilan.",
                "Please sit in the waiting room and watch the calling screen.",
            )
        ),
        Text(
            _say(lang, "Layanan ini gratis. Hindari calo.", "This service is free. Avoid brokers."), bold=True
        ),
        Text(_kiosk_name(ticket, config), "small"),
    ]
    return TicketLayout(config.printer.width_mm, blocks)
