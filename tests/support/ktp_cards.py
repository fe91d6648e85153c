"""Synthetic e-KTPs of made-up people, photographed as the kiosk's webcam would: no real card is ever used.

The card follows the public specimen layout (85.6 × 54 mm): PROVINSI and KABUPATEN/KOTA header, the NIK
line, the field rows from Nama to Berlaku Hingga, the photo block with the place and date of issue under
it. Its people are drawn from lists of common words, with NIKs that follow kiosk/nik.py's rules. `photograph`
puts a card in a 640×480 or 1280×720 frame under one named condition; everything comes from the seed and
stays in memory.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"  # Debian fonts-dejavu-core (Makefile APT_PACKAGES)
CARD_MM = (85.6, 54.0)
PX_PER_MM = 12
CONDENSE = 0.8  # DejaVu Sans is wider than the card's Arial: the card is drawn wide and squeezed
CONDITIONS = ("plain", "tilt", "perspective", "blur", "glare", "dim", "noise", "jpeg")
SIZES = ((640, 480), (1280, 720))

# Province code -> (name, [(regency code, regency as printed, place of issue)]).
REGIONS = {
    31: (
        "DKI JAKARTA",
        [(74, "KOTA JAKARTA SELATAN", "JAKARTA SELATAN"), (75, "KOTA JAKARTA TIMUR", "JAKARTA TIMUR")],
    ),
    32: (
        "JAWA BARAT",
        [(4, "KABUPATEN BANDUNG", "BANDUNG"), (1, "KABUPATEN BOGOR", "BOGOR"), (75, "KOTA BEKASI", "BEKASI")],
    ),
    33: ("JAWA TENGAH", [(74, "KOTA SEMARANG", "SEMARANG"), (19, "KABUPATEN KUDUS", "KUDUS")]),
    35: ("JAWA TIMUR", [(78, "KOTA SURABAYA", "SURABAYA"), (7, "KABUPATEN MALANG", "MALANG")]),
    36: ("BANTEN", [(71, "KOTA TANGERANG", "TANGERANG")]),
    51: ("BALI", [(71, "KOTA DENPASAR", "DENPASAR"), (3, "KABUPATEN BADUNG", "BADUNG")]),
    12: ("SUMATERA UTARA", [(75, "KOTA MEDAN", "MEDAN")]),
    73: ("SULAWESI SELATAN", [(71, "KOTA MAKASSAR", "MAKASSAR")]),
}
MEN = (
    "BUDI",
    "AGUS",
    "MUH.",
    "AHMAD",
    "DEDI",
    "JOKO",
    "RUDI",
    "HENDRA",
    "I WAYAN",
    "YUSUF",
    "ANDI",
    "BAMBANG",
)
WOMEN = (
    "SITI",
    "DEWI",
    "SRI",
    "NUR'AINI",
    "RATNA",
    "NI MADE",
    "YULIA",
    "FITRI",
    "RINA",
    "ANI",
    "LESTARI",
    "MEGA",
)
FAMILY = (
    "SANTOSO",
    "WIJAYA",
    "HARAHAP",
    "SIREGAR",
    "PURNAMA",
    "HIDAYAT",
    "KURNIAWAN",
    "SAPUTRA",
    "RAHAYU",
    "LUBIS",
    "NASUTION",
    "SETIAWAN",
    "PRATAMA",
    "SUSANTI",
    "WULANDARI",
    "A. RAHMAN",
    "DWI-ASTUTI",
)
PLACES = (
    "BANDUNG",
    "JAKARTA",
    "SURABAYA",
    "MEDAN",
    "SEMARANG",
    "MALANG",
    "BOGOR",
    "DENPASAR",
    "GARUT",
    "SOLO",
)
STREETS = ("JL. MELATI", "JL. MERDEKA", "JL. KENANGA", "GG. MAWAR", "JL. SUDIRMAN", "JL. DIPONEGORO")
VILLAGES = ("SUKAMAJU", "CIBADUYUT", "MEKARSARI", "KEBON JERUK", "SIDOREJO", "TEGALSARI", "PANJER")
DISTRICTS = ("CICENDO", "COBLONG", "KEBAYORAN BARU", "GUBENG", "TEMBALANG", "MENTENG", "SUKASARI")
RELIGIONS = ("ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA", "KONGHUCU")
MARRIAGE = ("KAWIN", "BELUM KAWIN", "CERAI HIDUP")
JOBS = ("KARYAWAN SWASTA", "WIRASWASTA", "PELAJAR/MAHASISWA", "MENGURUS RUMAH TANGGA", "PEDAGANG", "PETANI")


@dataclass(frozen=True)
class Person:
    """A made-up card holder; `printed_nik` is what the card shows (crafted cards make it differ)."""

    nik: str
    name: str
    birth_place: str
    born: date
    female: bool
    province: str
    regency: str
    issue_place: str
    issued: date
    blood: str
    street: str
    rt_rw: str
    village: str
    district: str
    religion: str
    marriage: str
    job: str
    printed_nik: str | None = None

    @property
    def sex(self) -> str:
        return "PEREMPUAN" if self.female else "LAKI-LAKI"


def make_person(seed: int) -> Person:
    """One made-up person, the same for a seed; the NIK carries the province, regency and birth date."""
    rng = np.random.default_rng(seed)
    pick = lambda items: items[int(rng.integers(len(items)))]  # noqa: E731
    province = pick(sorted(REGIONS))
    province_name, regencies = REGIONS[province]
    regency_code, regency, issue_place = pick(regencies)
    female = bool(rng.integers(2))
    born = date(1945, 1, 1) + timedelta(days=int(rng.integers(0, 62 * 365)))
    while True:
        name = f"{pick(WOMEN if female else MEN)} {pick(FAMILY)}"
        if rng.random() < 0.3:
            name += f" {pick(FAMILY)}"
        if len(name) <= 26:
            break
    day = born.day + (40 if female else 0)
    district = int(rng.integers(1, 40))
    nik = (
        f"{province:02d}{regency_code:02d}{district:02d}{day:02d}{born:%m%y}{int(rng.integers(1, 10000)):04d}"
    )
    return Person(
        nik=nik,
        name=name,
        birth_place=pick(PLACES),
        born=born,
        female=female,
        province=province_name,
        regency=regency,
        issue_place=issue_place,
        issued=date(2012, 1, 1) + timedelta(days=int(rng.integers(0, 12 * 365))),
        blood=pick(("A", "B", "AB", "O", "-")),
        street=f"{pick(STREETS)} NO. {int(rng.integers(1, 200))}",
        rt_rw=f"{int(rng.integers(1, 20)):03d}/{int(rng.integers(1, 15)):03d}",
        village=pick(VILLAGES),
        district=pick(DISTRICTS),
        religion=pick(RELIGIONS),
        marriage=pick(MARRIAGE),
        job=pick(JOBS),
    )


def crafted(person: Person, printed_nik: str) -> Person:
    """The same person on a card whose NIK line shows `printed_nik` (a misprint or a forgery)."""
    return replace(person, printed_nik=printed_nik)


@cache
def _font(bold: bool, cap_mm: float) -> ImageFont.FreeTypeFont:
    # DejaVu Sans capitals are 0.73 em high.
    size = round(cap_mm * PX_PER_MM / 0.73)
    return ImageFont.truetype(FONT_DIR + ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"), size)


def _mm(value: float) -> int:
    return round(value * PX_PER_MM)


def _mm_x(value: float) -> int:
    """A horizontal position on the wide canvas that `card_image` squeezes by CONDENSE."""
    return round(value * PX_PER_MM / CONDENSE)


def _text(
    draw: ImageDraw.ImageDraw,
    x: float,
    top: float,
    text: str,
    cap: float,
    bold: bool = False,
    anchor: str = "ls",
    fill: tuple[int, int, int] = (20, 20, 30),
) -> None:
    """Text whose capitals stand `cap` mm high with their top at `top` mm (baseline anchored)."""
    draw.text((_mm_x(x), _mm(top + cap)), text, font=_font(bold, cap), fill=fill, anchor=anchor)


def _background(rng: np.random.Generator) -> Image.Image:
    """The light blue card with its guilloche waves and a faint emblem circle."""
    w, h = _mm_x(CARD_MM[0]), _mm(CARD_MM[1])
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    r = 200 - 30 * ys / h
    g = 222 - 18 * xs / w
    b = 240 - 8 * ys / h
    card = np.dstack([r, g, b])
    phase = rng.uniform(0, 6.28)
    for k in range(14):
        wave = np.abs(ys - (h * k / 13 + 18 * np.sin(xs / 40 + phase + k))) < 1.2
        card[wave] -= (25, 20, 8)
    circle = np.abs(np.hypot(xs - w * 0.45, ys - h * 0.55) - h * 0.3) < 2
    card[circle] -= (20, 15, 5)
    return Image.fromarray(np.clip(card, 0, 255).astype(np.uint8))


def card_image(person: Person, seed: int = 0) -> np.ndarray:
    """The card face as an RGB array, PX_PER_MM pixels a millimetre."""
    rng = np.random.default_rng(seed)
    image = _background(rng)
    draw = ImageDraw.Draw(image)
    centre = CARD_MM[0] / 2
    _text(draw, centre, 2.2, f"PROVINSI {person.province}", 2.3, bold=True, anchor="ms")
    _text(draw, centre, 5.8, person.regency, 2.3, bold=True, anchor="ms")
    _text(draw, 3, 10.4, "NIK", 2.9, bold=True)
    _text(draw, 17.2, 10.4, ":", 2.9, bold=True)
    _text(draw, 19.3, 10.4, person.printed_nik or person.nik, 2.9, bold=True)
    rows = [
        ("Nama", person.name),
        ("Tempat/Tgl Lahir", f"{person.birth_place}, {person.born:%d-%m-%Y}"),
        ("Jenis Kelamin", person.sex),
        ("Alamat", person.street),
        ("   RT/RW", person.rt_rw),
        ("   Kel/Desa", person.village),
        ("   Kecamatan", person.district),
        ("Agama", person.religion),
        ("Status Perkawinan", person.marriage),
        ("Pekerjaan", person.job),
        ("Kewarganegaraan", "WNI"),
        ("Berlaku Hingga", "SEUMUR HIDUP"),
    ]
    for i, (label, value) in enumerate(rows):
        top = 15.2 + 2.8 * i
        _text(draw, 3, top, label, 1.9)
        _text(draw, 21.5, top, ":", 1.9)
        _text(draw, 23.0, top, value, 1.9)
    _text(draw, 44.0, 15.2 + 2.8 * 2, "Gol. Darah", 1.9)
    _text(draw, 55.0, 15.2 + 2.8 * 2, f":  {person.blood}", 1.9)
    _photo(draw, rng, (63.5, 11.0, 80.5, 34.0))
    _text(draw, 72.0, 36.0, person.issue_place, 1.6, anchor="ms")
    _text(draw, 72.0, 38.6, f"{person.issued:%d-%m-%Y}", 1.6, anchor="ms")
    _signature(draw, rng, 72.0, 44.0)
    return np.asarray(image.resize((_mm(CARD_MM[0]), _mm(CARD_MM[1])), Image.Resampling.LANCZOS))


def _photo(draw: ImageDraw.ImageDraw, rng: np.random.Generator, box: tuple[float, ...]) -> None:
    """A plain silhouette on the red or blue photo background: no face of anyone."""
    x0, y0, x1, y1 = _mm_x(box[0]), _mm(box[1]), _mm_x(box[2]), _mm(box[3])
    draw.rectangle((x0, y0, x1, y1), fill=(200, 40, 40) if rng.random() < 0.5 else (40, 80, 190))
    cx, w = (x0 + x1) // 2, y1 - y0
    shade = tuple(int(v) for v in rng.integers(60, 140, 3))
    draw.ellipse((cx - w * 0.2, y0 + w * 0.12, cx + w * 0.2, y0 + w * 0.52), fill=shade)
    draw.pieslice((cx - w * 0.42, y0 + w * 0.58, cx + w * 0.42, y1 + w * 0.5), 180, 360, fill=(30, 30, 40))


def _signature(draw: ImageDraw.ImageDraw, rng: np.random.Generator, cx: float, cy: float) -> None:
    xs = np.linspace(cx - 7, cx + 7, 40)
    ys = cy + 1.5 * np.sin(xs * rng.uniform(0.8, 2.0)) * rng.uniform(0.4, 1.0)
    draw.line([(_mm_x(x), _mm(y)) for x, y in zip(xs, ys, strict=True)], fill=(30, 30, 80), width=2)


@dataclass(frozen=True)
class Photo:
    person: Person
    condition: str
    size: tuple[int, int]
    frame: np.ndarray  # BGR, as a webcam gives it after its JPEG (MJPEG) compression
    corners: np.ndarray  # the card's corners in the frame: top-left, top-right, bottom-right, bottom-left


def photograph(
    person: Person,
    seed: int,
    size: tuple[int, int] = (1280, 720),
    condition: str = "plain",
    width_share: tuple[float, float] = (0.40, 0.70),
) -> Photo:
    """The card held up to a webcam: `condition` is one of CONDITIONS; all drawn from `seed`."""
    rng = np.random.default_rng(seed)
    w, h = size
    card = cv2.cvtColor(card_image(person, seed), cv2.COLOR_RGB2BGR)
    tilt = rng.uniform(-18, 18) if condition == "tilt" else rng.uniform(-5, 5)
    skew = 0.10 if condition == "perspective" else 0.03
    share = rng.uniform(*width_share)
    aspect = CARD_MM[1] / CARD_MM[0]
    rad = np.radians(tilt)
    box_w = abs(np.cos(rad)) + aspect * abs(np.sin(rad))
    box_h = abs(np.sin(rad)) + aspect * abs(np.cos(rad))
    cw = min(share * w, 0.94 * w / (box_w * (1 + skew)), 0.94 * h / (box_h * (1 + skew)))
    half = np.array([[-1, -aspect], [1, -aspect], [1, aspect], [-1, aspect]]) * cw / 2
    rotation = np.array([[np.cos(rad), -np.sin(rad)], [np.sin(rad), np.cos(rad)]])
    quad = half @ rotation.T + rng.uniform(-skew, skew, (4, 2)) * cw
    spare_x = w / 2 - np.abs(quad[:, 0]).max() - 2
    spare_y = h / 2 - np.abs(quad[:, 1]).max() - 2
    quad += (w / 2 + rng.uniform(-1, 1) * max(spare_x, 0), h / 2 + rng.uniform(-1, 1) * max(spare_y, 0))
    small = cv2.resize(card, (round(cw), round(cw * aspect)), interpolation=cv2.INTER_AREA)
    sh, sw = small.shape[:2]
    corners = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    matrix = cv2.getPerspectiveTransform(corners, np.float32(quad))
    warped = cv2.warpPerspective(small, matrix, size, flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(_rounded_mask(sw, sh), matrix, size, flags=cv2.INTER_LINEAR)[..., None] / 255.0
    frame = _scene(rng, size) * (1 - mask) + warped * mask
    frame = _light(frame, rng, condition, quad, cw)
    sigma = rng.uniform(1.1, 1.8) * w / 1280 if condition == "blur" else 0.5 * w / 1280 + 0.2
    frame = cv2.GaussianBlur(frame, (0, 0), sigma)
    noise = rng.uniform(7, 11) if condition == "noise" else 5.0 if condition == "dim" else 2.0
    frame = frame + rng.normal(0, noise, frame.shape)
    quality = int(rng.integers(35, 55)) if condition == "jpeg" else int(rng.integers(75, 92))
    ok, jpeg = cv2.imencode(
        ".jpg", np.clip(frame, 0, 255).astype(np.uint8), [cv2.IMWRITE_JPEG_QUALITY, quality]
    )
    assert ok
    return Photo(person, condition, size, cv2.imdecode(jpeg, cv2.IMREAD_COLOR), quad)


def _rounded_mask(w: int, h: int) -> np.ndarray:
    mask = np.zeros((h, w), np.uint8)
    r = max(2, round(w * 3 / CARD_MM[0]))
    cv2.rectangle(mask, (r, 0), (w - r, h), 255, -1)
    cv2.rectangle(mask, (0, r), (w, h - r), 255, -1)
    for cx, cy in ((r, r), (w - r, r), (r, h - r), (w - r, h - r)):
        cv2.circle(mask, (cx, cy), r, 255, -1)
    return mask


def _scene(rng: np.random.Generator, size: tuple[int, int]) -> np.ndarray:
    """What is behind the card: a dim kiosk front or a sleeve, with a few edges of its own."""
    w, h = size
    base = rng.uniform(40, 120, 3)
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    scene = base + (xs[..., None] / w - 0.5) * rng.uniform(-40, 40, 3) + (ys[..., None] / h) * 20
    texture = cv2.GaussianBlur(rng.normal(0, 12, (h // 8, w // 8)).astype(np.float32), (0, 0), 1.5)
    scene += cv2.resize(texture, (w, h))[..., None]
    for _ in range(3):
        x0, y0 = int(rng.integers(0, w)), int(rng.integers(0, h))
        colour = tuple(float(v) for v in rng.uniform(20, 160, 3))
        cv2.rectangle(
            scene,
            (x0, y0),
            (x0 + int(rng.integers(20, w // 3)), y0 + int(rng.integers(20, h // 3))),
            colour,
            -1,
        )
    return scene


def _light(
    frame: np.ndarray, rng: np.random.Generator, condition: str, quad: np.ndarray, cw: float
) -> np.ndarray:
    """Uneven room light, a dim room, or a glare spot on the laminate."""
    h, w = frame.shape[:2]
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    gain = 1 - 0.25 * (np.hypot(xs - w / 2, ys - h / 2) / np.hypot(w / 2, h / 2)) ** 2
    if condition == "dim":
        gain *= rng.uniform(0.3, 0.45)
    frame = frame * gain[..., None]
    if condition == "glare":
        cx, cy = quad.mean(axis=0) + rng.uniform(-0.35, 0.35, 2) * (cw, cw * 0.6)
        radius = rng.uniform(0.06, 0.14) * cw
        spot = np.exp(-(((xs - cx) / (radius * 1.6)) ** 2 + ((ys - cy) / radius) ** 2))
        frame = frame + rng.uniform(120, 200) * spot[..., None]
    return frame


def sample_set(count: int, first_seed: int = 0) -> list[Photo]:
    """`count` photos cycling through the conditions and both sizes: the bench's set, and the tests' few."""
    photos = []
    for i in range(count):
        seed = first_seed + i
        condition = CONDITIONS[i % len(CONDITIONS)]
        size = SIZES[(i // len(CONDITIONS)) % len(SIZES)]
        photos.append(photograph(make_person(seed), seed, size, condition))
    return photos
