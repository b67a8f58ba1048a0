"""JUnit XML properties for one check (the plugin passes them to record_property)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def junit_properties(check: Mapping[str, Any]) -> list[tuple[str, str]]:
    """``verdict``, ``expected``, ``source``, ``claim``, ``kind`` as strings.

    A missing value is written as an empty string, so every test case in the
    XML carries the same five properties.
    """
    source = check.get("source") or ",".join(check.get("sources") or [])
    return [
        ("verdict", _text(check.get("verdict"))),
        ("expected", _text(check.get("expected"))),
        ("source", _text(source)),
        ("claim", _text(check.get("claim"))),
        ("kind", _text(check.get("kind"))),
    ]


def _text(value: Any) -> str:
    return "" if value is None else str(value)
