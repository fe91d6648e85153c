"""The kiosk's configuration: one TOML file over embedded defaults, validated at start."""

from __future__ import annotations

import base64
import math
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from kiosk.paths import data_dir
from kiosk.printable import has_control


class ConfigError(Exception):
    """A configuration key is missing, unknown or has a bad value; the message names the key."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"{key}: {problem}")
        self.key = key
        self.problem = problem


@dataclass(frozen=True)
class OfficeConfig:
    code: str
    name: str
    timezone: ZoneInfo
    opens: time
    closes: time | None  # None means midnight ("24:00")
    open_days: frozenset[int]
    closed_dates: frozenset[date]


@dataclass(frozen=True)
class KioskConfig:
    id: str
    language: str
    idle_seconds: int
    countdown_seconds: int
    ticket_seconds: int
    data_dir: Path


@dataclass(frozen=True)
class DatabaseConfig:
    url: str
    check_seconds: float = 5.0  # how often Home and the out-of-service screen check the database answers


@dataclass(frozen=True)
class PrinterConfig:
    type: str
    width_mm: int
    native_qr: bool
    profile: str
    timeout_seconds: float
    path: Path | None = None
    host: str | None = None
    port: int = 9100
    status_query: bool = True  # ask the printer (DLE EOT) before and after each ticket
    retry_seconds: float = 30.0  # how often waiting tickets are tried again
    status_poll_seconds: float = 10.0  # how often the kiosk asks the printer's state for the Home warning
    usb_vendor_id: int | None = None
    usb_product_id: int | None = None
    usb_in_ep: int = 0x82
    usb_out_ep: int = 0x01
    serial_device: str | None = None
    baudrate: int = 9600
    serial_flow_control: str = "none"
    cups_queue: str | None = None
    win32_printer: str | None = None


@dataclass(frozen=True)
class ServiceConfig:
    code: str
    prefix: str
    daily_quota: int
    name_id: str
    name_en: str
    walk_in: bool = True
    bring_id: tuple[str, ...] = ()
    bring_en: tuple[str, ...] = ()

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_id

    def bring(self, language: str) -> tuple[str, ...]:
        return self.bring_en if language == "en" else self.bring_id


@dataclass(frozen=True)
class BookingConfig:
    """Booked visitors' check-in: the keys signed booking QRs may carry, and the session's window."""

    public_keys: tuple[bytes, ...] = ()  # raw 32-byte Ed25519 public keys
    early_minutes: int = 30  # check-in opens this long before the session starts
    late_minutes: int = 0  # and closes this long after it ends


@dataclass(frozen=True)
class CameraConfig:
    """The webcam that reads booking QRs on the touchscreen; when off, visitors type the booking code."""

    enabled: bool = True
    index: int = 0  # cv2.VideoCapture's device index (DirectShow on Windows)


@dataclass(frozen=True)
class OfficerConfig:
    """Officer mode: the reasons an officer may pick to override the one-number-per-NIK rule or the quota."""

    override_reasons: tuple[str, ...] = ()
    idle_seconds: int = 120  # officer mode ends (logout 'timeout') after this long without a touch


@dataclass(frozen=True)
class PrivacyConfig:
    """How long tickets keep the visitor's name, NIK key and phone before `kiosk purge` removes them."""

    retention_days: int = 30


@dataclass(frozen=True)
class CounterConfig:
    """A counter (loket) where an officer calls numbers: 'Loket 3' / 'Counter 3', serving these services."""

    number: int
    name_id: str
    name_en: str
    services: tuple[str, ...]

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_id


@dataclass(frozen=True)
class CallingConfig:
    """The call order's limits (kiosk/call_order.py) and when a recalled visitor may be marked absent."""

    priority_in_a_row: int = 2  # priority calls in a row at one counter while regular tickets wait
    max_wait_minutes: int = 90  # a regular ticket waiting longer goes before everything else
    max_recalls: int = 3  # after this many recalls the officer is offered no-show
    console_idle_minutes: int = 15  # the counter console signs the officer out after this long untouched


@dataclass(frozen=True)
class Config:
    office: OfficeConfig
    kiosk: KioskConfig
    database: DatabaseConfig
    printer: PrinterConfig
    services: tuple[ServiceConfig, ...]
    source: Path | None = None
    booking: BookingConfig = BookingConfig()
    officer: OfficerConfig = OfficerConfig()
    privacy: PrivacyConfig = PrivacyConfig()
    camera: CameraConfig = CameraConfig()
    counters: tuple[CounterConfig, ...] = ()
    calling: CallingConfig = CallingConfig()

    def service(self, code: str) -> ServiceConfig | None:
        return next((s for s in self.services if s.code == code), None)

    def counter(self, number: int) -> CounterConfig | None:
        return next((c for c in self.counters if c.number == number), None)

    @property
    def walk_in_services(self) -> tuple[ServiceConfig, ...]:
        return tuple(s for s in self.services if s.walk_in)


PRIORITY_SERVICE = "priority"  # the lane of officer-assisted entry (kiosk/assisted.py)
PRINTER_TYPES = ("preview", "file", "network", "usb", "serial", "cups", "win32raw")
# The printer keys that only some printer types use, and the keys each type needs.
PRINTER_TYPE_KEYS = {
    "path": ("file", "preview"),
    "host": ("network",),
    "port": ("network",),
    "usb_vendor_id": ("usb",),
    "usb_product_id": ("usb",),
    "usb_in_ep": ("usb",),
    "usb_out_ep": ("usb",),
    "serial_device": ("serial",),
    "baudrate": ("serial",),
    "serial_flow_control": ("serial",),
    "cups_queue": ("cups",),
    "win32_printer": ("win32raw",),
}
PRINTER_REQUIRED = {
    "file": ("path",),
    "network": ("host",),
    "usb": ("usb_vendor_id", "usb_product_id"),
    "serial": ("serial_device",),
    "cups": ("cups_queue",),
    "win32raw": ("win32_printer",),
}
BAUDRATES = (2400, 4800, 9600, 19200, 38400, 57600, 115200)
SERIAL_FLOW_CONTROL = ("none", "rtscts", "dsrdtr", "xonxoff")
_CODE = re.compile(r"[a-z0-9][a-z0-9-]{0,31}")
MAX_FILE_BYTES = 1_000_000  # a configuration file is a few KB
MAX_NESTING = 32  # tables and arrays inside each other; tomllib recurses once per level
_TOML_SKIP = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*')


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Read the embedded defaults, then the file at `path` (or $KIOSK_CONFIG) over them."""
    raw = tomllib.loads(resources.files("kiosk").joinpath("default_config.toml").read_text("utf-8"))
    path = path or os.environ.get("KIOSK_CONFIG") or None
    source = Path(path) if path else None
    if source is not None:
        try:
            if source.stat().st_size > MAX_FILE_BYTES:
                raise ConfigError("--config", f"{source} is larger than {MAX_FILE_BYTES} bytes")
            text = source.read_text("utf-8-sig")  # a byte-order mark (Windows Notepad) is dropped
            _check_nesting(text, source)
            user = tomllib.loads(text)
        except FileNotFoundError:
            raise ConfigError("--config", f"file {source} does not exist") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError("--config", f"cannot read {source}: {exc}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError("--config", f"{source} is not valid TOML: {exc}") from None
        except RecursionError:  # a backstop behind _check_nesting
            raise ConfigError("--config", f"{source} nests tables or arrays too deeply") from None
        raw = _merge(raw, user)
    return parse_config(raw, source)


def _check_nesting(text: str, source: Path) -> None:
    """Refuse arrays and inline tables nested deeper than MAX_NESTING, before tomllib recurses into them."""
    depth = 0
    for char in _TOML_SKIP.sub("", text):
        if char in "[{":
            depth += 1
            if depth > MAX_NESTING:
                raise ConfigError("--config", f"{source} nests tables or arrays more than {MAX_NESTING} deep")
        elif char in "]}":
            depth = max(0, depth - 1)


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = {**base[key], **value}
        else:
            merged[key] = value
    return merged


class _Section:
    """Reads typed keys out of one TOML table and rejects keys nobody read."""

    def __init__(self, table: Any, name: str) -> None:
        if not isinstance(table, dict):
            raise ConfigError(name, "must be a table")
        self.table: dict[str, Any] = table
        self.name = name
        self.read: set[str] = set()

    def key(self, key: str) -> str:
        return f"{self.name}.{key}"

    def get(
        self, key: str, kind: type | tuple[type, ...], default: Any = ..., check: Callable | None = None
    ) -> Any:
        self.read.add(key)
        if key not in self.table:
            if default is ...:
                raise ConfigError(self.key(key), "is required")
            return default
        value = self.table[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not _exactly(value, kind):
            wanted = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
            raise ConfigError(self.key(key), f"must be of type {wanted}, got {value!r}")
        if isinstance(value, float) and not math.isfinite(value):
            raise ConfigError(self.key(key), f"must be a finite number, got {value}")
        texts = value if isinstance(value, list) else [value]
        if any(isinstance(text, str) and has_control(text) for text in texts):
            raise ConfigError(self.key(key), "must not contain control characters (ESC, GS, a line break, …)")
        if check is not None:
            problem = check(value)
            if problem:
                raise ConfigError(self.key(key), problem)
        return value

    def done(self) -> None:
        unknown = sorted(set(self.table) - self.read)
        if unknown:
            raise ConfigError(self.key(unknown[0]), "unknown key")


def _exactly(value: Any, kind: type | tuple[type, ...]) -> bool:
    """isinstance without its surprises: a bool is no int, a datetime is no date."""
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return any(
        isinstance(value, k)
        and not (k is int and isinstance(value, bool))
        and not (k is date and isinstance(value, datetime))
        for k in kinds
    )


def _clock(text: str, key: str, allow_midnight: bool = False) -> time | None:
    if allow_midnight and text == "24:00":
        return None
    match = re.fullmatch(r"([0-9]{2}):([0-9]{2})", text)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ConfigError(key, f"must be a time HH:MM, got {text!r}")
    return time(int(match[1]), int(match[2]))


def _in(*allowed: Any) -> Callable[[Any], str | None]:
    return lambda v: None if v in allowed else f"must be one of {', '.join(map(str, allowed))}, got {v!r}"


def _strings(v: list[Any]) -> str | None:
    return None if all(isinstance(x, str) for x in v) else "must be a list of strings"


def _nonempty(v: str) -> str | None:
    return None if v.strip() else "must not be empty"


def parse_config(raw: dict[str, Any], source: Path | None = None) -> Config:
    """Validate a merged TOML document into a Config; raise ConfigError naming the first bad key."""
    known = {"office", "kiosk", "database", "printer", "services", "booking", "officer", "privacy", "camera"}
    known |= {"counters", "calling"}
    for key in raw:
        if key not in known:
            raise ConfigError(key, "unknown section")
    office = _office(_Section(raw.get("office", {}), "office"))
    kiosk = _kiosk(_Section(raw.get("kiosk", {}), "kiosk"))
    database = _Section(raw.get("database", {}), "database")
    url = database.get("url", str, f"sqlite:///{kiosk.data_dir / 'kiosk.db'}", _database_url)
    db_config = DatabaseConfig(url, database.get("check_seconds", float, check=_range(1, 300)))
    database.done()
    printer = _printer(_Section(raw.get("printer", {}), "printer"), kiosk.data_dir)
    services = _services(raw.get("services"))
    booking = _booking(_Section(raw.get("booking", {}), "booking"))
    return Config(
        office,
        kiosk,
        db_config,
        printer,
        services,
        source,
        booking=booking,
        officer=_officer_mode(_Section(raw.get("officer", {}), "officer")),
        privacy=_privacy(_Section(raw.get("privacy", {}), "privacy")),
        camera=_camera(_Section(raw.get("camera", {}), "camera")),
        counters=_counters(raw.get("counters"), services),
        calling=_calling(_Section(raw.get("calling", {}), "calling")),
    )


def _database_url(url: str) -> str | None:
    """A URL SQLAlchemy can open, for SQLite or PostgreSQL (psycopg), with a usable port."""
    if not url.startswith(("sqlite://", "postgresql+psycopg://")):
        return f"must start with sqlite:// or postgresql+psycopg://, got {url!r}"
    try:
        parsed = make_url(url)
        port = parsed.port
    except (ArgumentError, ValueError) as exc:
        return f"is not a database URL ({exc}), got {url!r}"
    if port is not None and not 1 <= port <= 65535:
        return f"has port {port}, must be 1 to 65535"
    if parsed.host is not None and not re.fullmatch(r"[A-Za-z0-9.:\[\]_-]+", parsed.host):
        return f"has a host name with spaces or other characters, {parsed.host!r}"
    return None


def _office(s: _Section) -> OfficeConfig:
    code = s.get(
        "code", str, check=lambda v: None if re.fullmatch(r"[A-Z]{2,5}", v) else "must be 2-5 capitals"
    )
    name = s.get("name", str, check=_nonempty)
    tz_name = s.get("timezone", str)
    try:
        tz = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(s.key("timezone"), f"unknown time zone {tz_name!r}") from None
    opens = _clock(s.get("opens", str), s.key("opens"))
    closes = _clock(s.get("closes", str), s.key("closes"), allow_midnight=True)
    if closes is not None and opens is not None and closes <= opens:
        raise ConfigError(s.key("closes"), "must be later than office.opens")
    days = s.get("open_days", list)
    if not days or any(not isinstance(d, int) or isinstance(d, bool) or not 1 <= d <= 7 for d in days):
        raise ConfigError(
            s.key("open_days"), f"must list ISO weekdays 1 (Monday) to 7 (Sunday), got {days!r}"
        )
    closed: set[date] = set()
    for item in s.get("closed_dates", list):
        try:
            if isinstance(item, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", item):
                item = date.fromisoformat(item)
            if not _exactly(item, date):  # a TOML datetime (2026-12-25T00:00:00) is no holiday
                raise ValueError
            closed.add(item)
        except ValueError:
            raise ConfigError(s.key("closed_dates"), f"must list dates YYYY-MM-DD, got {item!r}") from None
    s.done()
    assert opens is not None
    return OfficeConfig(code, name, tz, opens, closes, frozenset(days), frozenset(closed))


def _kiosk(s: _Section) -> KioskConfig:
    def seconds(key: str) -> int:
        return s.get(key, int, check=lambda v: None if 1 <= v <= 3600 else f"must be 1 to 3600, got {v}")

    kiosk = KioskConfig(
        id=s.get(
            "id",
            str,
            check=lambda v: (
                None
                if re.fullmatch(r"[A-Za-z0-9._-]{1,32}", v)
                else "must be 1-32 letters, digits, dots, dashes or underscores"
            ),
        ),
        language=s.get("language", str, check=_in("id", "en")),
        idle_seconds=seconds("idle_seconds"),
        countdown_seconds=seconds("countdown_seconds"),
        ticket_seconds=seconds("ticket_seconds"),
        data_dir=Path(s.get("data_dir", str, str(data_dir()), _nonempty)).expanduser(),
    )
    s.done()
    return kiosk


def _range(low: float, high: float, what: str = "") -> Callable[[float], str | None]:
    """A check for `low` <= value <= `high`; with `what` (a USB id, an endpoint) shown in hex."""
    shown = (lambda v: f"0x{v:02X}") if what else str
    return lambda v: None if low <= v <= high else f"must be {what}{shown(low)} to {shown(high)}, got {v}"


def _printer(s: _Section, data: Path) -> PrinterConfig:
    kind = s.get("type", str, check=_in(*PRINTER_TYPES))
    width = s.get("width_mm", int, check=_in(58, 80))
    native_qr = s.get("native_qr", bool)
    profile = s.get("profile", str, check=_nonempty)
    timeout = s.get("timeout_seconds", float, check=_range(0.1, 60))
    for key in s.table:
        if key in PRINTER_TYPE_KEYS and kind not in PRINTER_TYPE_KEYS[key]:
            used_by = " or ".join(repr(t) for t in PRINTER_TYPE_KEYS[key])
            raise ConfigError(s.key(key), f"is only used when printer.type is {used_by}, not {kind!r}")
    for key in PRINTER_REQUIRED.get(kind, ()):
        if key not in s.table:
            raise ConfigError(s.key(key), f"is required when printer.type is {kind!r}")
    path = s.get("path", str, None if kind != "preview" else str(data / "preview"), _nonempty)
    host = s.get("host", str, None, _nonempty)
    port = s.get("port", int, 9100, lambda v: None if 1 <= v <= 65535 else f"must be 1 to 65535, got {v}")
    printer = PrinterConfig(
        kind,
        width,
        native_qr,
        profile,
        timeout,
        Path(path) if path else None,
        host,
        port,
        status_query=s.get("status_query", bool),
        retry_seconds=s.get("retry_seconds", float, check=_range(1, 3600)),
        status_poll_seconds=s.get("status_poll_seconds", float, check=_range(1, 3600)),
        usb_vendor_id=s.get("usb_vendor_id", int, None, _range(1, 0xFFFF, "a USB id ")),
        usb_product_id=s.get("usb_product_id", int, None, _range(1, 0xFFFF, "a USB id ")),
        usb_in_ep=s.get("usb_in_ep", int, 0x82, _range(0x81, 0x8F, "an IN endpoint ")),
        usb_out_ep=s.get("usb_out_ep", int, 0x01, _range(0x01, 0x0F, "an OUT endpoint ")),
        serial_device=s.get("serial_device", str, None, _nonempty),
        baudrate=s.get("baudrate", int, 9600, _in(*BAUDRATES)),
        serial_flow_control=s.get("serial_flow_control", str, "none", _in(*SERIAL_FLOW_CONTROL)),
        cups_queue=s.get("cups_queue", str, None, _nonempty),
        win32_printer=s.get("win32_printer", str, None, _nonempty),
    )
    s.done()
    return printer


def _services(raw: Any) -> tuple[ServiceConfig, ...]:
    if not isinstance(raw, list) or not raw:
        raise ConfigError("services", "must be a non-empty list of [[services]] tables")
    services: list[ServiceConfig] = []
    for i, table in enumerate(raw):
        if not isinstance(table, dict):
            raise ConfigError(f"services[{i}]", "must be a table")
        s = _Section(table, f"services[{i}]")
        service = ServiceConfig(
            code=s.get(
                "code",
                str,
                check=lambda v: (
                    None if _CODE.fullmatch(v) else "must be lower-case letters, digits and dashes"
                ),
            ),
            prefix=s.get(
                "prefix",
                str,
                check=lambda v: None if re.fullmatch(r"[A-Z]", v) else "must be one capital letter",
            ),
            daily_quota=s.get(
                "daily_quota", int, check=lambda v: None if 1 <= v <= 9999 else f"must be 1 to 9999, got {v}"
            ),
            name_id=s.get("name_id", str, check=_nonempty),
            name_en=s.get("name_en", str, check=_nonempty),
            walk_in=s.get("walk_in", bool, True),
            bring_id=tuple(s.get("bring_id", list, [], _strings)),
            bring_en=tuple(s.get("bring_en", list, [], _strings)),
        )
        s.done()
        for other in services:
            if other.code == service.code:
                raise ConfigError(s.key("code"), f"duplicate service code {service.code!r}")
            if other.prefix == service.prefix:
                raise ConfigError(
                    s.key("prefix"), f"prefix {service.prefix!r} is already used by {other.code!r}"
                )
        services.append(service)
    if not any(s.code == PRIORITY_SERVICE and not s.walk_in for s in services):
        raise ConfigError(
            "services",
            f"must include the officer-only service {PRIORITY_SERVICE!r} (walk_in = false): the "
            "priority lane that officer-assisted entry registers visitors in",
        )
    return tuple(services)


def _booking(s: _Section) -> BookingConfig:
    keys: list[bytes] = []
    for i, text in enumerate(s.get("public_keys", list)):
        try:
            raw = base64.b64decode(text, validate=True) if isinstance(text, str) else b""
        except ValueError:  # binascii.Error, or not ASCII
            raw = b""
        if len(raw) != 32:
            raise ConfigError(
                f"{s.key('public_keys')}[{i}]",
                f"must be the base64 of a raw 32-byte Ed25519 public key, got {text!r}",
            )
        keys.append(raw)
    booking = BookingConfig(
        tuple(keys),
        s.get("early_minutes", int, check=_range(0, 240)),
        s.get("late_minutes", int, check=_range(0, 240)),
    )
    s.done()
    return booking


def _officer_mode(s: _Section) -> OfficerConfig:
    def reasons(v: list[Any]) -> str | None:
        if not all(isinstance(x, str) and 3 <= len(x.strip()) <= 100 for x in v):
            return "must be a list of reasons of 3 to 100 characters"
        return "must not list a reason twice" if len(set(v)) != len(v) else None

    officer = OfficerConfig(
        tuple(x.strip() for x in s.get("override_reasons", list, check=reasons)),
        idle_seconds=s.get("idle_seconds", int, check=_range(1, 3600)),
    )
    s.done()
    return officer


def _privacy(s: _Section) -> PrivacyConfig:
    days = s.get(
        "retention_days", int, check=lambda v: None if 1 <= v <= 3650 else f"must be 1 to 3650, got {v}"
    )
    s.done()
    return PrivacyConfig(days)


def _camera(s: _Section) -> CameraConfig:
    camera = CameraConfig(s.get("enabled", bool), s.get("index", int, check=_range(0, 99)))
    s.done()
    return camera


DEFAULT_COUNTERS = 4  # without [[counters]]: Loket 1-4, each serving every service


def _counters(raw: Any, services: tuple[ServiceConfig, ...]) -> tuple[CounterConfig, ...]:
    """[[counters]]; none configured gives Loket 1-4 serving every service (a list in a config file replaces
    them all, and a file that lists its own services need not list counters)."""
    codes = tuple(s.code for s in services)
    if raw is None:
        return tuple(
            CounterConfig(n, f"Loket {n}", f"Counter {n}", codes) for n in range(1, DEFAULT_COUNTERS + 1)
        )
    if not isinstance(raw, list) or not raw:
        raise ConfigError("counters", "must be a non-empty list of [[counters]] tables")
    counters: list[CounterConfig] = []
    for i, table in enumerate(raw):
        s = _Section(table, f"counters[{i}]")

        def known(v: list[Any]) -> str | None:
            if not v or not all(isinstance(x, str) for x in v):
                return "must be a non-empty list of service codes"
            unknown = [x for x in v if x not in codes]
            return f"unknown service {unknown[0]!r}" if unknown else None

        counter = CounterConfig(
            s.get("number", int, check=_range(1, 99)),
            s.get("name_id", str, check=_nonempty),
            s.get("name_en", str, check=_nonempty),
            tuple(dict.fromkeys(s.get("services", list, check=known))),
        )
        s.done()
        if any(c.number == counter.number for c in counters):
            raise ConfigError(s.key("number"), f"duplicate counter number {counter.number}")
        counters.append(counter)
    return tuple(counters)


def _calling(s: _Section) -> CallingConfig:
    calling = CallingConfig(
        s.get("priority_in_a_row", int, check=_range(1, 20)),
        s.get("max_wait_minutes", int, check=_range(1, 600)),
        s.get("max_recalls", int, check=_range(1, 20)),
        s.get("console_idle_minutes", int, check=_range(1, 480)),
    )
    s.done()
    return calling
