"""The close-of-day slip: the day's figures and audit head on paper kept outside the kiosk (docs/audit.md)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
import qrcode

from kiosk import audit
from kiosk.close_of_day import KEEP_OUTSIDE, close_of_day, close_of_day_layout, hash_lines
from kiosk.config import Config
from kiosk.desk import Desk
from kiosk.layout import Qr, Text
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.support.kiosk_cli import kiosk
from tests.support.niks import make_nik
from tests.support.officer_mode import officer_mode
from tests.support.printer_peer import LoopbackPrinter

NAMES = ("SITI AMINAH", "JOKO WIDODO", "RINA SARI")
PHONE = "081234567890"


@pytest.fixture
def day_done(desk: Desk, clock: FixedClock) -> None:
    """Two walk-ins for 'new', one for 'renewal'; an officer logged in (audit records)."""
    officer_mode(desk, clock)
    for serial, (service, name) in enumerate(zip(("new", "new", "renewal"), NAMES, strict=True), start=21):
        clock.now += timedelta(minutes=1)
        desk.issue(service, make_nik(serial), name, PHONE)


@pytest.mark.parametrize("width", [58, 80])
def test_the_slip_says_the_figures_and_the_head_and_fits_the_paper(
    make_config: MakeConfig, day_done: None, desk: Desk, clock: FixedClock, width: int
) -> None:
    config = make_config(printer={"width_mm": width})
    today = desk.tickets.today()
    slip = close_of_day(desk.tickets.db, config, today, "Budi", clock.now, today)
    layout = close_of_day_layout(slip, config)
    texts = "\n".join(layout.texts())
    seq, digest = audit.day_head(desk.tickets.db, config, today) or (0, "")
    assert config.office.name in texts and config.kiosk.display_name in texts
    assert "Terbit 2 · Dilayani 0" in texts and "Tidak datang 0 · Menunggu 2" in texts
    assert "Terbit 1 · Dilayani 0" in texts and "Petugas: Budi" in texts
    assert f"Catatan nomor {seq}" in texts and KEEP_OUTSIDE in texts
    assert "".join(hash_lines(digest)).replace(" ", "") == digest
    for block in layout.blocks:
        if isinstance(block, Text) and block.text in hash_lines(digest):
            assert layout.lines(block) == [block.text]  # each hash line on one printed line
    (qr,) = [b for b in layout.blocks if isinstance(b, Qr)]
    assert qr.data == f"AUDITHEAD {today.isoformat()} {seq} {digest}"
    code = qrcode.QRCode(border=4)
    code.add_data(qr.data)
    code.make(fit=True)
    assert (code.modules_count + 8) * qr.box <= layout.dots
    for serial, name in enumerate(NAMES, start=21):
        assert make_nik(serial) not in texts and name not in texts
    assert PHONE not in texts and "NIK" not in texts


def test_a_day_without_records_says_so(desk: Desk, config: Config, clock: FixedClock) -> None:
    day = desk.tickets.today() - timedelta(days=3)
    slip = close_of_day(desk.tickets.db, config, day, "Budi", clock.now, desk.tickets.today())
    texts = close_of_day_layout(slip, config).texts()
    assert "Belum ada catatan hari ini" in texts and "Tidak datang 0 · Menunggu -" in texts
    assert not [b for b in close_of_day_layout(slip, config).blocks if isinstance(b, Qr)]


def test_kiosk_audit_slip_prints_on_the_configured_printer(
    make_config: MakeConfig, loopback_printer: LoopbackPrinter
) -> None:
    config = make_config(printer={"type": "network", "host": "127.0.0.1", "port": loopback_printer.port})
    assert (
        kiosk(config, "ticket", "issue", "--service", "new", "--nik", make_nik(5), "--name", "Ani").returncode
        == 0
    )
    head = json.loads(kiosk(config, "audit", "head", "--json").stdout)
    result = kiosk(config, "audit", "slip", "--officer", "Budi", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {**head, "printed": True}
    job = loopback_printer.jobs[-1]
    assert b"SLIP TUTUP HARI" in job and b"Petugas: Budi" in job and head["hash"][:4].encode() in job
    assert make_nik(5).encode() not in job and b"Ani" not in job
    as_on_the_slip = " ".join(head["hash"][i : i + 4] for i in range(0, 64, 4))
    verified = kiosk(config, "audit", "verify", "--head", as_on_the_slip)
    assert verified.returncode == 0, verified.stdout

    loopback_printer.refuse()
    failed = kiosk(config, "audit", "slip", "--json")
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    answer = json.loads(failed.stdout)
    assert answer["printed"] is False and answer["error"]["code"].startswith("printer")
    plain = kiosk(config, "audit", "slip")
    assert plain.returncode == 1 and "printer" in plain.stderr and "Traceback" not in plain.stderr
