<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BookServiceScreen</name>
    <message>
        <location filename="../screens/booking_choice.py" line="+110"/>
        <source>Book a session: choose a service</source>
        <translation>Pesan jadwal: pilih layanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking is free of charge. Lost or damaged passports need no booking.</source>
        <translation>Pesan jadwal gratis. Paspor hilang atau rusak tidak perlu pesan jadwal: datang langsung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking free places…</source>
        <translation>Memeriksa tempat kosong…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No free session in the coming days</source>
        <translation>Belum ada sesi kosong dalam beberapa hari ke depan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earliest: {when}</source>
        <translation>Paling cepat: {when}</translation>
    </message>
</context>
<context>
    <name>BookingActionsScreen</name>
    <message>
        <location filename="../officer/booking_actions.py" line="+61"/>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel booking</source>
        <translation>Batalkan booking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to another session</source>
        <translation>Pindah ke sesi lain</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to another session</source>
        <translation>Dipindah ke sesi lain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
</context>
<context>
    <name>BookingCodeScreen</name>
    <message>
        <location filename="../screens/booking_code.py" line="+68"/>
        <source>Type your booking code</source>
        <translation>Ketik kode pemesanan Anda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The camera is not working. Please type the code.</source>
        <translation>Kamera sedang rusak. Silakan ketik kodenya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code is in your app, for example {example}.</source>
        <translation>Kode ada di aplikasi Anda, contoh: {example}.</translation>
    </message>
</context>
<context>
    <name>BookingConfirmScreen</name>
    <message>
        <location filename="../screens/booking_confirm.py" line="+28"/>
        <source>Session: {when}</source>
        <translation>Sesi: {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking…</source>
        <translation>Memesan…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm, book this session</source>
        <translation>Benar, pesan sesi ini</translation>
    </message>
</context>
<context>
    <name>BookingEntryScreen</name>
    <message>
        <location filename="../officer/code_entry.py" line="+25"/>
        <source>Type the visitor&apos;s booking code</source>
        <translation>Ketik kode booking pengunjung</translation>
    </message>
</context>
<context>
    <name>BringScreen</name>
    <message>
        <location filename="../screens/bring.py" line="+45"/>
        <source>The officer will ask for them when your number is called.</source>
        <translation>Petugas akan memintanya saat nomor Anda dipanggil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Please have these papers ready</source>
        <translation>Siapkan surat-surat ini</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <location filename="../officer/register.py" line="+89"/>
        <source>Elderly (60+)</source>
        <translation>Lansia (60+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Disabilitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy</source>
        <translation>Ibu hamil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a child under five</source>
        <translation>Membawa anak balita</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priority lane: choose the category</source>
        <translation>Jalur prioritas: pilih kategori</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested from the NIK&apos;s birth date: {category}</source>
        <translation>Saran dari tanggal lahir pada NIK: {category}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birth date suggests no category: choose the one that applies.</source>
        <translation>Tanggal lahir tidak menyarankan kategori: pilih yang sesuai.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing…</source>
        <translation>Menerbitkan…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issue priority number</source>
        <translation>Terbitkan nomor prioritas</translation>
    </message>
</context>
<context>
    <name>ChoiceGrid</name>
    <message>
        <location filename="../screens/booking_choice.py" line="-39"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../screens/confirm.py" line="+64"/>
        <source>Please check your details</source>
        <translation>Periksa data Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not given</source>
        <translation>Tidak diisi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing your number…</source>
        <translation>Mencetak nomor Anda…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm, take my number</source>
        <translation>Benar, ambil nomor</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Mobile number</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the mobile number</source>
        <translation>Ubah nomor HP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a mobile number</source>
        <translation>Tambah nomor HP</translation>
    </message>
</context>
<context>
    <name>CounterConsole</name>
    <message>
        <location filename="../counter/console.py" line="+183"/>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfer…</source>
        <translation>Pindahkan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall</source>
        <translation>Panggil ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called next</source>
        <translation>Dipanggil berikutnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This counter today</source>
        <translation>Loket ini hari ini</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>± {minutes} min</source>
        <translation>± {minutes} menit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} waiting</source>
        <translation>{count} menunggu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is waiting.</source>
        <translation>Tidak ada yang menunggu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} served</source>
        <translation>{count} dilayani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} did not come</source>
        <translation>{count} tidak hadir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>median service {minutes} min</source>
        <translation>median layanan {minutes} menit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Now serving</source>
        <translation>Sedang dilayani</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No number called. Press Next [F1].</source>
        <translation>Belum ada nomor yang dipanggil. Tekan Berikutnya [F1].</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Walk-in</source>
        <translation>Datang langsung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered by an officer</source>
        <translation>Didaftarkan petugas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Elderly</source>
        <translation>Lansia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Disabilitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnant</source>
        <translation>Ibu hamil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a child under five</source>
        <translation>Membawa anak balita</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priority: {category}</source>
        <translation>Prioritas: {category}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Booking {code}, session {start}–{end}</source>
        <translation>Booking {code}, sesi {start}–{end}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waited {minutes} min</source>
        <translation>Menunggu {minutes} menit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recalled {count}×</source>
        <translation>Dipanggil ulang {count}×</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To bring: {items}</source>
        <translation>Dokumen: {items}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Called {count} times. Mark as no-show [F4] if the visitor does not come.</source>
        <translation>Sudah dipanggil {count} kali. Tandai tidak hadir [F4] bila pengunjung tidak datang.</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Services…</source>
        <translation>Layanan…</translation>
    </message>
</context>
<context>
    <name>DayScreen</name>
    <message>
        <location filename="../screens/booking_choice.py" line="+82"/>
        <source>Choose a day</source>
        <translation>Pilih hari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{service}: free places per day</source>
        <translation>{service}: tempat kosong per hari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full</source>
        <translation>Penuh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} places free</source>
        <translation>{count} tempat kosong</translation>
    </message>
</context>
<context>
    <name>DisplayBoard</name>
    <message>
        <location filename="../display/board.py" line="+273"/>
        <source>Queue number</source>
        <translation>Nomor antrean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please go to</source>
        <translation>Silakan menuju</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last calls</source>
        <translation>Panggilan terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting now</source>
        <translation>Menunggu saat ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting…</source>
        <translation>Menghubungkan kembali…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{count} waiting</source>
        <translation>{count} menunggu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {minutes} min</source>
        <translation>sekitar {minutes} menit</translation>
    </message>
</context>
<context>
    <name>EntryScreen</name>
    <message>
        <location filename="../screens/entry.py" line="+166"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
</context>
<context>
    <name>HelpAlert</name>
    <message>
        <location filename="../officer/help_alert.py" line="+98"/>
        <source>{kiosk} ({minutes} min)</source>
        <translation>{kiosk} ({minutes} menit)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A visitor asks for help: {where}</source>
        <translation>Pengunjung minta bantuan: {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helped</source>
        <translation>Sudah dibantu</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../screens/home.py" line="+42"/>
        <source>I registered in the app</source>
        <translation>Saya sudah daftar di aplikasi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register without the app</source>
        <translation>Daftar tanpa aplikasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a queue number here</source>
        <translation>Ambil nomor antrean di sini</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Book a session</source>
        <translation>Pesan jadwal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For another day or later today, free of charge</source>
        <translation>Untuk hari lain atau nanti hari ini, gratis</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>I have a code</source>
        <translation>Saya punya kode pemesanan</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Over 60, disabled, pregnant or with a small child? Go straight to the officer.</source>
        <translation>Usia 60+, disabilitas, hamil, bawa anak kecil? Langsung ke petugas.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Larger text</source>
        <translation>Huruf besar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now serving: {list}</source>
        <translation>Sedang dilayani: {list}</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../widgets/idle.py" line="+118"/>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Do you need more time?</source>
        <translation>Perlu waktu lagi?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tap Continue. If not, the screen goes back to the start and what you typed is deleted.</source>
        <translation>Sentuh Lanjutkan. Jika tidak, layar kembali ke awal dan isian Anda dihapus.</translation>
    </message>
</context>
<context>
    <name>KeyGrid</name>
    <message>
        <location filename="../widgets/key_grid.py" line="+42"/>
        <source>⌫ Delete</source>
        <translation>⌫ Hapus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Delete all</source>
        <translation>Hapus semua</translation>
    </message>
</context>
<context>
    <name>KtpScanScreen</name>
    <message>
        <location filename="../screens/ktp_scan.py" line="+66"/>
        <source>Scan your KTP</source>
        <translation>Pindai KTP Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold your KTP inside the box</source>
        <translation>Tempelkan KTP di dalam kotak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The front of the card to the camera, flat and still, about 20 cm away.</source>
        <translation>Bagian depan KTP menghadap kamera, rata dan diam, sekitar 20 cm dari kamera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorry, your KTP could not be read. Please type your NIK with the keypad.</source>
        <translation>Maaf, KTP Anda belum terbaca. Silakan ketik NIK Anda dengan tombol angka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type my NIK</source>
        <translation>Ketik NIK</translation>
    </message>
</context>
<context>
    <name>LaneScreen</name>
    <message>
        <location filename="../officer/lane.py" line="+43"/>
        <source>Book a session for a visitor</source>
        <translation>Pesan jadwal untuk pengunjung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordinary queue</source>
        <translation>Antrean biasa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The session&apos;s own service</source>
        <translation>Layanan sesuai sesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elderly (60+)</source>
        <translation>Lansia (60+)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Priority lane at check-in</source>
        <translation>Jalur prioritas saat check-in</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Disability</source>
        <translation>Disabilitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy</source>
        <translation>Ibu hamil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a child under five</source>
        <translation>Membawa anak balita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same-day number instead</source>
        <translation>Nomor hari ini saja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where walk-ins are closed; with a reason</source>
        <translation>Bila pendaftaran langsung ditutup; dengan alasan</translation>
    </message>
</context>
<context>
    <name>LeaveScreen</name>
    <message>
        <location filename="../officer/menu.py" line="+108"/>
        <source>Leave the kiosk?</source>
        <translation>Keluar dari kios?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kiosk program closes, for maintenance. Visitors cannot take numbers until it is started again.</source>
        <translation>Program kios ditutup untuk perawatan. Pengunjung tidak dapat mengambil nomor sampai kios dijalankan lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, close the kiosk</source>
        <translation>Ya, tutup kios</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../officer/login.py" line="+98"/>
        <source>Officer login</source>
        <translation>Login petugas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No officer is registered yet: add one with &apos;kiosk officer add&apos;.</source>
        <translation>Belum ada petugas terdaftar: tambahkan dengan &apos;kiosk officer add&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap your name, then type your PIN.</source>
        <translation>Sentuh nama Anda, lalu ketik PIN Anda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
</context>
<context>
    <name>MenuScreen</name>
    <message>
        <location filename="../officer/menu.py" line="-49"/>
        <source>Officer menu</source>
        <translation>Menu petugas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} waiting</source>
        <translation>{count} menunggu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waiting</source>
        <translation>Tidak ada yang menunggu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority lane</source>
        <translation>Jalur prioritas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register a visitor with a category</source>
        <translation>Daftarkan pengunjung dengan kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking code</source>
        <translation>Kode booking</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check in by typing it</source>
        <translation>Check-in dengan mengetik kode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reprint or cancel</source>
        <translation>Cetak ulang atau batalkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print queue</source>
        <translation>Antrean cetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures per service</source>
        <translation>Angka per layanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause or resume</source>
        <translation>Hentikan atau lanjutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer and camera</source>
        <translation>Printer dan kamera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tests, last error</source>
        <translation>Uji, galat terakhir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back to visitor mode</source>
        <translation>Ke mode pengunjung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the kiosk</source>
        <translation>Keluar dari kios</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Book a session</source>
        <translation>Pesan jadwal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For a visitor, also priority</source>
        <translation>Untuk pengunjung, juga prioritas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change a booking</source>
        <translation>Ubah booking</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel or move, by its code</source>
        <translation>Batalkan atau pindahkan, dengan kodenya</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../screens/message.py" line="+69"/>
        <source>Sorry</source>
        <translation>Mohon maaf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to start</source>
        <translation>Kembali ke awal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another service</source>
        <translation>Pilih layanan lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the NIK</source>
        <translation>Perbaiki NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the name</source>
        <translation>Perbaiki nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the phone number</source>
        <translation>Perbaiki nomor HP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the code again</source>
        <translation>Ketik kode lagi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another session</source>
        <translation>Pilih sesi lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another day</source>
        <translation>Pilih hari lain</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Book this session instead</source>
        <translation>Pesan sesi ini saja</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Your queue number</source>
        <translation>Nomor antrean Anda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the code again</source>
        <translation>Tunjukkan kode lagi</translation>
    </message>
</context>
<context>
    <name>NameScreen</name>
    <message>
        <location filename="../screens/name.py" line="+31"/>
        <source>Type your full name, as on your KTP</source>
        <translation>Ketik nama lengkap Anda, sama seperti di KTP</translation>
    </message>
</context>
<context>
    <name>NikScreen</name>
    <message>
        <location filename="../screens/nik.py" line="+67"/>
        <source>Type your NIK (16 digits)</source>
        <translation>Ketik NIK Anda (16 angka)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{count} of {length} digits</source>
        <translation>{count} dari {length} angka</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One moment, checking…</source>
        <translation>Sebentar, sedang memeriksa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The NIK is at the top of your KTP.</source>
        <translation>NIK ada di bagian atas KTP Anda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan KTP</source>
        <translation>Pindai KTP</translation>
    </message>
</context>
<context>
    <name>NumberScreen</name>
    <message>
        <location filename="../officer/code_entry.py" line="+27"/>
        <source>Type the queue number</source>
        <translation>Ketik nomor antrean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As printed on the ticket, for example A012.</source>
        <translation>Seperti tercetak pada tiket, misalnya A012.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
</context>
<context>
    <name>OfficerBanner</name>
    <message>
        <location filename="../officer/banner.py" line="+34"/>
        <source>OFFICER MODE — {name}</source>
        <translation>MODE PETUGAS — {name}</translation>
    </message>
</context>
<context>
    <name>OfficerScreen</name>
    <message>
        <location filename="../officer/page.py" line="+32"/>
        <source>Officer menu</source>
        <translation>Menu petugas</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <location filename="../screens/out_of_service.py" line="+40"/>
        <source>This kiosk cannot be used now</source>
        <translation>Kios ini sedang tidak bisa dipakai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Were you just taking a number? The officer can check whether it was saved. This screen goes back to the start by itself when the kiosk works again.</source>
        <translation>Tadi sedang mengambil nomor? Petugas bisa memeriksa apakah nomor Anda sudah tersimpan. Layar ini kembali ke awal dengan sendirinya bila kios sudah bisa dipakai.</translation>
    </message>
</context>
<context>
    <name>OutcomeScreen</name>
    <message>
        <location filename="../officer/outcome.py" line="+49"/>
        <source>Not done</source>
        <translation>Tidak dilakukan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priority number issued</source>
        <translation>Nomor prioritas diterbitkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking checked in</source>
        <translation>Booking sudah check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket printed again</source>
        <translation>Tiket dicetak ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket cancelled</source>
        <translation>Tiket dibatalkan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled: the visitor&apos;s NIK may take a new number today.</source>
        <translation>Dibatalkan: NIK pengunjung boleh mengambil nomor baru hari ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed: give the ticket to the visitor.</source>
        <translation>Tercetak: berikan tiket kepada pengunjung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not printed: it waits in the print queue. Tell the visitor the number.</source>
        <translation>Belum tercetak: tiket menunggu di antrean cetak. Beri tahu pengunjung nomornya.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Same-day number issued</source>
        <translation>Nomor hari ini diterbitkan</translation>
    </message>
</context>
<context>
    <name>PhoneScreen</name>
    <message>
        <location filename="../screens/phone.py" line="+46"/>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Your mobile number (you may leave it out)</source>
        <translation>Nomor HP Anda (boleh dikosongkan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mobile? Tap Skip.</source>
        <translation>Tidak punya HP? Sentuh Lewati.</translation>
    </message>
</context>
<context>
    <name>PrintQueueScreen</name>
    <message>
        <location filename="../officer/print_queue.py" line="+79"/>
        <source>Print queue</source>
        <translation>Antrean cetak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickets waiting for the printer: {count}</source>
        <translation>Tiket yang menunggu printer: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ticket is waiting for the printer.</source>
        <translation>Tidak ada tiket yang menunggu printer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed now: {numbers}</source>
        <translation>Sudah dicetak: {numbers}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was printed: the printer is still not ready. Check it under Printer and camera.</source>
        <translation>Tidak ada yang tercetak: printer masih belum siap. Periksa di Printer dan kamera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print now</source>
        <translation>Cetak sekarang</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>too late to print by itself</source>
        <translation>terlalu lama untuk dicetak sendiri</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Do not print the late ones</source>
        <translation>Jangan cetak yang terlambat</translation>
    </message>
</context>
<context>
    <name>PrinterBanner</name>
    <message>
        <location filename="../widgets/printer_banner.py" line="+34"/>
        <source>The ticket machine has no paper.</source>
        <translation>Kertas tiket sedang habis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ticket machine is not working.</source>
        <translation>Mesin tiket sedang rusak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You still get a number. It shows on the screen: show it to the officer.</source>
        <translation>Anda tetap mendapat nomor. Nomor tampil di layar: tunjukkan kepada petugas.</translation>
    </message>
</context>
<context>
    <name>ReasonScreen</name>
    <message>
        <location filename="../officer/reasons.py" line="+74"/>
        <source>Cancel ticket {number}?</source>
        <translation>Batalkan tiket {number}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The visitor&apos;s NIK can then get a new number today.</source>
        <translation>NIK pengunjung lalu dapat memperoleh nomor baru hari ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Tap the reason to cancel it:</source>
        <translation>Sentuh alasan pembatalan:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print ticket {number} again?</source>
        <translation>Cetak ulang tiket {number}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap the reason to reprint it:</source>
        <translation>Sentuh alasan cetak ulang:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a number anyway?</source>
        <translation>Tetap beri nomor?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only with one of these reasons; it is recorded with your name:</source>
        <translation>Hanya dengan salah satu alasan ini; dicatat dengan nama Anda:</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Cancel booking {code}?</source>
        <translation>Batalkan booking {code}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its place becomes free; its slip no longer checks in.</source>
        <translation>Tempatnya menjadi kosong; slipnya tidak dapat dipakai check-in lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move booking {code}?</source>
        <translation>Pindahkan booking {code}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The visitor gets a new code and slip; the old slip no longer checks in.</source>
        <translation>Pengunjung mendapat kode dan slip baru; slip lama tidak dapat dipakai check-in lagi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap the reason to move it:</source>
        <translation>Sentuh alasan pemindahan:</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../screens/scan.py" line="+58"/>
        <source>Hold the QR code inside the square</source>
        <translation>Pegang kode QR di dalam kotak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the code</source>
        <translation>Ketik kode</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Show your booking QR code to the camera</source>
        <translation>Tunjukkan kode QR pemesanan Anda ke kamera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold it still, about 20 cm from the camera. On a phone, make the screen brighter.</source>
        <translation>Tahan diam, sekitar 20 cm dari kamera. Di HP, terangkan layarnya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One moment, checking…</source>
        <translation>Sebentar, sedang memeriksa…</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <location filename="../screens/service.py" line="+88"/>
        <source>{count} waiting</source>
        <translation>{count} menunggu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>± {minutes} min</source>
        <translation>± {minutes} menit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a service</source>
        <translation>Pilih layanan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>No same-day numbers: tap to book a session</source>
        <translation>Tidak ada nomor hari ini: sentuh untuk pesan jadwal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full today. Tap to book a session.</source>
        <translation>Nomor hari ini sudah habis. Sentuh untuk pesan jadwal.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>One moment, checking…</source>
        <translation>Sebentar, sedang memeriksa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed for a while. Please see the officer.</source>
        <translation>Sedang ditutup sementara. Silakan ke petugas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No numbers left today. Please see the officer.</source>
        <translation>Nomor hari ini sudah habis. Silakan ke petugas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers left today: {count}</source>
        <translation>Sisa nomor hari ini: {count}</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <location filename="../officer/services.py" line="+60"/>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taking visitors</source>
        <translation>Menerima pengunjung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Hentikan</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <location filename="../screens/booking_choice.py" line="+27"/>
        <source>Choose a session</source>
        <translation>Pilih sesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}, office time. Come in the session you choose.</source>
        <translation>{day}, waktu kantor. Datanglah pada sesi yang Anda pilih.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already over</source>
        <translation>Sudah lewat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full</source>
        <translation>Penuh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} places free</source>
        <translation>{count} tempat kosong</translation>
    </message>
</context>
<context>
    <name>SlipScreen</name>
    <message>
        <location filename="../screens/slip.py" line="+87"/>
        <source>Your session is booked</source>
        <translation>Jadwal Anda sudah dipesan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Booking code {code}</source>
        <translation>Kode pemesanan {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take your slip, or photograph the QR. On that day, show it to the kiosk&apos;s camera. Booking is free; the slip is valid only for you.</source>
        <translation>Ambil slip Anda, atau foto kode QR-nya. Pada hari itu, tunjukkan ke kamera kios. Pemesanan ini gratis; slip hanya berlaku untuk Anda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The slip could not be printed. Please photograph this screen now.</source>
        <translation>Slip tidak dapat dicetak. Silakan foto layar ini sekarang.</translation>
    </message>
</context>
<context>
    <name>TechnicianScreen</name>
    <message>
        <location filename="../officer/technician.py" line="+95"/>
        <source>Asking the printer…</source>
        <translation>Menanyai printer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer is ready.</source>
        <translation>Printer siap.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test ticket was sent to the printer.</source>
        <translation>Tiket uji sudah dikirim ke printer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test ticket was not printed: {detail}</source>
        <translation>Tiket uji tidak tercetak: {detail}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Camera {index} works: this is its live picture.</source>
        <translation>Kamera {index} berfungsi: ini gambar langsungnya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera {index} works.</source>
        <translation>Kamera {index} berfungsi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the camera…</source>
        <translation>Membuka kamera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows camera {index}&apos;s picture for a few seconds.</source>
        <translation>Menampilkan gambar kamera {index} selama beberapa detik.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print a test</source>
        <translation>Cetak uji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer state</source>
        <translation>Status printer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Camera test</source>
        <translation>Uji kamera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last warning or error: none since the kiosk started.</source>
        <translation>Peringatan atau galat terakhir: tidak ada sejak kios dijalankan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last warning or error: {text}</source>
        <translation>Peringatan atau galat terakhir: {text}</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>No camera answers at number {index}. Check its cable, then test again.</source>
        <translation>Tidak ada kamera yang menjawab di nomor {index}. Periksa kabelnya, lalu uji lagi.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Print a test ticket, or ask the printer its state.</source>
        <translation>Cetak tiket uji, atau tanyakan status printer.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Printer and camera</source>
        <translation>Printer dan kamera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket printer ({type})</source>
        <translation>Printer tiket ({type})</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <location filename="../screens/ticket.py" line="+114"/>
        <source>Your queue number</source>
        <translation>Nomor antrean Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>People ahead of you: {count}</source>
        <translation>Di depan Anda: {count} orang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected call ± {time}</source>
        <translation>Perkiraan dipanggil ± {time}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Your booked time: {start}–{end}</source>
        <translation>Jadwal Anda: {start}–{end}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Take your ticket, then sit down and watch the calling screen.</source>
        <translation>Ambil tiket Anda, lalu duduk dan lihat layar panggilan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ticket did not print, but your number is saved. Show this screen to the officer, or take a photo of it. Tap Done when you are ready.</source>
        <translation>Tiket tidak tercetak, tetapi nomor Anda sudah tersimpan. Tunjukkan layar ini kepada petugas, atau foto layar ini. Sentuh Selesai bila sudah.</translation>
    </message>
</context>
<context>
    <name>TicketsScreen</name>
    <message>
        <location filename="../officer/tickets.py" line="+93"/>
        <source>Tickets of today</source>
        <translation>Tiket hari ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tap a ticket, or type its number.</source>
        <translation>Sentuh tiket, atau ketik nomornya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tickets yet today.</source>
        <translation>Belum ada tiket hari ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No ticket chosen.</source>
        <translation>Belum ada tiket dipilih.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>printed</source>
        <translation>tercetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the printer</source>
        <translation>menunggu printer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being printed</source>
        <translation>sedang dicetak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a number</source>
        <translation>Ketik nomor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint</source>
        <translation>Cetak ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel ticket</source>
        <translation>Batalkan tiket</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../officer/today.py" line="+93"/>
        <source>Printing the close-of-day slip…</source>
        <translation>Sedang mencetak slip tutup hari…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The close-of-day slip was printed. Keep it outside the kiosk.</source>
        <translation>Slip tutup hari sudah dicetak. Simpan di luar komputer kios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The close-of-day slip was not printed: {fault}</source>
        <translation>Slip tutup hari tidak tercetak: {fault}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today: {date}</source>
        <translation>Hari ini: {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places left</source>
        <translation>Sisa kuota</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refresh</source>
        <translation>Perbarui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print close-of-day slip</source>
        <translation>Cetak slip tutup hari</translation>
    </message>
</context>
<context>
    <name>VisitorBar</name>
    <message>
        <location filename="../widgets/visitor_bar.py" line="+62"/>
        <source>You asked just now.</source>
        <translation>Dipanggil baru saja.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You asked %n minute(s) ago.</source>
        <translation>
            <numerusform>Dipanggil %n menit lalu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An officer is coming.</source>
        <translation>Petugas segera datang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listen</source>
        <translation>Dengarkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silence</source>
        <translation>Matikan suara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call an officer</source>
        <translation>Panggil petugas</translation>
    </message>
</context>
</TS>
