"""Refusals: a stable error code plus a message for the visitor in Bahasa Indonesia and English.

The screen and the CLI both show these texts, so a visitor and an officer read the same words.
Each message says what happened and what to do next.
"""

from __future__ import annotations

from typing import Any

from kiosk.digits import mask_nik_runs

# code -> (Bahasa Indonesia, English); str.format fields come from KioskError.params. What a visitor reads
# is in plain words for someone with little schooling: short, polite, what happened and what to do now,
# no technical or English words in the Indonesian (VISITOR_CODES; tests/test_messages.py keeps them so).
MESSAGES: dict[str, tuple[str, str]] = {
    "invalid_nik": (
        "NIK ini belum benar: {reason_id}. Lihat KTP Anda, lalu perbaiki.",
        "This NIK is not right: {reason_en}. Look at your KTP (ID card), then correct it.",
    ),
    "invalid_name": (
        "Nama belum benar. Ketik nama lengkap seperti di KTP, hanya huruf.",
        "The name is not right. Type your full name as on your KTP, letters only.",
    ),
    "invalid_phone": (
        "Nomor HP belum benar. Ketik 9 sampai 15 angka, atau sentuh Lewati.",
        "The phone number is not right. Type 9 to 15 digits, or tap Skip.",
    ),
    "duplicate_nik": (
        "Anda sudah punya nomor antrean hari ini: {number}. Satu orang satu nomor. "
        "Ada keperluan lain? Silakan ke petugas.",
        "You already have a queue number today: {number}. One number per person. "
        "Need something else? Please see the officer.",
    ),
    "quota_exhausted": (
        "Nomor untuk {service_id} hari ini sudah habis. Silakan datang lagi pada hari kerja berikutnya, "
        "daftar lewat aplikasi, atau ke petugas.",
        "There are no more numbers for {service_en} today. Please come again on the next working day, "
        "register in the app, or see the officer.",
    ),
    "unknown_service": (
        "Layanan {service} tidak ada di kios ini. Pilih layanan lain, atau ke petugas.",
        "The service {service} is not offered at this kiosk. Choose another service, or see the officer.",
    ),
    "service_not_offered": (
        "{service_id} hanya dilayani petugas. Silakan ke meja petugas.",
        "{service_en} is served by the officer only. Please go to the officer's desk.",
    ),
    "closed": (
        "Pendaftaran sudah tutup. Buka lagi {opens_id}.",
        "Registration is closed now. It opens again {opens_en}.",
    ),
    "database_unavailable": (
        "Kios ini sedang tidak bisa memberi nomor. Silakan ke meja petugas.",
        "This kiosk cannot give numbers right now. Please go to the officer's desk.",
    ),
    "qr_unreadable": (
        "Kode QR belum terbaca. Pegang lebih dekat ke kamera, tahan diam, lalu coba lagi.",
        "The QR code could not be read. Hold it closer to the camera, keep it still, and try again.",
    ),
    "not_a_booking": (
        "Ini bukan kode QR pemesanan antrean. Tunjukkan kode QR dari aplikasi, atau ambil nomor tanpa "
        "aplikasi.",
        "This is not a queue booking QR code. Show the QR code from the app, or take a number without the "
        "app.",
    ),
    "booking_unknown": (
        "Kode pemesanan {booking} tidak ada di kantor ini. Periksa kode di aplikasi Anda, atau ke petugas.",
        "Booking code {booking} is not known at this office. Check the code in your app, or see the officer.",
    ),
    "booking_code_incomplete": (
        "Kode pemesanan belum lengkap: sesudah {office}- ada 4 sampai 12 huruf atau angka. Lihat kodenya "
        "di aplikasi Anda.",
        "The booking code is not complete: after {office}- come 4 to 12 letters or digits. Look at the code "
        "in your app.",
    ),
    "booking_forged": (
        "Kode QR ini tidak bisa dipakai. Tunjukkan kode QR asli dari aplikasi resmi, atau ke petugas.",
        "This QR code cannot be used. Show the original QR code from the official app, or see the officer.",
    ),
    "booking_wrong_office": (
        "Pemesanan {booking} untuk kantor imigrasi lain ({office}), bukan kantor ini ({here}). Silakan ke "
        "kantor itu, atau ke petugas.",
        "Booking {booking} is for another immigration office ({office}), not this one ({here}). Please go "
        "to that office, or see the officer.",
    ),
    "booking_wrong_date": (
        "Pemesanan {booking} untuk {date_id}, bukan hari ini. Silakan datang pada tanggal itu, atau ke "
        "petugas.",
        "Booking {booking} is for {date_en}, not today. Please come on that day, or see the officer.",
    ),
    "booking_too_early": (
        "Jadwal Anda {session}. Anda bisa melapor mulai pukul {opens}. Silakan tunggu, lalu tunjukkan "
        "kode QR lagi.",
        "Your booked time is {session}. You can report from {opens}. Please wait, then show the QR code "
        "again.",
    ),
    "booking_too_late": (
        "Jadwal Anda {session} sudah lewat (batas pukul {closes}). Silakan ke petugas.",
        "Your booked time {session} has passed (it ended at {closes}). Please see the officer.",
    ),
    "booking_used": (
        "Pemesanan {booking} sudah dipakai pukul {time}. Nomor antrean Anda: {number}. Tiket hilang? "
        "Minta petugas mencetak ulang.",
        "Booking {booking} was already used at {time}. Your queue number: {number}. Lost the ticket? "
        "Ask the officer to print it again.",
    ),
    "booking_file_invalid": (
        "Berkas {file}, baris {line}, kolom {field}: {problem_id}. Tidak ada booking yang diimpor; "
        "perbaiki berkas lalu impor lagi.",
        "File {file}, line {line}, field {field}: {problem_en}. No booking was imported; correct the "
        "file and import it again.",
    ),
    "service_paused": (
        "{service_id} sedang ditutup sementara. Pilih layanan lain, atau ke petugas.",
        "{service_en} is closed for a while. Choose another service, or see the officer.",
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
    "backup_invalid": (
        "Berkas {path} bukan cadangan basis data kios yang utuh ({reason}). Pilih berkas cadangan lain.",
        "The file {path} is not an intact kiosk database backup ({reason}). Choose another backup file.",
    ),
    "not_a_queue_number": (
        "{label} bukan nomor antrean. Tulis satu huruf dan 1 sampai 4 angka, misalnya A012.",
        "{label} is not a queue number. Write one letter and 1 to 4 digits, for example A012.",
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
    "session_full": (
        "Jadwal {session} pada {date_id} untuk {service_id} sudah penuh. Silakan pilih jam atau hari lain.",
        "The {session} session on {date_en} for {service_en} is full. Please choose another time or day.",
    ),
    "session_unknown": (
        "Tidak ada jadwal pukul {session} untuk {service_id}. Silakan pilih salah satu jam di layar.",
        "There is no {session} session for {service_en}. Please choose one of the times on the screen.",
    ),
    "session_over": (
        "Jadwal {session} pada {date_id} sudah lewat. Silakan pilih jam yang lebih siang.",
        "The {session} session on {date_en} is over. Please choose a later time.",
    ),
    "date_not_open": (
        "Kantor tutup pada {date_id}. Silakan pilih hari lain.",
        "The office is closed on {date_en}. Please choose another day.",
    ),
    "too_far_ahead": (
        "Jadwal hanya bisa dipesan sampai {days} hari lagi ({last_id}). Silakan pilih tanggal yang lebih "
        "dekat.",
        "Sessions can be booked up to {days} days ahead ({last_en}). Please choose an earlier date.",
    ),
    "booking_limit": (
        "Anda sudah punya {count} jadwal yang belum dipakai. Paling banyak {limit}. Silakan datang sesuai "
        "jadwal itu, atau minta petugas membatalkan salah satunya.",
        "You already have {count} sessions booked and not yet used. The most is {limit}. Please come at "
        "those times, or ask the officer to cancel one.",
    ),
    "booking_same_day": (
        "Anda sudah punya jadwal pada {date_id}. Satu orang satu jadwal per hari. Silakan pilih hari lain, "
        "atau minta petugas memindahkannya.",
        "You already have a session on {date_en}. One session per person per day. Please choose another "
        "day, or ask the officer to move it.",
    ),
    "service_not_bookable": (
        "{service_id} tidak perlu pesan jadwal. Silakan datang langsung dan ambil nomor antrean pada hari "
        "kerja.",
        "{service_en} needs no booked session. Please come in person and take a queue number on a working "
        "day.",
    ),
    "booking_cancelled": (
        "Jadwal {booking} sudah dibatalkan atau dipindah. Tunjukkan slip yang terbaru, atau ke petugas.",
        "Session {booking} was cancelled or moved. Show your newest slip, or see the officer.",
    ),
    "office_key_unusable": (
        "Kios ini belum bisa membuat slip jadwal. Silakan ke petugas. Petugas: kunci kantor di {path} "
        "tidak dapat dibuat atau dibaca (`kiosk keys init`).",
        "This kiosk cannot make booking slips yet. Please see the officer. Officer: the office key in {path} "
        "cannot be made or read (`kiosk keys init`).",
    ),
    "walk_in_closed": (
        "Nomor antrean langsung untuk {service_id} tidak diberikan lagi. Sekarang semua harus pesan jadwal "
        "dulu, gratis. {next_id} Pilih Pesan jadwal, atau ke petugas.",
        "Same-day numbers for {service_en} are no longer given. Every visit is now booked first, free of "
        "charge. {next_en} Choose Book a session, or see the officer.",
    ),
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
    "file_unusable": (
        "Berkas atau folder {path} tidak dapat dipakai ({reason}). Periksa nama dan letaknya.",
        "The file or folder {path} cannot be used ({reason}). Check its name and place.",
    ),
    "backup_folder_missing": (
        "Folder {path} tidak ada. Buat folder itu dulu (atau pilih folder lain), lalu buat cadangan lagi.",
        "The folder {path} does not exist. Create it first (or choose another folder), then back up again.",
    ),
    "backup_unwritable": (
        "Cadangan {path} tidak dapat ditulis ({reason}). Periksa ruang disk dan hak akses folder itu.",
        "The backup {path} cannot be written ({reason}). Check the disk space and the folder's permissions.",
    ),
}


# The refusals a visitor can meet on the kiosk's screens (the others are for officers and scripts).
VISITOR_CODES = frozenset(
    {
        "invalid_nik",
        "invalid_name",
        "invalid_phone",
        "duplicate_nik",
        "quota_exhausted",
        "unknown_service",
        "service_not_offered",
        "closed",
        "database_unavailable",
        "qr_unreadable",
        "not_a_booking",
        "booking_unknown",
        "booking_code_incomplete",
        "booking_forged",
        "booking_wrong_office",
        "booking_wrong_date",
        "booking_too_early",
        "booking_too_late",
        "booking_used",
        "service_paused",
        "session_full",
        "session_unknown",
        "session_over",
        "date_not_open",
        "too_far_ahead",
        "booking_limit",
        "booking_same_day",
        "service_not_bookable",
        "booking_cancelled",
        "walk_in_closed",
    }
)


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
