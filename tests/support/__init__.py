"""Helpers the tests and the benches import (never from conftest.py: fixtures live there, helpers here)."""
