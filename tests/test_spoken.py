"""Indonesian words for queue numbers and counters, letter names and the call sentence."""

from __future__ import annotations

import pytest

from kiosk.spoken import all_clips, call_clips, call_sentence, clip_text, number_words, split_label

WORDS = [
    (1, "satu"),
    (7, "tujuh"),
    (10, "sepuluh"),
    (11, "sebelas"),
    (12, "dua belas"),
    (19, "sembilan belas"),
    (20, "dua puluh"),
    (21, "dua puluh satu"),
    (99, "sembilan puluh sembilan"),
    (100, "seratus"),
    (101, "seratus satu"),
    (110, "seratus sepuluh"),
    (111, "seratus sebelas"),
    (200, "dua ratus"),
    (345, "tiga ratus empat puluh lima"),
    (999, "sembilan ratus sembilan puluh sembilan"),
    (1000, "seribu"),
    (1001, "seribu satu"),
    (1100, "seribu seratus"),
    (1111, "seribu seratus sebelas"),
    (2000, "dua ribu"),
    (2050, "dua ribu lima puluh"),
    (3123, "tiga ribu seratus dua puluh tiga"),
    (9999, "sembilan ribu sembilan ratus sembilan puluh sembilan"),
]


@pytest.mark.parametrize(("number", "words"), WORDS)
def test_number_words(number: int, words: str) -> None:
    assert " ".join(number_words(number)) == words


def test_every_number_uses_only_clips_of_the_default_set() -> None:
    clips = set(all_clips())
    for n in range(1, 10000):
        assert set(number_words(n)) <= clips, n


@pytest.mark.parametrize("number", [0, -1, 10000])
def test_numbers_out_of_range_are_refused(number: int) -> None:
    with pytest.raises(ValueError):
        number_words(number)


def test_the_call_sentence_and_its_clips() -> None:
    assert call_sentence("A012", 3) == "Nomor antrean, A, dua belas. Silakan menuju loket tiga."
    assert call_clips("A012", 3) == [
        "nomor-antrean",
        "huruf-a",
        "dua",
        "belas",
        "silakan-menuju-loket",
        "tiga",
    ]
    assert call_clips("B1000", 11) == [
        "nomor-antrean",
        "huruf-b",
        "seribu",
        "silakan-menuju-loket",
        "sebelas",
    ]
    assert [clip_text(c) for c in call_clips("P007", 2)] == [
        "nomor antrean",
        "pe",
        "tujuh",
        "silakan menuju loket",
        "dua",
    ]


@pytest.mark.parametrize("label", ["A", "A0", "a012", "AB12", "A12345", "A٣", "A 12"])
def test_labels_that_are_not_queue_numbers(label: str) -> None:
    with pytest.raises(ValueError):
        split_label(label)
