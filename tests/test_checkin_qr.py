"""Check-in from camera-like pictures: signed booking QRs rendered, distorted, read by the kiosk's decoder."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.checkin import CheckIn, booking_text
from kiosk.config import Config
from kiosk.errors import KioskError
from kiosk.tickets import TicketService
from scanner.combined import KioskDecoder
from tests.support.booking_tokens import make_key, payload, sign
from tests.support.config_files import MakeConfig
from tests.support.qr_images import blur, glare, invert, noise, perspective, place_in_frame, qr_image, rotate

KEY: tuple[Ed25519PrivateKey, str] = make_key()
TOKEN = sign(KEY[0], payload())  # 303 characters: a version 13 QR code

# Each turns the rendered code into a 640×480 camera frame.
DISTORTIONS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "straight": lambda qr: place_in_frame(qr, scale=0.8),
    "rotated 45°": lambda qr: place_in_frame(rotate(qr, 45), scale=0.95),
    "upside down": lambda qr: place_in_frame(rotate(qr, 180), scale=0.8),
    "perspective": lambda qr: place_in_frame(perspective(qr, 0.3), scale=0.9),
    "shrunk (3 px a module)": lambda qr: place_in_frame(qr, scale=0.45),
    "inverted (dark mode)": lambda qr: place_in_frame(invert(qr), scale=0.8, fill=40),
    "blurred": lambda qr: blur(place_in_frame(qr, scale=0.9), 7),
    "noise": lambda qr: noise(place_in_frame(qr, scale=0.8), 40),
    "glare": lambda qr: glare(place_in_frame(qr, scale=0.9), radius=0.25, strength=200),
    "dark mode, blurred, noisy": lambda qr: noise(
        blur(place_in_frame(invert(qr), scale=0.8, fill=40), 5), 20
    ),
}


@pytest.fixture(scope="module")
def decoder() -> KioskDecoder:
    return KioskDecoder()


@pytest.fixture
def checkin(make_config: MakeConfig, tickets: TicketService) -> CheckIn:
    config: Config = make_config(booking={"public_keys": [KEY[1]]})
    return CheckIn(config, TicketService(config, tickets.db, tickets.clock))


@pytest.mark.parametrize("distortion", DISTORTIONS)
def test_a_distorted_booking_qr_checks_in(decoder: KioskDecoder, checkin: CheckIn, distortion: str) -> None:
    frame = DISTORTIONS[distortion](qr_image(TOKEN, box=4))
    texts = decoder.decode(frame)
    assert texts == [TOKEN], decoder.last_step
    ticket = checkin.check_in(booking_text(texts))
    assert (ticket.booking_code, ticket.label) == ("TGU-8F2K91", "A001")


def test_pictures_without_a_booking(decoder: KioskDecoder, checkin: CheckIn) -> None:
    url = decoder.decode(place_in_frame(qr_image("https://www.imigrasi.go.id/"), scale=0.6))
    with pytest.raises(KioskError, match="not_a_booking"):
        checkin.check_in(booking_text(url))
    blank = np.full((480, 640), 200, dtype=np.uint8)
    with pytest.raises(KioskError, match="qr_unreadable"):
        booking_text(decoder.decode(blank))
    # Of several codes in one picture, the booking is taken.
    assert booking_text(["https://www.imigrasi.go.id/", TOKEN]) == TOKEN
