"""How a call is said in Bahasa Indonesia: numbers as words, letters by name, the sentence as clip names.

"Nomor antrean, A, dua belas. Silakan menuju loket tiga." is said from clips, one WAV per word or
fixed phrase (voice/ plays them; an office may replace any clip with a recorded human voice), so the
sentence is a list of clip names. Numbers never reach a speech engine as digits: espeak-ng reads
"3 123" as one number in the thousands.
"""

from __future__ import annotations

from kiosk.assisted import LABEL

ONES = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
# Letter names as Indonesians spell them aloud (the alphabet song): a, be, ce, de, …
LETTER_NAMES = (
    "a", "be", "ce", "de", "e", "ef", "ge", "ha", "i", "je", "ka", "el", "em",
    "en", "o", "pe", "ki", "er", "es", "te", "u", "ve", "we", "eks", "ye", "zet",
)  # fmt: skip
LETTERS = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", LETTER_NAMES, strict=True))
PHRASE_NUMBER = "nomor antrean"
PHRASE_COUNTER = "silakan menuju loket"
NUMBER_WORDS = (*ONES[1:], "sepuluh", "sebelas", "belas", "puluh", "seratus", "ratus", "seribu", "ribu")


def number_words(n: int) -> list[str]:
    """1-9999 as Indonesian words: 12 -> ["dua", "belas"], 111 -> ["seratus", "sebelas"]."""
    if not 1 <= n <= 9999:
        raise ValueError(f"only 1 to 9999 are spoken, got {n}")
    words: list[str] = []
    for unit, single, plural in ((1000, "seribu", "ribu"), (100, "seratus", "ratus")):
        count, n = divmod(n, unit)
        if count == 1:
            words.append(single)
        elif count:
            words += [ONES[count], plural]
    tens, ones = divmod(n, 10)
    if tens == 1:
        words += ["sepuluh"] if ones == 0 else ["sebelas"] if ones == 1 else [ONES[ones], "belas"]
        return words
    if tens:
        words += [ONES[tens], "puluh"]
    if ones:
        words.append(ONES[ones])
    return words


def letter_clip(letter: str) -> str:
    """The clip name of a letter: 'huruf-a' (the clip says 'a'; 'be' for B)."""
    return f"huruf-{letter.lower()}"


def clip_text(clip: str) -> str:
    """What a clip says, for the engine that makes the default set: 'huruf-b' -> 'be'."""
    if clip.startswith("huruf-"):
        return LETTERS[clip.removeprefix("huruf-").upper()]
    return clip.replace("-", " ")


def phrase_clip(phrase: str) -> str:
    return phrase.replace(" ", "-")


def split_label(label: str) -> tuple[str, int]:
    """'A012' -> ('A', 12); raises ValueError for a label that is not a queue number."""
    if not label.isascii() or not LABEL.fullmatch(label) or int(label[1:]) == 0:
        raise ValueError(f"not a queue number: {label!r}")
    return label[0], int(label[1:])


def call_clips(label: str, counter: int) -> list[str]:
    """The clip names of the call sentence, in order."""
    letter, number = split_label(label)
    return [
        phrase_clip(PHRASE_NUMBER),
        letter_clip(letter),
        *number_words(number),
        phrase_clip(PHRASE_COUNTER),
        *number_words(counter),
    ]


def call_sentence(label: str, counter: int) -> str:
    """The sentence as written: 'Nomor antrean, A, dua belas. Silakan menuju loket tiga.'"""
    letter, number = split_label(label)
    return (
        f"{PHRASE_NUMBER.capitalize()}, {letter}, {' '.join(number_words(number))}. "
        f"{PHRASE_COUNTER.capitalize()} {' '.join(number_words(counter))}."
    )


def all_clips() -> list[str]:
    """Every clip a call may need: the default set the set-up generates."""
    return [
        phrase_clip(PHRASE_NUMBER),
        phrase_clip(PHRASE_COUNTER),
        *(letter_clip(c) for c in LETTERS),
        *NUMBER_WORDS,
    ]
