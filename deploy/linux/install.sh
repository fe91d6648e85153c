#!/bin/sh
# Install or update the kiosk on Debian 12, as root, from a built bundle:
#
#     sudo deploy/linux/install.sh dist/kiosk
#
# First install: system packages, the `kiosk` user (groups lp, dialout, video), /etc/kiosk-imigrasi/kiosk.toml
# (edit it, then `sudo systemctl restart kiosk`), the USB printer udev rule, the services. Update: the new
# bundle is checked (`kiosk self-test` in a temporary folder) before anything changes, the database is backed
# up, the old bundle is kept as /opt/kiosk.old, and the kiosk migrates its database when it starts.
# docs/deployment.md explains each step.
set -eu

bundle=${1:?usage: install.sh path/to/dist/kiosk}
here=$(cd "$(dirname "$0")" && pwd)
[ -x "$bundle/kiosk" ] || { echo "install.sh: $bundle/kiosk is not a kiosk bundle (make dist builds one)" >&2; exit 1; }

apt-get install -y --no-install-recommends cage xwayland libzbar0 libusb-1.0-0 sqlite3 \
    libwayland-client0 libwayland-cursor0 libwayland-egl1 libegl1 libgl1 libxkbcommon0 \
    libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core

id kiosk >/dev/null 2>&1 || useradd --system --home-dir /var/lib/kiosk-imigrasi --no-create-home \
    --shell /usr/sbin/nologin kiosk
usermod -a -G lp,dialout,video kiosk
install -d -o kiosk -g kiosk -m 0750 /var/lib/kiosk-imigrasi
install -d -o kiosk -g kiosk -m 0700 /var/backups/kiosk-imigrasi
install -d -m 0755 /etc/kiosk-imigrasi
[ -e /etc/kiosk-imigrasi/kiosk.toml ] || install -m 0644 "$here/kiosk.toml" /etc/kiosk-imigrasi/kiosk.toml

# The new bundle next to the old one; it must pass its self-test on this machine before it replaces anything.
rm -rf /opt/kiosk.new
cp -a "$bundle" /opt/kiosk.new
chmod -R go-w /opt/kiosk.new
(cd /tmp && runuser -u kiosk -- env -u KIOSK_CONFIG -u DISPLAY -u WAYLAND_DISPLAY XDG_DATA_HOME=/var/lib \
    /opt/kiosk.new/kiosk self-test)

if [ -e /var/lib/kiosk-imigrasi/kiosk.db ] && [ -x /opt/kiosk/kiosk ]; then
    runuser -u kiosk -- env KIOSK_CONFIG=/etc/kiosk-imigrasi/kiosk.toml XDG_DATA_HOME=/var/lib \
        /opt/kiosk/kiosk backup "/var/backups/kiosk-imigrasi/before-update-$(date +%Y%m%d-%H%M%S).db"
fi
systemctl stop kiosk.service 2>/dev/null || true
rm -rf /opt/kiosk.old
[ ! -e /opt/kiosk ] || mv /opt/kiosk /opt/kiosk.old
mv /opt/kiosk.new /opt/kiosk

install -m 0644 "$here/kiosk.service" "$here/kiosk-nightly.service" "$here/kiosk-nightly.timer" /etc/systemd/system/
install -m 0644 "$here/kiosk.pam" /etc/pam.d/kiosk
install -m 0755 "$here/kiosk-cli" /usr/local/bin/kiosk
install -m 0644 "$here/99-kiosk-printer.rules" /etc/udev/rules.d/
udevadm control --reload && udevadm trigger --subsystem-match=usb
systemctl daemon-reload
systemctl set-default graphical.target
systemctl enable --now kiosk-nightly.timer
systemctl enable kiosk.service
systemctl restart kiosk.service
echo "kiosk installed: /opt/kiosk; settings /etc/kiosk-imigrasi/kiosk.toml; data /var/lib/kiosk-imigrasi"
