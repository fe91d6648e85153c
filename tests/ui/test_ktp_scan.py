"""Scanning the KTP on the NIK screen: the camera (the one fake: it plays synthetic card photos) is read by
the real e-KTP reader off the GUI thread; the NIK and name screens are filled for the visitor to confirm; an
unread card gives a kind word and the keypad back; the same capture worker still reads booking QRs."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.nik import mask
from tests.support.config_files import MakeConfig
from tests.support.ktp_cards import make_person, photograph
from tests.support.printer_peer import LoopbackPrinter
from tests.ui.checkin_support import (
    BLANK,
    TOKEN,
    booking_config,
    camera_source,
    checkin_flow,
    code_frame,
    open_with_camera,
)
from tests.ui.conftest import Kiosk, OpenKiosk
from tests.ui.test_officer_login import log_in
from ui.ktp_scan_flow import KtpScanFlow
from ui.screens.name import CURSOR

READ_MS = 20000  # two frames read by Tesseract on a loaded 2-core machine


def card_frames(seed: int = 101) -> tuple[list[np.ndarray], str, str]:
    photo = photograph(make_person(seed), seed, (1280, 720), "plain")
    return [cv2.cvtColor(photo.frame, cv2.COLOR_BGR2GRAY)], photo.person.nik, photo.person.name


def scan_flow(kiosk: Kiosk) -> KtpScanFlow:
    flow = kiosk.window.findChild(KtpScanFlow)
    assert flow is not None
    return flow


def to_nik_screen(kiosk: Kiosk) -> None:
    kiosk.choose_service("new")
    kiosk.wait_for("nik")


def test_a_scanned_card_fills_the_nik_and_name_for_the_visitor_to_confirm(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    frames, nik, name = card_frames()
    kiosk = open_with_camera(open_kiosk, make_config(), frames)
    to_nik_screen(kiosk)
    assert "Pindai KTP" in kiosk.texts()
    kiosk.tap("scan_ktp")
    kiosk.wait_for("ktp_scan")
    assert "Tempelkan KTP di dalam kotak" in kiosk.texts()
    kiosk.qtbot.waitUntil(lambda: scan_flow(kiosk).screen.view.frames > 0)
    kiosk.wait_for("nik", timeout=READ_MS)
    assert kiosk.text("display") == f"{nik[:4]} {nik[4:8]} {nik[8:12]} {nik[12:]}"
    kiosk.qtbot.waitUntil(lambda: not camera_source(kiosk).is_open)  # the camera closes with the scan screen
    kiosk.tap("next")  # nothing is taken without the visitor's confirmation
    kiosk.wait_for("name")
    assert kiosk.text("display") == name + CURSOR
    kiosk.tap("next")
    kiosk.wait_for("confirm")  # the phone number is asked for from the confirmation, if at all
    assert kiosk.text("confirm_nik") == mask(nik) and kiosk.text("confirm_name") == name


def test_an_unread_card_says_so_kindly_and_gives_the_keypad_back(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    kiosk = open_with_camera(open_kiosk, make_config(), [BLANK])
    flow = scan_flow(kiosk)
    flow.not_read_timer.setInterval(1500)  # 15 s at the kiosk
    flow.sorry_timer.setInterval(300)
    to_nik_screen(kiosk)
    kiosk.tap("scan_ktp")
    kiosk.wait_for("ktp_scan")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current().findChild(object, "ktp_not_read").isVisible())
    assert "Maaf, KTP Anda belum terbaca" in kiosk.texts()
    kiosk.wait_for("nik")
    assert kiosk.text("display") == "____ ____ ____ ____"
    kiosk.tap("scan_ktp")  # a second try starts afresh
    kiosk.wait_for("ktp_scan")
    assert "Tempelkan KTP di dalam kotak" in kiosk.texts() and "Maaf" not in kiosk.texts()
    kiosk.tap("type_nik")
    kiosk.wait_for("nik")


def test_the_officer_registers_a_visitor_from_the_card(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    frames, nik, name = card_frames(102)
    kiosk = open_with_camera(open_kiosk, make_config(), frames)
    log_in(kiosk)
    kiosk.tap("task_register")
    kiosk.wait_for("officer_nik")
    kiosk.tap("scan_ktp")
    kiosk.wait_for("ktp_scan")
    kiosk.wait_for("officer_nik", timeout=READ_MS)
    assert kiosk.text("display").replace(" ", "") == nik
    kiosk.tap("next")
    kiosk.wait_for("officer_name")
    assert kiosk.text("display") == name + CURSOR


def test_without_a_camera_there_is_no_scan_button(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    kiosk = open_kiosk(make_config())
    to_nik_screen(kiosk)
    assert not kiosk.button("scan_ktp").isVisible()


@pytest.mark.parametrize("portrait", [False, True])
def test_the_scan_screen_renders(
    make_config: MakeConfig, open_kiosk: OpenKiosk, tmp_path: Path, portrait: bool
) -> None:
    frames, _, _ = card_frames()
    kiosk = open_with_camera(open_kiosk, make_config(), frames)
    if portrait:
        kiosk.window.resize(800, 1280)
    shape = "portrait" if portrait else "landscape"
    to_nik_screen(kiosk)
    assert kiosk.window.grab().save(str(tmp_path / f"nik_{shape}.png"))
    kiosk.tap("scan_ktp")
    kiosk.wait_for("ktp_scan")
    view = scan_flow(kiosk).screen.view
    kiosk.qtbot.waitUntil(lambda: view.frames > 0)
    picture = kiosk.window.grab()
    assert picture.save(str(tmp_path / f"ktp_scan_{shape}.png"))
    assert view.guide is not checkin_flow(kiosk).scan.view.guide  # card-shaped, not the QR square


def test_the_same_camera_worker_reads_booking_qrs_after_a_card(
    make_config: MakeConfig, open_kiosk: OpenKiosk, loopback_printer: LoopbackPrinter
) -> None:
    frames, nik, _ = card_frames()
    kiosk = open_with_camera(
        open_kiosk, booking_config(make_config, loopback_printer), [*frames, code_frame(TOKEN)]
    )
    to_nik_screen(kiosk)
    kiosk.tap("scan_ktp")
    kiosk.wait_for("nik", timeout=READ_MS)
    assert kiosk.text("display").replace(" ", "") == nik  # the QR frames in between did not stop the read
    flow = kiosk.window.flow
    assert flow is not None
    flow.start_over(new_visitor=False)  # the visitor leaves (Back, or the idle reset)
    kiosk.tap("booking")
    kiosk.wait_for("ticket", timeout=READ_MS)
    assert b"Pemesanan TGU-8F2K91" in loopback_printer.wait_for_jobs(1)[0]


def test_a_broken_reader_gives_the_keypad_back_and_keeps_the_camera_worker(
    make_config: MakeConfig, open_kiosk: OpenKiosk, caplog: pytest.LogCaptureFixture
) -> None:
    frames, nik, _ = card_frames()
    kiosk = open_with_camera(open_kiosk, make_config(), frames)
    camera = checkin_flow(kiosk).camera
    assert camera is not None

    def broken() -> None:
        raise RuntimeError("no Tesseract model")

    camera.card_reader = broken
    flow = scan_flow(kiosk)
    flow.not_read_timer.setInterval(1000)
    flow.sorry_timer.setInterval(200)
    to_nik_screen(kiosk)
    kiosk.tap("scan_ktp")
    kiosk.wait_for("ktp_scan")
    kiosk.wait_for("nik")
    assert kiosk.text("display") == "____ ____ ____ ____"
    assert "e-KTP reader failed" in caplog.text and nik not in caplog.text
    assert all(thread.is_alive() for thread in camera._threads)
