"""QR code decoding for the kiosk camera: one decoder interface, several backends, one tuned cascade."""
