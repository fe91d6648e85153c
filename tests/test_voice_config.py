"""The [voice] and [display] sections: defaults, and bad values refused with the key's name (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_config
from tests.support.config_files import MakeConfig


def test_defaults() -> None:
    config = load_config()
    assert (config.voice.enabled, config.voice.volume, config.voice.repeat) == (True, 0.8, 2)
    assert config.voice.clips_dir is None
    assert config.display.languages == ("id", "en")
    assert any("calo" in n for n in config.display.notices)


def test_values_are_read(make_config: MakeConfig, tmp_path: Path) -> None:
    config = make_config(
        voice={"enabled": False, "volume": 0.5, "repeat": 3, "clips_dir": str(tmp_path)},
        display={"notices": ["Biaya paspor Rp 350.000"], "languages": ["en"], "flash_seconds": 3},
    )
    assert config.voice.clips_dir == tmp_path and config.voice.repeat == 3 and not config.voice.enabled
    assert config.display.notices == ("Biaya paspor Rp 350.000",) and config.display.languages == ("en",)


@pytest.mark.parametrize(
    ("section", "body", "key"),
    [
        ("voice", {"volume": 1.5}, "voice.volume"),
        ("voice", {"repeat": 0}, "voice.repeat"),
        ("voice", {"enabled": "yes"}, "voice.enabled"),
        ("voice", {"speed": 2}, "voice.speed"),
        ("voice", {"clips_dir": "/no/such/folder"}, "voice.clips_dir"),
        ("display", {"languages": ["id", "jv"]}, "display.languages"),
        ("display", {"languages": []}, "display.languages"),
        ("display", {"notices": [1]}, "display.notices"),
        ("display", {"colour": "red"}, "display.colour"),
    ],
)
def test_bad_values_name_the_key(make_config: MakeConfig, section: str, body: dict, key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        make_config(**{section: body})
    assert caught.value.key == key
