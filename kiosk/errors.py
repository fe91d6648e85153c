"""Refusals: a stable error code plus a message for the visitor in Bahasa Indonesia and English.

The screen and the CLI both show these texts, so a visitor and an officer read the same words.
Each message says what happened and what to do next.
"""

from __future__ import annotations

from typing import Any

# code -> (Bahasa Indonesia, English); str.format fields come from KioskError.params.
MESSAGES: dict[str, tuple[str, str]] = {
    "invalid_nik": (
        "NIK tidak valid: {reason_id}. Periksa 16 angka pada KTP Anda lalu ketik ulang.",
        "This NIK is not valid: {reason_en}. Check the 16 digits on your ID card and type it again.",
    ),
    "invalid_name": (
        "Nama belum diisi dengan benar. Ketik nama lengkap sesuai KTP (huruf saja).",
        "The name is not filled in correctly. Type your full name as on your ID card (letters only).",
    ),
    "invalid_phone": (
        "Nomor telepon tidak valid. Ketik 9 sampai 15 angka, atau kosongkan.",
        "This phone number is not valid. Type 9 to 15 digits, or leave it empty.",
    ),
    "duplicate_nik": (
        "NIK ini sudah mendapat nomor antrean hari ini: {number}. Satu orang satu nomor. "
        "Silakan temui petugas bila ada keperluan lain.",
        "This NIK already has a queue number today: {number}. One number per person. "
        "Please see an officer if you need anything else.",
    ),
    "quota_exhausted": (
        "Kuota {service_id} hari ini sudah habis. Silakan datang lagi pada hari kerja berikutnya "
        "atau daftar lewat aplikasi, atau temui petugas.",
        "Today's places for {service_en} are all taken. Please come back on the next working day, "
        "book with the app, or see an officer.",
    ),
    "unknown_service": (
        "Layanan {service} tidak tersedia di kios ini. Pilih layanan lain atau temui petugas.",
        "The service {service} is not available at this kiosk. Choose another service or see an officer.",
    ),
    "service_not_offered": (
        "Layanan {service_id} hanya melalui petugas. Silakan temui petugas di meja depan.",
        "{service_en} is only available through an officer. Please see the officer at the front desk.",
    ),
    "closed": (
        "Pendaftaran sedang tutup. Pendaftaran buka kembali {opens_id}.",
        "Registration is closed now. It opens again {opens_en}.",
    ),
    "database_unavailable": (
        "Kios sedang tidak dapat melayani. Silakan temui petugas di meja depan.",
        "The kiosk cannot serve you right now. Please see the officer at the front desk.",
    ),
}


class KioskError(Exception):
    """A refusal the visitor or officer must read; `code` is stable, the text comes from MESSAGES."""

    def __init__(self, code: str, **params: Any) -> None:
        if code not in MESSAGES:
            raise ValueError(f"unknown error code {code!r}")
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, language: str = "id") -> str:
        template = MESSAGES[self.code][1 if language == "en" else 0]
        return template.format(**self.params)

    def as_json(self, language: str = "id") -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message(language)}}
