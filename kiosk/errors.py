"""Refusals: a stable error code plus a message for the visitor in Bahasa Indonesia and English.

The screen and the CLI both show these texts, so a visitor and an officer read the same words.
Each message says what happened and what to do next.
"""

from __future__ import annotations

from typing import Any

from kiosk.digits import mask_nik_runs

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
    "database_corrupt": (
        "Berkas basis data kios rusak atau bukan basis data. Petugas: pulihkan dari cadangan "
        "(`kiosk restore`) atau periksa database.url pada konfigurasi.",
        "The kiosk's database file is damaged or is not a database. Officer: restore it from a backup "
        "(`kiosk restore`) or check database.url in the configuration.",
    ),
    "database_folder": (
        "Folder basis data {path} tidak dapat dibuat ({reason}). Petugas: periksa kiosk.data_dir atau "
        "database.url dan hak aksesnya.",
        "The database folder {path} cannot be created ({reason}). Officer: check kiosk.data_dir or "
        "database.url and its permissions.",
    ),
    "database_too_new": (
        "Basis data memakai skema versi {version}, lebih baru dari kios ini ({latest}). Petugas: pasang "
        "versi kios yang lebih baru.",
        "The database has schema version {version}, newer than this kiosk ({latest}). Officer: install "
        "the newer kiosk version.",
    ),
    # Booking check-in (kiosk/checkin.py) and the booking import (kiosk/bookings.py).
    "qr_unreadable": (
        "Kode QR tidak terbaca. Pegang QR lebih dekat dan diam di depan kamera, hindari pantulan cahaya, "
        "lalu coba lagi.",
        "The QR code could not be read. Hold it closer and still in front of the camera, avoid glare, "
        "and try again.",
    ),
    "not_a_booking": (
        "Kode QR ini bukan QR booking antrean. Tunjukkan QR booking dari aplikasi, atau ambil nomor "
        "antrean tanpa booking.",
        "This QR code is not a queue booking. Show the booking QR from the app, or take a queue number "
        "without a booking.",
    ),
    "booking_unknown": (
        "Kode booking {booking} tidak ada dalam daftar booking kantor ini. Periksa kode di aplikasi Anda, "
        "atau temui petugas.",
        "Booking code {booking} is not in this office's list of bookings. Check the code in your app, "
        "or see an officer.",
    ),
    "booking_code_incomplete": (
        "Kode booking terdiri dari 4 sampai 12 huruf atau angka setelah {office}-. Periksa kode di aplikasi "
        "Anda, lalu lengkapi.",
        "A booking code has 4 to 12 letters or digits after {office}-. Check the code in your app, then "
        "complete it.",
    ),
    "booking_forged": (
        "QR booking ini tidak dapat diverifikasi (tanda tangan tidak sah atau isinya diubah). Tunjukkan QR "
        "asli dari aplikasi resmi, atau temui petugas.",
        "This booking QR cannot be verified (its signature is not valid or its content was changed). "
        "Show the original QR from the official app, or see an officer.",
    ),
    "booking_wrong_office": (
        "Booking {booking} untuk kantor {office}, bukan kantor ini ({here}). Silakan datang ke kantor sesuai "
        "booking Anda, atau temui petugas.",
        "Booking {booking} is for office {office}, not this office ({here}). Please go to the office on "
        "your booking, or see an officer.",
    ),
    "booking_wrong_date": (
        "Booking {booking} untuk {date_id}, bukan hari ini. Silakan datang pada tanggal tersebut, atau temui "
        "petugas.",
        "Booking {booking} is for {date_en}, not today. Please come on that date, or see an officer.",
    ),
    "booking_too_early": (
        "Sesi booking Anda {session}. Check-in dibuka pukul {opens}. Silakan tunggu, lalu pindai QR lagi.",
        "Your booked session is {session}. Check-in opens at {opens}. Please wait, then scan the QR again.",
    ),
    "booking_too_late": (
        "Sesi booking Anda {session} sudah lewat; check-in ditutup pukul {closes}. Silakan temui petugas.",
        "Your booked session {session} has passed; check-in closed at {closes}. Please see an officer.",
    ),
    "booking_used": (
        "Booking {booking} sudah check-in pukul {time} dengan nomor antrean {number}. Satu booking hanya "
        "untuk satu nomor. Bila tiket hilang, minta petugas mencetak ulang.",
        "Booking {booking} was already checked in at {time} with queue number {number}. A booking gives one "
        "number only. If the ticket is lost, ask an officer to reprint it.",
    ),
    "booking_file_invalid": (
        "Berkas {file}, baris {line}, kolom {field}: {problem_id}. Tidak ada booking yang diimpor; "
        "perbaiki berkas lalu impor lagi.",
        "File {file}, line {line}, field {field}: {problem_en}. No booking was imported; correct the "
        "file and import it again.",
    ),
    "booking_file_too_large": (
        "Berkas {file} terlalu besar ({size} bita; paling besar {limit} bita). Tidak ada booking yang "
        "diimpor; bagi berkas menjadi beberapa bagian lalu impor satu per satu.",
        "The file {file} is too large ({size} bytes; at most {limit} bytes). No booking was imported; "
        "split the file into parts and import them one by one.",
    ),
    "booking_invalid": (
        "QR booking ini sah tetapi isinya tidak dapat dipakai (kolom {field}: {problem_id}). Silakan "
        "temui petugas.",
        "This booking QR is authentic but its content cannot be used (field {field}: {problem_en}). "
        "Please see an officer.",
    ),
    # Officer mode (kiosk/officers.py, kiosk/assisted.py) and paused services (kiosk/pauses.py).
    "service_paused": (
        "Layanan {service_id} sedang dihentikan sementara. Pilih layanan lain atau temui petugas "
        "di meja depan.",
        "{service_en} is paused for now. Choose another service or see the officer at the front desk.",
    ),
    "login_failed": (
        "Nama atau PIN salah. Periksa lalu coba lagi; setelah 5 kali salah, login dikunci 5 menit.",
        "The name or PIN is wrong. Check them and try again; after 5 wrong tries, login locks for 5 minutes.",
    ),
    "officer_locked": (
        "Terlalu banyak percobaan yang salah. Login dikunci; coba lagi dalam {minutes} menit.",
        "Too many wrong tries. Login is locked; try again in {minutes} minutes.",
    ),
    "invalid_officer_name": (
        "Nama petugas tidak valid. Gunakan 2 sampai 40 huruf, spasi, titik, apostrof atau tanda hubung.",
        "This officer name is not valid. Use 2 to 40 letters, spaces, dots, apostrophes or dashes.",
    ),
    "invalid_pin": (
        "PIN tidak dapat dipakai: {reason_id}. Pilih PIN lain dari 6 sampai 12 angka.",
        "This PIN cannot be used: {reason_en}. Choose another PIN of 6 to 12 digits.",
    ),
    "pin_mismatch": (
        "Kedua PIN tidak sama. Ketik PIN yang sama dua kali.",
        "The two PINs differ. Type the same PIN twice.",
    ),
    "officer_exists": (
        "Petugas {name} sudah terdaftar. Pilih nama lain, atau hapus dulu petugas itu.",
        "Officer {name} is already registered. Choose another name, or remove that officer first.",
    ),
    "unknown_officer": (
        "Petugas {name} tidak terdaftar. Periksa nama dengan `kiosk officer list`, atau login lagi.",
        "Officer {name} is not registered. Check the name with `kiosk officer list`, or log in again.",
    ),
    "unknown_ticket": (
        "Tiket {ticket} tidak ditemukan. Periksa nomor antrean hari ini (mis. A001) atau ID tiket, "
        "lalu ketik ulang.",
        "Ticket {ticket} was not found. Check today's queue number (e.g. A001) or the ticket ID "
        "and type it again.",
    ),
    "ticket_cancelled": (
        "Tiket {number} sudah dibatalkan. Terbitkan nomor baru bila pengunjung masih perlu dilayani.",
        "Ticket {number} is cancelled. Issue a new number if the visitor still needs service.",
    ),
    "reprint_reason_required": (
        "Tiket {number} sudah pernah dicetak ulang. Isi alasan cetak ulang, lalu coba lagi.",
        "Ticket {number} was already reprinted. Give a reason for this reprint, then try again.",
    ),
    "invalid_category": (
        "Kategori prioritas {category} tidak dikenal. Pilih lansia, disabilitas, ibu hamil atau anak balita.",
        "Priority category {category} is unknown. Choose elderly, disability, pregnancy or child under five.",
    ),
    "invalid_reason": (
        "Alasan tidak dapat dipakai. Pilih alasan dari daftar, atau ketik 3 sampai 100 karakter.",
        "This reason cannot be used. Choose a reason from the list, or type 3 to 100 characters.",
    ),
    "bookings_unavailable": (
        "Check-in booking belum tersedia di kios ini. Terbitkan nomor lewat jalur prioritas, "
        "atau hubungi admin.",
        "Booking check-in is not available on this kiosk. Issue a number in the priority lane, "
        "or call the admin.",
    ),
    # The ticket printer (kiosk/printer_status.py, kiosk/print_queue.py).
    "printer_offline": (
        "Printer tiket tidak tersambung atau sedang mati. Nomor antrean tetap dapat diambil dan dicatat; "
        "petugas: periksa daya, kabel dan tutup printer. Tiket yang tertunda dicetak otomatis.",
        "The ticket printer is not connected or is switched off. Queue numbers are still issued and "
        "recorded; officer: check the printer's power, cable and cover. Waiting tickets print by themselves.",
    ),
    "printer_paper_out": (
        "Kertas printer tiket habis. Nomor antrean tetap dicatat; petugas: pasang gulungan kertas baru. "
        "Tiket yang tertunda dicetak otomatis.",
        "The ticket printer is out of paper. Queue numbers are still recorded; officer: load a new paper "
        "roll. Waiting tickets print by themselves.",
    ),
    "printer_paper_low": (
        "Kertas printer tiket hampir habis. Petugas: siapkan gulungan kertas baru.",
        "The ticket printer's paper is running low. Officer: have a new paper roll ready.",
    ),
    "printer_unknown": (
        "Printer tiket tidak menjawab, statusnya tidak diketahui. Petugas: periksa printer dan sambungannya "
        "(`kiosk printer status`).",
        "The ticket printer does not answer; its state is unknown. Officer: check the printer and its "
        "connection (`kiosk printer status`).",
    ),
    # Calling at the counters (kiosk/calling.py).
    "queue_empty": (
        "Belum ada nomor yang menunggu untuk loket ini (nomor yang sedang dilayani, bila ada, sudah dicatat "
        "selesai). Tekan Berikutnya lagi sebentar lagi.",
        "No number is waiting for this counter (the number being served, if any, is recorded as done). "
        "Press Next again in a moment.",
    ),
    "nothing_called": (
        "Loket {counter} belum memanggil nomor. Tekan Berikutnya untuk memanggil nomor berikutnya.",
        "Counter {counter} has not called a number. Press Next to call the next number.",
    ),
    "unknown_counter": (
        "Loket {counter} tidak ada dalam konfigurasi kantor ini. Periksa nomor loket (bagian [[counters]]).",
        "Counter {counter} is not in this office's configuration. Check the counter number ([[counters]]).",
    ),
    "ticket_not_waiting": (
        "Nomor {number} tidak sedang menunggu (status: {status}). Pilih nomor yang masih menunggu.",
        "Number {number} is not waiting (status: {status}). Choose a number that is still waiting.",
    ),
    "ticket_not_called": (
        "Nomor {number} tidak sedang dipanggil di loket {counter}; layar ini mungkin belum diperbarui. "
        "Lihat nomor yang tampil sekarang, lalu coba lagi.",
        "Number {number} is not the one called at counter {counter}; this screen may be out of date. "
        "Look at the number shown now, then try again.",
    ),
    "reason_required": (
        "Memanggil nomor di luar urutan memerlukan alasan. Tulis alasan 3 sampai 100 karakter, "
        "lalu coba lagi.",
        "Calling a number out of order needs a reason. Write a reason of 3 to 100 characters, "
        "then try again.",
    ),
    "ticket_not_no_show": (
        'Nomor {number} tidak tercatat "tidak hadir" hari ini, jadi tidak perlu dikembalikan ke antrean.',
        'Number {number} is not marked "did not come" today, so it need not be put back in the queue.',
    ),
    "service_not_at_counter": (
        "Layanan {service} tidak dilayani di loket {counter}. Pilih dari layanan loket ini: {services}.",
        "Counter {counter} does not serve {service}. Choose from this counter's services: {services}.",
    ),
    # The audit trail (kiosk/audit.py).
    "audit_head_unreadable": (
        "Ujung rantai catatan audit hilang atau rusak, jadi tindakan ini tidak dapat dicatat. Petugas: "
        "jalankan `kiosk audit verify` dan pulihkan basis data dari cadangan.",
        "The end of the audit trail's chain is missing or damaged, so this action cannot be recorded. "
        "Officer: run `kiosk audit verify` and restore the database from a backup.",
    ),
    "audit_record_unreadable": (
        "Catatan audit nomor {seq} tidak dapat dibaca (diubah di luar kios). Jalankan `kiosk audit verify`.",
        "Audit record {seq} cannot be read (it was changed outside the kiosk). Run `kiosk audit verify`.",
    ),
    # `kiosk backup` and `kiosk restore` (kiosk/commands/backup.py).
    "backup_exists": (
        "Berkas {path} sudah ada. Pilih nama berkas lain, agar cadangan lama tidak tertimpa.",
        "The file {path} already exists. Choose another file name, so that no earlier backup is overwritten.",
    ),
    "backup_sqlite_only": (
        "`kiosk backup` dan `kiosk restore` hanya untuk basis data SQLite. Untuk PostgreSQL gunakan "
        "pg_dump dan pg_restore (lihat docs/deployment.md).",
        "`kiosk backup` and `kiosk restore` work on an SQLite database only. For PostgreSQL use pg_dump "
        "and pg_restore (see docs/deployment.md).",
    ),
    "backup_no_database": (
        "Tidak ada basis data di {path}. Periksa database.url pada konfigurasi (--config).",
        "There is no database at {path}. Check database.url in the configuration (--config).",
    ),
    "backup_folder_missing": (
        "Folder {path} tidak ada. Buat folder itu dulu (atau pilih folder lain), lalu buat cadangan lagi.",
        "The folder {path} does not exist. Create it first (or choose another folder), then back up again.",
    ),
    "backup_unwritable": (
        "Cadangan {path} tidak dapat ditulis ({reason}). Periksa ruang disk dan hak akses folder itu.",
        "The backup {path} cannot be written ({reason}). Check the disk space and the folder's permissions.",
    ),
    "backup_invalid": (
        "Berkas {path} bukan cadangan basis data kios yang utuh ({reason}). Pilih berkas cadangan lain.",
        "The file {path} is not an intact kiosk database backup ({reason}). Choose another backup file.",
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
        """The text in `language`; a NIK-shaped run in any value (a file's cell) is masked."""
        template = MESSAGES[self.code][1 if language == "en" else 0]
        return mask_nik_runs(template.format(**self.params))

    def as_json(self, language: str = "id") -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message(language)}}
