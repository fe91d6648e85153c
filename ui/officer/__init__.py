"""Officer mode on the touchscreen: a hidden way in, a PIN login, the assisted-desk screens, and the way
out (back to visitor mode, or leaving the kiosk program). `flow.OfficerFlow` ties the screens together."""
