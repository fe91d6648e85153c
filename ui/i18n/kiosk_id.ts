<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BookingPlaceholderScreen</name>
    <message>
        <location filename="../screens/booking_placeholder.py" line="+30"/>
        <source>Check in with a booking code</source>
        <translation>Check-in dengan kode booking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking in with the QR code from the app is coming soon to this kiosk.</source>
        <translation>Check-in dengan kode QR dari aplikasi akan segera tersedia di kios ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For now, please show your booking code to the officer at the front desk.</source>
        <translation>Untuk sementara, silakan tunjukkan kode booking Anda kepada petugas di meja depan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Kembali</translation>
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
        <location filename="../screens/home.py" line="+67"/>
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
    <name>MessageScreen</name>
    <message>
        <location filename="../screens/message.py" line="+56"/>
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
        <source>Try again</source>
        <translation>Coba lagi</translation>
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
    <name>ServiceScreen</name>
    <message>
        <location filename="../screens/service.py" line="+47"/>
        <source>Checking places left…</source>
        <translation>Memeriksa sisa kuota…</translation>
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
        <location line="+5"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <location filename="../screens/ticket.py" line="+82"/>
        <source>Your queue number</source>
        <translation>Nomor antrean Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People ahead of you: {count}</source>
        <translation>Di depan Anda: {count} orang</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please sit down and wait until your number is called.</source>
        <translation>Silakan duduk dan tunggu sampai nomor Anda dipanggil.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The printer could not print your ticket. Please take a photo of your number or show this screen to the officer, then sit down and wait until it is called.</source>
        <translation>Printer tidak dapat mencetak tiket Anda. Silakan foto nomor Anda atau tunjukkan layar ini kepada petugas, lalu duduk dan tunggu sampai nomor Anda dipanggil.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Take your ticket from the printer.</source>
        <translation>Ambil tiket Anda dari printer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Have these ready:</source>
        <translation>Siapkan dokumen berikut:</translation>
    </message>
</context>
</TS>
