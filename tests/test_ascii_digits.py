"""Only ASCII 0-9 are digits: Arabic-Indic, fullwidth and superscript digits are refused with the
field's own code, never stored, never a crash. And a NIK-shaped run never leaves in a message."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.assisted import LABEL
from kiosk.digits import is_digits, mask_nik_runs
from kiosk.errors import KioskError
from kiosk.nik import validate_nik
from kiosk.officers import validate_pin
from kiosk.tickets import TicketService, normalise_phone
from tests.support.cli_run import run_kiosk
from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
SCRIPTS = pytest.mark.parametrize(
    "script", [ARABIC_INDIC, FULLWIDTH, SUPERSCRIPT], ids=["arabic", "full", "sup"]
)
TODAY = date(2026, 11, 30)


@SCRIPTS
def test_a_nik_in_other_digits_is_invalid_nik(script: dict[int, str]) -> None:
    with pytest.raises(KioskError) as refused:
        validate_nik(make_nik(17).translate(script), TODAY)
    assert refused.value.code == "invalid_nik"


@SCRIPTS
def test_a_pin_in_other_digits_is_refused(script: dict[int, str]) -> None:
    with pytest.raises(KioskError) as refused:
        validate_pin("482913".translate(script))
    assert refused.value.code == "invalid_pin"


@SCRIPTS
def test_a_phone_in_other_digits_is_refused(script: dict[int, str]) -> None:
    with pytest.raises(KioskError) as refused:
        normalise_phone("081234567890".translate(script))
    assert refused.value.code == "invalid_phone"


@SCRIPTS
def test_a_queue_number_in_other_digits_is_no_queue_number(script: dict[int, str]) -> None:
    assert LABEL.fullmatch("A012".translate(script)) is None


def test_is_digits_counts_only_ascii() -> None:
    assert is_digits("0123456789", 10) and not is_digits("٠١٢٣", 4) and not is_digits("²", 1)
    assert is_digits("12", 1, 3) and not is_digits("1234", 1, 3) and not is_digits("", 0, 3)


def test_the_ticket_command_refuses_a_fullwidth_nik(make_config: MakeConfig) -> None:
    config = make_config()
    nik = make_nik(3).translate(FULLWIDTH)
    run = run_kiosk(
        "ticket", "issue", "--service", "new", "--nik", nik, "--name", "ANI", "--config", str(config.source)
    )
    assert run.code == 1 and "invalid_nik" in run.err and "Traceback" not in run.text


def test_the_purge_command_refuses_other_digits_and_huge_numbers(make_config: MakeConfig) -> None:
    config = make_config()
    for days in ("٣٠", "99999999999999999999"):
        run = run_kiosk("purge", "--older-than", days, "--config", str(config.source))
        assert run.code == 2 and "Traceback" not in run.text


def test_every_message_masks_a_nik_shaped_run(tickets: TicketService) -> None:
    nik = make_nik(17)
    refusal = KioskError("unknown_service", service=nik)
    for language in ("id", "en"):
        assert nik not in refusal.message(language) and "************0017" in refusal.message(language)
    grouped = " ".join(nik[i : i + 4] for i in range(0, 16, 4))
    assert mask_nik_runs(f"x {grouped} y") == "x ************0017 y"
    assert mask_nik_runs("a" + "1" * 16 + "b") == "a" + "1" * 16 + "b"  # inside hex: an audit hash
