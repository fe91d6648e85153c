"""Configuration files for tests and benches: TOML text from dicts, and the lane every config needs."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.config import Config

MakeConfig = Callable[..., Config]
# The officer-only lane every configuration must have (kiosk/config.py), added to a test's own services.
PRIORITY_LANE = {
    "code": "priority",
    "prefix": "P",
    "daily_quota": 50,
    "name_id": "Layanan Prioritas",
    "name_en": "Priority lane",
    "walk_in": False,
}


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def toml_text(sections: dict[str, dict[str, object] | list[dict[str, object]]]) -> str:
    """A TOML document from {section: {key: value}} and {array: [{key: value}, …]}."""
    lines: list[str] = []
    for name, body in sections.items():
        for table in body if isinstance(body, list) else [body]:
            lines.append(f"[[{name}]]" if isinstance(body, list) else f"[{name}]")
            lines += [f"{k} = {toml_value(v)}" for k, v in table.items()]
    return "\n".join(lines) + "\n"
