<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BookingCodeScreen</name>
    <message>
        <location filename="../screens/booking_code.py" line="+68"/>
        <source>Type your booking code</source>
        <translation>Ketik kode booking Anda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The camera is not working: type the code.</source>
        <translation>Kamera tidak berfungsi: ketik kodenya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is in your booking app, e.g. {example}.</source>
        <translation>Ada di aplikasi booking, mis. {example}.</translation>
    </message>
</context>
<context>
    <name>BookingEntryScreen</name>
    <message>
        <location filename="../officer/code_entry.py" line="+26"/>
        <source>Type the visitor&apos;s booking code</source>
        <translation>Ketik kode booking pengunjung</translation>
    </message>
</context>
<context>
    <name>BringScreen</name>
    <message>
        <location filename="../screens/bring.py" line="+42"/>
        <source>Please have these documents ready</source>
        <translation>Siapkan dokumen berikut</translation>
    </message>
    <message>
        <location line="+3"/>
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
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <location filename="../officer/register.py" line="+90"/>
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
    <name>ConfirmScreen</name>
    <message>
        <location filename="../screens/confirm.py" line="+56"/>
        <source>Please check your details</source>
        <translation>Periksa kembali data Anda</translation>
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
        <location line="+1"/>
        <source>Phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not given</source>
        <translation>Tidak diisi</translation>
    </message>
    <message>
        <location line="+1"/>
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
</context>
<context>
    <name>EntryScreen</name>
    <message>
        <location filename="../screens/entry.py" line="+103"/>
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
    <name>HomeScreen</name>
    <message>
        <location filename="../screens/home.py" line="+76"/>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have a booking code</source>
        <translation>Saya punya kode booking</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I registered in the app</source>
        <translation>Saya sudah mendaftar di aplikasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register without the app</source>
        <translation>Daftar tanpa aplikasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Get a queue number here</source>
        <translation>Ambil nomor antrean di sini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A+  Larger text</source>
        <translation>A+  Huruf lebih besar</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../widgets/idle.py" line="+113"/>
        <source>Are you still there?</source>
        <translation>Masih di sana?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If nobody taps Continue, the kiosk goes back to the start and clears what was typed.</source>
        <translation>Jika tidak ada yang menyentuh Lanjutkan, layar kembali ke awal dan data yang sudah diketik dihapus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
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
        <location line="+1"/>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
</context>
<context>
    <name>KtpScanScreen</name>
    <message>
        <location filename="../screens/ktp_scan.py" line="+57"/>
        <source>Scan your KTP</source>
        <translation>Pindai KTP Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold your KTP inside the box</source>
        <translation>Tempelkan KTP di dalam kotak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The front of the card to the camera, flat and still, about 20 cm away.</source>
        <translation>Bagian depan KTP menghadap kamera, rata dan diam, sekitar 20 cm dari kamera.</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>LeaveScreen</name>
    <message>
        <location filename="../officer/menu.py" line="+96"/>
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
        <location filename="../officer/login.py" line="+99"/>
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
        <location filename="../officer/menu.py" line="-47"/>
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
        <location line="+4"/>
        <source>Back to visitor mode</source>
        <translation>Ke mode pengunjung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the kiosk</source>
        <translation>Keluar dari kios</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../screens/message.py" line="+60"/>
        <source>Sorry</source>
        <translation>Mohon maaf</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+1"/>
        <source>Scan again</source>
        <translation>Pindai lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the code again</source>
        <translation>Ketik kode lagi</translation>
    </message>
</context>
<context>
    <name>NameScreen</name>
    <message>
        <location filename="../screens/name.py" line="+31"/>
        <source>Type your full name as on your KTP</source>
        <translation>Ketik nama lengkap sesuai KTP</translation>
    </message>
</context>
<context>
    <name>NikScreen</name>
    <message>
        <location filename="../screens/nik.py" line="+27"/>
        <source>Type your NIK (16 digits)</source>
        <translation>Ketik NIK Anda (16 angka)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You find it on your KTP (ID card). Check each digit before tapping Next.</source>
        <translation>NIK tertera di KTP Anda. Periksa setiap angka sebelum menyentuh Lanjut.</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>This kiosk is out of service</source>
        <translation>Kios ini sedang tidak beroperasi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you were taking a queue number just now, the officer can check whether it was recorded. This screen goes back to the start by itself when the kiosk works again.</source>
        <translation>Bila Anda baru saja mengambil nomor antrean, petugas dapat memeriksa apakah nomor itu sudah tercatat. Layar ini kembali ke awal dengan sendirinya setelah kios dapat dipakai lagi.</translation>
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
        <location line="+1"/>
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
</context>
<context>
    <name>PhoneScreen</name>
    <message>
        <location filename="../screens/phone.py" line="+34"/>
        <source>Your phone number (optional)</source>
        <translation>Nomor HP Anda (tidak wajib)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So the office can contact you. You may skip this.</source>
        <translation>Agar kantor dapat menghubungi Anda. Boleh dilewati.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
</context>
<context>
    <name>PrintQueueScreen</name>
    <message>
        <location filename="../officer/print_queue.py" line="+70"/>
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
</context>
<context>
    <name>PrinterBanner</name>
    <message>
        <location filename="../widgets/printer_banner.py" line="+34"/>
        <source>The ticket printer is out of paper.</source>
        <translation>Kertas printer tiket habis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ticket printer is not working.</source>
        <translation>Printer tiket sedang tidak berfungsi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You still get a number, shown on the screen: take a photo of it or see the officer.</source>
        <translation>Nomor tetap diberikan dan tampil di layar: foto nomor itu atau temui petugas.</translation>
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
        <source>Tap the reason to cancel it:</source>
        <translation>Sentuh alasan pembatalan:</translation>
    </message>
    <message>
        <location line="+2"/>
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
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../screens/scan.py" line="+57"/>
        <source>Scan your booking QR code</source>
        <translation>Pindai kode QR booking Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the QR code inside the square</source>
        <translation>Pegang kode QR di dalam kotak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it still, about 20 cm from the camera. On a phone, turn the brightness up.</source>
        <translation>Tahan diam, sekitar 20 cm dari kamera. Di ponsel, naikkan kecerahan layar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking your booking…</source>
        <translation>Memeriksa booking Anda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the code</source>
        <translation>Ketik kode</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <location filename="../screens/service.py" line="+54"/>
        <source>Checking places left…</source>
        <translation>Memeriksa sisa kuota…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused for now. Please see the officer.</source>
        <translation>Dihentikan sementara. Silakan temui petugas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full today. Please see the officer.</source>
        <translation>Kuota hari ini sudah habis. Silakan temui petugas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places left today: {count}</source>
        <translation>Sisa nomor hari ini: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a service</source>
        <translation>Pilih layanan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Kembali</translation>
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
    <name>TechnicianScreen</name>
    <message>
        <location filename="../officer/technician.py" line="+94"/>
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
        <location filename="../screens/ticket.py" line="+92"/>
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
        <location line="+10"/>
        <source>Your number is recorded, but the ticket could not be printed. Please take a photo of this screen and show it to the officer.</source>
        <translation>Nomor Anda sudah tercatat, tetapi tiket tidak dapat dicetak. Silakan foto layar ini dan tunjukkan kepada petugas.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Booking, session {start}–{end}</source>
        <translation>Booking, sesi {start}–{end}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take your ticket, then sit down and wait for your number to be called.</source>
        <translation>Ambil tiket Anda, lalu duduk dan tunggu nomor Anda dipanggil.</translation>
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
        <location filename="../officer/today.py" line="+68"/>
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
</context>
</TS>
