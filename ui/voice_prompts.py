"""What the kiosk says aloud on each visitor screen, in Bahasa Indonesia and English: short instructions
that name the buttons as the screen shows them. Keyed by the screen's object name; `{number}` and
`{message}` are filled in from the screen (the ticket's number, the refusal)."""

from __future__ import annotations

PROMPTS: dict[str, tuple[str, str]] = {
    "home": (
        "Selamat datang. Punya kode pemesanan? Sentuh Saya punya kode pemesanan. Belum punya? Sentuh "
        "Daftar tanpa aplikasi. Perlu bantuan? Sentuh Panggil petugas.",
        "Welcome. Have a booking code? Tap I have a code. No code? Tap Register without the app. "
        "Need help? Tap Call an officer.",
    ),
    "services": ("Pilih layanan yang Anda perlukan.", "Choose the service you need."),
    "bring": (
        "Siapkan surat-surat yang ada di layar. Lalu sentuh Lanjut.",
        "Have the papers on the screen ready. Then tap Next.",
    ),
    "nik": ("Ketik enam belas angka NIK dari KTP Anda.", "Type the sixteen digits of the NIK on your KTP."),
    "name": (
        "Ketik nama lengkap Anda, sama seperti di KTP. Lalu sentuh Lanjut.",
        "Type your full name, as on your KTP. Then tap Next.",
    ),
    "phone": ("Ketik nomor HP Anda, atau sentuh Lewati.", "Type your mobile number, or tap Skip."),
    "confirm": (
        "Periksa data Anda. Bila sudah benar, sentuh Benar, ambil nomor.",
        "Check your details. If they are right, tap Confirm, take my number.",
    ),
    "ticket": (
        "Nomor antrean Anda {number}. Ambil tiket Anda, lalu duduk dan tunggu nomor Anda dipanggil.",
        "Your queue number is {number}. Take your ticket, then sit down and wait for your number.",
    ),
    "ticket_unprinted": (
        "Nomor antrean Anda {number}. Tiket tidak tercetak. Tunjukkan layar ini kepada petugas.",
        "Your queue number is {number}. The ticket did not print. Show this screen to the officer.",
    ),
    "message": ("Mohon maaf. {message}", "Sorry. {message}"),
    "scan": (
        "Tunjukkan kode QR pemesanan Anda ke kamera, di dalam kotak.",
        "Show your booking QR code to the camera, inside the square.",
    ),
    "code": ("Ketik kode pemesanan Anda. Lalu sentuh Lanjut.", "Type your booking code. Then tap Next."),
    "out_of_service": (
        "Kios ini sedang tidak bisa dipakai. Silakan ke meja petugas.",
        "This kiosk cannot be used now. Please go to the officer's desk.",
    ),
}


def prompt(key: str, language: str, **fields: str) -> str:
    """The sentence for screen `key` in `language` ('id' or 'en'), its fields filled in."""
    indonesian, english = PROMPTS[key]
    return (english if language == "en" else indonesian).format(**fields)
